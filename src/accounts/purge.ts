// Deleting what can no longer be used, so the tables do not grow forever: sessions past their absolute or idle
// limit, reset links used or expired, attempt counters no limit remembers any more, and the daily allowance counts
// (Claim Check's guest checks, CasePilot's questions) of days before yesterday (UTC): no limit reads them again. Every server process runs it
// at start and every hour (runtime/housekeeping.ts). Each delete is one statement; nothing live is touched, so
// it may run in several processes at once.
import { LONGEST_ATTEMPT_WINDOW_MS } from './attempts.js';
import { SESSION_IDLE_MS } from './sessions.js';
import type { Db } from './users.js';

export interface PurgeCounts {
  sessions: number;
  resetLinks: number;
  attemptCounters: number;
  /** rows of guest_claim_checks and assistant_questions for days before yesterday */
  dailyCounts: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function purgeExpired(db: Db, now: Date): Promise<PurgeCounts> {
  const t = now.getTime();
  // the same limits sessionUser applies (expires_at is the absolute one; last_seen_at the idle one)
  const sessions = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', iso(t)), eb('last_seen_at', '<=', iso(t - SESSION_IDLE_MS))]))
    .executeTakeFirst();
  const resetLinks = await db
    .deleteFrom('password_resets')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', iso(t))]))
    .executeTakeFirst();
  const attemptCounters = await db
    .deleteFrom('attempt_counters')
    .where('last_at', '<=', iso(t - LONGEST_ATTEMPT_WINDOW_MS))
    .executeTakeFirst();
  // yesterday's counts stay: a request at 00:00:01 UTC may still be counting against the day that just ended
  const yesterday = new Date(t - 24 * 3600_000).toISOString().slice(0, 10);
  const claimChecks = await db.deleteFrom('guest_claim_checks').where('day', '<', yesterday).executeTakeFirst();
  const questions = await db.deleteFrom('assistant_questions').where('day', '<', yesterday).executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    resetLinks: Number(resetLinks.numDeletedRows),
    attemptCounters: Number(attemptCounters.numDeletedRows),
    dailyCounts: Number(claimChecks.numDeletedRows) + Number(questions.numDeletedRows),
  };
}
