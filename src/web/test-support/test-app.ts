// One web app for a test file: a catalog folder, the database of the dialect asked for (SQLite in a temp
// folder, or a throwaway PostgreSQL cluster), buildApp with no logger, and a task worker beside it (as
// `codedesk serve` runs one) that sends the app's mail through `mailer`. close() releases all of it.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApiKey, createUser, type User } from '../../accounts/index.js';
import { importCatalog } from '../../catalog/import/import-catalog.js';
import { Catalog } from '../../catalog/index.js';
import { miniCodesets } from '../../catalog/test-support/mini-codesets.js';
import { loadConfig } from '../../config.js';
import { type Database, openDatabase } from '../../db/index.js';
import { type PgCluster, startPostgres } from '../../db/test-support/postgres.js';
import { createMailer, type Mailer } from '../../mail/index.js';
import { SearchIndex, TermSuggestions } from '../../search/index.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { startTaskWorker, type TaskWorker, taskTypes } from '../../tasks/index.js';
import { buildApp } from '../app.js';
import type { RateLimitCounter } from '../rate-limit/database-counter.js';

export type Dialect = 'sqlite' | 'postgres';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  catalog: Catalog;
  search: SearchIndex;
  /** the SQLite database's folder, and the PostgreSQL URL when there is one: to start a second app on it */
  dbDir: string;
  databaseUrl: string | undefined;
  /** GET through inject(); html asks for the page rather than JSON */
  get(url: string, html?: boolean): Promise<LightMyRequestResponse>;
  /**
   * Another app over the same catalog, search index and database, with more environment (e.g. TRUST_PROXY):
   * settings that only change the web layer, tested without another database. Closed by close().
   */
  variant(env: Record<string, string>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** a built catalog's data folder; never written to (the SQLite database goes to its own temp folder) */
  catalogDir: string;
  /** where the SQLite database lives instead (e.g. the folder the CLI wrote accounts into); kept on close */
  dbDir?: string;
  dialect?: Dialect;
  /** with dialect postgres: this database instead of a throwaway cluster of its own (kept on close) */
  databaseUrl?: string;
  /** extra environment for loadConfig, e.g. RATE_LIMIT_PER_MINUTE; the meter is off unless this sets it */
  env?: Record<string, string>;
  /** the clock (see AppDeps.now) */
  now?: () => Date;
  /** outbound mail, sent by the task worker (default: the relay of SMTP_RELAY_URL) */
  mailer?: Mailer;
  /** an index already built over the same catalog, to share between apps */
  search?: SearchIndex;
  /** type-ahead's phrases over the same catalog (default: built once per catalog folder and test process) */
  suggestions?: TermSuggestions;
  /** the request counter behind RATE_LIMIT_PER_MINUTE, made over this app's database (default: from the config) */
  rateLimit?: (database: Database) => RateLimitCounter;
}

/** type-ahead's phrases per catalog build: every test app of a process on one catalog shares them (a second on the full one) */
const suggestionsByDir = new Map<string, TermSuggestions>();

function sharedSuggestions(catalogDir: string, catalog: Catalog): TermSuggestions {
  const key = `${catalogDir}|${catalog.manifest.buildId}`;
  let built = suggestionsByDir.get(key);
  if (!built) {
    built = TermSuggestions.open(catalog);
    suggestionsByDir.set(key, built);
  }
  return built;
}

export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const dbDir = options.dbDir ? { path: options.dbDir, remove: () => {} } : tempDir('codedesk-db-');
  let pg: PgCluster | undefined;
  let database: Database | undefined;
  let worker: TaskWorker | undefined;
  try {
    if (options.dialect === 'postgres' && !options.databaseUrl) pg = await startPostgres();
    const databaseUrl = options.dialect === 'postgres' ? (options.databaseUrl ?? pg?.url) : undefined;
    const env = {
      CODEDESK_DATA_DIR: options.catalogDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      // tests of pages and the API read many codes as one guest: the meter's own tests set these
      GUEST_CODE_VIEWS: '1000000',
      GUEST_VIEWS_PER_ADDRESS_PER_DAY: '1000000',
      GUEST_CLAIM_CHECKS: '1000000',
      GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY: '1000000',
      ...options.env,
    };
    const config = loadConfig(env);
    const catalog = Catalog.open(options.catalogDir);
    database = await openDatabase({ dataDir: dbDir.path, databaseUrl: config.databaseUrl });
    const search = options.search ?? SearchIndex.open(catalog);
    const suggestions = options.suggestions ?? sharedSuggestions(options.catalogDir, catalog);
    const db = database;
    const build = (more: Record<string, string>) =>
      buildApp(loadConfig({ ...env, ...more }), {
        catalog,
        search,
        suggestions,
        database: db,
        logger: false,
        ...(options.now ? { now: options.now } : {}),
        ...(options.rateLimit ? { rateLimit: options.rateLimit(db) } : {}),
      });
    const app = await build({});
    const mailer = options.mailer ?? createMailer(config);
    // polls often and retries soon, so that mail arrives while a test waits for it
    worker = startTaskWorker(db, {
      types: taskTypes({ mailer }),
      log: { info: () => {}, warn: () => {}, error: () => {} },
      pollMs: 50,
      backoff: { baseMs: 50, maxMs: 500 },
      ...(options.now ? { now: options.now } : {}),
    });
    const tasks = worker;
    const variants: FastifyInstance[] = [];
    return {
      app,
      database: db,
      catalog,
      search,
      dbDir: dbDir.path,
      databaseUrl,
      get: (url, html = false) => app.inject({ method: 'GET', url, headers: html ? { accept: 'text/html' } : {} }),
      async variant(more) {
        const other = await build(more);
        variants.push(other);
        return other;
      },
      async close() {
        for (const v of variants) await v.close();
        await app.close();
        await tasks.stop();
        if (!options.mailer) mailer.close();
        await db.close();
        pg?.stop();
        dbDir.remove();
      },
    };
  } catch (e) {
    await worker?.stop();
    await database?.close();
    pg?.stop();
    dbDir.remove();
    throw e;
  }
}

/** A member account and an API key of it, made straight in the database (the forms have tests of their own). */
export async function memberWithApiKey(
  database: Database,
  email: string,
  password: string,
  now = new Date(),
): Promise<{ user: User; key: string }> {
  const user = await createUser(database.db, { email, password, role: 'member' }, now);
  return { user, key: (await createApiKey(database.db, user.id, now)).key };
}

/** startTestApp over the miniature catalog, imported into a temp folder of its own that close() removes. */
export async function startMiniApp(options: Omit<TestAppOptions, 'catalogDir'>): Promise<TestApp> {
  const dir = tempDir();
  try {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    const t = await startTestApp({ ...options, catalogDir: dir.path });
    return {
      ...t,
      async close() {
        await t.close();
        dir.remove();
      },
    };
  } catch (e) {
    dir.remove();
    throw e;
  }
}
