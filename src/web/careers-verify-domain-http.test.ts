// Verifying an organization's domain over HTTP on SQLite and PostgreSQL, with the real task worker and SMTP sink:
// /employer shows the domain "not verified" and the form; an address elsewhere is refused beside the field (kept);
// an address at the domain gets the mail; its link, opened with no login, verifies the domain; /employer, the API
// document and the job page then say "verified"; an altered link is refused; a changed domain is unverified again.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { jobForm, jobIdOf, type Person, postJobForm, signedInAs } from './test-support/careers-pages.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';

const ENV = { AUTH_ATTEMPTS_PER_15_MINUTES: '1000', RATE_LIMIT_PER_MINUTE: '100000' };
const TITLE = 'Risk Adjustment Coder (CRC)';

describeEachApp('CareerCenter domain verification pages', { env: ENV }, (u) => {
  let employer: Person;
  let admin: Person;
  let jobId: string;

  const saveProfile = async (domain: string) => {
    const page = await employer.c.get('/employer');
    const r = await employer.c.postMultipart('/employer/organization', [
      { name: '_csrf', value: csrfOf(page.body) },
      { name: 'name', value: 'Acme Health' },
      { name: 'domain', value: domain },
      { name: 'about', value: 'Cardiology groups in Texas.' },
    ]);
    assert.equal(r.statusCode, 303, r.body);
  };

  before(async () => {
    employer = await signedInAs(u.t.app, u.t.database, 'employer', 'employer');
    admin = await signedInAs(u.t.app, u.t.database, 'admin', 'admin');
    await saveProfile('acme-health.com');
    const posted = await postJobForm(
      employer.c,
      jobForm({
        title: TITLE,
        organization: 'Acme Health',
        applicationMethod: 'email',
        applicationTarget: 'jobs@acme-health.com',
      }),
    );
    assert.equal(posted.statusCode, 303, posted.body);
    jobId = await jobIdOf(employer.c, TITLE);
    const queue = await admin.c.get('/admin/jobs');
    const approved = await admin.c.post(`/admin/jobs/${jobId}/approve`, { _csrf: csrfOf(queue.body) });
    assert.equal(approved.statusCode, 303);
  });

  test('before: /employer says "not verified" with the form; the job page says so beside the application domain', async () => {
    const page = (await employer.c.get('/employer')).body;
    assert.match(page, /<strong>acme-health\.com<\/strong> <span class="status">not verified<\/span>/);
    assert.match(page, /Verify: send a link to an address at acme-health\.com/);
    const job = (await new TestClient(u.t.app).get(`/jobs/${jobId}`)).body;
    assert.match(job, /acme-health\.com <span class="domain-verification">\(not verified — the employer has not/);
    const api = await employer.c.get('/api/v1/employer/organization');
    assert.equal(api.statusCode, 200, api.body);
    assert.equal(JSON.parse(api.body).domainVerified, false);
  });

  test('an address elsewhere is refused beside the field, the address kept, and no mail is sent', async () => {
    const r = await employer.c.submit('/employer', '/employer/verify-domain', { address: 'hr@acme-hiring.top' });
    assert.equal(r.statusCode, 400, r.body);
    assert.match(r.body, /must be a mailbox at acme-health\.com/);
    assert.match(r.body, /id="address"[^>]*value="hr@acme-hiring\.top"/);
    assert.match(r.body, /aria-invalid="true"/);
    const noCsrf = await employer.c.post('/employer/verify-domain', { address: 'hr@acme-health.com' });
    assert.equal(noCsrf.statusCode, 403);
  });

  test('the link mailed to an address at the domain verifies it, with no login', async () => {
    const r = await employer.c.submit('/employer', '/employer/verify-domain', { address: 'hr@acme-health.com' });
    assert.equal(r.statusCode, 303, r.body);
    assert.equal(r.headers.location, '/employer?done=verify');
    assert.match((await employer.c.get('/employer?done=verify')).body, /A verification link is sent/);
    const mail = await u.sink.waitFor((m) => m.to.includes('hr@acme-health.com'));
    const link = /http:\/\/codedesk\.test(\/employer\/verify-domain\?token=\S+)/.exec(mail.text)?.[1];
    assert.ok(link, mail.text);

    const guest = new TestClient(u.t.app);
    const altered = await guest.get(`${link.slice(0, -2)}${link.endsWith('AA') ? 'BB' : 'AA'}`);
    assert.equal(altered.statusCode, 400);
    assert.match(altered.body, /this verification link is not valid/);
    assert.equal(JSON.parse((await employer.c.get('/api/v1/employer/organization')).body).domainVerified, false);

    const ok = await guest.get(link);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.match(ok.body, /acme-health\.com is verified for Acme Health/);
    assert.equal(ok.headers['referrer-policy'], 'no-referrer');

    assert.match((await employer.c.get('/employer')).body, /<span class="status">verified<\/span>/);
    assert.doesNotMatch((await employer.c.get('/employer')).body, /Verify: send a link/);
    assert.equal(JSON.parse((await employer.c.get('/api/v1/employer/organization')).body).domainVerified, true);
    const job = (await guest.get(`/jobs/${jobId}`)).body;
    assert.match(job, /acme-health\.com <span class="domain-verification">\(verified\)<\/span>/);
  });

  test('a changed domain is not verified, and the job page warns about the mismatch', async () => {
    await saveProfile('acmehealth.org');
    const put = await employer.c.get('/api/v1/employer/organization');
    assert.deepEqual([JSON.parse(put.body).domain, JSON.parse(put.body).domainVerified], ['acmehealth.org', false]);
    const job = (await new TestClient(u.t.app).get(`/jobs/${jobId}`)).body;
    assert.match(job, /acmehealth\.org <span class="domain-verification">\(not verified/);
    assert.match(job, /is not on the organization's website domain/);
  });
});
