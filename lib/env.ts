import { z } from 'zod';
import { assertProductionConfig } from '@/lib/production-config.mjs';

// The one place that reads process.env. Defaults suit the embedded set-up that `npm start`
// creates; production sets the real values (see README, "Environment variables").
const bool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Prepared statements (db/client.ts); `false` for a pooler in transaction mode, e.g. PgBouncer.
  DATABASE_PREPARE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  // LISTEN needs a session of its own: behind PgBouncer in transaction mode, point this at PostgreSQL
  // directly (or at a session-mode pool). Unset → DATABASE_URL.
  DATABASE_LISTEN_URL: z.string().url().optional(),
  APP_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_CONNECT_TIMEOUT_S: z.coerce.number().int().min(1).max(60).default(5),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  LOCK_TIMEOUT_MS: z.coerce.number().int().min(50).default(5_000),
  IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  RATE_LIMIT_SIGN_IN_PER_15_MIN: z.coerce.number().int().min(0).default(10),
  RATE_LIMIT_SIGN_UP_PER_HOUR: z.coerce.number().int().min(0).default(20),
  RATE_LIMIT_API_PER_MIN: z.coerce.number().int().min(0).default(300),
  RATE_LIMIT_CART_PER_MIN: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_CHECKOUT_PER_MIN: z.coerce.number().int().min(0).default(20),
  RATE_LIMIT_REVIEWS_PER_HOUR: z.coerce.number().int().min(0).default(10),
  // Wompi. Unset keys mean the local fake Wompi that `npm start` runs (scripts/fake-wompi); its
  // test-only keys are the defaults here and can never approve real money.
  WOMPI_PUBLIC_KEY: z.string().min(1).default('pub_test_botica_fake'),
  WOMPI_PRIVATE_KEY: z.string().min(1).default('prv_test_botica_fake'),
  WOMPI_INTEGRITY_SECRET: z.string().min(1).default('test_integrity_fakeSecret123'),
  WOMPI_EVENTS_SECRET: z.string().min(1).default('test_events_fakeSecret123'),
  WOMPI_API_URL: z.string().url().default('http://localhost:3999/v1'),
  WOMPI_CHECKOUT_URL: z.string().url().default('http://localhost:3999/p/'),
  WOMPI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  PAYMENT_RECONCILE_AFTER_MINUTES: z.coerce.number().int().min(1).default(10),
  // Mail: SMTP when SMTP_URL is set (smtp://user:pass@host:587), else .eml files under MAIL_DIR.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Botica Spa <pedidos@botica.test>'),
  MAIL_DIR: z.string().default('.data/mail'),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // Uploaded images: PostgreSQL (stored_images) unless S3_BUCKET is set, then an S3-compatible bucket
  // (AWS S3, Cloudflare R2, MinIO…). Either way the app serves them at /uploads/… (lib/admin/images).
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** e.g. https://<account>.r2.cloudflarestorage.com or http://minio:9000; unset → AWS S3 of S3_REGION. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Background jobs: Inngest when any of these is set, else the embedded runner in the app process.
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_BASE_URL: z.string().url().optional(),
  INNGEST_DEV: z.string().optional(),
  /** `off` disables the embedded runner in this process (e.g. a web-only instance). */
  JOBS_RUNNER: z.enum(['auto', 'embedded', 'inngest', 'off']).default('auto'),
  JOBS_POLL_MS: z.coerce.number().int().min(50).default(1_000),
  // Store credit rules (issue 17). Kept in env rather than admin settings: a change is a deliberate deploy.
  VIP_CASHBACK_PERCENT: z.coerce.number().min(0).max(50).default(1),
  CREDIT_EXPIRY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  CREDIT_EXPIRY_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(15),
  CREDIT_ADJUSTMENT_MAX_CENTS: z.coerce.number().int().min(100).default(500_000_000),
  RATE_LIMIT_CREDIT_ADJUSTMENTS_PER_HOUR: z.coerce.number().int().min(0).default(30),
  RATE_LIMIT_REPORTS_PER_MIN: z.coerce.number().int().min(0).default(10),
  // First retry delay of a failed email or outbox delivery (doubling, capped at an hour); the fault suite shortens it.
  JOBS_RETRY_BASE_MS: z.coerce.number().int().min(100).optional(),
  SEED_ADMIN_EMAIL: z.string().email().optional(),
  SEED_ADMIN_PASSWORD: z.string().min(10).optional(),
  BOTICA_E2E: bool,
  // Client IP behind proxies (lib/http/client-ip.ts): unset = none, a hop count, or CIDRs.
  TRUSTED_PROXIES: z.string().optional(),
  // Sign-in throttling (lib/auth/sign-in-throttle.ts): failures per IP over any emails, per account
  // over any IPs before back-off starts, and concurrent password hashes per process.
  RATE_LIMIT_SIGN_IN_IP_PER_15_MIN: z.coerce.number().int().min(0).default(20),
  SIGN_IN_ACCOUNT_FAILURES_BEFORE_BACKOFF: z.coerce.number().int().min(0).default(20),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).default(16),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  // Production with a public APP_URL refuses fake Wompi keys, no AUTH_SECRET, INNGEST_DEV
  // (lib/production-config.mjs); scripts/serve.mjs runs the same check before forking workers.
  assertProductionConfig(process.env);
  return parsed.data;
}

export const env: Env = load();

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. Use `npm start`, which starts an embedded PostgreSQL.');
  }
  return env.DATABASE_URL;
}
