import { describe, expect, it } from 'vitest';
import { productionConfigProblems } from './production-config';

const REAL = {
  NODE_ENV: 'production',
  APP_URL: 'https://botica.example',
  AUTH_SECRET: 'x'.repeat(44),
  WOMPI_PUBLIC_KEY: 'pub_prod_abc',
  WOMPI_PRIVATE_KEY: 'prv_prod_abc',
  WOMPI_INTEGRITY_SECRET: 'prod_integrity_abc',
  WOMPI_EVENTS_SECRET: 'prod_events_abc',
};

describe('productionConfigProblems', () => {
  it('accepts a complete production configuration', () => {
    expect(productionConfigProblems(REAL)).toEqual([]);
  });

  it('names each variable that makes a public production instance unsafe', () => {
    const problems = productionConfigProblems({
      ...REAL,
      AUTH_SECRET: undefined,
      WOMPI_PRIVATE_KEY: 'prv_test_botica_fake',
      WOMPI_EVENTS_SECRET: undefined,
      INNGEST_DEV: '1',
    });
    expect(problems.join('\n')).toMatch(/AUTH_SECRET/);
    expect(problems.join('\n')).toMatch(/WOMPI_PRIVATE_KEY/);
    expect(problems.join('\n')).toMatch(/WOMPI_EVENTS_SECRET/);
    expect(problems.join('\n')).toMatch(/INNGEST_DEV/);
    expect(problems).toHaveLength(4);
  });

  it('leaves local, development and build runs alone', () => {
    expect(productionConfigProblems({ NODE_ENV: 'production', APP_URL: 'http://localhost:3000' })).toEqual([]);
    expect(productionConfigProblems({ NODE_ENV: 'production', APP_URL: 'http://127.0.0.1:3000' })).toEqual([]);
    expect(productionConfigProblems({ NODE_ENV: 'development', APP_URL: 'https://botica.example' })).toEqual([]);
    expect(
      productionConfigProblems({
        NODE_ENV: 'production',
        APP_URL: 'https://botica.example',
        NEXT_PHASE: 'phase-production-build',
      }),
    ).toEqual([]);
  });
});
