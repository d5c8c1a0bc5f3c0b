import { z } from 'zod';

// The one place that reads process.env. Defaults suit the embedded set-up that `npm start`
// creates; production sets the real values (see README, "Environment variables").
const bool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  APP_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  LOCK_TIMEOUT_MS: z.coerce.number().int().min(50).default(5_000),
  IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  RATE_LIMIT_SIGN_IN_PER_15_MIN: z.coerce.number().int().min(0).default(10),
  RATE_LIMIT_SIGN_UP_PER_HOUR: z.coerce.number().int().min(0).default(20),
  RATE_LIMIT_API_PER_MIN: z.coerce.number().int().min(0).default(300),
  SEED_ADMIN_EMAIL: z.string().email().optional(),
  SEED_ADMIN_PASSWORD: z.string().min(10).optional(),
  BOTICA_E2E: bool,
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuración inválida: ${fields}`);
  }
  return parsed.data;
}

export const env: Env = load();

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL no está definida. Usa `npm start`, que arranca PostgreSQL embebido.');
  }
  return env.DATABASE_URL;
}
