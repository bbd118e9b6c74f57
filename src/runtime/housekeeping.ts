// A service of every process (runtime): deletes what can no longer be used, at start and every hour —
// purgeExpired (accounts: expired sessions, used or expired reset links, stale attempt counters, old daily counts),
// purgeFinishedTasks (tasks: done tasks older than a week) and sweepUploads (storage: uploaded files no record names
// and half-written leftovers, an hour or more old, when given the uploads folder) — so nothing piles up. The timer is unref'd
// (it never keeps a process alive), and stop() — on shutdown, before the database closes — clears it and waits
// for a purge in flight. With WEB_WORKERS or several servers each process purges; the deletes touch nothing
// live, so that is harmless.
//
// A runtime service rather than a periodic task: it is idempotent deletes with nothing to retry or hand over, and
// it keeps running in a process started with TASK_WORKER=0.
import { type PurgeCounts, purgeExpired } from '../accounts/index.js';
import type { Database } from '../db/index.js';
import { sweepUploads } from '../storage/index.js';
import { purgeFinishedTasks } from '../tasks/index.js';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;
/** an uploaded file without a record is left this long: the transaction that saved it may still be open */
export const UPLOAD_SWEEP_GRACE_MS = 60 * 60_000;

/** what one purge removed */
export type HousekeepingCounts = PurgeCounts & { tasks: number; uploads: number };

export interface HousekeepingLog {
  info(obj: { purged: HousekeepingCounts }, msg: string): void;
  error(obj: { err: unknown }, msg: string): void;
}

export interface Housekeeping {
  /** resolves when no purge is running */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function startHousekeeping(
  database: Database,
  opts: {
    now: () => Date;
    log: HousekeepingLog;
    intervalMs?: number;
    /** the uploads folder (storage's uploadsDir): its files no record names are swept */
    uploadsDir?: string;
  },
): Housekeeping {
  let running: Promise<void> | undefined;
  let stopped = false;
  const uploadsDir = opts.uploadsDir;
  const sweep = async (now: Date) =>
    uploadsDir
      ? sweepUploads({ db: database.db, dir: uploadsDir }, new Date(now.getTime() - UPLOAD_SWEEP_GRACE_MS))
      : 0;
  const purge = () => {
    // one at a time: a purge slower than the interval is not run twice
    if (stopped || running) return;
    const now = opts.now();
    running = purgeExpired(database.db, now)
      .then(async (expired) => ({ ...expired, tasks: await purgeFinishedTasks(database.db, now) }))
      .then(async (purged) => ({ ...purged, uploads: await sweep(now) }))
      .then(
        (purged) => {
          if (purged.sessions + purged.resetLinks + purged.attemptCounters + purged.tasks + purged.uploads > 0)
            opts.log.info({ purged }, 'purged expired rows');
        },
        (err: unknown) => opts.log.error({ err }, 'purge of expired rows failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  purge();
  const timer = setInterval(purge, opts.intervalMs ?? HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return {
    idle: async () => {
      await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
