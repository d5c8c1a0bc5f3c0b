import './lib/default-database-url';
import { requireDatabaseUrl } from '@/lib/env';
import { applyMigrations } from '@/lib/db/migrate';

applyMigrations(requireDatabaseUrl())
  .then(() => console.log('Migraciones aplicadas.'))
  .catch((error: unknown) => {
    console.error(
      `✖ No se pudieron aplicar las migraciones: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
