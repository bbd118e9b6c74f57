// The task worker a server process runs knows the task types of the products above tasks/: a CareerCenter posting
// past its closing date is expired by the worker the runtime starts (on SQLite and PostgreSQL), with the clock the
// runtime passes in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCareersDeps, createJob, publishJob } from '../careers/index.js';
import { validJob } from '../careers/test-support/careers-fixtures.js';
import { loadConfig } from '../config.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { createProcessLog } from './log.js';
import { taskWorkerService } from './process-services.js';

describeEachDatabase('the runtime task worker', (t) => {
  test("runs CareerCenter's posting deadlines", async () => {
    let clock = new Date('2026-05-04T15:00:00Z');
    const now = () => clock;
    const db = t.database.db;
    await db
      .insertInto('users')
      .values({
        id: 'admin-1',
        email: 'admin@example.org',
        password_hash: '-',
        role: 'admin',
        plan: 'free',
        created_at: clock.toISOString(),
        disabled_at: null,
      })
      .execute();
    const deps = createCareersDeps({ db, now, publicUrl: 'https://codedesk.test' });
    const admin = { id: 'admin-1', role: 'admin' as const };
    const job = await createJob(deps, admin, validJob({ closingDate: '2026-05-20' }));
    assert.equal((await publishJob(deps, admin, job.id)).status, 'published');
    clock = new Date('2026-05-21T00:05:00Z');
    const config = loadConfig({ CODEDESK_DATA_DIR: t.dataDir, PUBLIC_URL: 'https://codedesk.test' });
    const service = taskWorkerService(
      config,
      t.database,
      createProcessLog(() => {}),
      { pollMs: 5, now },
    );
    await service.start();
    try {
      const status = async () =>
        (await db.selectFrom('careers_jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow())
          .status;
      for (let i = 0; i < 400 && (await status()) !== 'expired'; i++) await new Promise((r) => setTimeout(r, 10));
      assert.equal(await status(), 'expired');
    } finally {
      await service.stop();
    }
  });
});
