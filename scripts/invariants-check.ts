import './lib/default-database-url';
import { createDb } from '@/db/client';
import { requireDatabaseUrl } from '@/lib/env';
import { checkInvariants } from '@/lib/invariants/check-invariants';

/**
 * `npm run invariants:check [-- --settled]`: exits 1 and lists every cross-table invariant that does not
 * hold (stock ledger, reservations and captures per order, one payment per paid order, credit ledger and
 * lots, refunds against what was paid, slug history, stored images; with --settled also undelivered outbox
 * rows, unsent emails and reservations past their expiry). See lib/invariants/check-invariants.ts.
 */
const db = createDb({ url: requireDatabaseUrl(), max: 1, applicationName: 'botica-invariants-check' });
try {
  const violations = await checkInvariants(db, { settled: process.argv.includes('--settled') });
  if (violations.length === 0) {
    console.log('✔ Every invariant holds.');
  } else {
    console.error(`✖ ${violations.length} invariant violations:`);
    console.table(violations);
    process.exitCode = 1;
  }
} finally {
  await db.$client.end();
}
