// CareerCenter's saved searches and their daily digest mail (src/careers/saved-searches.ts, search-digest.ts).
// A saved search keeps the /jobs filters as a canonical JSON object of URL values (so two saves of the same
// filters are one row, and the digest reads them with the search's own parser). Each user with saved searches has
// one digest schedule row: the moment the next digest is due, which the pending digest task names — a task whose
// moment no longer matches is stale and does nothing. careers_digest_sent records every job mailed to a user, so a
// job is never mailed to them twice, whichever of their searches found it.
import type { Migration } from 'kysely';

export const careersSavedSearches: Migration = {
  async up(db) {
    await db.schema
      .createTable('careers_saved_searches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      // canonical JSON: the filters' URL values, keys in a fixed order, defaults left out
      .addColumn('filters', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      // jobs first posted after this (less an overlap) are new to the next digest
      .addColumn('last_checked_at', 'text', (c) => c.notNull())
      // the same filters saved twice are one saved search; also the user's list, by user_id first
      .addUniqueConstraint('careers_saved_searches_one_per_filters', ['user_id', 'filters'])
      .execute();
    await db.schema
      .createTable('careers_digest_schedules')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
      // ISO time the next digest is due; the pending careers.search-digest task carries the same value
      .addColumn('next_digest_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('careers_digest_sent')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('job_id', 'text', (c) => c.notNull().references('careers_jobs.id'))
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('careers_digest_sent_pk', ['user_id', 'job_id'])
      .execute();
  },
  async down(db) {
    for (const t of ['careers_digest_sent', 'careers_digest_schedules', 'careers_saved_searches'])
      await db.schema.dropTable(t).execute();
  },
};
