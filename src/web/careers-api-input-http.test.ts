// CareerCenter's API refusing bad input, on SQLite and PostgreSQL: a posting missing its required fields (each one
// named), a salary minimum above the maximum, a past closing date, script in a text field, a wrong type, an unknown
// field, unknown filter values (400 listing the allowed values); and applications that must store nothing — a
// program renamed .pdf (415), a 50 MB upload (413 from its Content-Length), a zip-bomb DOCX, a missing résumé or
// answer, script in the cover note, a second application, a closed posting — each leaving no upload row, no file
// and no application behind.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { validJob } from '../careers/test-support/careers-fixtures.js';
import { elfProgram, minimalDocx, minimalPdf, zipBombDocx } from '../storage/test-support/upload-fixtures.js';
import { JOB_REQUIRED } from './features/careers/api-schemas.js';
import { ApiCaller, CAST_PASSWORD, type Cast, makeCast, storedUploads } from './test-support/careers-api.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';
import type { FormPart } from './test-support/multipart.js';

const pdfPart = (data: Buffer = minimalPdf(), fileName = 'cv.pdf'): FormPart => ({
  name: 'resume',
  fileName,
  data,
  contentType: 'application/pdf',
});

describeEachApp('CareerCenter API: bad input', { env: { RATE_LIMIT_PER_MINUTE: '100000' } }, (u) => {
  let cast: Cast;
  let api: ApiCaller;
  let jobId: string; // published, one required screening question
  let closedId: string;

  const today = () => new Date().toISOString().slice(0, 10);
  const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  async function published(changes: Parameters<typeof validJob>[0] = {}): Promise<string> {
    const created = await api.request('owner', 'POST', '/api/v1/employer/jobs', validJob(changes));
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    await api.request('owner', 'POST', `/api/v1/employer/jobs/${id}/publish`);
    await api.request('admin', 'POST', `/api/v1/admin/jobs/${id}/approve`);
    return id;
  }

  const applications = async () =>
    (await u.t.database.db.selectFrom('careers_applications').select('id').execute()).length;
  /** what the storage and the applications table hold: the same before and after a refused application */
  const holdings = async () => ({ ...(await storedUploads(u.t, u.catalogDir)), applications: await applications() });

  before(async () => {
    cast = await makeCast(u.t, new Date());
    api = new ApiCaller(u.t, cast);
    jobId = await published();
    closedId = await published({ title: 'Inpatient Coder (CCS)' });
    await api.request('owner', 'POST', `/api/v1/employer/jobs/${closedId}/close`);
  });

  const jobs = async () => (await u.t.database.db.selectFrom('careers_jobs').select('id').execute()).length;

  test('a posting without its required fields: 400 naming every one, nothing stored', async () => {
    const before = await jobs();
    const r = await api.request('owner', 'POST', '/api/v1/employer/jobs', {});
    assert.equal(r.statusCode, 400);
    const { code, message } = r.json().error;
    assert.equal(code, 'CAREERS_INVALID');
    for (const field of JOB_REQUIRED) assert.match(message, new RegExp(`\\b${field}: `), field);
    assert.equal(await jobs(), before);
  });

  test('honesty and shape: salary min above max, a past closing date, script, a wrong type, an unknown field', async () => {
    const before = await jobs();
    const refused = async (body: unknown, field: string, why: RegExp) => {
      const r = await api.request('owner', 'POST', '/api/v1/employer/jobs', body);
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().error.code, 'CAREERS_INVALID');
      assert.match(r.json().error.message, new RegExp(`${field.replace(/[[\].]/g, '\\$&')}: `), field);
      assert.match(r.json().error.message, why, field);
    };
    await refused(validJob({ salaryMin: 70_000, salaryMax: 60_000 }), 'salaryMax', /below salaryMin/);
    await refused(validJob({ closingDate: dayOffset(-1) }), 'closingDate', /is not in the future/);
    await refused(validJob({ closingDate: today() }), 'closingDate', /is not in the future/);
    await refused(validJob({ title: 'Coder <script>alert(1)</script>' }), 'title', /script or active HTML/);
    await refused(
      validJob({ description: 'Hi <img src=x onerror="alert(1)">' }),
      'description',
      /script or active HTML/,
    );
    await refused(
      validJob({ screeningQuestions: [{ question: '<a href="javascript:alert(1)">x</a>', required: true }] }),
      'screeningQuestions[0]',
      /script or active HTML/,
    );
    await refused(validJob({ salaryMin: 'a lot' }), 'salaryMin', /number/);
    // (a single string is taken as a list of one: Fastify's ajv coerces it)
    await refused(validJob({ credentials: { CPC: true } }), 'credentials', /array/);
    await refused({ ...validJob(), salary: 50_000 }, 'salary', /not a field/);
    await refused(validJob({ description: 'Pay a $99 training fee before you start.' }), 'description', /./);
    assert.equal(await jobs(), before, 'nothing saved');
    // the same rules on an edit: script in a patch is refused and the posting is unchanged
    const patch = await api.request('owner', 'PATCH', `/api/v1/employer/jobs/${jobId}`, {
      title: '<script>x</script>',
    });
    assert.equal(patch.statusCode, 400);
    assert.match(patch.json().error.message, /title: /);
    assert.equal((await api.request('guest', 'GET', `/api/v1/jobs/${jobId}`)).json().title, validJob().title);
    // a body that is not JSON, and a bad status
    const form = await u.t.app.inject({
      method: 'POST',
      url: '/api/v1/employer/jobs',
      payload: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${cast.keys.owner}` },
    });
    assert.equal(form.statusCode, 400);
    assert.equal(form.json().error.code, 'BAD_INPUT');
  });

  test('unknown filter values: 400 naming the filter and listing the allowed values', async () => {
    for (const [qs, filter, allowed] of [
      ['credential=CPX', 'credential', /CPC, CPC-A/],
      ['setting=spa', 'setting', /physician-practice/],
      ['sort=cheapest', 'sort', /newest, salary/],
      ['experienceLevel=guru', 'experienceLevel', /apprentice, entry, mid, senior/],
      ['remote=maybe', 'remote', /true, false/],
      ['pageSize=1000', 'pageSize', /whole number/],
    ] as const) {
      const r = await api.request('guest', 'GET', `/api/v1/jobs?${qs}`);
      assert.equal(r.statusCode, 400, qs);
      assert.equal(r.json().error.code, 'CAREERS_BAD_FILTER');
      assert.match(r.json().error.message, new RegExp(`^${filter}: `));
      assert.match(r.json().error.message, allowed, qs);
    }
  });

  test('refused files store nothing: a program renamed .pdf (415), a zip-bomb DOCX, a 50 MB body (413)', async () => {
    const url = `/api/v1/jobs/${jobId}/applications`;
    const start = await holdings();
    const elf = await api.multipart('member', url, [
      { name: 'answers', value: '["3 years"]' },
      pdfPart(elfProgram(), 'resume.pdf'),
    ]);
    assert.equal(elf.statusCode, 415, elf.body);
    assert.equal(elf.json().error.code, 'UPLOAD_TYPE_REFUSED');
    assert.match(elf.json().error.message, /resume/);
    const bomb = await api.multipart('member', url, [
      { name: 'answers', value: '["3 years"]' },
      { name: 'resume', fileName: 'cv.docx', data: zipBombDocx() },
    ]);
    assert.equal(bomb.statusCode, 415, bomb.body);
    assert.equal(bomb.json().error.code, 'UPLOAD_TYPE_REFUSED');
    const huge = await u.t.app.inject({
      method: 'POST',
      url,
      payload: Buffer.alloc(50 * 1024 * 1024, 0x41),
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        authorization: `Bearer ${cast.keys.member}`,
        accept: 'application/json',
      },
    });
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json().error.code, 'UPLOAD_TOO_LARGE');
    assert.match(huge.json().error.message, /resume/);
    assert.equal(huge.headers.connection, 'close');
    assert.deepEqual(await holdings(), start);
  });

  test('a refused application removes the file it stored: missing answer, script, missing résumé, twice, closed', async () => {
    const url = `/api/v1/jobs/${jobId}/applications`;
    const start = await holdings();
    const refused = async (
      r: { statusCode: number; json(): { error: { code: string; message: string } }; body: string },
      status: number,
      code: string,
      field?: RegExp,
    ) => {
      assert.equal(r.statusCode, status, r.body);
      assert.equal(r.json().error.code, code);
      if (field) assert.match(r.json().error.message, field);
    };
    await refused(await api.multipart('member', url, [pdfPart()]), 400, 'CAREERS_INVALID', /answers\[0\]: /);
    await refused(
      await api.multipart('member', url, [
        { name: 'coverNote', value: 'Hire me <script>fetch("//x")</script>' },
        { name: 'answers', value: '["3 years"]' },
        pdfPart(),
      ]),
      400,
      'CAREERS_INVALID',
      /coverNote: /,
    );
    await refused(
      await api.multipart('member', url, [{ name: 'answers', value: '["3 years"]' }]),
      400,
      'CAREERS_INVALID',
      /resume: is required/,
    );
    await refused(
      await api.multipart('member', url, [{ name: 'answers', value: 'three' }, pdfPart()]),
      400,
      'CAREERS_INVALID',
      /answers: /,
    );
    await refused(
      await api.multipart('member', url, [
        { name: 'answers', value: '["a"]' },
        { name: 'answers[0]', value: 'a' },
      ]),
      400,
      'CAREERS_INVALID',
      /not both/,
    );
    await refused(
      await api.multipart('member', `/api/v1/jobs/${closedId}/applications`, [
        { name: 'answers', value: '["3"]' },
        pdfPart(),
      ]),
      409,
      'CAREERS_WRONG_STATE',
    );
    const guest = await api.multipart('guest', url, [{ name: 'answers', value: '["3"]' }, pdfPart()]);
    await refused(guest, 401, 'AUTH_REQUIRED');
    assert.equal(guest.headers.connection, 'close', 'the unread upload is not drained');
    await refused(
      await api.request('member', 'POST', url, { answers: ['3'] }),
      400,
      'UPLOAD_FORM_INVALID',
      /multipart/,
    );
    assert.deepEqual(await holdings(), start, 'nothing stored by a refused application');

    // answers as answers[0]: applied, with a DOCX; the second try is refused and its file removed
    const ok = await api.multipart('member2', url, [
      { name: 'answers[0]', value: 'Four years' },
      { name: 'resume', fileName: 'cv.docx', data: minimalDocx() },
    ]);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().answers[0].answer, 'Four years');
    const applied = await holdings();
    assert.deepEqual(applied, {
      rows: start.rows + 1,
      files: start.files + 1,
      applications: start.applications + 1,
    });
    await refused(
      await api.multipart('member2', url, [{ name: 'answers[0]', value: 'Again' }, pdfPart()]),
      409,
      'CAREERS_ALREADY_APPLIED',
    );
    assert.deepEqual(await holdings(), applied);
  });

  test('with a session cookie the form carries its CSRF token first; without it nothing is read or stored', async () => {
    const c = new TestClient(u.t.app, { accept: 'application/json' });
    const login = await c.submit('/login', '/login', { email: cast.emails.member, password: CAST_PASSWORD });
    assert.equal(login.statusCode, 303, login.body);
    const csrf = csrfOf((await c.get('/account')).body);
    const url = `/api/v1/jobs/${jobId}/applications`;
    const start = await holdings();
    const forged = await c.postMultipart(url, [{ name: 'answers', value: '["3"]' }, pdfPart()]);
    assert.equal(forged.statusCode, 403);
    assert.equal(forged.json().error.code, 'CSRF_INVALID');
    assert.deepEqual(await holdings(), start);
    const sent = await c.postMultipart(url, [
      { name: '_csrf', value: csrf },
      { name: 'answers', value: '["3"]' },
      pdfPart(),
    ]);
    assert.equal(sent.statusCode, 201, sent.body);
    // the JSON routes take the session too (JSON bodies only: a cross-site form cannot send them)
    const mine = await c.get('/api/v1/me/applications');
    assert.equal(mine.json()[0].id, sent.json().id);
    const withdrawn = await u.t.app.inject({
      method: 'POST',
      url: `/api/v1/me/applications/${sent.json().id}/withdraw`,
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'x=1',
    });
    assert.equal(withdrawn.statusCode, 400, 'a form body is refused unread');
    assert.equal((await c.get('/api/v1/me/applications')).json()[0].status, 'new');
  });
});
