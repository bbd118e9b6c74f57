// A posting's life on SQLite and PostgreSQL: drafts, the first posting's wait for an admin, approval and its mail,
// publishing directly once trusted, unpublishing with a reason mailed through the outbox, renewing, closing; who
// sees and edits what; organization profiles and the show-beside rule in the document.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { errorCode } from '../shared/test-support/error-code.js';
import {
  type Actor,
  approveJob,
  type CareersDeps,
  closeJob,
  createJob,
  getJob,
  listMyJobs,
  moderationQueue,
  publishJob,
  renewJob,
  saveOrganization,
  unpublishJob,
  updateJob,
} from './index.js';
import {
  makeUser,
  queuedMails,
  refusal,
  refusedFields,
  TestClock,
  testDeps,
  validJob,
} from './test-support/careers-fixtures.js';

describeEachDatabase('CareerCenter postings', (t) => {
  const clock = new TestClock();
  let deps: CareersDeps;
  let employer: Actor & { email: string };
  let other: Actor & { email: string };
  let admin: Actor & { email: string };
  let member: Actor & { email: string };
  before(async () => {
    deps = testDeps(t.database, clock);
    employer = await makeUser(t.database, 'employer', 'acme');
    other = await makeUser(t.database, 'employer', 'other');
    admin = await makeUser(t.database, 'admin');
    member = await makeUser(t.database, 'member');
  });

  test('a new draft makes the organization from its name; only employers post', async () => {
    const job = await createJob(deps, employer, validJob());
    assert.equal(job.status, 'draft');
    assert.equal(job.organization, 'Acme Health');
    assert.equal(job.closingDate, null);
    assert.equal(job.postedAt, null);
    assert.deepEqual(job.moderation, { needsReview: false, reason: null });
    assert.equal(await errorCode(createJob(deps, member, validJob())), 'FORBIDDEN');
    assert.equal(await errorCode(createJob(deps, undefined, validJob())), 'AUTH_REQUIRED');
    // the employer's profile is the organization from now on: another name is refused, none is fine
    assert.deepEqual(await refusedFields(createJob(deps, employer, validJob({ organization: 'Other Name' }))), [
      'organization',
    ]);
    assert.equal((await createJob(deps, employer, validJob({ organization: undefined }))).organization, 'Acme Health');
  });

  test('a refused save names every problem and stores nothing', async () => {
    const before = (await listMyJobs(deps, other)).length;
    const refused = await refusal(
      createJob(deps, other, validJob({ organization: undefined, salaryMin: 70_000, closingDate: '2026-01-01' })),
    );
    assert.equal(refused.code, 'CAREERS_INVALID');
    assert.deepEqual(
      refused.problems.map((p) => p.field),
      ['organization', 'salaryMax', 'closingDate'],
    );
    assert.match(refused.message, /^The job posting cannot be saved: organization: is required/);
    assert.equal((await listMyJobs(deps, other)).length, before);
  });

  test("an employer's first posting waits for an admin; approval publishes it and mails the employer", async () => {
    const draft = await createJob(deps, employer, validJob({ title: 'First posting' }));
    const pending = await publishJob(deps, employer, draft.id);
    assert.equal(pending.status, 'pending');
    assert.ok((await moderationQueue(deps, admin)).some((j) => j.id === draft.id));
    assert.equal(await errorCode(moderationQueue(deps, employer)), 'FORBIDDEN');
    assert.equal(await errorCode(approveJob(deps, employer, draft.id)), 'FORBIDDEN');
    const published = await approveJob(deps, admin, draft.id);
    assert.equal(published.status, 'published');
    assert.equal(published.postedAt, clock.at.toISOString());
    // no closing date given: 60 days after publishing
    assert.equal(published.closingDate, '2026-07-03');
    assert.equal(await errorCode(approveJob(deps, admin, draft.id)), 'CAREERS_WRONG_STATE');
    const mails = await queuedMails(t.database, employer.email);
    assert.ok(
      mails.some((m) => m.subject === 'Your job posting "First posting" is published' && /2026-07-03/.test(m.text)),
    );
    // trusted now: the next posting goes public at once, with the closing date it gives
    const second = await createJob(deps, employer, validJob({ title: 'Second posting', closingDate: '2026-06-15' }));
    const direct = await publishJob(deps, employer, second.id);
    assert.equal(direct.status, 'published');
    assert.equal(direct.closingDate, '2026-06-15');
    // publishing again changes nothing
    assert.equal((await publishJob(deps, employer, second.id)).status, 'published');
  });

  test('unpublishing needs a reason, mails it through the outbox, and sends the posting back through review', async () => {
    const job = await createJob(deps, employer, validJob({ title: 'Posting to take down' }));
    assert.equal((await publishJob(deps, employer, job.id)).status, 'published');
    assert.deepEqual(await refusedFields(unpublishJob(deps, admin, job.id, { reason: '  ' })), ['reason']);
    assert.equal(await errorCode(unpublishJob(deps, employer, job.id, { reason: 'mine' })), 'FORBIDDEN');
    const before = (await queuedMails(t.database, employer.email)).length;
    const reason = 'The pay range does not match the one on your website; correct it and publish again.';
    const down = await unpublishJob(deps, admin, job.id, { reason });
    assert.equal(down.status, 'draft');
    assert.deepEqual(down.moderation, { needsReview: true, reason });
    const mails = await queuedMails(t.database, employer.email);
    assert.equal(mails.length, before + 1);
    const mail = mails.find((m) => m.subject === 'Your job posting "Posting to take down" was unpublished');
    assert.ok(mail?.text.includes(reason));
    assert.ok(mail?.text.includes(`https://codedesk.test/employer/jobs/${job.id}`));
    // not public any more, and publishing again waits for an admin although the employer is trusted
    assert.equal(await errorCode(getJob(deps, job.id)), 'CAREERS_NOT_FOUND');
    assert.equal((await publishJob(deps, employer, job.id)).status, 'pending');
    const approved = await approveJob(deps, admin, job.id);
    assert.deepEqual(approved.moderation, { needsReview: false, reason: null });
    // a refused unpublish (a draft) queues no mail
    const draft = await createJob(deps, employer, validJob({ title: 'Draft only' }));
    const count = (await queuedMails(t.database, employer.email)).length;
    assert.equal(await errorCode(unpublishJob(deps, admin, draft.id, { reason })), 'CAREERS_WRONG_STATE');
    assert.equal((await queuedMails(t.database, employer.email)).length, count);
  });

  test('renewing extends the closing date within the bounds; an expired posting renewed is public again', async () => {
    const job = await createJob(deps, employer, validJob({ title: 'Renewable', closingDate: '2026-05-20' }));
    await publishJob(deps, employer, job.id);
    assert.deepEqual(await refusedFields(renewJob(deps, employer, job.id, { closingDate: '2026-05-10' })), [
      'closingDate',
    ]);
    assert.match(
      (await refusal(renewJob(deps, employer, job.id, { closingDate: '2026-09-01' }))).message,
      /more than 90 days away/,
    );
    assert.equal(await errorCode(renewJob(deps, other, job.id)), 'CAREERS_NOT_FOUND');
    assert.equal((await renewJob(deps, employer, job.id, { closingDate: '2026-06-01' })).closingDate, '2026-06-01');
    // past its closing date it reads as expired at once (the expiry task may not have run yet)
    const later = new TestClock(new Date('2026-06-05T09:00:00Z'));
    const laterDeps = { ...deps, now: later.now };
    assert.equal((await getJob(laterDeps, job.id)).status, 'expired');
    assert.equal(await errorCode(updateJob(laterDeps, employer, job.id, { title: 'Too late' })), 'CAREERS_INVALID');
    const renewed = await renewJob(laterDeps, employer, job.id);
    assert.equal(renewed.status, 'published');
    // the default: 60 days from today
    assert.equal(renewed.closingDate, '2026-08-04');
  });

  test('closing is final: a closed posting is not edited, renewed or published, and stays readable', async () => {
    const job = await createJob(deps, employer, validJob({ title: 'To close' }));
    await publishJob(deps, employer, job.id);
    assert.equal(await errorCode(closeJob(deps, other, job.id)), 'CAREERS_NOT_FOUND');
    assert.equal((await closeJob(deps, employer, job.id)).status, 'closed');
    assert.equal(await errorCode(updateJob(deps, employer, job.id, { title: 'x' })), 'CAREERS_WRONG_STATE');
    assert.equal(await errorCode(renewJob(deps, employer, job.id)), 'CAREERS_WRONG_STATE');
    assert.equal(await errorCode(publishJob(deps, employer, job.id)), 'CAREERS_WRONG_STATE');
    assert.equal((await getJob(deps, job.id)).status, 'closed');
  });

  test('drafts and pending postings are seen only by their employer and admins; the rest get 404', async () => {
    const job = await createJob(deps, other, validJob({ organization: 'Other Org', title: 'Not yet public' }));
    for (const viewer of [undefined, member, employer])
      assert.equal(await errorCode(getJob(deps, job.id, viewer)), 'CAREERS_NOT_FOUND');
    assert.equal((await getJob(deps, job.id, other)).status, 'draft');
    assert.ok((await getJob(deps, job.id, admin)).moderation);
    await publishJob(deps, other, job.id);
    assert.equal(await errorCode(getJob(deps, job.id, member)), 'CAREERS_NOT_FOUND');
    const published = await approveJob(deps, admin, job.id);
    const seen = await getJob(deps, job.id, member);
    assert.equal(seen.status, 'published');
    assert.equal(seen.moderation, undefined);
    assert.equal(published.id, seen.id);
    assert.equal(await errorCode(getJob(deps, 'no-such-id')), 'CAREERS_NOT_FOUND');
  });

  test('an update checks the whole posting again; a new method drops the old target; other employers get 404', async () => {
    const job = await createJob(
      deps,
      employer,
      validJob({ title: 'Editable', applicationMethod: 'url', applicationTarget: 'https://acme-health.com/apply' }),
    );
    assert.equal(await errorCode(updateJob(deps, other, job.id, { title: 'Hijacked' })), 'CAREERS_NOT_FOUND');
    assert.deepEqual(await refusedFields(updateJob(deps, employer, job.id, { experienceLevel: 'entry' })), [
      'experienceMonths',
    ]);
    const changed = await updateJob(deps, employer, job.id, { applicationMethod: 'codedesk', salaryMax: 65_000 });
    assert.equal(changed.applicationTarget, undefined);
    assert.equal(changed.salaryMax, 65_000);
    assert.equal(changed.title, 'Editable');
    const onsite = await updateJob(deps, employer, job.id, { workArrangement: 'onsite' });
    assert.deepEqual(onsite.remoteStates, []);
    assert.equal((await updateJob(deps, admin, job.id, { title: 'Fixed by an admin' })).title, 'Fixed by an admin');
  });

  test("the organization profile: domain normalized, problems named at once, shown beside the application's domain", async () => {
    const boss = await makeUser(t.database, 'employer', 'beside');
    assert.deepEqual(
      await refusedFields(saveOrganization(deps, boss, { name: '', domain: 'not a domain', logoUploadId: '../x' })),
      ['name', 'domain', 'logoUploadId'],
    );
    const org = await saveOrganization(deps, boss, {
      name: 'Beside Health',
      domain: 'https://www.Beside-Health.org/about',
      about: 'A **rural** hospital network.',
      logoUploadId: 'upl_7f3a',
    });
    assert.equal(org.domain, 'beside-health.org');
    const own = await createJob(
      deps,
      boss,
      validJob({
        organization: undefined,
        applicationMethod: 'email',
        applicationTarget: 'hr@careers.beside-health.org',
      }),
    );
    assert.deepEqual(own.applicationDomain, {
      applicationDomain: 'careers.beside-health.org',
      organizationDomain: 'beside-health.org',
      matches: true,
    });
    const elsewhere = await updateJob(deps, boss, own.id, {
      applicationMethod: 'url',
      applicationTarget: 'https://beside-health-jobs.top/apply',
    });
    assert.equal(elsewhere.applicationDomain?.matches, false);
    // renamed: its postings carry the new name
    await saveOrganization(deps, boss, { name: 'Beside Health Network', domain: 'beside-health.org' });
    assert.equal((await getJob(deps, own.id, boss)).organization, 'Beside Health Network');
    assert.equal(await errorCode(saveOrganization(deps, member, { name: 'Not an employer' })), 'FORBIDDEN');
  });
});
