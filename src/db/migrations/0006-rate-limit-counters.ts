// The general request rate limit (RATE_LIMIT_PER_MINUTE) counted in the database, so that every app instance on
// it counts together (web/rate-limit). One row per client key: the window began at window_start (ISO text) and
// has seen `count` requests since.
import type { Migration } from 'kysely';

export const rateLimitCounters: Migration = {
  async up(db) {
    await db.schema
      .createTable('rate_limit_counters')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rate_limit_counters_window')
      .on('rate_limit_counters')
      .column('window_start')
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('rate_limit_counters').execute();
  },
};
