// The web server's housekeeping on SQLite and PostgreSQL: a purge at start, another every hour (the hour passed
// with node:test's mock timers, not waited for), none after stop(), and what each purge removed logged; uploaded
// files no record names swept once an hour old.
import assert from 'node:assert/strict';
import { readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { mock, test } from 'node:test';
import { createSession, createUser, type PurgeCounts } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { findUpload, saveUpload, uploadsDir } from '../storage/index.js';
import { minimalPdf } from '../storage/test-support/upload-fixtures.js';
import { HOUSEKEEPING_INTERVAL_MS, type HousekeepingCounts, startHousekeeping } from './housekeeping.js';

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

  test('uploaded files no record names are swept once an hour old; recorded and recent ones stay', async () => {
    const db = t.database.db;
    const data = tempDir('codedesk-housekeeping-');
    try {
      const dir = uploadsDir(data.path);
      const owner = await createUser(
        db,
        { email: 'lee@example.org', password: 'lees long password', role: 'member' },
        new Date(),
      );
      const save = () =>
        saveUpload({ db, dir }, { kind: 'resume', bytes: minimalPdf(), fileName: 'cv.pdf', ownerId: owner.id });
      const kept = await save();
      const orphans = [await save(), await save()];
      await db
        .deleteFrom('uploads')
        .where(
          'id',
          'in',
          orphans.map((o) => o.id),
        )
        .execute();
      const files = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
      // the kept one and the orphans written two hours ago; one more orphan just now (its transaction may be open)
      const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
      for (const f of files()) utimesSync(join(f.parentPath, f.name), twoHoursAgo, twoHoursAgo);
      const recent = await save();
      await db.deleteFrom('uploads').where('id', '=', recent.id).execute();
      assert.equal(files().length, 4);
      const logged: HousekeepingCounts[] = [];
      const log = {
        info: (o: { purged: HousekeepingCounts }) => logged.push(o.purged),
        error: () => assert.fail('no error'),
      };
      const housekeeping = startHousekeeping(t.database, { now: () => new Date(), log, uploadsDir: dir });
      await housekeeping.idle();
      await housekeeping.stop();
      assert.equal(logged[0]?.uploads, 2, 'the two old orphans');
      assert.equal(files().length, 2);
      assert.ok(await findUpload({ db }, kept.id));
    } finally {
      data.remove();
    }
  });
});
