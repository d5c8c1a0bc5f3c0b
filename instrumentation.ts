/**
 * Next.js calls register() once when a server process starts. In the Node.js runtime it starts the
 * background jobs (the embedded runner, or the outbox relay to Inngest; see docs/jobs.md). Never in
 * the edge runtime, and never while `next build` collects pages. (The cache handlers start their own
 * invalidation listener: cache-handlers/tag-state.mjs.)
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundJobs } = await import('./lib/jobs/start-background-jobs');
  startBackgroundJobs();
}
