// The general request limit (RATE_LIMIT_PER_MINUTE) counted in the database, so that every app instance on it
// counts one client together. A window begins with a client's first request and lasts `windowMs`; the window and
// the count live in rate_limit_counters (migration 0006), one row per client.
//
// Writing on every request would put a database round trip (and, on SQLite, the file's write lock) on the hot
// path of every page. So by default each instance counts in memory and, every `syncMs`, adds what it counted to
// the shared rows in one batched upsert per 1,000 clients, reading the totals back. A request is judged on what
// the instance knows: the shared total at its last sync plus its own requests since. That refuses a client as
// soon as the total known passes the limit; what the instance cannot know yet is what other instances counted
// since its last sync, so a client spreading requests over N instances can get up to about one sync interval's
// worth of requests per other instance beyond the limit, never more. syncMs 0 writes every request through
// (exact, one statement per request).
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/index.js';

export interface RateLimitHit {
  /** requests of this client in its window so far, this one included */
  current: number;
  /** ms until the window ends */
  ttl: number;
}

export interface RateLimitCounter {
  /** counts one request; answered at once when counting in memory, after the write when written through */
  hit(key: string): RateLimitHit | Promise<RateLimitHit>;
  /** adds the counts kept in memory to the shared ones and reads their totals back */
  sync(): Promise<void>;
  /** stops the periodic sync after a last one */
  close(): Promise<void>;
}

export interface DatabaseCounterOptions {
  windowMs: number;
  /** how often counts go to the database; 0: every request, at once */
  syncMs: number;
  /** told when a sync fails (the counts stay in memory for the next one) */
  onError(err: unknown): void;
  now?: () => number;
}

interface Entry {
  windowStart: number;
  /** the shared count at the last sync, this instance's part included */
  known: number;
  /** requests counted here since the last sync */
  pending: number;
}

/** rows per upsert: 3 parameters each, well inside both dialects' limits */
const BATCH = 1000;
/** clients kept in memory beyond which those with nothing to sync are forgotten first */
const MAX_ENTRIES = 100_000;

const iso = (ms: number) => new Date(ms).toISOString();

export function createDatabaseCounter(db: Kysely<DatabaseSchema>, options: DatabaseCounterOptions): RateLimitCounter {
  const now = options.now ?? Date.now;
  const { windowMs } = options;
  const entries = new Map<string, Entry>();
  let lastPurge = now();
  let syncing: Promise<void> | undefined;

  /** Adds each count to its client's row (a new window where the row's has ended); returns the rows after. */
  const add = async (counts: { key: string; windowStart: number; count: number }[]) => {
    const ended = iso(now() - windowMs);
    return db
      .insertInto('rate_limit_counters')
      .values(counts.map((c) => ({ key: c.key, window_start: iso(c.windowStart), count: c.count })))
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          // every right-hand side reads the row as it was, so both see the same old window_start
          count: eb
            .case()
            .when('rate_limit_counters.window_start', '<=', ended)
            .then(eb.ref('excluded.count'))
            .else(eb(eb.ref('rate_limit_counters.count'), '+', eb.ref('excluded.count')))
            .end(),
          window_start: eb
            .case()
            .when('rate_limit_counters.window_start', '<=', ended)
            .then(eb.ref('excluded.window_start'))
            .else(eb.ref('rate_limit_counters.window_start'))
            .end(),
        })),
      )
      .returning(['key', 'window_start', 'count'])
      .execute();
  };

  /** Sends `batch`'s pending counts and learns the totals back. */
  const flush = async (batch: [string, Entry][]): Promise<void> => {
    const taken = batch.map(([key, e]) => ({ key, windowStart: e.windowStart, count: e.pending }));
    const rows = await add(taken);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const [i, [key, entry]] of batch.entries()) {
      // requests counted while the statement ran stay pending for the next sync
      entry.pending -= taken[i]?.count ?? 0;
      const row = byKey.get(key);
      // a window that ended meanwhile was replaced in the map: the answer is about the old one
      if (!row || entries.get(key) !== entry) continue;
      entry.known = Number(row.count);
      entry.windowStart = Date.parse(row.window_start);
    }
  };

  const syncNow = async (): Promise<void> => {
    const at = now();
    const due = [...entries].filter(([, e]) => e.pending > 0);
    for (let i = 0; i < due.length; i += BATCH) await flush(due.slice(i, i + BATCH));
    for (const [key, e] of entries) if (e.pending === 0 && e.windowStart + windowMs <= at) entries.delete(key);
    if (entries.size > MAX_ENTRIES)
      for (const [key, e] of entries) {
        if (entries.size <= MAX_ENTRIES) break;
        if (e.pending === 0) entries.delete(key);
      }
    // rows whose window ended long ago: one delete a window, by whichever instance gets there
    if (at - lastPurge >= windowMs) {
      lastPurge = at;
      await db
        .deleteFrom('rate_limit_counters')
        .where('window_start', '<=', iso(at - 2 * windowMs))
        .execute();
    }
  };

  const sync = (): Promise<void> => {
    // one at a time; a sync asked for while one runs follows it
    const run = (syncing ?? Promise.resolve()).then(syncNow).catch((err: unknown) => options.onError(err));
    syncing = run.finally(() => {
      if (syncing === run) syncing = undefined;
    });
    return run;
  };

  const countHere = (entry: Entry, at: number): RateLimitHit => {
    entry.pending++;
    return { current: entry.known + entry.pending, ttl: Math.max(0, entry.windowStart + windowMs - at) };
  };

  const writeThrough = async (key: string, entry: Entry, at: number): Promise<RateLimitHit> => {
    try {
      const [row] = await add([{ key, windowStart: entry.windowStart, count: 1 }]);
      if (row) {
        entry.known = Number(row.count);
        entry.windowStart = Date.parse(row.window_start);
        return { current: entry.known, ttl: Math.max(0, entry.windowStart + windowMs - at) };
      }
    } catch (err) {
      options.onError(err);
    }
    // not written: counted here, and saved by the next sync (close() makes one)
    return countHere(entry, at);
  };

  const timer = options.syncMs > 0 ? setInterval(() => void sync(), options.syncMs) : undefined;
  timer?.unref();

  return {
    hit(key) {
      const at = now();
      let entry = entries.get(key);
      if (!entry || entry.windowStart + windowMs <= at) {
        entry = { windowStart: at, known: 0, pending: 0 };
        entries.set(key, entry);
      }
      if (options.syncMs === 0) return writeThrough(key, entry, at);
      // counted here; the database learns of it at the next sync
      return countHere(entry, at);
    },
    sync,
    async close() {
      if (timer) clearInterval(timer);
      await sync();
    },
  };
}
