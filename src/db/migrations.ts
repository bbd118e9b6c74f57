// The one set of migrations, run on SQLite and PostgreSQL alike (only portable column types: text,
// integer, timestamps stored as ISO text). Added in order, never edited once released.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { guestClaimChecks } from './migrations/0004-guest-claim-checks.js';
import { tasks } from './migrations/0005-tasks.js';
import { rateLimitCounters } from './migrations/0006-rate-limit-counters.js';
import { assistant } from './migrations/0007-assistant.js';
import { editorialDrafts } from './migrations/0008-editorial-drafts.js';
import { uploads } from './migrations/0009-uploads.js';
import { careers } from './migrations/0010-careers.js';
import { careersSavedSearches } from './migrations/0011-careers-saved-searches.js';
import { careersDomainVerification } from './migrations/0012-careers-domain-verification.js';
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
  // people, sessions, password resets, API keys, the code-page meter and editorial revisions. Ids are random
  // text (no dialect-specific sequences); secrets (session tokens, reset tokens, API keys) are stored only as
  // SHA-256 hashes, so a copy of the database cannot be replayed.
  '0002-accounts': {
    async up(db) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('password_resets')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      // one row per viewer, period and code: re-opening a counted page finds the row and is free
      await db.schema
        .createTable('code_views')
        .addColumn('viewer', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('code_key', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('viewed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('code_views_pk', ['viewer', 'period', 'code_key'])
        .execute();
      await db.schema.createIndex('code_views_address_day').on('code_views').columns(['address', 'day']).execute();
      await db.schema
        .createTable('editorial_revisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('system', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('reverted_from', 'text')
        .addUniqueConstraint('editorial_revisions_seq', ['system', 'code', 'field', 'seq'])
        .execute();
    },
    async down(db) {
      for (const t of ['editorial_revisions', 'code_views', 'api_keys', 'password_resets', 'sessions', 'users'])
        await db.schema.dropTable(t).execute();
    },
  },
  // the limits on the account forms (attempts per client address, failed log ins and reset mails per account):
  // one row per key, kept in the database so that every process serving the site counts together
  '0003-attempt-counters': {
    async up(db) {
      await db.schema
        .createTable('attempt_counters')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('last_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('attempt_counters_last_at').on('attempt_counters').column('last_at').execute();
      // a password change ends the account's open reset links by user
      await db.schema.createIndex('password_resets_user').on('password_resets').column('user_id').execute();
    },
    async down(db) {
      await db.schema.dropIndex('password_resets_user').execute();
      await db.schema.dropTable('attempt_counters').execute();
    },
  },
  '0004-guest-claim-checks': guestClaimChecks,
  '0005-tasks': tasks,
  '0006-rate-limit-counters': rateLimitCounters,
  '0007-assistant': assistant,
  '0008-editorial-drafts': editorialDrafts,
  '0009-uploads': uploads,
  '0010-careers': careers,
  '0011-careers-saved-searches': careersSavedSearches,
  '0012-careers-domain-verification': careersDomainVerification,
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
