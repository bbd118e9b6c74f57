// The one set of migrations, run on SQLite and PostgreSQL alike (only portable column types: text,
// integer, timestamps stored as ISO text). Added in order, never edited once released.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseSchema } from './schema.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-app-meta': {
    async up(db) {
      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db) {
      await db.schema.dropTable('app_meta').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database to the newest schema; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);
