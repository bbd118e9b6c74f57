// What the web server does besides answering: purgeExpired (accounts) at start and every hour, so expired
// sessions, used or expired reset links and stale attempt counters do not pile up. The timer is unref'd (it never
// keeps a process alive), and stop() — on shutdown, before the database closes — clears it and waits for a purge
// in flight. With WEB_WORKERS each worker purges; the deletes touch nothing live, so that is harmless.
import { type PurgeCounts, purgeExpired } from '../accounts/index.js';
import type { Database } from '../db/index.js';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

export interface HousekeepingLog {
  info(obj: { purged: PurgeCounts }, msg: string): void;
  error(obj: { err: unknown }, msg: string): void;
}

export interface Housekeeping {
  /** resolves when no purge is running */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function startHousekeeping(
  database: Database,
  opts: { now: () => Date; log: HousekeepingLog; intervalMs?: number },
): Housekeeping {
  let running: Promise<void> | undefined;
  let stopped = false;
  const purge = () => {
    // one at a time: a purge slower than the interval is not run twice
    if (stopped || running) return;
    running = purgeExpired(database.db, opts.now())
      .then(
        (purged) => {
          if (purged.sessions + purged.resetLinks + purged.attemptCounters > 0)
            opts.log.info({ purged }, 'purged expired sessions, reset links and attempt counters');
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
