// Counting attempts against a limit, in the database, so that every process serving the site counts together
// (in-memory counters would give each of WEB_WORKERS its own allowance). One row per key; taking an attempt is
// one write transaction holding the key, so two processes cannot both take the last one.
//
// Two kinds of rule:
// - a fixed window: at most `limit` attempts in `windowMs` from the first; then refused until the window ends;
// - with a cooldown: `limit` attempts, then each further one only once `firstMs` (doubling with each attempt,
//   at most `maxMs`) has passed since the last; the count is forgotten after `windowMs` without an attempt.
//   It slows guessing to a trickle without ever shutting the owner out for longer than `maxMs`.
import { writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import type { Db } from './users.js';

export interface AttemptRule {
  limit: number;
  windowMs: number;
  cooldown?: { firstMs: number; maxMs: number };
}

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** No rule remembers longer than this: a counter untouched for it is of no use (purgeExpired drops it). */
export const LONGEST_ATTEMPT_WINDOW_MS = 60 * 60_000;

function judge(row: { count: number; window_start: string; last_at: string }, rule: AttemptRule, now: number) {
  const last = Date.parse(row.last_at);
  const start = Date.parse(row.window_start);
  const count = Number(row.count);
  const expired = rule.cooldown ? now - last >= rule.windowMs : now - start >= rule.windowMs;
  if (expired) return { fresh: true, retryAfterMs: 0 };
  if (count < rule.limit) return { fresh: false, retryAfterMs: 0 };
  if (!rule.cooldown) return { fresh: false, retryAfterMs: start + rule.windowMs - now };
  const wait = Math.min(rule.cooldown.firstMs * 2 ** (count - rule.limit), rule.cooldown.maxMs);
  return { fresh: false, retryAfterMs: Math.max(0, last + wait - now) };
}

/** Counts an attempt for `key` when the rule allows one now; otherwise says how long to wait. */
export async function takeAttempt(db: Db, key: string, rule: AttemptRule, now: Date): Promise<AttemptVerdict> {
  const at = now.toISOString();
  return writeTransaction(db, [`attempts:${key}`], async (trx): Promise<AttemptVerdict> => {
    const row = await trx.selectFrom('attempt_counters').selectAll().where('key', '=', key).executeTakeFirst();
    if (!row) {
      await trx.insertInto('attempt_counters').values({ key, count: 1, window_start: at, last_at: at }).execute();
      return { allowed: true };
    }
    const { fresh, retryAfterMs } = judge(row, rule, now.getTime());
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    await trx
      .updateTable('attempt_counters')
      .set(fresh ? { count: 1, window_start: at, last_at: at } : { count: Number(row.count) + 1, last_at: at })
      .where('key', '=', key)
      .execute();
    return { allowed: true };
  });
}

/** Takes an attempt, or throws RATE_LIMITED with the wait in whole seconds (at least 1). */
export async function requireAttempt(db: Db, key: string, rule: AttemptRule, now: Date): Promise<void> {
  const verdict = await takeAttempt(db, key, rule, now);
  if (!verdict.allowed)
    throw new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)) });
}

/** Forgets the attempts of `key` (a successful log in clears its failures). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('attempt_counters').where('key', '=', key).execute();
}
