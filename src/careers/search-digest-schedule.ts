// When each user's job-alert digest runs: one schedule row per user with saved searches, holding the moment the
// next digest is due, and one pending `careers.search-digest` task naming that same moment. The task runs the digest
// and, in the same transaction, moves the row a day on and queues the next task; with no saved searches left it
// deletes the row instead, ending the chain. A task whose moment no longer matches the row is stale (a duplicate,
// or the chain was restarted) and does nothing — the deadline tasks' pattern (deadlines.ts), no clock loop.
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/index.js';
import { enqueue } from '../tasks/index.js';

export const SEARCH_DIGEST_TASK = 'careers.search-digest';
export const DIGEST_INTERVAL_MS = 86_400_000;

export interface SearchDigestPayload {
  userId: string;
  /** ISO time the digest is due: the schedule row's next_digest_at when the task was queued */
  dueAt: string;
}

async function queueDigest(trx: Transaction<DatabaseSchema>, userId: string, due: Date, now: Date): Promise<void> {
  const payload: SearchDigestPayload = { userId, dueAt: due.toISOString() };
  await enqueue(trx, { type: SEARCH_DIGEST_TASK, payload, runAt: due }, now);
}

/**
 * Makes sure the user's digest is scheduled (in the transaction saving a search): the first saved search starts the
 * chain a day from now. A row whose moment is over a day past means its task was given up (dead after its retries):
 * the chain starts again.
 */
export async function scheduleDigest(trx: Transaction<DatabaseSchema>, userId: string, now: Date): Promise<void> {
  const row = await trx
    .selectFrom('careers_digest_schedules')
    .select('next_digest_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row && Date.parse(row.next_digest_at) > now.getTime() - DIGEST_INTERVAL_MS) return;
  const due = new Date(now.getTime() + DIGEST_INTERVAL_MS);
  if (row)
    await trx
      .updateTable('careers_digest_schedules')
      .set({ next_digest_at: due.toISOString() })
      .where('user_id', '=', userId)
      .execute();
  else
    await trx
      .insertInto('careers_digest_schedules')
      .values({ user_id: userId, next_digest_at: due.toISOString() })
      .execute();
  await queueDigest(trx, userId, due, now);
}

/** After a digest: the next one a day after this one was due (or a day from now when the worker was away longer). */
export async function scheduleNextDigest(
  trx: Transaction<DatabaseSchema>,
  userId: string,
  dueAt: string,
  now: Date,
): Promise<void> {
  const after = Date.parse(dueAt) + DIGEST_INTERVAL_MS;
  const due = new Date(after > now.getTime() ? after : now.getTime() + DIGEST_INTERVAL_MS);
  await trx
    .updateTable('careers_digest_schedules')
    .set({ next_digest_at: due.toISOString() })
    .where('user_id', '=', userId)
    .execute();
  await queueDigest(trx, userId, due, now);
}

export async function endDigest(trx: Transaction<DatabaseSchema>, userId: string): Promise<void> {
  await trx.deleteFrom('careers_digest_schedules').where('user_id', '=', userId).execute();
}
