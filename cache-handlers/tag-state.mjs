/**
 * Tag state shared by the two cache handlers of this process (use-cache-handler.mjs for `'use cache'`,
 * route-cache-handler.mjs for whole pages) and by lib/catalog/cache-tags.ts, through one object on
 * globalThis: Next.js loads the handlers outside the app bundle, so a module-level variable would not
 * be shared with app code.
 *
 * Instances agree through PostgreSQL: every invalidation is a NOTIFY on the `botica_catalog` channel
 * (sent by `invalidateCatalog` inside the writing transaction, so only on commit, or by `publish`
 * below when Next.js calls revalidateTag/updateTag), and every process LISTENs and records the time it
 * heard of each tag. An entry created before its tags' last invalidation is a miss. When the listening
 * connection (re)connects, notifications may have been missed, so everything cached before that moment
 * counts as invalid. Without DATABASE_URL (e.g. `next build`), nothing is shared.
 *
 * Plain JavaScript on purpose: Next.js imports cache handlers at run time, and the production server
 * runs no TypeScript.
 */
import postgres from 'postgres';

export const CHANNEL = 'botica_catalog';
const ALL = 'catalog';
const MAX_PAYLOAD_BYTES = 7_500;
const RETRY_MS = 5_000;
const KEY = Symbol.for('botica.cacheTagState');

/** BOTICA_CACHE_DEBUG=1 logs every invalidation and cache decision of the handlers (stderr). */
export const debug = process.env.BOTICA_CACHE_DEBUG
  ? (...args) => console.error('[cache]', process.pid, ...args)
  : () => {};

/** Epoch milliseconds on the clock Next.js stamps `'use cache'` entries with. */
export function now() {
  return performance.timeOrigin + performance.now();
}

/** Tag names as NOTIFY payload; too many → "everything". */
export function encodeTags(tags) {
  const payload = JSON.stringify({ tags });
  return Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES ? payload : JSON.stringify({ tags: [ALL] });
}

export function decodeTags(payload) {
  try {
    const parsed = JSON.parse(payload);
    if (Array.isArray(parsed.tags) && parsed.tags.every((t) => typeof t === 'string')) return parsed.tags;
  } catch {
    // an unreadable message must still invalidate something
  }
  return [ALL];
}

function createState() {
  const expiredAt = new Map();
  const state = {
    /** Everything cached before this moment is invalid (start-up, listener reconnects). */
    clearedAt: 0,
    listening: false,
    /** Records that `tags` were invalidated now, in this process only. */
    expire(tags) {
      const at = now();
      debug('expire', tags.join(','));
      for (const tag of tags) expiredAt.set(tag, at);
      if (tags.includes(ALL)) state.clearedAt = at;
    },
    /** The latest invalidation time among `tags` (0 when none). */
    expiration(tags) {
      let latest = state.clearedAt;
      for (const tag of tags) latest = Math.max(latest, expiredAt.get(tag) ?? 0);
      return latest;
    },
    isExpired(tags, timestamp) {
      return state.expiration(tags) > timestamp;
    },
    /** Invalidates `tags` here at once and on every instance through NOTIFY (Next.js's revalidateTag/updateTag). */
    async publish(tags) {
      state.expire(tags);
      const sql = publisher();
      if (!sql) return;
      try {
        await sql`SELECT pg_notify(${CHANNEL}, ${encodeTags(tags)})`;
      } catch (error) {
        console.error(JSON.stringify({ level: 'error', msg: 'cache.notify_failed', err: String(error) }));
      }
    },
    /** Starts listening once per process (no-op without DATABASE_URL). */
    ensureListening() {
      if (state.listening || !process.env.DATABASE_URL || process.env.NEXT_PHASE === 'phase-production-build') return;
      state.listening = true;
      // LISTEN needs a session: past PgBouncer in transaction mode, DATABASE_LISTEN_URL names the server.
      const sql = postgres(process.env.DATABASE_LISTEN_URL || process.env.DATABASE_URL, {
        max: 1,
        onnotice: () => {},
        connection: { application_name: 'botica-cache-listener' },
        connect_timeout: Number(process.env.DATABASE_CONNECT_TIMEOUT_S ?? 5),
      });
      sql
        .listen(
          CHANNEL,
          (payload) => state.expire(decodeTags(payload)),
          () => {
            // (Re)connected: what was sent while we were away is lost.
            state.clearedAt = now();
          },
        )
        .catch((error) => {
          console.error(JSON.stringify({ level: 'warn', msg: 'cache.listen_failed', err: String(error) }));
          state.listening = false;
          void sql.end({ timeout: 1 }).catch(() => {});
          setTimeout(() => state.ensureListening(), RETRY_MS).unref();
        });
    },
  };
  let notifySql;
  function publisher() {
    if (!process.env.DATABASE_URL) return null;
    notifySql ??= postgres(process.env.DATABASE_URL, {
      max: 1,
      onnotice: () => {},
      connection: { application_name: 'botica-cache-notify' },
      connect_timeout: Number(process.env.DATABASE_CONNECT_TIMEOUT_S ?? 5),
    });
    return notifySql;
  }
  return state;
}

/** The process's tag state (created on first use). */
export function tagState() {
  globalThis[KEY] ??= createState();
  return globalThis[KEY];
}
