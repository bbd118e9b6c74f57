// Opens the user-data database: the embedded SQLite file under CODEDESK_DATA_DIR by default, PostgreSQL when
// DATABASE_URL is set. Both go through Kysely and the same migrations, run on open.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import pg from 'pg';
import { AppError } from '../shared/index.js';
import { migrateToLatest } from './migrations.js';
import type { DatabaseSchema } from './schema.js';

export interface Database {
  db: Kysely<DatabaseSchema>;
  dialect: 'sqlite' | 'postgres';
  /** where it is: the SQLite file, or the PostgreSQL URL without its password */
  location: string;
  /** true when a trivial query answers */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** SQLite: how long a writer waits for another process's write lock before SQLITE_BUSY (default 5 s) */
  busyTimeoutMs?: number;
}

export const SQLITE_FILE = 'codedesk.sqlite';

/**
 * Every transaction on SQLite begins IMMEDIATE: it takes the write lock before its first read, waiting up to the
 * busy timeout for another process's writer. Transactions here exist to read and then write; a deferred one
 * cannot take the write lock after another process committed since its read (SQLITE_BUSY at once, "database is
 * locked"). See write-transaction.ts.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * The SQLite file holds password, session and key hashes: owner-only (0600). It is created with that mode before
 * SQLite opens it (an empty file is an empty database), and SQLite gives its -wal and -shm files the mode of the
 * database file. A file an older version left readable to others is tightened, with its -wal and -shm.
 */
function makePrivate(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  let db: Kysely<DatabaseSchema>;
  let dialect: Database['dialect'];
  let location: string;
  try {
    if (opts.databaseUrl) {
      dialect = 'postgres';
      location = opts.databaseUrl.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');
      db = new Kysely({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 10 }) }),
      });
    } else {
      dialect = 'sqlite';
      mkdirSync(opts.dataDir, { recursive: true });
      location = join(opts.dataDir, SQLITE_FILE);
      makePrivate(location);
      const file = new SQLite(location);
      // WAL: readers do not wait for the writer; the app is the only writer
      file.pragma('journal_mode = WAL');
      // in WAL mode NORMAL cannot corrupt the file; it skips the fsync per commit (a power cut may lose the
      // last moments of meter counts and sessions, never the database) — SQLite's documented recommendation
      file.pragma('synchronous = NORMAL');
      // several server processes (WEB_WORKERS) share the file: a writer waits for another's commit
      file.pragma(`busy_timeout = ${Math.max(0, Math.trunc(opts.busyTimeoutMs ?? 5000))}`);
      file.pragma('foreign_keys = ON');
      db = new Kysely({ dialect: new ImmediateSqliteDialect({ database: file }) });
    }
    await migrateToLatest(db);
  } catch (e) {
    throw new AppError('DATABASE_UNAVAILABLE', { why: e instanceof Error ? e.message : String(e) });
  }
  return {
    db,
    dialect,
    location,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}
