// The task worker: a loop that claims due tasks under a lease (leases.ts), runs the handler of each task's type,
// and records the outcome — done; failed and tried again after an exponential backoff; dead once its attempts
// are used up (or at once when the handler says retrying cannot help). While tasks run, their leases are renewed;
// a lease that runs out (a killed process) is reclaimed by any worker. stop() claims nothing more, waits a
// grace period for the tasks in hand, and gives back those still running, so another worker takes them.
//
// Polling, not notifications: one cheap read per interval when idle (no write lock taken), on both dialects.
// A task therefore starts up to `pollMs` after it was committed.
import { hostname } from 'node:os';
import type { Database } from '../db/index.js';
import { isAppError } from '../shared/index.js';
import {
  anythingToDo,
  claimDue,
  completeTask,
  failTask,
  type Lease,
  reclaimExpired,
  releaseTasks,
  renewLeases,
} from './leases.js';
import { parsePayload } from './task-queue.js';

export interface TaskContext {
  id: string;
  /** 1 on the first run */
  attempt: number;
  /** aborted when the worker stops and gives the task back */
  signal: AbortSignal;
}

export interface TaskType {
  /** does the work; a throw is a failed attempt */
  run(payload: unknown, context: TaskContext): Promise<void>;
  /** what to keep of the payload once done (default: all of it), e.g. a sent mail without its text */
  keepWhenDone?(payload: unknown): unknown;
}

/** A failure retrying cannot mend (a relay refusing a recipient): the task is dead at once. */
export class PermanentTaskFailure extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PermanentTaskFailure';
  }
}

export interface Backoff {
  /** the wait after the first failure; each further one doubles it */
  baseMs: number;
  maxMs: number;
}

/** 10 s doubling to 30 min: ten attempts span about an hour (a reset link's life) */
export const DEFAULT_BACKOFF: Backoff = { baseMs: 10_000, maxMs: 30 * 60_000 };

/**
 * The wait before attempt `failed + 1`: half of base·2^(failed−1) (at most max) plus a random part of the other
 * half, so that tasks that failed together (a relay that was down) do not all come back at the same moment.
 */
export function retryDelayMs(failed: number, backoff: Backoff, random: () => number = Math.random): number {
  const full = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, failed - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

export interface TaskWorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TaskWorkerOptions {
  /** the handlers, by task type; tasks of other types are left for workers that know them */
  types: Record<string, TaskType>;
  log: TaskWorkerLog;
  now?: () => Date;
  /** names this worker on its leases (default host:pid:random) */
  owner?: string;
  /** wait between polls when nothing is due (default 1 s) */
  pollMs?: number;
  /** tasks run at once (default 4) */
  concurrency?: number;
  /** how long a claim holds a task without renewal (default 60 s; renewed every third of it) */
  leaseMs?: number;
  backoff?: Backoff;
  /** how long stop() waits for running tasks before giving them back (default 10 s) */
  stopGraceMs?: number;
}

export interface TaskWorker {
  owner: string;
  /** resolves once the worker has found nothing to do with nothing running (tests and shutdown) */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

interface Running {
  lease: Lease;
  controller: AbortController;
  done: Promise<void>;
}

const errorText = (err: unknown): string => {
  const e = err instanceof PermanentTaskFailure ? err.cause : err;
  if (isAppError(e)) return `${e.code}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
};

export function startTaskWorker(database: Database, options: TaskWorkerOptions): TaskWorker {
  const db = database.db;
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const types = Object.keys(options.types);
  const pollMs = options.pollMs ?? 1000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const { log } = options;
  const running = new Map<string, Running>();
  let stopping = false;
  let wake: (() => void) | undefined;
  let idleWaiters: (() => void)[] = [];

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const execute = async (
    lease: Lease,
    maxAttempts: number,
    type: TaskType,
    payloadText: string,
    controller: AbortController,
  ) => {
    const parsed = parsePayload(payloadText);
    try {
      if (!parsed.ok) throw new PermanentTaskFailure(new Error('the payload is not JSON'));
      await type.run(parsed.value, { id: lease.id, attempt: lease.attempts, signal: controller.signal });
      const kept = type.keepWhenDone ? type.keepWhenDone(parsed.value) : undefined;
      if (!(await completeTask(db, lease, now(), kept)))
        log.warn({ task: lease.id }, 'task finished after its lease was lost; it may run again');
    } catch (err) {
      const permanent = err instanceof PermanentTaskFailure;
      const { attempts } = lease;
      const retryAt =
        permanent || attempts >= maxAttempts ? undefined : new Date(now().getTime() + retryDelayMs(attempts, backoff));
      const state = await failTask(db, lease, errorText(err), now(), retryAt);
      const fields = { task: lease.id, attempt: attempts, error: errorText(err), retryAt: retryAt?.toISOString() };
      if (state === 'dead') log.error(fields, 'task failed for the last time (dead)');
      else if (state === 'failed') log.warn(fields, 'task failed; it will be tried again');
      else log.warn(fields, 'task failed after its lease was lost');
    }
  };

  const start = (row: { id: string; type: string; attempts: number; max_attempts: number; payload: string }) => {
    const type = options.types[row.type];
    if (!type) return;
    const lease: Lease = { id: row.id, owner, attempts: Number(row.attempts) };
    const controller = new AbortController();
    const done = execute(lease, Number(row.max_attempts), type, row.payload, controller)
      .catch((err: unknown) => log.error({ task: row.id, err }, 'task outcome not recorded'))
      .finally(() => {
        running.delete(row.id);
        wake?.();
      });
    running.set(row.id, { lease, controller, done });
  };

  /** one round: reclaim what others lost, claim what fits; true when it found work */
  const poll = async (): Promise<boolean> => {
    const free = concurrency - running.size;
    if (free <= 0) return false;
    const at = now();
    if (!(await anythingToDo(db, types, at))) return false;
    const reclaimed = await reclaimExpired(db, at);
    if (reclaimed > 0) log.warn({ reclaimed }, 'took back tasks whose lease expired');
    const claimed = await claimDue(db, { owner, types, limit: free, now: at, leaseMs });
    for (const row of claimed) start(row);
    return claimed.length > 0;
  };

  const loop = (async () => {
    while (!stopping) {
      // on SQLite every statement completes synchronously: without a turn of the event loop between rounds, a
      // long queue of quick tasks would keep timers and requests waiting until it was drained
      await new Promise((resolve) => setImmediate(resolve));
      let found = false;
      try {
        found = await poll();
      } catch (err) {
        log.error({ err }, 'task poll failed; trying again');
      }
      if (stopping) break;
      if (!found && running.size === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
      // more may be due at once when this round filled every free slot
      if (found && running.size < concurrency) continue;
      await sleep(pollMs);
    }
  })();

  const renewal = setInterval(
    () => {
      const ids = [...running.keys()];
      if (ids.length === 0) return;
      renewLeases(db, owner, ids, now(), leaseMs).catch((err: unknown) =>
        log.error({ err }, 'task lease renewal failed'),
      );
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  renewal.unref();

  let stopped: Promise<void> | undefined;
  return {
    owner,
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        wake?.();
      }),
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wake?.();
        await loop;
        const graceMs = options.stopGraceMs ?? 10_000;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.all([...running.values()].map((r) => r.done)),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, graceMs);
          }),
        ]);
        clearTimeout(timer);
        clearInterval(renewal);
        const left = [...running.values()];
        if (left.length > 0) {
          // given back first: whatever the handler does once told to stop is then no longer recorded
          const released = await releaseTasks(
            db,
            left.map((r) => r.lease),
            now(),
          );
          for (const r of left) r.controller.abort();
          log.warn({ released }, 'gave back tasks still running at shutdown');
        }
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
      })();
      return stopped;
    },
  };
}
