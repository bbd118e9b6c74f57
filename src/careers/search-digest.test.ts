// The saved searches' daily digest under a real task worker (CareerCenter's task types merged with the mail
// outbox's, as the runtime does) and a real SMTP sink, on SQLite and PostgreSQL, with the clock moved by the test:
// the new matching jobs mailed once in one mail per user (a job two searches find listed once), with their links
// and the unsubscribe links and headers; nothing mailed on a day with nothing new; a job never mailed twice; a
// digest run again after it committed (a crash before its task was marked done) sends nothing; the chain ends when
// the user has no saved search left.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { appSecret } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { createMailer, type Mailer } from '../mail/index.js';
import { type SmtpSink, startSmtpSink } from '../mail/test-support/smtp-sink.js';
import { startTaskWorker, type TaskWorker, taskTypes } from '../tasks/index.js';
import {
  type Actor,
  type CareersDeps,
  careersTaskTypes,
  createJob,
  JobIndex,
  listSavedSearches,
  publishJob,
  runSearchDigest,
  SEARCH_DIGEST_TASK,
  saveSearch,
  unsubscribe,
} from './index.js';
import { makeUser, PUBLIC_URL, queuedMails, TestClock, testDeps, validJob } from './test-support/careers-fixtures.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const DAY = 86_400_000;

describeEachDatabase('CareerCenter saved-search digest', (t) => {
  const clock = new TestClock();
  let deps: CareersDeps;
  let admin: Actor;
  let coder: Actor & { email: string };
  let sink: SmtpSink;
  let mailer: Mailer;
  let worker: TaskWorker;
  let secret: string;

  const schedule = async () =>
    (
      await t.database.db
        .selectFrom('careers_digest_schedules')
        .select('next_digest_at')
        .where('user_id', '=', coder.id)
        .executeTakeFirst()
    )?.next_digest_at;

  /** moves the clock to `at` and lets the worker run everything due (the digest, then the mail it queued) */
  async function runAt(at: Date): Promise<void> {
    clock.at = at;
    await worker.idle();
    await worker.idle();
  }

  const post = async (title: string, changes: Parameters<typeof validJob>[0] = {}) => {
    const job = await createJob(deps, admin, validJob({ title, ...changes }));
    assert.equal((await publishJob(deps, admin, job.id)).status, 'published');
    return job;
  };

  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));

  before(async () => {
    deps = testDeps(t.database, clock);
    admin = await makeUser(t.database, 'admin');
    coder = await makeUser(t.database, 'member', 'coder');
    secret = await appSecret(t.database.db, undefined);
    sink = await startSmtpSink();
    mailer = createMailer({ smtpRelayUrl: sink.url, mailFrom: 'CodeDesk <no-reply@codedesk.test>' });
    const types = {
      ...taskTypes({ mailer }),
      ...careersTaskTypes({ db: t.database.db, now: clock.now, publicUrl: PUBLIC_URL }),
    };
    worker = startTaskWorker(t.database, { types, log: quiet, now: clock.now, pollMs: 5 });
  });

  after(async () => {
    await worker.stop();
    mailer.close();
    await sink.close();
  });

  test('the new matching jobs are mailed once, in one mail, with their links and the unsubscribe links', async () => {
    const t0 = clock.at;
    await post('Older CPC coder, posted before the search was saved');
    clock.at = new Date(t0.getTime() + 2 * 60 * 60_000);
    await saveSearch(deps, coder, {
      name: 'Remote CPC from Texas',
      filters: { credential: 'CPC', remote: 'true', state: 'TX' },
    });
    const firstDue = await schedule();
    assert.equal(firstDue, new Date(clock.at.getTime() + DAY).toISOString());
    clock.at = new Date(clock.at.getTime() + 60_000);
    await saveSearch(deps, coder, { name: 'Physician practice', filters: { setting: 'physician-practice' } });
    clock.at = new Date(clock.at.getTime() + 60 * 60_000);
    const matching = await post('Remote Cardiology Coder');
    const otherSetting = await post('Inpatient DRG Coder', {
      setting: 'hospital-inpatient',
      credentials: ['CCS'],
      workArrangement: 'onsite',
      remoteStates: [],
    });
    // not due yet: nothing runs
    await runAt(new Date(Date.parse(firstDue as string) - 60_000));
    assert.equal(mailsTo(coder.email).length, 0);
    await runAt(new Date(Date.parse(firstDue as string) + 60_000));
    const mail = await sink.waitFor((m) => m.to.includes(coder.email));
    assert.equal(mail.subject, '1 new job for your saved search on CodeDesk');
    assert.match(mail.text, /Remote CPC from Texas: 1 new job/);
    assert.match(mail.text, /- Remote Cardiology Coder — Acme Health\n {2}Remote; \$52,000–\$60,000 a year/);
    assert.ok(mail.text.includes(`${PUBLIC_URL}/jobs/${matching.id}`));
    // found by both searches, listed once (under the first); the other setting's job and the older one not at all
    assert.equal(mail.text.split(matching.id).length - 1, 1);
    assert.doesNotMatch(mail.text, /Physician practice:/);
    assert.ok(!mail.text.includes(otherSetting.id));
    assert.doesNotMatch(mail.text, /Older CPC coder/);
    assert.ok(mail.text.includes(`All jobs of this search: ${PUBLIC_URL}/jobs?state=TX&remote=true&credential=CPC`));
    const links = [...mail.text.matchAll(/(https:\/\/codedesk\.test\/jobs\/alerts\/unsubscribe\?token=(\S+))/g)];
    assert.equal(links.length, 2, 'one link for the search, one to stop them all');
    // the header section, long lines unfolded (RFC 5322: a line break before white space continues the header)
    const headers = (mail.raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
    const headerUrl = /^List-Unsubscribe: <([^>]+)>\r?$/m.exec(headers)?.[1];
    assert.equal(headerUrl, links[1]?.[1]);
    assert.match(headers, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    assert.equal(
      await schedule(),
      new Date(Date.parse(firstDue as string) + DAY).toISOString(),
      'the next digest a day after this one was due',
    );
    const sent = await t.database.db
      .selectFrom('careers_digest_sent')
      .select('job_id')
      .where('user_id', '=', coder.id)
      .execute();
    assert.deepEqual(
      sent.map((r) => r.job_id),
      [matching.id],
    );
  });

  test('a digest run again after it committed (its task not marked done) is stale and sends nothing', async () => {
    const due = await schedule();
    const before = (await queuedMails(t.database, coder.email)).length;
    const previous = new Date(Date.parse(due as string) - DAY).toISOString();
    const again = await runSearchDigest(
      { db: t.database.db, now: clock.now, publicUrl: PUBLIC_URL, jobIndex: new JobIndex() },
      { userId: coder.id, dueAt: previous },
    );
    assert.equal(again, 'stale');
    assert.equal((await queuedMails(t.database, coder.email)).length, before);
    assert.equal(await schedule(), due);
  });

  test('a day with nothing new sends no mail; a job is never mailed twice', async () => {
    const due = await schedule();
    await runAt(new Date(Date.parse(due as string) + 60_000));
    assert.equal(await schedule(), new Date(Date.parse(due as string) + DAY).toISOString(), 'the digest ran');
    assert.equal((await queuedMails(t.database, coder.email)).length, 1);
    assert.equal(mailsTo(coder.email).length, 1);
    // a new posting the second search finds, the next day: mailed alone
    const hybrid = await post('Hybrid E/M Coder in Dallas', {
      workArrangement: 'hybrid',
      remoteStates: [],
      location: { city: 'Dallas', state: 'TX' },
    });
    const next = await schedule();
    await runAt(new Date(Date.parse(next as string) + 60_000));
    const second = await sink.waitFor((m) => m.to.includes(coder.email) && m.text.includes(hybrid.id));
    assert.match(second.text, /Physician practice: 1 new job/);
    assert.match(second.text, /Dallas, TX \(hybrid\)/);
    assert.doesNotMatch(second.text, /Remote Cardiology Coder/);
    assert.equal(mailsTo(coder.email).length, 2);
  });

  test('unsubscribing from every search ends the daily chain', async () => {
    const mail = mailsTo(coder.email).at(-1);
    const allToken = decodeURIComponent(/Stop all job alert mails: \S+token=(\S+)/.exec(mail?.text ?? '')?.[1] ?? '');
    assert.deepEqual((await unsubscribe(deps, secret, allToken)).sort(), [
      'Physician practice',
      'Remote CPC from Texas',
    ]);
    assert.deepEqual(await listSavedSearches(deps, coder), []);
    const due = await schedule();
    await post('Another Remote CPC Coder');
    await runAt(new Date(Date.parse(due as string) + 60_000));
    assert.equal(await schedule(), undefined);
    const pending = await t.database.db
      .selectFrom('tasks')
      .select('id')
      .where('type', '=', SEARCH_DIGEST_TASK)
      .where('state', '=', 'queued')
      .execute();
    assert.equal(pending.length, 0);
    assert.equal(mailsTo(coder.email).length, 2);
  });
});
