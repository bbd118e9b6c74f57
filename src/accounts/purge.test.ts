// purgeExpired on SQLite and PostgreSQL: expired sessions (absolute or idle), used or expired reset links and
// attempt counters no limit still needs are deleted; live ones stay and keep working.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import {
  createSession,
  createUser,
  purgeExpired,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionUser,
  takeAttempt,
} from './index.js';

const T0 = new Date('2026-11-10T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** the UTC day (YYYY-MM-DD) ms away from T0 */
const iso = (ms: number) => at(ms).toISOString().slice(0, 10);

describeEachDatabase('purging what has expired', (t) => {
  test('expired sessions and used or expired reset links were never purged: deleted, the live ones kept', async () => {
    const db = t.database.db;
    const count = async (
      table: 'sessions' | 'password_resets' | 'attempt_counters' | 'guest_claim_checks' | 'assistant_questions',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const limits = { resetMailsPerAccountPerHour: 10 };
    const ann = await createUser(db, { email: 'ann@example.org', password: 'anns long password', role: 'member' }, T0);
    const bob = await createUser(db, { email: 'bob@example.org', password: 'bobs long password', role: 'member' }, T0);
    await createUser(db, { email: 'cy@example.org', password: 'cys long password', role: 'member' }, T0);
    // sessions: one past its 30 days, one idle for over 7 days, one in use
    const old = await createSession(db, ann.id, at(-SESSION_MAX_MS - DAY));
    const idle = await createSession(db, ann.id, at(-SESSION_IDLE_MS - HOUR));
    const live = await createSession(db, bob.id, at(-HOUR));
    // reset links: one used, one expired, one still open (asked for 10 minutes ago)
    const used = await requestPasswordReset(db, 'cy@example.org', at(-2 * HOUR), limits);
    assert.ok(used);
    await resetPassword(db, used.token, 'cys new long password', at(-2 * HOUR + 60_000));
    const expired = await requestPasswordReset(db, 'bob@example.org', at(-2 * HOUR), limits);
    const open = await requestPasswordReset(db, 'bob@example.org', at(-10 * 60_000), limits);
    assert.ok(expired && open);
    // attempt counters: one untouched for over an hour, one from a minute ago
    await takeAttempt(db, 'stale', { limit: 5, windowMs: 15 * 60_000 }, at(-2 * HOUR));
    await takeAttempt(db, 'recent', { limit: 5, windowMs: 15 * 60_000 }, at(-60_000));
    assert.deepEqual(
      [await count('sessions'), await count('password_resets'), await count('attempt_counters')],
      [3, 3, 4], // the counters: stale, recent, and the reset mails for cy (2 hours ago) and bob (10 minutes ago)
    );
    // daily allowance counts: three days ago (gone), yesterday and today (kept)
    for (const [subject, day] of [
      ['guest:a', iso(-3 * DAY)],
      ['guest:a', iso(-DAY)],
      ['guest:a', iso(0)],
    ] as const) {
      await db.insertInto('guest_claim_checks').values({ subject, day, checks: 1 }).execute();
      await db.insertInto('assistant_questions').values({ subject, day, questions: 1 }).execute();
    }

    const purged = await purgeExpired(db, T0);

    assert.deepEqual(purged, { sessions: 2, resetLinks: 2, attemptCounters: 2, dailyCounts: 2 });
    assert.equal(await count('guest_claim_checks'), 2);
    assert.equal(await count('assistant_questions'), 2);
    assert.equal(await count('sessions'), 1);
    assert.equal((await sessionUser(db, live, T0))?.id, bob.id);
    assert.equal(await sessionUser(db, old, T0), undefined);
    assert.equal(await sessionUser(db, idle, T0), undefined);
    assert.equal(await count('password_resets'), 1);
    assert.equal(await resetTokenUsable(db, open.token, T0), true);
    assert.equal(await resetTokenUsable(db, expired.token, T0), false);
    const left = await db.selectFrom('attempt_counters').select('key').execute();
    assert.ok(left.some((r) => r.key === 'recent'));
    assert.ok(!left.some((r) => r.key === 'stale'));
    // nothing more to do the second time
    assert.deepEqual(await purgeExpired(db, T0), { sessions: 0, resetLinks: 0, attemptCounters: 0, dailyCounts: 0 });
  });
});
