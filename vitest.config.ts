import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = { '@': root };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'inngest/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: [
            'lib/**/*.integration.test.ts',
            'db/**/*.integration.test.ts',
            'inngest/**/*.integration.test.ts',
            'app/**/*.integration.test.ts',
            'scripts/**/*.integration.test.ts',
          ],
          globalSetup: ['lib/testing/integration-global-setup.ts'],
          setupFiles: ['lib/testing/integration-setup.ts'],
          // Each file gets its own database cloned from a migrated template; 2 cores → 2 files at a time.
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: {
            LOG_LEVEL: 'silent',
            AUTH_SECRET: 'integration-test-secret-0123456789',
            RATE_LIMIT_CHECKOUT_PER_MIN: '0',
            RATE_LIMIT_CART_PER_MIN: '0',
          },
        },
      },
    ],
  },
});
