// The posting deadlines run by a real task worker on SQLite and PostgreSQL, with the worker's and CareerCenter's
// clock moved by the test: the reminder mail 7 days before the closing date (once per posting), the expiry after
// the closing day, a renewal making the old deadlines stale, the 60-day default, and a payload that is not a
// deadline given up at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { enqueue, listTasks, startTaskWorker, type TaskWorker } from '../tasks/index.js';
import {
  type Actor,
  approveJob,
  type CareersDeps,
  careersTaskTypes,
  createJob,
  getJob,
  JOB_DEADLINE_TASK,
  publishJob,
  renewJob,
  runDeadline,
  searchJobs,
} from './index.js';
import { makeUser, PUBLIC_URL, queuedMails, TestClock, testDeps, validJob } from './test-support/careers-fixtures.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describeEachDatabase('CareerCenter posting deadlines', (t) => {
  const clock = new TestClock();
  let deps: CareersDeps;
  let employer: Actor & { email: string };
  let worker: TaskWorker;

  /** lets the worker run everything due at `iso` */
  async function runAt(iso: string): Promise<void> {
    clock.at = new Date(iso);
    await worker.idle();
    await worker.idle();
  }

  const reminders = async (title: string) =>
    (await queuedMails(t.database, employer.email)).filter((m) =>
      m.subject.startsWith(`Your job posting "${title}" closes`),
    );

  before(async () => {
    deps = testDeps(t.database, clock);
    employer = await makeUser(t.database, 'employer', 'deadlines');
    const admin = await makeUser(t.database, 'admin');
    // the employer's first posting, approved, so later ones publish at once
    const first = await createJob(deps, employer, validJob({ title: 'First' }));
    await publishJob(deps, employer, first.id);
    await approveJob(deps, admin, first.id);
    worker = startTaskWorker(t.database, {
      types: careersTaskTypes({ db: t.database.db, now: clock.now, publicUrl: PUBLIC_URL }),
      log: quiet,
      pollMs: 5,
      now: clock.now,
    });
  });
  after(async () => {
    await worker.stop();
  });

  test('a reminder 7 days before the closing date, once; the expiry after the closing day; renewal moves both', async () => {
    clock.at = new Date('2026-05-04T15:00:00Z');
    const job = await createJob(deps, employer, validJob({ title: 'Deadline job', closingDate: '2026-05-24' }));
    await publishJob(deps, employer, job.id);
    await runAt('2026-05-16T23:59:00Z');
    assert.equal((await reminders('Deadline job')).length, 0);
    await runAt('2026-05-17T00:01:00Z');
    const [reminder] = await reminders('Deadline job');
    assert.equal(reminder?.subject, 'Your job posting "Deadline job" closes on 2026-05-24');
    assert.ok(reminder?.text.includes(`${PUBLIC_URL}/employer/jobs/${job.id}`));
    // renewed before it closes: the old expiry finds the date changed and leaves the posting alone; no second reminder
    await renewJob(deps, employer, job.id, { closingDate: '2026-06-10' });
    await runAt('2026-05-25T00:01:00Z');
    assert.equal((await getJob(deps, job.id)).status, 'published');
    await runAt('2026-06-03T12:00:00Z');
    assert.equal((await reminders('Deadline job')).length, 1);
    // open through its closing day
    await runAt('2026-06-10T23:00:00Z');
    assert.equal((await searchJobs(deps, { q: 'deadline' })).total, 1);
    await runAt('2026-06-11T00:01:00Z');
    const stored = await t.database.db
      .selectFrom('careers_jobs')
      .select('status')
      .where('id', '=', job.id)
      .executeTakeFirst();
    assert.equal(stored?.status, 'expired');
    assert.equal((await searchJobs(deps, { q: 'deadline' })).total, 0);
    // renewed after expiring: public again, with new deadlines that run
    await renewJob(deps, employer, job.id, { closingDate: '2026-06-20' });
    assert.equal((await searchJobs(deps, { q: 'deadline' })).total, 1);
    await runAt('2026-06-21T00:01:00Z');
    assert.equal((await getJob(deps, job.id)).status, 'expired');
    assert.equal((await reminders('Deadline job')).length, 1);
  });

  test('without a closing date a posting closes 60 days after publishing, reminded on day 53', async () => {
    clock.at = new Date('2026-07-01T10:00:00Z');
    const job = await createJob(deps, employer, validJob({ title: 'Default deadline' }));
    const published = await publishJob(deps, employer, job.id);
    assert.equal(published.closingDate, '2026-08-30');
    await runAt('2026-08-22T23:00:00Z');
    assert.equal((await reminders('Default deadline')).length, 0);
    await runAt('2026-08-23T00:30:00Z');
    assert.equal((await reminders('Default deadline')).length, 1);
    await runAt('2026-08-31T00:30:00Z');
    assert.equal((await getJob(deps, job.id)).status, 'expired');
  });

  test('a deadline run twice (a lost lease) reminds once; an early expiry is retried; a bad payload is dead at once', async () => {
    clock.at = new Date('2026-09-01T10:00:00Z');
    const job = await createJob(deps, employer, validJob({ title: 'Run twice', closingDate: '2026-09-20' }));
    await publishJob(deps, employer, job.id);
    const payload = { jobId: job.id, closingDate: '2026-09-20', kind: 'reminder' as const };
    clock.at = new Date('2026-09-13T08:00:00Z');
    assert.equal(await runDeadline({ db: t.database.db, now: clock.now, publicUrl: PUBLIC_URL }, payload), 'done');
    assert.equal(await runDeadline({ db: t.database.db, now: clock.now, publicUrl: PUBLIC_URL }, payload), 'stale');
    await runAt('2026-09-13T08:00:00Z');
    assert.equal((await reminders('Run twice')).length, 1);
    await assert.rejects(
      runDeadline({ db: t.database.db, now: clock.now, publicUrl: PUBLIC_URL }, { ...payload, kind: 'expire' }),
      /ran early/,
    );
    const id = await enqueue(t.database.db, { type: JOB_DEADLINE_TASK, payload: { jobId: job.id } }, clock.at);
    await runAt('2026-09-13T08:00:01Z');
    const [dead] = (await listTasks(t.database.db, { state: 'dead', limit: 100 })).filter((x) => x.id === id);
    assert.equal(dead?.attempts, 1);
    assert.match(dead?.lastError ?? '', /not a job deadline/);
  });
});
