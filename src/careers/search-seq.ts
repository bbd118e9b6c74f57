// The change counter behind the job index: every change a search could see (a posting saved, published, closed or
// expired; an organization renamed) takes the next number in its own transaction and stores it on the changed rows.
// The update holds the counter's row lock (PostgreSQL) or the write lock (SQLite) until commit, so numbers are
// handed out in commit order: once a reader has seen rows up to n, every change numbered n or below is visible.
import { sql, type Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/index.js';

export async function takeSearchSeq(trx: Transaction<DatabaseSchema>): Promise<number> {
  const row = await trx
    .updateTable('careers_counters')
    .set({ value: sql`value + 1` })
    .where('name', '=', 'job_search_seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
