// The statements a worker runs on the task table. A claim is one statement that both picks due tasks and marks
// them running under the worker's lease, so that two workers can never take the same task:
// - PostgreSQL: the due rows are selected FOR UPDATE SKIP LOCKED in a CTE and updated by the same statement; a
//   row another worker is claiming is skipped rather than waited for, and a row that stopped being due while we
//   waited for its lock is re-checked and dropped (READ COMMITTED re-evaluates the WHERE on the new version);
// - SQLite: one UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING. A write statement takes the database's
//   write lock before it reads, so the pick and the update see no other writer in between.
// Every later write of a claimed task names the lease (owner and attempt number): a worker whose lease ran out
// and was reclaimed finds its task gone, rather than overwriting the new run's state.
import { sql } from 'kysely';
import { isPostgres, type TaskState, type TasksTable, writeTransaction } from '../db/index.js';
import type { Db } from './task-queue.js';

export interface ClaimRequest {
  owner: string;
  /** task types this worker can run */
  types: readonly string[];
  limit: number;
  now: Date;
  leaseMs: number;
}

/** What identifies one run of a task (the lease it was claimed under). */
export interface Lease {
  id: string;
  owner: string;
  /** the attempt number the claim gave it */
  attempts: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
/** error text kept on the row; longer text is cut (an error is for an operator to read, not a log) */
const ERROR_MAX = 2000;

export const LEASE_EXPIRED = 'the lease of the worker running it expired (the process stopped, or lost the database)';

/** Marks up to `limit` due tasks of these types running under `owner`'s lease and returns them. */
export async function claimDue(db: Db, req: ClaimRequest): Promise<TasksTable[]> {
  if (req.limit < 1 || req.types.length === 0) return [];
  const now = req.now.toISOString();
  const set = {
    state: 'running' as const,
    attempts: sql<number>`attempts + 1`,
    lease_owner: req.owner,
    lease_expires_at: iso(req.now.getTime() + req.leaseMs),
    updated_at: now,
  };
  if (isPostgres(db)) {
    const { rows } = await sql<TasksTable>`
      with due as (
        select id from tasks
        where state in ('queued', 'failed') and run_at <= ${now} and type in (${sql.join(req.types)})
        order by run_at
        limit ${req.limit}
        for update skip locked
      )
      update tasks set
        state = 'running', attempts = tasks.attempts + 1, lease_owner = ${set.lease_owner},
        lease_expires_at = ${set.lease_expires_at}, updated_at = ${now}
      from due where tasks.id = due.id
      returning tasks.*`.execute(db);
    return rows;
  }
  return db
    .updateTable('tasks')
    .set(set)
    .where('state', 'in', ['queued', 'failed'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('tasks')
        .select('id')
        .where('state', 'in', ['queued', 'failed'])
        .where('run_at', '<=', now)
        .where('type', 'in', req.types)
        .orderBy('run_at')
        .limit(req.limit),
    )
    .returningAll()
    .execute();
}

/** Whether any task of these types is due or has a lease that ran out: a read, to keep idle polls off the write lock. */
export async function anythingToDo(db: Db, types: readonly string[], now: Date): Promise<boolean> {
  if (types.length === 0) return false;
  const at = now.toISOString();
  const row = await db
    .selectFrom('tasks')
    .select('id')
    .where('type', 'in', types)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', 'in', ['queued', 'failed']), eb('run_at', '<=', at)]),
        eb.and([eb('state', '=', 'running'), eb('lease_expires_at', '<=', at)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Tasks whose lease ran out (the process running them was killed, or lost the database for longer than a lease)
 * count that run as a failed attempt: due again at once, or dead when it was the last. Returns how many.
 */
export async function reclaimExpired(db: Db, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .updateTable('tasks')
    .set((eb) => ({
      state: eb
        .case()
        .when('attempts', '>=', eb.ref('max_attempts'))
        .then(sql.lit('dead'))
        .else(sql.lit('failed'))
        .end()
        .$castTo<TaskState>(),
      finished_at: eb.case().when('attempts', '>=', eb.ref('max_attempts')).then(at).else(null).end(),
      last_error: LEASE_EXPIRED,
      lease_owner: null,
      lease_expires_at: null,
      run_at: at,
      updated_at: at,
    }))
    .where('state', '=', 'running')
    .where('lease_expires_at', '<=', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Moves the leases `owner` holds on these tasks forward; returns how many it still held. */
export async function renewLeases(
  db: Db,
  owner: string,
  ids: readonly string[],
  now: Date,
  leaseMs: number,
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('tasks')
    .set({ lease_expires_at: iso(now.getTime() + leaseMs), updated_at: now.toISOString() })
    .where('id', 'in', ids)
    .where('lease_owner', '=', owner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** `db` narrowed to this run of the task; nothing matches once the lease was lost. */
const underLease = (db: Db, lease: Lease) =>
  db
    .updateTable('tasks')
    .where('id', '=', lease.id)
    .where('lease_owner', '=', lease.owner)
    .where('attempts', '=', lease.attempts)
    .where('state', '=', 'running');

/** The run succeeded. `payload`, when given, replaces what is kept (e.g. a sent mail without its text). */
export async function completeTask(db: Db, lease: Lease, now: Date, payload?: unknown): Promise<boolean> {
  const at = now.toISOString();
  const result = await writeTransaction(db, [], (trx) =>
    underLease(trx, lease)
      .set({
        state: 'done',
        lease_owner: null,
        lease_expires_at: null,
        updated_at: at,
        finished_at: at,
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      })
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The run failed: tried again at `retryAt`, or given up (dead) when there is none. Returns the new state, or
 * undefined when the lease had been lost.
 */
export async function failTask(
  db: Db,
  lease: Lease,
  error: string,
  now: Date,
  retryAt: Date | undefined,
): Promise<'failed' | 'dead' | undefined> {
  const at = now.toISOString();
  const state = retryAt ? 'failed' : 'dead';
  const result = await writeTransaction(db, [], (trx) =>
    underLease(trx, lease)
      .set({
        state,
        last_error: error.slice(0, ERROR_MAX),
        lease_owner: null,
        lease_expires_at: null,
        run_at: retryAt ? retryAt.toISOString() : at,
        updated_at: at,
        finished_at: retryAt ? null : at,
      })
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1 ? state : undefined;
}

/** Gives tasks back unfinished (a worker stopping): due again at once, the attempt not counted. */
export async function releaseTasks(db: Db, leases: readonly Lease[], now: Date): Promise<number> {
  let released = 0;
  const at = now.toISOString();
  for (const lease of leases) {
    const result = await writeTransaction(db, [], (trx) =>
      underLease(trx, lease)
        .set({
          state: 'queued',
          attempts: sql<number>`attempts - 1`,
          lease_owner: null,
          lease_expires_at: null,
          run_at: at,
          updated_at: at,
        })
        .executeTakeFirst(),
    );
    released += Number(result.numUpdatedRows);
  }
  return released;
}
