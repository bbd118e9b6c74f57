// Putting work on the task table. `enqueue` writes through whatever it is given: called with the transaction of
// the change that asks for the work (a password reset and its mail), the task exists if and only if that change
// committed — no mail about a reset that rolled back, no reset whose mail was lost between two writes.
import { randomUUID } from 'node:crypto';
import type { InsertQueryBuilder, InsertResult, Kysely } from 'kysely';
import { type DatabaseSchema, isPostgres, type TaskState, type TasksTable } from '../db/index.js';

export type Db = Kysely<DatabaseSchema>;

export const TASK_STATES: readonly TaskState[] = ['queued', 'running', 'done', 'failed', 'dead'];

/** attempts a task gets unless it says otherwise: with the default backoff, about an hour of retries */
export const DEFAULT_MAX_ATTEMPTS = 10;

export interface NewTask {
  /** the handler that runs it (a key of the worker's task types) */
  type: string;
  /** anything JSON can carry; the handler reads it back */
  payload: unknown;
  /** attempts before it is given up as dead (default DEFAULT_MAX_ATTEMPTS) */
  maxAttempts?: number;
  /** not before this time (default: now) */
  runAt?: Date;
}

/** A task as stored, its payload parsed. */
export interface Task {
  id: string;
  type: string;
  payload: unknown;
  state: TaskState;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export function isTaskState(value: string): value is TaskState {
  return (TASK_STATES as readonly string[]).includes(value);
}

function taskRow(task: NewTask, now: Date): TasksTable {
  const at = now.toISOString();
  return {
    id: randomUUID(),
    type: task.type,
    payload: JSON.stringify(task.payload ?? null),
    state: 'queued',
    attempts: 0,
    max_attempts: Math.max(1, Math.trunc(task.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)),
    run_at: (task.runAt ?? now).toISOString(),
    lease_owner: null,
    lease_expires_at: null,
    last_error: null,
    created_at: at,
    updated_at: at,
    finished_at: null,
  };
}

/** Adds a task through `db` — the caller's transaction, so that it commits or rolls back with the change. */
export async function enqueue(db: Db, task: NewTask, now: Date): Promise<string> {
  const row = taskRow(task, now);
  await db.insertInto('tasks').values(row).execute();
  return row.id;
}

/**
 * Inserts `change` (built on `db`) and the task about it together. On PostgreSQL that is one statement (the
 * insert as a data-modifying WITH): a round trip less on a request, which keeps the password-reset form as quick
 * for an address with an account as for one without. SQLite runs in-process, with no round trip to save: there
 * they are two statements, in `db` — the caller's transaction.
 */
export async function insertWithTask<T extends keyof DatabaseSchema>(
  db: Db,
  change: InsertQueryBuilder<DatabaseSchema, T, InsertResult>,
  task: NewTask,
  now: Date,
): Promise<string> {
  const row = taskRow(task, now);
  if (isPostgres(db)) {
    await db
      .with('change', () => change)
      .insertInto('tasks')
      .values(row)
      .execute();
  } else {
    await change.execute();
    await db.insertInto('tasks').values(row).execute();
  }
  return row.id;
}

/** A payload that does not parse is kept as its text (the worker gives such a task up). */
export function parsePayload(text: string): { ok: true; value: unknown } | { ok: false; text: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

export function toTask(row: TasksTable): Task {
  const payload = parsePayload(row.payload);
  return {
    id: row.id,
    type: row.type,
    payload: payload.ok ? payload.value : payload.text,
    state: row.state,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    runAt: row.run_at,
    leaseOwner: row.lease_owner,
    leaseExpiresAt: row.lease_expires_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}
