// What operators do with tasks (`codedesk tasks list`, `codedesk tasks retry`) and the housekeeping of the
// table: finished tasks are kept a week for the record, then deleted; dead ones stay until someone looks.
import type { TaskState } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { describeMailTask, MAIL_TASK } from './mail-outbox.js';
import { type Db, type Task, toTask } from './task-queue.js';

/** how long a done task is kept */
export const DONE_TASKS_KEPT_MS = 7 * 24 * 3600_000;

/** A task as shown to operators: a mail's text never (it may carry a reset link), only whom and what. */
export type TaskListing = Omit<Task, 'payload'> & { summary: unknown };

export function describeTask(task: Task): TaskListing {
  const { payload, ...rest } = task;
  return { ...rest, summary: task.type === MAIL_TASK ? describeMailTask(payload) : payload };
}

/** The newest tasks first, of one state or all. */
export async function listTasks(db: Db, options: { state?: TaskState; limit?: number } = {}): Promise<TaskListing[]> {
  let query = db
    .selectFrom('tasks')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(Math.max(1, options.limit ?? 100));
  if (options.state) query = query.where('state', '=', options.state);
  return (await query.execute()).map((row) => describeTask(toTask(row)));
}

/** Puts a failed or dead task back in the queue, due now, with its attempts counted afresh. */
export async function retryTask(db: Db, id: string, now: Date): Promise<TaskListing> {
  const at = now.toISOString();
  const updated = await db
    .updateTable('tasks')
    .set({ state: 'queued', attempts: 0, run_at: at, updated_at: at, finished_at: null })
    .where('id', '=', id)
    .where('state', 'in', ['failed', 'dead'])
    .returningAll()
    .executeTakeFirst();
  if (updated) return describeTask(toTask(updated));
  const row = await db.selectFrom('tasks').select('state').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { what: `A task with the id ${id}` });
  throw new AppError('TASK_NOT_RETRYABLE', { id, state: row.state });
}

/** Deletes done tasks finished more than DONE_TASKS_KEPT_MS ago; returns how many. */
export async function purgeFinishedTasks(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('tasks')
    .where('state', '=', 'done')
    .where('finished_at', '<=', new Date(now.getTime() - DONE_TASKS_KEPT_MS).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
