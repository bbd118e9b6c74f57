// The web server's housekeeping on SQLite and PostgreSQL: a purge at start, another every hour (the hour passed
// with node:test's mock timers, not waited for), none after stop(), and what each purge removed logged.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { createSession, createUser, type PurgeCounts } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { HOUSEKEEPING_INTERVAL_MS, startHousekeeping } from './housekeeping.js';

describeEachDatabase('housekeeping', (t) => {
  test('expired sessions were never purged: purged at start, then every hour, not after stop', async () => {
    const db = t.database.db;
    const start = new Date('2026-11-10T12:00:00Z');
    let clock = start;
    const logged: PurgeCounts[] = [];
    const log = { info: (o: { purged: PurgeCounts }) => logged.push(o.purged), error: () => assert.fail('no error') };
    const user = await createUser(
      db,
      { email: 'kim@example.org', password: 'kims long password', role: 'member' },
      start,
    );
    const sessions = async () =>
      Number(
        (
          await db
            .selectFrom('sessions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    // a session that ended 31 days after it began, long ago
    await createSession(db, user.id, new Date('2026-01-01T00:00:00Z'));
    mock.timers.enable({ apis: ['setInterval'] });
    try {
      const housekeeping = startHousekeeping(t.database, { now: () => clock, log });
      await housekeeping.idle();
      assert.equal(await sessions(), 0, 'purged at start');
      // a session made now, and the clock moved past its 30 days: the next hourly purge takes it
      await createSession(db, user.id, clock);
      clock = new Date(start.getTime() + 31 * 24 * 3600_000);
      mock.timers.tick(HOUSEKEEPING_INTERVAL_MS);
      await housekeeping.idle();
      assert.equal(await sessions(), 0, 'purged an hour later');
      assert.deepEqual(
        logged.map((p) => p.sessions),
        [1, 1],
      );
      await housekeeping.stop();
      await createSession(db, user.id, start);
      mock.timers.tick(HOUSEKEEPING_INTERVAL_MS);
      await housekeeping.idle();
      assert.equal(await sessions(), 1, 'nothing after stop');
    } finally {
      mock.timers.reset();
    }
  });
});
