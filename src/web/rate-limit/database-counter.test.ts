// The request counter shared through the database, on SQLite and PostgreSQL: a client's window begins with its
// first request; instances learn each other's counts at each sync and judge on the total; written through
// (syncMs 0) every request counts exactly, however the instances interleave; close() saves what is pending.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../../db/test-support/each-database.js';
import { createDatabaseCounter } from './database-counter.js';

const WINDOW = 60_000;
const noErrors = (err: unknown) => assert.fail(`sync failed: ${String(err)}`);

describeEachDatabase('the shared request counter', (t) => {
  let clock = Date.parse('2026-11-10T12:00:00Z');
  const now = () => clock;
  const counter = (syncMs = 3_600_000) =>
    createDatabaseCounter(t.database.db, { windowMs: WINDOW, syncMs, onError: noErrors, now });
  const row = (key: string) =>
    t.database.db.selectFrom('rate_limit_counters').selectAll().where('key', '=', key).executeTakeFirst();

  test('one instance counts a client from its first request; the window ends a minute later', async () => {
    const a = counter();
    try {
      assert.deepEqual(await a.hit('10.0.0.1'), { current: 1, ttl: WINDOW });
      clock += 20_000;
      assert.deepEqual(await a.hit('10.0.0.1'), { current: 2, ttl: 40_000 });
      assert.equal((await a.hit('10.0.0.2')).current, 1, 'another client counts alone');
      clock += 40_000;
      assert.deepEqual(await a.hit('10.0.0.1'), { current: 1, ttl: WINDOW }, 'a new window');
    } finally {
      await a.close();
    }
  });

  test('two instances: each learns the shared total at its sync and judges on it', async () => {
    const a = counter();
    const b = counter();
    try {
      for (let i = 1; i <= 6; i++) assert.equal((await a.hit('10.1.0.1')).current, i);
      await a.sync();
      assert.equal((await row('10.1.0.1'))?.count, 6);
      // b has not heard of a's six yet: it counts its own
      for (let i = 1; i <= 4; i++) assert.equal((await b.hit('10.1.0.1')).current, i);
      await b.sync();
      assert.equal((await row('10.1.0.1'))?.count, 10);
      assert.equal((await b.hit('10.1.0.1')).current, 11, 'b knows the total now');
      // a learns b's part at its next sync: until then it judges on what it knew (one sync late at most)
      assert.equal((await a.hit('10.1.0.1')).current, 7);
      await a.sync();
      assert.equal((await a.hit('10.1.0.1')).current, 12);
      await b.sync();
      await a.sync();
      assert.equal((await row('10.1.0.1'))?.count, 13, 'every request counted once');
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('written through (syncMs 0), 40 requests at once over two instances count 1 to 40', async () => {
    const a = counter(0);
    const b = counter(0);
    try {
      const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit('10.2.0.1')));
      assert.deepEqual(
        hits.map((h) => h.current).sort((x, y) => x - y),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      assert.equal((await row('10.2.0.1'))?.count, 40);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('a window that ended starts again in the database too; close() saves what is pending', async () => {
    const a = counter();
    for (let i = 0; i < 5; i++) await a.hit('10.3.0.1');
    await a.sync();
    clock += WINDOW;
    assert.equal((await a.hit('10.3.0.1')).current, 1);
    await a.close();
    const saved = await row('10.3.0.1');
    assert.equal(saved?.count, 1);
    assert.equal(saved?.window_start, new Date(clock).toISOString());
    // another instance that only knew the old window learns the new one
    const b = counter();
    try {
      assert.equal((await b.hit('10.3.0.1')).current, 1);
      await b.sync();
      assert.equal((await row('10.3.0.1'))?.count, 2);
      assert.equal((await b.hit('10.3.0.1')).current, 3);
    } finally {
      await b.close();
    }
  });
});
