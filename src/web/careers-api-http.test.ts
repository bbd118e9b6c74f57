// CareerCenter's JSON API over HTTP (inject), on SQLite and PostgreSQL: the authorization matrix (every cell a real
// request: the posting's employer, another employer, a coder, a guest, an admin, a revoked key), the applicant's own
// applications and résumé, the Job document's shape and the search's filters. Applying with files and bad input are
// in careers-api-input-http.test.ts.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Compile } from 'typebox/compile';
import { validJob } from '../careers/test-support/careers-fixtures.js';
import { minimalPdf } from '../storage/test-support/upload-fixtures.js';
import { JOB_DOCUMENT } from './features/careers/api-schemas.js';
import { ApiCaller, type Cast, makeCast, type Who } from './test-support/careers-api.js';
import { describeEachApp } from './test-support/each-app.js';

const CONTRACT_FIELDS = [
  'id',
  'status',
  'title',
  'organization',
  'description',
  'location',
  'workArrangement',
  'remoteStates',
  'employmentType',
  'setting',
  'specialties',
  'credentials',
  'experienceLevel',
  'salaryMin',
  'salaryMax',
  'salaryPeriod',
  'applicationMethod',
  'closingDate',
];

describeEachApp('CareerCenter API', { env: { RATE_LIMIT_PER_MINUTE: '100000' } }, (u) => {
  let cast: Cast;
  let api: ApiCaller;
  let jobId: string; // the owner's published posting, with one application
  let otherJobId: string; // another of the owner's, for the state changes of the matrix
  let applicationId: string;
  let resume: Buffer;

  before(async () => {
    cast = await makeCast(u.t, new Date());
    api = new ApiCaller(u.t, cast);
    const created = await api.request('owner', 'POST', '/api/v1/employer/jobs', validJob());
    assert.equal(created.statusCode, 201, created.body);
    jobId = created.json().id;
    // an employer's first posting waits for an admin
    const published = await api.request('owner', 'POST', `/api/v1/employer/jobs/${jobId}/publish`);
    assert.equal(published.json().status, 'pending', published.body);
    const approved = await api.request('admin', 'POST', `/api/v1/admin/jobs/${jobId}/approve`);
    assert.equal(approved.json().status, 'published', approved.body);
    const second = await api.request(
      'owner',
      'POST',
      '/api/v1/employer/jobs',
      validJob({ title: 'Risk Adjustment Coder (CRC)', screeningQuestions: [] }),
    );
    otherJobId = second.json().id;
    resume = minimalPdf();
    const applied = await api.multipart('member', `/api/v1/jobs/${jobId}/applications`, [
      { name: 'coverNote', value: 'I hold the CPC and two years of cardiology.' },
      { name: 'answers', value: JSON.stringify(['Two years']) },
      { name: 'resume', fileName: 'cv.pdf', data: resume, contentType: 'application/pdf' },
    ]);
    assert.equal(applied.statusCode, 201, applied.body);
    applicationId = applied.json().id;
  });

  test('the authorization matrix: owner and admin allowed, another employer 404, a coder 403, a guest and a revoked key 401', async () => {
    const cells: { name: string; method: string; url: () => string; body?: unknown }[] = [
      { name: "a posting's applicants", method: 'GET', url: () => `/api/v1/employer/jobs/${jobId}/applications` },
      { name: 'the CSV', method: 'GET', url: () => `/api/v1/employer/jobs/${jobId}/applications.csv` },
      { name: 'the résumé', method: 'GET', url: () => `/api/v1/employer/applications/${applicationId}/resume` },
      { name: 'one application', method: 'GET', url: () => `/api/v1/employer/applications/${applicationId}` },
      {
        name: 'an edit',
        method: 'PATCH',
        url: () => `/api/v1/employer/jobs/${otherJobId}`,
        body: { salaryMax: 61_000 },
      },
      {
        name: 'a status change',
        method: 'PATCH',
        url: () => `/api/v1/employer/applications/${applicationId}`,
        body: { status: 'reviewing' },
      },
      {
        name: 'a note',
        method: 'POST',
        url: () => `/api/v1/employer/applications/${applicationId}/notes`,
        body: { body: 'Call back Monday' },
      },
    ];
    const expected: Record<Who, number> = {
      owner: 200,
      admin: 200,
      other: 404,
      member: 403,
      guest: 401,
      revoked: 401,
      member2: 403,
    };
    for (const cell of cells)
      for (const [who, status] of Object.entries(expected) as [Who, number][]) {
        const r = await api.request(who, cell.method, cell.url(), cell.body);
        const want = cell.name === 'a note' && status === 200 ? 201 : status;
        assert.equal(r.statusCode, want, `${cell.name} as ${who}: ${r.body.slice(0, 200)}`);
        if (want >= 400) {
          const code = {
            401: who === 'revoked' ? 'AUTH_INVALID_API_KEY' : 'AUTH_REQUIRED',
            403: 'FORBIDDEN',
            404: 'CAREERS_NOT_FOUND',
          }[want];
          assert.equal(r.json().error.code, code, `${cell.name} as ${who}`);
        }
      }
    // the résumé served to the owner is the file sent, as a download
    const file = await api.request('owner', 'GET', `/api/v1/employer/applications/${applicationId}/resume`);
    assert.deepEqual(file.rawPayload, resume);
    assert.match(String(file.headers['content-disposition']), /^attachment; filename="cv\.pdf"/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.equal(file.headers['content-type'], 'application/pdf');
    const csv = await api.request('owner', 'GET', `/api/v1/employer/jobs/${jobId}/applications.csv`);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(csv.body, /I hold the CPC and two years of cardiology\./);
  });

  test('the employer routes of the lifecycle and the admin routes, by role', async () => {
    const draft = (await api.request('owner', 'POST', '/api/v1/employer/jobs', validJob({ title: 'Coder II' }))).json();
    for (const [who, status] of [
      ['guest', 401],
      ['revoked', 401],
      ['member', 403],
      ['other', 404],
    ] as const) {
      for (const action of ['publish', 'close', 'renew'])
        assert.equal(
          (await api.request(who, 'POST', `/api/v1/employer/jobs/${draft.id}/${action}`)).statusCode,
          status,
          `${action} as ${who}`,
        );
      assert.equal(
        (await api.request(who, 'POST', '/api/v1/employer/jobs', validJob())).statusCode,
        status === 404 ? 201 : status,
      );
    }
    // an employer and a coder are not admins; a guest is asked to sign in
    for (const [who, status] of [
      ['owner', 403],
      ['member', 403],
      ['guest', 401],
      ['revoked', 401],
    ] as const) {
      assert.equal((await api.request(who, 'GET', '/api/v1/admin/jobs/pending')).statusCode, status, who);
      assert.equal((await api.request(who, 'POST', `/api/v1/admin/jobs/${draft.id}/approve`)).statusCode, status, who);
      assert.equal(
        (await api.request(who, 'POST', `/api/v1/admin/jobs/${jobId}/unpublish`, { reason: 'x' })).statusCode,
        status,
        who,
      );
    }
    const published = await api.request('owner', 'POST', `/api/v1/employer/jobs/${draft.id}/publish`);
    assert.equal(published.json().status, 'published', 'approved once, the employer publishes at once');
    const closed = await api.request('owner', 'POST', `/api/v1/employer/jobs/${draft.id}/close`);
    assert.equal(closed.json().status, 'closed');
    const mine = (await api.request('owner', 'GET', '/api/v1/employer/jobs')).json();
    assert.ok(mine.some((j: { id: string }) => j.id === draft.id));
    assert.ok(
      !(await api.request('other', 'GET', '/api/v1/employer/jobs'))
        .json()
        .some((j: { id: string }) => j.id === draft.id),
    );
    const queue = await api.request('admin', 'GET', '/api/v1/admin/jobs/pending');
    assert.equal(queue.statusCode, 200);
    const down = await api.request('admin', 'POST', `/api/v1/admin/jobs/${otherJobId}/unpublish`, {
      reason: 'Check the pay',
    });
    assert.equal(down.statusCode, 409, 'a draft is not published: nothing to take down');
  });

  test('an applicant sees only their own applications and résumé; the employer cannot use the applicant routes', async () => {
    const own = await api.request('member', 'GET', '/api/v1/me/applications');
    assert.deepEqual(
      own.json().map((a: { id: string }) => a.id),
      [applicationId],
    );
    assert.deepEqual((await api.request('member2', 'GET', '/api/v1/me/applications')).json(), []);
    assert.equal((await api.request('guest', 'GET', '/api/v1/me/applications')).statusCode, 401);
    assert.equal((await api.request('revoked', 'GET', '/api/v1/me/applications')).statusCode, 401);
    const mine = await api.request('member', 'GET', `/api/v1/me/applications/${applicationId}/resume`);
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(mine.rawPayload, resume);
    assert.equal(mine.headers['x-content-type-options'], 'nosniff');
    for (const who of ['member2', 'owner', 'other'] as const)
      assert.equal(
        (await api.request(who, 'GET', `/api/v1/me/applications/${applicationId}/resume`)).statusCode,
        404,
        who,
      );
    // the applicant is not the employer: the employer's résumé route is refused by role
    assert.equal(
      (await api.request('member', 'GET', `/api/v1/employer/applications/${applicationId}/resume`)).statusCode,
      403,
    );
    assert.equal(
      (await api.request('member2', 'POST', `/api/v1/me/applications/${applicationId}/withdraw`)).statusCode,
      404,
    );
  });

  test('GET /api/v1/jobs/{id} answers the contract Job document; drafts only to their employer and admins', async () => {
    const r = await api.request('guest', 'GET', `/api/v1/jobs/${jobId}`);
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    for (const field of CONTRACT_FIELDS) assert.ok(field in doc, field);
    assert.ok(Compile(JOB_DOCUMENT).Check(doc), JSON.stringify([...Compile(JOB_DOCUMENT).Errors(doc)].slice(0, 3)));
    assert.deepEqual(
      {
        ...doc,
        id: undefined,
        closingDate: undefined,
        postedAt: undefined,
        createdAt: undefined,
        updatedAt: undefined,
      },
      {
        ...doc,
        id: undefined,
        status: 'published',
        title: 'Outpatient Coder (CPC or CCS)',
        organization: 'Acme Health',
        location: { city: 'Austin', state: 'TX' },
        workArrangement: 'remote',
        remoteStates: ['OK', 'TX'].sort(),
        employmentType: 'full-time',
        credentials: ['CPC', 'CCS'],
        salaryMin: 52_000,
        salaryMax: 60_000,
        salaryPeriod: 'year',
        applicationMethod: 'codedesk',
        closingDate: undefined,
        postedAt: undefined,
        createdAt: undefined,
        updatedAt: undefined,
      },
    );
    assert.match(String(doc.closingDate), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal('moderation' in doc, false, 'the moderation note is for its employer and admins');
    assert.ok('moderation' in (await api.request('owner', 'GET', `/api/v1/jobs/${jobId}`)).json());
    for (const who of ['guest', 'member', 'other'] as const)
      assert.equal((await api.request(who, 'GET', `/api/v1/jobs/${otherJobId}`)).statusCode, 404, who);
    assert.equal((await api.request('owner', 'GET', `/api/v1/jobs/${otherJobId}`)).json().status, 'draft');
    assert.equal((await api.request('admin', 'GET', `/api/v1/jobs/${otherJobId}`)).statusCode, 200);
  });

  test('GET /api/v1/jobs filters: remote from a state, credential, salary minimum; facets counted', async () => {
    const search = (qs: string) => api.request('guest', 'GET', `/api/v1/jobs?${qs}`);
    const found = (await search('remote=true&state=OK&credential=CCS&salaryMin=55000')).json();
    assert.deepEqual(Object.keys(found).slice(0, 4), ['total', 'page', 'pageSize', 'jobs']);
    assert.ok(found.jobs.some((j: { id: string }) => j.id === jobId));
    for (const job of found.jobs) assert.ok(Compile(JOB_DOCUMENT).Check(job), job.id);
    assert.equal(
      (await search('remote=true&state=CA')).json().jobs.some((j: { id: string }) => j.id === jobId),
      false,
    );
    assert.equal(
      (await search('credential=CIC')).json().jobs.some((j: { id: string }) => j.id === jobId),
      false,
    );
    assert.equal(
      (await search('salaryMin=70000')).json().jobs.some((j: { id: string }) => j.id === jobId),
      false,
    );
    const cpc = found.facets.credential.find((f: { value: string }) => f.value === 'CPC');
    assert.ok(cpc.count >= 1);
  });

  test('the organization profile, renew, unpublish with a reason, a posting that takes applications elsewhere', async () => {
    const put = (who: Who, body: unknown) => api.request(who, 'PUT', '/api/v1/employer/organization', body);
    assert.equal((await put('member', { name: 'X' })).statusCode, 403);
    assert.equal((await put('guest', { name: 'X' })).statusCode, 401);
    const saved = await put('owner', { name: 'Acme Health', domain: 'https://www.acme-health.com/careers' });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().domain, 'acme-health.com');
    // the document says whether a mailbox at the domain was confirmed (careers-verify-domain-http.test.ts confirms one)
    assert.equal(saved.json().domainVerified, false);
    assert.equal((await api.request('owner', 'GET', '/api/v1/employer/organization')).json().domain, 'acme-health.com');
    const bad = await put('owner', { name: '', domain: 'not a domain', about: '<script>x</script>' });
    assert.equal(bad.statusCode, 400);
    for (const field of ['name', 'domain', 'about']) assert.match(bad.json().error.message, new RegExp(`${field}: `));
    assert.equal((await api.request('member2', 'GET', '/api/v1/employer/organization')).statusCode, 403);

    const renewBad = await api.request('owner', 'POST', `/api/v1/employer/jobs/${jobId}/renew`, {
      closingDate: '2000-01-01',
    });
    assert.equal(renewBad.statusCode, 400);
    assert.match(renewBad.json().error.message, /closingDate: /);
    const elsewhere = await api.request(
      'owner',
      'POST',
      '/api/v1/employer/jobs',
      validJob({ applicationMethod: 'url', applicationTarget: 'https://jobs.acme-health.com/42', title: 'Auditor' }),
    );
    const elsewhereId = elsewhere.json().id;
    await api.request('owner', 'POST', `/api/v1/employer/jobs/${elsewhereId}/publish`);
    const there = await api.multipart('member2', `/api/v1/jobs/${elsewhereId}/applications`, [
      { name: 'resume', fileName: 'cv.pdf', data: resume },
    ]);
    assert.equal(there.statusCode, 409, there.body);
    assert.equal(there.json().error.code, 'CAREERS_APPLY_ELSEWHERE');
    const noReason = await api.request('admin', 'POST', `/api/v1/admin/jobs/${elsewhereId}/unpublish`, {});
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.json().error.message, /reason: /);
    const down = await api.request('admin', 'POST', `/api/v1/admin/jobs/${elsewhereId}/unpublish`, {
      reason: 'The pay range is missing from the ad',
    });
    assert.equal(down.statusCode, 200, down.body);
    // back to a draft its employer sees with the reason; publishing it again waits for an admin
    assert.equal(down.json().status, 'draft');
    assert.deepEqual(down.json().moderation, { needsReview: true, reason: 'The pay range is missing from the ad' });
    assert.equal((await api.request('guest', 'GET', `/api/v1/jobs/${elsewhereId}`)).statusCode, 404);
  });

  test('a status change through the API reaches the applicant by mail; the applicant sees it; the API keeps PATCH and PUT to itself', async () => {
    const moved = await api.request('owner', 'PATCH', `/api/v1/employer/applications/${applicationId}`, {
      status: 'interview',
    });
    assert.equal(moved.statusCode, 200, moved.body);
    const mail = await u.sink.waitFor(
      (m) => m.to.includes(cast.emails.member) && /interview/i.test(m.subject + m.text),
    );
    assert.match(mail.text, /interview/i);
    const mine = (await api.request('member', 'GET', '/api/v1/me/applications')).json();
    assert.equal(mine[0].status, 'interview');
    const badStatus = await api.request('owner', 'PATCH', `/api/v1/employer/applications/${applicationId}`, {
      status: 'ghosted',
    });
    assert.equal(badStatus.statusCode, 400);
    assert.match(badStatus.json().error.message, /status: "ghosted" is not one of new, reviewing/);
    // pages take no PATCH or PUT, and the API no DELETE
    for (const [method, url] of [
      ['PUT', '/login'],
      ['PATCH', '/jobs'],
      ['DELETE', `/api/v1/employer/jobs/${jobId}`],
    ] as const) {
      const r = await u.t.app.inject({ method, url, headers: { accept: 'application/json' } });
      assert.equal(r.statusCode, 405, `${method} ${url}`);
    }
  });

  test('the OpenAPI document lists every CareerCenter route with its parameters, body, responses and security', async () => {
    const doc = (await u.t.get('/api/v1/openapi.json')).json();
    const routes: [string, string][] = [
      ['get', '/jobs'],
      ['get', '/jobs/{id}'],
      ['post', '/jobs/{id}/applications'],
      ['post', '/employer/jobs'],
      ['get', '/employer/jobs'],
      ['patch', '/employer/jobs/{id}'],
      ['post', '/employer/jobs/{id}/publish'],
      ['post', '/employer/jobs/{id}/close'],
      ['post', '/employer/jobs/{id}/renew'],
      ['get', '/employer/jobs/{id}/applications'],
      ['get', '/employer/jobs/{id}/applications.csv'],
      ['patch', '/employer/applications/{id}'],
      ['get', '/employer/applications/{id}/resume'],
      ['put', '/employer/organization'],
      ['post', '/admin/jobs/{id}/approve'],
      ['post', '/admin/jobs/{id}/unpublish'],
      ['get', '/admin/jobs/pending'],
      ['get', '/me/applications'],
      ['post', '/me/applications/{id}/withdraw'],
      ['get', '/me/applications/{id}/resume'],
    ];
    for (const [method, path] of routes) {
      const op = doc.paths[path]?.[method];
      assert.ok(op, `${method} ${path}`);
      assert.ok(op.security.some((s: object) => 'apiKey' in s) && op.security.some((s: object) => 'session' in s));
      assert.ok(op.responses['200'] || op.responses['201'], `${method} ${path}: success`);
      if (path.includes('{id}')) assert.equal(op.parameters[0].name, 'id');
    }
    const apply = doc.paths['/jobs/{id}/applications'].post;
    assert.ok(apply.requestBody.content['multipart/form-data'].schema.properties.resume);
    assert.match(apply.responses['415'].description, /UPLOAD_TYPE_REFUSED/);
    assert.match(apply.responses['401'].description, /AUTH_REQUIRED/);
    const create = doc.paths['/employer/jobs'].post;
    assert.ok(create.requestBody.content['application/json'].schema.required.includes('salaryMin'));
    assert.match(create.responses['403'].description, /FORBIDDEN/);
    assert.ok(doc.paths['/jobs'].get.parameters.some((p: { name: string }) => p.name === 'credential'));
    assert.ok(doc.components.securitySchemes.session);
    // the operations are still there
    assert.ok(doc.paths['/codes/{system}/{code}'].get);
    // and the /docs page shows the same document
    const page = await u.t.get('/docs', true);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /PATCH \/api\/v1\/employer\/applications\/\{id\}/);
    assert.match(page.body, /POST \/api\/v1\/jobs\/\{id\}\/applications/);
  });
});
