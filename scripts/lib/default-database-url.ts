// Imported first by CLI scripts: with DATABASE_URL unset they talk to the embedded store that
// `npm start` runs (.data/postgres on EMBEDDED_PG_PORT, default 5433).
process.env.DATABASE_URL ??= `postgres://postgres:botica-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 5433}/botica`;
export {};
