// Domain tests that need a database run once on an embedded SQLite file and once on a throwaway PostgreSQL
// cluster (skipped, with the reason, where PostgreSQL is not installed). Each run opens its own database.
import { after, before, describe } from 'node:test';
import { tempDir } from '../../shared/test-support/codesets.js';
import { type Database, openDatabase } from '../database.js';
import { type PgCluster, postgresUnavailable, startPostgres } from './postgres.js';

export type Dialect = 'sqlite' | 'postgres';

export interface TestDatabase {
  dialect: Dialect;
  /** the folder of the SQLite file (also given, unused, on PostgreSQL) */
  dataDir: string;
  /** the open database (after `before`) */
  readonly database: Database;
  /** the PostgreSQL URL, for a second connection or process; undefined on SQLite */
  readonly databaseUrl: string | undefined;
}

export function describeEachDatabase(title: string, body: (t: TestDatabase) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
    describe(`${title} on ${dialect}`, { skip }, () => {
      const dir = tempDir();
      let pg: PgCluster | undefined;
      let database: Database | undefined;
      before(async () => {
        if (dialect === 'postgres') pg = await startPostgres();
        database = await openDatabase({ dataDir: dir.path, databaseUrl: pg?.url });
      });
      after(async () => {
        await database?.close();
        pg?.stop();
        dir.remove();
      });
      body({
        dialect,
        dataDir: dir.path,
        get database() {
          if (!database) throw new Error('the database is opened in before()');
          return database;
        },
        get databaseUrl() {
          return pg?.url;
        },
      });
    });
  }
}
