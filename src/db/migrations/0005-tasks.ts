// Background tasks (src/tasks): one row per piece of work to be done outside a request, written in the same
// transaction as the change that asked for it, claimed by a worker under a lease. Timestamps are ISO text like
// every other table, so "due" is a string comparison on both dialects.
import type { Migration } from 'kysely';

export const tasks: Migration = {
  async up(db) {
    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      // JSON text
      .addColumn('payload', 'text', (c) => c.notNull())
      // queued | running | done | failed (an attempt failed, retried at run_at) | dead (no attempts left)
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      // when it may run next
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    // the worker's questions: what is due (state, run_at), and whose lease ran out (state, lease_expires_at)
    await db.schema.createIndex('tasks_state_run_at').on('tasks').columns(['state', 'run_at']).execute();
    await db.schema.createIndex('tasks_state_lease').on('tasks').columns(['state', 'lease_expires_at']).execute();
  },
  async down(db) {
    await db.schema.dropTable('tasks').execute();
  },
};
