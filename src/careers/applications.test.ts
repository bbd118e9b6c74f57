// Applications on SQLite and PostgreSQL: applying (and the refusals), the authorization matrix — the posting's own
// employer and admins see and work its applicants, another employer gets 404 as if there were none, an applicant
// sees only their own, a guest is asked to log in — status changes mailed through the outbox, notes, withdrawal, and
// the CSV export with formula-looking cells defused.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { errorCode } from '../shared/test-support/error-code.js';
import {
  type Actor,
  addApplicationNote,
  applicantsCsv,
  applyToJob,
  approveJob,
  type CareersDeps,
  closeJob,
  createJob,
  getApplication,
  listApplications,
  listMyApplications,
  publishJob,
  setApplicationStatus,
  withdrawApplication,
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

type User = Actor & { email: string };

describeEachDatabase('CareerCenter applications', (t) => {
  const clock = new TestClock();
  let deps: CareersDeps;
  let owner: User;
  let rival: User;
  let admin: User;
  let coder: User;
  let otherCoder: User;
  let jobId: string;
  let application: string;

  const questions = [
    { question: 'How many years have you coded cardiology?', required: true },
    { question: 'Anything else we should know?', required: false },
  ];

  before(async () => {
    deps = testDeps(t.database, clock);
    owner = await makeUser(t.database, 'employer', 'owner');
    rival = await makeUser(t.database, 'employer', 'rival');
    admin = await makeUser(t.database, 'admin');
    coder = await makeUser(t.database, 'member', 'coder');
    otherCoder = await makeUser(t.database, 'member', 'other-coder');
    jobId = (await createJob(deps, owner, validJob({ screeningQuestions: questions }))).id;
    await publishJob(deps, owner, jobId);
    await approveJob(deps, admin, jobId);
  });

  describe('applying', () => {
    test('an application keeps the résumé id, the cover note and each answer beside its question', async () => {
      const view = await applyToJob(deps, coder, jobId, {
        resumeUploadId: 'upl_resume_1',
        coverNote: '=HYPERLINK("https://evil.test","Click me")\nI have coded cardiology for three years.',
        answers: ['+3 years', ''],
      });
      application = view.id;
      assert.equal(view.status, 'new');
      assert.equal(view.jobTitle, 'Outpatient Coder (CPC or CCS)');
      assert.equal(view.organization, 'Acme Health');
      assert.equal(view.resumeUploadId, 'upl_resume_1');
      assert.deepEqual(view.answers, [
        { question: 'How many years have you coded cardiology?', required: true, answer: '+3 years' },
        { question: 'Anything else we should know?', required: false, answer: '' },
      ]);
      assert.equal(
        await errorCode(applyToJob(deps, coder, jobId, { resumeUploadId: 'upl_resume_2', answers: ['1'] })),
        'CAREERS_ALREADY_APPLIED',
      );
    });

    test('refusals name the fields; nothing is stored', async () => {
      assert.deepEqual(await refusedFields(applyToJob(deps, otherCoder, jobId, { answers: [] })), [
        'resumeUploadId',
        'answers[0]',
      ]);
      assert.deepEqual(
        await refusedFields(
          applyToJob(deps, otherCoder, jobId, {
            resumeUploadId: 'r1',
            answers: ['1', '2', '3'],
            coverNote: 'x'.repeat(5001),
          }),
        ),
        ['coverNote', 'answers'],
      );
      assert.match(
        (
          await refusal(
            applyToJob(deps, otherCoder, jobId, { resumeUploadId: 'r1', answers: ['<script>alert(1)</script>'] }),
          )
        ).message,
        /answers\[0\]: contains script/,
      );
      assert.deepEqual(await refusedFields(applyToJob(deps, owner, jobId, { resumeUploadId: 'r1', answers: ['1'] })), [
        'job',
      ]);
      assert.equal(await errorCode(applyToJob(deps, undefined, jobId, { resumeUploadId: 'r1' })), 'AUTH_REQUIRED');
      assert.deepEqual(await listMyApplications(deps, otherCoder), []);
    });

    test('only published postings that take applications here can be applied to', async () => {
      const external = await createJob(
        deps,
        owner,
        validJob({ applicationMethod: 'email', applicationTarget: 'jobs@acme-health.com', screeningQuestions: [] }),
      );
      await publishJob(deps, owner, external.id);
      const refused = await refusal(applyToJob(deps, coder, external.id, { resumeUploadId: 'r1' }));
      assert.equal(refused.code, 'CAREERS_APPLY_ELSEWHERE');
      assert.match(refused.message, /by email to jobs@acme-health\.com/);
      const draft = await createJob(deps, owner, validJob({ screeningQuestions: [] }));
      assert.equal(await errorCode(applyToJob(deps, coder, draft.id, { resumeUploadId: 'r1' })), 'CAREERS_NOT_FOUND');
      const closed = await createJob(deps, owner, validJob({ screeningQuestions: [] }));
      await publishJob(deps, owner, closed.id);
      await closeJob(deps, owner, closed.id);
      assert.equal(
        await errorCode(applyToJob(deps, coder, closed.id, { resumeUploadId: 'r1' })),
        'CAREERS_WRONG_STATE',
      );
    });
  });

  test('authorization: the owner and admins work the applicants; another employer gets 404; applicants see their own', async () => {
    const expectations: [string, Actor | undefined, string][] = [
      ['owner', owner, 'no error'],
      ['admin', admin, 'no error'],
      ['another employer', rival, 'CAREERS_NOT_FOUND'],
      ['the applicant', coder, 'CAREERS_NOT_FOUND'],
      ['another coder', otherCoder, 'CAREERS_NOT_FOUND'],
      ['a guest', undefined, 'AUTH_REQUIRED'],
    ];
    for (const [who, actor, expected] of expectations) {
      assert.equal(await errorCode(listApplications(deps, actor, jobId)), expected, `${who}: list`);
      assert.equal(await errorCode(applicantsCsv(deps, actor, jobId)), expected, `${who}: csv`);
      assert.equal(
        await errorCode(addApplicationNote(deps, actor, application, { body: 'note' })),
        expected,
        `${who}: note`,
      );
      assert.equal(
        await errorCode(setApplicationStatus(deps, actor, application, { status: 'reviewing' })),
        expected,
        `${who}: status`,
      );
    }
    // reading one application: its applicant too, nobody else
    for (const [who, actor, expected] of [
      ['owner', owner, 'no error'],
      ['admin', admin, 'no error'],
      ['the applicant', coder, 'no error'],
      ['another employer', rival, 'CAREERS_NOT_FOUND'],
      ['another coder', otherCoder, 'CAREERS_NOT_FOUND'],
      ['a guest', undefined, 'AUTH_REQUIRED'],
    ] as const)
      assert.equal(await errorCode(getApplication(deps, actor, application)), expected, `${who}: read`);
    assert.deepEqual(
      (await listMyApplications(deps, coder)).map((a) => a.id),
      [application],
    );
    assert.equal(await errorCode(withdrawApplication(deps, otherCoder, application)), 'CAREERS_NOT_FOUND');
    assert.equal(await errorCode(withdrawApplication(deps, owner, application)), 'CAREERS_NOT_FOUND');
  });

  test('a status change is mailed to the applicant through the outbox; the same status again mails nothing', async () => {
    const before = (await queuedMails(t.database, coder.email)).length;
    const moved = await setApplicationStatus(deps, owner, application, { status: 'interview' });
    assert.equal(moved.status, 'interview');
    assert.equal(moved.applicant.email, coder.email);
    const mails = await queuedMails(t.database, coder.email);
    const mail = mails.find(
      (m) => m.subject === 'Your application for "Outpatient Coder (CPC or CCS)" at Acme Health: interview',
    );
    assert.ok(mail, 'mail queued');
    assert.match(mail.text, /moved to the interview stage/);
    assert.match(mail.text, /https:\/\/codedesk\.test\/jobs\/applications/);
    await setApplicationStatus(deps, owner, application, { status: 'interview' });
    assert.equal((await queuedMails(t.database, coder.email)).length, before + 1);
    // any order between the open statuses; an unknown status names the allowed ones
    assert.equal((await setApplicationStatus(deps, admin, application, { status: 'reviewing' })).status, 'reviewing');
    assert.match(
      (await refusal(setApplicationStatus(deps, owner, application, { status: 'ghosted' }))).message,
      /status: "ghosted" is not one of new, reviewing, interview, offer, hired, rejected/,
    );
    assert.equal((await getApplication(deps, coder, application)).status, 'reviewing');
  });

  test('notes are for the employer and admins; the applicant never sees them', async () => {
    const note = await addApplicationNote(deps, owner, application, { body: 'Strong E/M audit scores.' });
    assert.equal(note.authorId, owner.id);
    assert.deepEqual(await refusedFields(addApplicationNote(deps, owner, application, { body: ' ' })), ['body']);
    const [listed] = await listApplications(deps, admin, jobId);
    // the two from the authorization test (owner, then admin), then this one
    assert.deepEqual(
      listed?.notes.map((n) => n.body),
      ['note', 'note', 'Strong E/M audit scores.'],
    );
    const own = await getApplication(deps, coder, application);
    assert.equal('notes' in own, false);
  });

  test('the CSV export defuses formula-looking cells and quotes as needed', async () => {
    const csv = await applicantsCsv(deps, owner, jobId);
    const [header, row, end] = csv.split('\r\n');
    assert.equal(
      header,
      'application id,applied at,status,applicant email,cover note,How many years have you coded cardiology?,Anything else we should know?,résumé upload id,notes',
    );
    assert.ok(row?.startsWith(`${application},2026-05-04T15:00:00.000Z,reviewing,${coder.email},`));
    assert.ok(
      row?.includes('"\'=HYPERLINK(""https://evil.test"",""Click me"")\nI have coded cardiology for three years."'),
    );
    assert.ok(row?.endsWith(',\'+3 years,,upl_resume_1,"note\n\nnote\n\nStrong E/M audit scores."'));
    assert.equal(end, '');
  });

  test('hired, rejected and withdrawn are final', async () => {
    // an hour later, so the list's order (by time applied) is known
    clock.at = new Date(clock.at.getTime() + 3_600_000);
    const second = await applyToJob(deps, otherCoder, jobId, { resumeUploadId: 'upl_2', answers: ['5'] });
    assert.equal((await withdrawApplication(deps, otherCoder, second.id)).status, 'withdrawn');
    assert.equal((await withdrawApplication(deps, otherCoder, second.id)).status, 'withdrawn');
    assert.equal(
      await errorCode(setApplicationStatus(deps, owner, second.id, { status: 'interview' })),
      'CAREERS_WRONG_STATE',
    );
    assert.equal((await setApplicationStatus(deps, owner, application, { status: 'hired' })).status, 'hired');
    const refused = await refusal(setApplicationStatus(deps, owner, application, { status: 'rejected' }));
    assert.equal(refused.code, 'CAREERS_WRONG_STATE');
    assert.match(refused.message, /The application is hired, so it cannot be moved to rejected/);
    assert.equal(await errorCode(withdrawApplication(deps, coder, application)), 'CAREERS_WRONG_STATE');
    const statuses = (await listApplications(deps, owner, jobId)).map((a) => a.status);
    assert.deepEqual(statuses, ['hired', 'withdrawn']);
  });
});
