import './lib/default-database-url';
import { createDb } from '@/db/client';
import { requireDatabaseUrl } from '@/lib/env';
import { checkInventory } from '@/lib/inventory/check-inventory';

/** `npm run inventory:check`: exits 1 and lists every variant whose counters disagree with its ledger. */
const db = createDb({ url: requireDatabaseUrl(), max: 1, applicationName: 'botica-inventory-check' });
try {
  const mismatches = await checkInventory(db);
  if (mismatches.length === 0) {
    console.log('✔ Inventory consistent: the counters match the movement ledger.');
  } else {
    console.error(`✖ ${mismatches.length} variants do not match their movement ledger:`);
    console.table(mismatches);
    process.exitCode = 1;
  }
} finally {
  await db.$client.end();
}
