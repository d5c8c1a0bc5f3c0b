// No imports: lib/env.ts runs this, and lib/env.ts reaches client bundles (no node: modules here).

// The local fake Wompi's keys (lib/env.ts defaults, scripts/fake-wompi): public, so worthless as secrets.
const FAKE_WOMPI: Record<string, string> = {
  WOMPI_PUBLIC_KEY: 'pub_test_botica_fake',
  WOMPI_PRIVATE_KEY: 'prv_test_botica_fake',
  WOMPI_INTEGRITY_SECRET: 'test_integrity_fakeSecret123',
  WOMPI_EVENTS_SECRET: 'test_events_fakeSecret123',
};

function isLocalUrl(value: string | undefined): boolean {
  if (!value) return true; // lib/env.ts defaults APP_URL to localhost
  try {
    const host = new URL(value).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '::1';
  } catch {
    return false;
  }
}

/**
 * What stops a public production instance from starting: each line names the variable to fix. Empty
 * outside production, for a local APP_URL (`npm start`, E2E, benchmarks) and while `next build` runs.
 */
export function productionConfigProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build' || isLocalUrl(env.APP_URL))
    return [];
  if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32)
    problems.push('AUTH_SECRET must be set (at least 32 characters, e.g. `openssl rand -base64 32`).');
  for (const [name, fake] of Object.entries(FAKE_WOMPI)) {
    const value = env[name];
    if (!value || value === fake) problems.push(`${name} must be set to the store's own Wompi value, not the fake's.`);
  }
  if (env.INNGEST_DEV) problems.push('INNGEST_DEV must be unset in production (it turns off Inngest request signing).');
  return problems;
}

/** Throws one error listing every problem (the process must not serve with any of them). */
export function assertProductionConfig(env: Record<string, string | undefined>): void {
  const problems = productionConfigProblems(env);
  if (problems.length > 0) {
    throw new Error(`Refusing to start with APP_URL=${env.APP_URL ?? ''}:\n  - ${problems.join('\n  - ')}`);
  }
}
