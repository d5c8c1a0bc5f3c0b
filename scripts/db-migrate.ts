import './lib/default-database-url';
import { requireDatabaseUrl } from '@/lib/env';
import { applyMigrations } from '@/lib/db/migrate';

applyMigrations(requireDatabaseUrl())
  .then(() => console.log('Migrations applied.'))
  .catch((error: unknown) => {
    console.error(`✖ Could not apply the migrations: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
