// Write transactions for read-then-write work: a count then an insert (the meter, the attempt limits), a max
// then an insert (editorial revisions), a token claim then its effects (password reset).
//
// SQLite: every transaction begins IMMEDIATE (the dialect in database.ts), so it holds the write lock from its
// first read. A deferred transaction that read first cannot take the write lock once another process has
// committed since its read: SQLite answers SQLITE_BUSY ("database is locked") at once, without the busy timeout,
// and that is what failed editor saves with WEB_WORKERS=2.
// PostgreSQL: rows are locked per statement, so a read-then-write over several rows takes advisory
// transaction locks on the names it is given: writers of the same thing queue, everything else runs on.
// Both: a transaction refused for contention (SQLite busy past its timeout, a PostgreSQL serialization failure
// or deadlock) is tried again a bounded number of times, then refused with DATABASE_BUSY (503).
import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import { AppError } from '../shared/index.js';
import type { DatabaseSchema } from './schema.js';

type Db = Kysely<DatabaseSchema>;

/** tries in all; SQLite has already waited its busy timeout before each refusal */
export const WRITE_ATTEMPTS = 4;
const BACKOFF_MS = 25;

const CONTENTION_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', '40001', '40P01']);

export function isContention(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONTENTION_CODES.has(code);
}

export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function takeLocks(trx: Db, locks: readonly string[]): Promise<void> {
  if (!isPostgres(trx)) return;
  // always in the same order, so two transactions wanting the same names cannot wait for each other
  for (const name of [...new Set(locks)].sort())
    await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(trx);
}

/**
 * Runs `work` in a write transaction that holds `locks` (names of what it reads and then writes, e.g.
 * "editorial:icd10cm:E11.9:tip"). Inside another transaction it joins it (taking the locks) and leaves retries
 * to the outermost one.
 */
export async function writeTransaction<T>(
  db: Db,
  locks: readonly string[],
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) {
    const trx = db as Transaction<DatabaseSchema>;
    await takeLocks(trx, locks);
    return work(trx);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        await takeLocks(trx, locks);
        return work(trx);
      });
    } catch (e) {
      if (!isContention(e)) throw e;
      if (attempt >= WRITE_ATTEMPTS) throw new AppError('DATABASE_BUSY', { attempts: attempt });
      await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + Math.random())));
    }
  }
}
