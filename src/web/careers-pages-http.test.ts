// CareerCenter's pages over HTTP on SQLite and PostgreSQL, as people use them: an employer's job form refused with
// each problem beside its field and the input kept (script shown as text, never run), posted and held for an admin,
// approved from the queue; /jobs filtered (every filter in the URL, the counts, a refused value as a 400 naming the
// allowed values); the job page with its JSON-LD complete and escaped; applying (a guest sent to log in, a refused
// file or a missing answer keeps the typed text and stores nothing, then sent); the employer's applicants (status
// mailed through the outbox, notes, CSV; the résumé to the employer and the applicant only, 404 to another
// employer); my applications with the new status and withdraw; an external application's domain beside the
// organization's.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { elfProgram, minimalPdf, png, zipBombDocx } from '../storage/test-support/upload-fixtures.js';
import {
  applyParts,
  daysAhead,
  jobForm,
  jobIdOf,
  type Person,
  postJobForm,
  signedInAs,
} from './test-support/careers-pages.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';
import { jobPostingProblems, jsonLdBlocks } from './test-support/job-posting-jsonld.js';

const ENV = { AUTH_ATTEMPTS_PER_15_MINUTES: '1000', RATE_LIMIT_PER_MINUTE: '100000' };
const TITLE = 'Remote Coder, apprentices welcome';

describeEachApp('CareerCenter pages', { env: ENV }, (u) => {
  let employer: Person;
  let rival: Person;
  let coder: Person;
  let admin: Person;
  let jobId: string;
  let applicationId: string;
  const countRows = async (table: 'uploads' | 'careers_applications') =>
    Number(
      (
        await u.t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** every job page a test reads: its JSON-LD is a complete JobPosting */
  const jobPage = async (c: TestClient, id: string) => {
    const r = await c.get(`/jobs/${id}`);
    assert.equal(r.statusCode, 200, r.body);
    const blocks = jsonLdBlocks(r.body);
    assert.equal(blocks.length, 1);
    assert.deepEqual(jobPostingProblems(blocks[0]), []);
    return { body: r.body, ld: blocks[0] as Record<string, unknown> };
  };

  before(async () => {
    const { app, database } = u.t;
    employer = await signedInAs(app, database, 'employer', 'employer');
    rival = await signedInAs(app, database, 'employer', 'rival');
    coder = await signedInAs(app, database, 'member', 'coder');
    admin = await signedInAs(app, database, 'admin', 'admin');
  });

  test('the header links CareerCenter to /jobs; /jobs answers with no posting yet', async () => {
    const r = await new TestClient(u.t.app).get('/jobs');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<a href="\/jobs">CareerCenter<\/a>/);
    assert.match(r.body, /0 jobs/);
  });

  test('a refused job form: every problem beside its field, what was typed kept, script shown as text', async () => {
    const r = await postJobForm(
      employer.c,
      jobForm({
        organization: 'Buckeye Billing',
        title: 'Coder <b>II</b> & "lead"',
        description: 'Great job <script>alert(1)</script>',
        salaryMin: '70000',
        salaryMax: '50000',
        experienceMonths: '36',
      }),
    );
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="salaryMax"[^>]*aria-invalid="true"/);
    assert.match(r.body, /is below salaryMin/);
    assert.match(r.body, /<p class="field-error" id="description-error">contains script/);
    assert.match(r.body, /id="experienceMonths-error">[^<]*12/);
    // kept as typed, escaped: the title's markup and the script are text in the form
    assert.match(r.body, /value="Coder &lt;b>II&lt;\/b> &amp; &quot;lead&quot;"/);
    assert.match(r.body, /Great job &lt;script>alert\(1\)&lt;\/script><\/textarea>/);
    assert.doesNotMatch(r.body, /<script>alert/);
    assert.match(r.body, /value="70000"/);
    assert.match(r.body, /value="Buckeye Billing"/);
    assert.equal((await employer.c.get('/employer')).body.includes('data-job='), false, 'nothing saved');
  });

  test('posted and published, the first posting waits for an admin; approved from the queue', async () => {
    const r = await postJobForm(employer.c, jobForm({ organization: 'Buckeye Billing' }));
    assert.equal(r.statusCode, 303, r.body);
    assert.equal(r.headers.location, '/employer?done=pending');
    jobId = await jobIdOf(employer.c, TITLE);
    assert.match((await employer.c.get('/employer')).body, /Waiting for approval/);
    // not public yet
    assert.equal((await coder.c.get(`/jobs/${jobId}`)).statusCode, 404);
    // the queue is the admin's
    assert.equal((await coder.c.get('/admin/jobs')).statusCode, 403);
    const queue = await admin.c.get('/admin/jobs');
    assert.match(queue.body, new RegExp(`data-job="${jobId}"`));
    const approved = await admin.c.post(`/admin/jobs/${jobId}/approve`, { _csrf: csrfOf(queue.body) });
    assert.equal(approved.statusCode, 303);
    assert.match((await employer.c.get('/employer')).body, /<td class="status">Published<\/td>/);
    assert.ok(await u.sink.waitFor((m) => m.to.includes(employer.email) && /is published/.test(m.subject)));
  });

  test('the organization profile with a logo: shown on the job page beside the posting', async () => {
    const page = await employer.c.get('/employer');
    const r = await employer.c.postMultipart('/employer/organization', [
      { name: '_csrf', value: csrfOf(page.body) },
      { name: 'name', value: 'Buckeye Billing' },
      { name: 'domain', value: 'https://www.buckeye-billing.com/careers' },
      { name: 'about', value: 'A **billing company** in Ohio.' },
      { name: 'logo', fileName: 'logo.png', data: png(32, 32), contentType: 'image/png' },
    ]);
    assert.equal(r.statusCode, 303, r.body);
    const { body, ld } = await jobPage(coder.c, jobId);
    assert.match(body, /buckeye-billing\.com/);
    assert.match(body, /<strong>billing company<\/strong>/);
    const logo = /<img src="(\/jobs\/organizations\/[^"]+\/logo)"/.exec(body)?.[1];
    assert.ok(logo);
    const image = await coder.c.get(logo);
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/png');
    assert.deepEqual((ld.hiringOrganization as Record<string, unknown>).sameAs, 'https://buckeye-billing.com');
    // a logo that is not an image: refused beside its field, what was typed kept
    const again = await employer.c.get('/employer');
    const refused = await employer.c.postMultipart('/employer/organization', [
      { name: '_csrf', value: csrfOf(again.body) },
      { name: 'name', value: 'Buckeye Billing Renamed' },
      { name: 'logo', fileName: 'logo.png', data: elfProgram(), contentType: 'image/png' },
    ]);
    assert.equal(refused.statusCode, 415);
    assert.match(refused.body, /id="logo-error">that file is not/);
    assert.match(refused.body, /value="Buckeye Billing Renamed"/);
  });

  test('/jobs: the filters narrow to the posting, each value with its count, all in the URL', async () => {
    const guest = new TestClient(u.t.app);
    const url = '/jobs?remote=true&credential=CPC-A&apprenticeWelcome=true&salaryMin=40000&salaryPeriod=year';
    const r = await guest.get(url);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /1 job</);
    assert.match(r.body, new RegExp(`href="/jobs/${jobId}">${TITLE}</a>`));
    assert.match(r.body, /\$45,000–\$52,000 a year/);
    assert.match(r.body, /Apprentices welcome/);
    assert.match(r.body, /<option value="CPC-A" selected>CPC-A — [^<]*\(1\)<\/option>/);
    assert.match(r.body, /<option value="CPC">CPC — [^<]*\(0\)<\/option>/);
    assert.match(r.body, /Remote only \(1\)/);
    assert.match(r.body, /<option value="50000">\$50,000 \(1\)<\/option>/);
    assert.match(r.body, /<option value="60000">\$60,000 \(0\)<\/option>/);
    // a filter it does not meet
    assert.match((await guest.get('/jobs?salaryMin=60000')).body, /0 jobs/);
    assert.match((await guest.get('/jobs?remote=true&state=TX')).body, /1 job</);
    assert.match((await guest.get('/jobs?q=apprentices')).body, /1 job</);
    assert.match((await guest.get('/jobs?setting=payer')).body, /0 jobs/);
  });

  test('an unknown filter value is a 400 page naming the allowed values', async () => {
    const r = await new TestClient(u.t.app).get('/jobs?credential=CPCX');
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /credential: &quot;CPCX&quot; is not one of the allowed values: CPC, CPC-A, COC/);
    const sort = await new TestClient(u.t.app).get('/jobs?sort=cheapest');
    assert.equal(sort.statusCode, 400);
    assert.match(sort.body, /sort: .*newest, salary/);
  });

  test('the job page: every detail and a complete JobPosting', async () => {
    const { body, ld } = await jobPage(new TestClient(u.t.app), jobId);
    for (const text of ['Physician practice / pro-fee', 'Family medicine', 'CPT (procedures', 'CPC-A (any one)'])
      assert.ok(body.includes(text), text);
    assert.match(body, /Log in to apply on CodeDesk/);
    assert.equal(ld.title, TITLE);
    assert.equal(ld.jobLocationType, 'TELECOMMUTE');
    assert.deepEqual(ld.applicantLocationRequirements, { '@type': 'Country', name: 'USA' });
    assert.equal(ld.directApply, true);
    assert.equal(ld.validThrough, `${daysAhead(30)}T23:59:59Z`);
  });

  test('applying: a guest is sent to log in and back; a refusal keeps the typed text and stores nothing', async () => {
    const guest = await new TestClient(u.t.app).get(`/jobs/${jobId}/apply`);
    assert.equal(guest.statusCode, 303);
    assert.equal(guest.headers.location, `/login?next=${encodeURIComponent(`/jobs/${jobId}/apply`)}`);

    const uploadsBefore = await countRows('uploads');
    const page = (await coder.c.get(`/jobs/${jobId}`)).body;
    assert.match(page, /enctype="multipart\/form-data"/);
    const typed = { coverNote: 'I passed the CPC <b>exam</b> in March.', 'answer.0': 'Family medicine' };
    const exe = await coder.c.postMultipart(
      `/jobs/${jobId}/apply`,
      applyParts(page, typed, {
        name: 'resume',
        fileName: 'resume.pdf',
        data: elfProgram(),
        contentType: 'application/pdf',
      }),
    );
    assert.equal(exe.statusCode, 415);
    assert.match(exe.body, /id="resume-error">that file is not a PDF or Word/);
    assert.match(exe.body, /I passed the CPC &lt;b>exam&lt;\/b> in March\.<\/textarea>/);
    assert.match(exe.body, />Family medicine<\/textarea>/);

    const bomb = await coder.c.postMultipart(
      `/jobs/${jobId}/apply`,
      applyParts(page, typed, { name: 'resume', fileName: 'resume.docx', data: zipBombDocx() }),
    );
    assert.equal(bomb.statusCode, 415);
    assert.match(bomb.body, /id="resume-error">[^<]*zip bomb/);
    assert.match(bomb.body, />Family medicine<\/textarea>/);
    // a file over 5 MB: refused (413, naming the field) before the form is read whole
    const big = await coder.c.postMultipart(
      `/jobs/${jobId}/apply`,
      applyParts(page, typed, { name: 'resume', fileName: 'big.pdf', data: Buffer.alloc(6 * 1024 * 1024, 0x20) }),
    );
    assert.equal(big.statusCode, 413);
    assert.match(big.body, /resume: the file is larger than 5 MB/);

    const pdf = { name: 'resume', fileName: 'Coder résumé.pdf', data: minimalPdf(), contentType: 'application/pdf' };
    const unanswered = await coder.c.postMultipart(
      `/jobs/${jobId}/apply`,
      applyParts(page, { coverNote: typed.coverNote }, pdf),
    );
    assert.equal(unanswered.statusCode, 400);
    assert.match(unanswered.body, /id="answer-0-error">answer the question/);
    assert.match(unanswered.body, /I passed the CPC &lt;b>exam&lt;\/b> in March\./);
    // the résumé stored for the refused application was rolled back with it
    assert.equal(await countRows('uploads'), uploadsBefore);
    assert.equal(await countRows('careers_applications'), 0);

    const sent = await coder.c.postMultipart(`/jobs/${jobId}/apply`, applyParts(page, typed, pdf));
    assert.equal(sent.statusCode, 303, sent.body);
    applicationId = /\/jobs\/applications\/([^/?]+)$/.exec(sent.headers.location as string)?.[1] ?? '';
    assert.match((await coder.c.get(sent.headers.location as string)).body, /Application sent/);
    assert.equal(await countRows('uploads'), uploadsBefore + 1);
    const again = await coder.c.postMultipart(`/jobs/${jobId}/apply`, applyParts(page, typed, pdf));
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /already applied/);
  });

  test('the employer works the applicants: status mailed, notes, CSV; the résumé to them and the applicant only', async () => {
    const page = await employer.c.get(`/employer/jobs/${jobId}/applications`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(coder.email));
    assert.match(page.body, /I passed the CPC &lt;b>exam&lt;\/b> in March\./);
    const set = await employer.c.post(`/employer/applications/${applicationId}/status`, {
      _csrf: csrfOf(page.body),
      status: 'interview',
    });
    assert.equal(set.statusCode, 303);
    const mail = await u.sink.waitFor((m) => m.to.includes(coder.email) && /: interview$/.test(m.subject));
    assert.match(mail.subject, new RegExp(TITLE));
    const note = await employer.c.post(`/employer/applications/${applicationId}/notes`, {
      _csrf: csrfOf(page.body),
      body: 'Strong <i>E/M</i> answers',
    });
    assert.equal(note.statusCode, 303);
    assert.match(
      (await employer.c.get(`/employer/jobs/${jobId}/applications`)).body,
      /Strong &lt;i>E\/M&lt;\/i> answers/,
    );

    const resume = `/jobs/applications/${applicationId}/resume`;
    const mine = await employer.c.get(resume);
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(mine.rawPayload, minimalPdf());
    assert.match(String(mine.headers['content-disposition']), /^attachment;/);
    assert.equal(mine.headers['x-content-type-options'], 'nosniff');
    assert.equal((await coder.c.get(resume)).statusCode, 200);
    assert.equal((await rival.c.get(resume)).statusCode, 404);
    assert.equal((await admin.c.get(resume)).statusCode, 200);
    assert.equal(
      (await new TestClient(u.t.app).get(resume)).headers.location,
      `/login?next=${encodeURIComponent(resume)}`,
    );
    assert.equal((await rival.c.get(`/employer/jobs/${jobId}/applications`)).statusCode, 404);
    assert.equal((await rival.c.get(`/employer/jobs/${jobId}/edit`)).statusCode, 404);

    const csv = await employer.c.get(`/employer/jobs/${jobId}/applications.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.ok(csv.body.includes(coder.email));
    assert.equal((await rival.c.get(`/employer/jobs/${jobId}/applications.csv`)).statusCode, 404);
  });

  test('my applications: the new status, then withdrawn', async () => {
    const page = await coder.c.get('/jobs/applications');
    assert.match(page.body, new RegExp(`data-application="${applicationId}">.*<td class="status">Interview</td>`));
    const r = await coder.c.post(`/jobs/applications/${applicationId}/withdraw`, { _csrf: csrfOf(page.body) });
    assert.equal(r.statusCode, 303);
    const after = await coder.c.get('/jobs/applications');
    assert.match(after.body, /<td class="status">Withdrawn<\/td>/);
    assert.doesNotMatch(after.body, /Withdraw the application/);
    // the form needs its token
    assert.equal((await coder.c.post(`/jobs/applications/${applicationId}/withdraw`, {})).statusCode, 403);
  });

  test('an application elsewhere: its domain beside the organization’s, a warning when they differ', async () => {
    const r = await postJobForm(
      employer.c,
      jobForm({
        title: 'Risk Adjustment Coder (CRC)',
        credentials: 'CRC',
        setting: 'risk-adjustment',
        experienceLevel: 'mid',
        experienceMonths: '24',
        apprenticeWelcome: '',
        workArrangement: 'hybrid',
        remoteAll: '',
        salaryMin: '28',
        salaryMax: '34.50',
        salaryPeriod: 'hour',
        employmentType: 'contract',
        applicationMethod: 'url',
        applicationTarget: 'https://jobs.example-ats.com/buckeye/42',
      }),
    );
    assert.equal(r.statusCode, 303, r.body);
    // the employer has an approved posting: this one is public at once
    assert.equal(r.headers.location, '/employer?done=published');
    const id = await jobIdOf(employer.c, 'Risk Adjustment Coder (CRC)');
    const { body, ld } = await jobPage(coder.c, id);
    assert.match(body, /<dt>Applications go to<\/dt><dd>jobs\.example-ats\.com<\/dd>/);
    // the employer has not verified the domain (careers-verify-domain-http.test.ts verifies one): the page says so
    assert.match(
      body,
      /<dt>The organization's website<\/dt><dd>buckeye-billing\.com <span class="domain-verification">\(not verified — the employer has not confirmed a mailbox at this domain\)<\/span><\/dd>/,
    );
    assert.match(body, /class="warning"/);
    assert.equal(ld.directApply, false);
    // no apply form for it: its page says where to apply
    assert.equal((await coder.c.get(`/jobs/${id}/apply`)).headers.location, `/jobs/${id}`);
    assert.equal(ld.employmentType, 'CONTRACTOR');
    assert.deepEqual((ld.baseSalary as { value: unknown }).value, {
      '@type': 'QuantitativeValue',
      minValue: 28,
      maxValue: 34.5,
      unitText: 'HOUR',
    });
    assert.equal(ld.jobLocationType, undefined);
    // the employer closes it: it leaves the search
    const home = await employer.c.get('/employer');
    assert.equal((await employer.c.post(`/employer/jobs/${id}/close`, { _csrf: csrfOf(home.body) })).statusCode, 303);
    assert.match((await coder.c.get('/jobs?credential=CRC')).body, /0 jobs/);
  });

  test('results come in pages, sorted newest or by pay, the filters kept in the links', async () => {
    const r = await postJobForm(
      employer.c,
      jobForm({
        title: 'Inpatient Coder (CCS)',
        credentials: 'CCS',
        codeSets: 'ICD-10-PCS',
        setting: 'hospital-inpatient',
        experienceLevel: 'senior',
        experienceMonths: '36',
        apprenticeWelcome: '',
        salaryMin: '68000',
        salaryMax: '80000',
      }),
    );
    assert.equal(r.headers.location, '/employer?done=published');
    const guest = new TestClient(u.t.app);
    const first = await guest.get('/jobs?pageSize=1&sort=salary');
    assert.match(first.body, /2 jobs/);
    assert.match(first.body, /Page 1 of 2/);
    assert.match(first.body, /href="\/jobs\/[^"]+">Inpatient Coder \(CCS\)<\/a>/);
    assert.match(first.body, /<a rel="next" href="\/jobs\?sort=salary&amp;pageSize=1&amp;page=2">/);
    const second = await guest.get('/jobs?sort=salary&pageSize=1&page=2');
    assert.match(second.body, new RegExp(`href="/jobs/${jobId}">${TITLE}</a>`));
    assert.match(second.body, /<a rel="prev" href="\/jobs\?sort=salary&amp;pageSize=1">/);
    assert.match((await guest.get('/jobs?codeSet=ICD-10-PCS')).body, /1 job</);
  });

  test('edit and renew a posting; an admin unpublishes it with a reason, mailed; pages need their role', async () => {
    const edit = await employer.c.get(`/employer/jobs/${jobId}/edit`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, new RegExp(`value="${TITLE}"`));
    assert.match(edit.body, /<input type="checkbox" name="credentials" value="CPC-A" checked\/>/);
    const refused = await postJobForm(employer.c, jobForm({ title: 'Renamed coder job', salaryMin: '9' }), jobId);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /id="salaryMin-error">\$9 a year is not a plausible pay/);
    assert.match(refused.body, /value="Renamed coder job"/);
    const saved = await postJobForm(employer.c, jobForm({ title: 'Renamed coder job', action: 'draft' }), jobId);
    assert.equal(saved.statusCode, 303, saved.body);
    assert.match((await jobPage(coder.c, jobId)).body, /<h1>Renamed coder job<\/h1>/);

    const home = await employer.c.get('/employer');
    const renewed = await employer.c.post(`/employer/jobs/${jobId}/renew`, { _csrf: csrfOf(home.body) });
    assert.equal(renewed.headers.location, '/employer?done=renewed');
    assert.equal((await jobPage(coder.c, jobId)).ld.validThrough, `${daysAhead(60)}T23:59:59Z`);

    const page = await admin.c.get(`/jobs/${jobId}`);
    assert.match(page.body, /Reason for unpublishing/);
    const action = `/admin/jobs/${jobId}/unpublish`;
    const noReason = await admin.c.post(action, { _csrf: csrfOf(page.body), reason: '' });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /reason: is required/);
    const reason = 'The pay range is below what the description promises.';
    const down = await admin.c.post(action, { _csrf: csrfOf(page.body), reason });
    assert.equal(down.headers.location, '/admin/jobs?done=unpublished');
    const mail = await u.sink.waitFor((m) => m.to.includes(employer.email) && /was unpublished/.test(m.subject));
    assert.ok(mail.text.includes(reason));
    assert.equal((await coder.c.get(`/jobs/${jobId}`)).statusCode, 404);
    assert.ok((await employer.c.get('/employer')).body.includes(`Unpublished by an admin: ${reason}`));

    const guest = await new TestClient(u.t.app).get('/employer/jobs/new');
    assert.equal(guest.statusCode, 303);
    assert.equal(guest.headers.location, `/login?next=${encodeURIComponent('/employer/jobs/new')}`);
    assert.equal((await coder.c.get('/employer')).statusCode, 403);
    assert.equal((await employer.c.get('/admin/jobs')).statusCode, 403);
  });

  test('markup in a posting is text on its page and escaped in its JSON-LD', async () => {
    const title = 'Coder <b>II</b> & "Lead" <!-- x';
    const r = await postJobForm(
      employer.c,
      jobForm({ title, description: 'Ask us about <i>remote</i> work & <u>CEUs</u>.', credentials: 'CPC' }),
    );
    assert.equal(r.statusCode, 303, r.body);
    const id = await jobIdOf(employer.c, 'Coder &lt;b>II&lt;/b> &amp; &quot;Lead&quot; &lt;!-- x');
    const { body, ld } = await jobPage(coder.c, id);
    assert.ok(body.includes('<h1>Coder &lt;b>II&lt;/b> &amp; &quot;Lead&quot; &lt;!-- x</h1>'));
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)?.[1] ?? '';
    assert.doesNotMatch(script, /[<>&]/);
    assert.match(script, /Coder \\u003cb\\u003eII\\u003c\/b\\u003e \\u0026 \\"Lead\\" \\u003c!-- x/);
    assert.equal(ld.title, title);
  });
});
