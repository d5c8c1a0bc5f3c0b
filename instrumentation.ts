/**
 * Next.js calls register() once when a server process starts. In the Node.js runtime it starts the
 * background jobs (the embedded runner, or the outbox relay to Inngest; see docs/jobs.md) and the
 * catalogue cache's invalidation listener. Never in
 * the edge runtime, and never while `next build` collects pages.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundJobs } = await import('./lib/jobs/start-background-jobs');
  startBackgroundJobs();
  // Listen for catalogue invalidations before the first request, so caches are trustworthy from the
  // start (failures are logged and retried by the cache itself).
  const { whenCatalogCacheSubscribed } = await import('./lib/catalog/catalog-cache');
  whenCatalogCacheSubscribed().catch(() => {});
}
