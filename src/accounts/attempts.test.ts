// Attempt counting on SQLite and PostgreSQL with a controlled clock: a fixed window refuses until it ends; a
// cooldown rule waits 1 s doubling to its maximum and forgets after a quiet window; clearing starts over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { clearAttempts, takeAttempt } from './index.js';

const T0 = new Date('2026-11-10T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describeEachDatabase('attempt limits', (t) => {
  test('a fixed window: the limit, then refused until the window ends', async () => {
    const db = t.database.db;
    const rule = { limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) assert.deepEqual(await takeAttempt(db, 'fixed', rule, at(i * 1000)), { allowed: true });
    assert.deepEqual(await takeAttempt(db, 'fixed', rule, at(10_000)), { allowed: false, retryAfterMs: 50_000 });
    assert.deepEqual(await takeAttempt(db, 'fixed', rule, at(60_000)), { allowed: true });
    // another key is counted apart
    assert.deepEqual(await takeAttempt(db, 'other', rule, at(10_000)), { allowed: true });
  });

  test('a cooldown: waits double to their maximum; a quiet window, or clearing, forgets', async () => {
    const db = t.database.db;
    const rule = { limit: 2, windowMs: 15 * 60_000, cooldown: { firstMs: 1000, maxMs: 4000 } };
    let now = 0;
    for (let i = 0; i < 2; i++) assert.ok((await takeAttempt(db, 'cool', rule, at(now))).allowed);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const refused = await takeAttempt(db, 'cool', rule, at(now));
      assert.equal(refused.allowed, false);
      const wait = refused.allowed ? 0 : refused.retryAfterMs;
      waits.push(wait);
      now += wait;
      assert.ok((await takeAttempt(db, 'cool', rule, at(now))).allowed);
    }
    assert.deepEqual(waits, [1000, 2000, 4000, 4000, 4000]);
    // 15 minutes without an attempt: the count starts again
    now += 15 * 60_000;
    for (let i = 0; i < 2; i++) assert.ok((await takeAttempt(db, 'cool', rule, at(now))).allowed);
    assert.equal((await takeAttempt(db, 'cool', rule, at(now))).allowed, false);
    await clearAttempts(db, 'cool');
    assert.ok((await takeAttempt(db, 'cool', rule, at(now))).allowed);
  });
});
