// CareerCenter's job alerts over HTTP (inject), on SQLite and PostgreSQL, with the app's task worker sending to a
// real SMTP sink: saving the /jobs filters from a form (CSRF, input kept when refused), the list and its delete
// buttons, the /api/v1/me/saved-searches routes by API key, another user's search answered 404 on both, and the
// digest's unsubscribe link — working without a session (GET confirms, POST removes, a one-click POST too), a
// tampered token refused with nothing removed.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createApiKey, createUser } from '../accounts/index.js';
import {
  type CareersDeps,
  createCareersDeps,
  createJob,
  JobIndex,
  publishJob,
  runSearchDigest,
} from '../careers/index.js';
import { validJob } from '../careers/test-support/careers-fixtures.js';
import { TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';

const PASSWORD = 'a long enough password';
const PUBLIC_URL = 'http://codedesk.test';
let clock = new Date('2026-05-04T15:00:00Z');
const now = () => clock;

describeEachApp('CareerCenter job alerts over HTTP', { now, env: { RATE_LIMIT_PER_MINUTE: '100000' } }, (u) => {
  let coder: TestClient;
  let other: TestClient;
  let coderKey: string;
  let otherKey: string;
  let coderEmail: string;
  let careers: CareersDeps;

  const api = (method: 'GET' | 'POST' | 'DELETE', url: string, key: string, payload?: unknown, type?: string) =>
    u.t.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${key}`,
        ...(payload !== undefined ? { 'content-type': type ?? 'application/json' } : {}),
      },
      ...(payload !== undefined ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
    });

  const register = async (client: TestClient, email: string) => {
    const r = await client.submit('/register', '/register', { email, password: PASSWORD, role: 'member' });
    assert.equal(r.statusCode, 303);
    const user = await u.t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return (await createApiKey(u.t.database.db, user.id, clock)).key;
  };

  const savedNames = async (key: string) =>
    ((await api('GET', '/api/v1/me/saved-searches', key)).json() as { savedSearches: { name: string }[] }).savedSearches
      .map((s) => s.name)
      .sort();

  before(async () => {
    coder = new TestClient(u.t.app, {}, '10.9.0.1');
    other = new TestClient(u.t.app, {}, '10.9.0.2');
    coderEmail = `alerts-coder-${u.dialect}@example.org`;
    coderKey = await register(coder, coderEmail);
    otherKey = await register(other, `alerts-other-${u.dialect}@example.org`);
    careers = createCareersDeps({ db: u.t.database.db, now, publicUrl: PUBLIC_URL });
  });

  test('a guest is sent to log in, and the API answers 401', async () => {
    const guest = new TestClient(u.t.app);
    const page = await guest.get('/jobs/alerts');
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/login?next=%2Fjobs%2Falerts');
    const r = await u.t.app.inject({ method: 'GET', url: '/api/v1/me/saved-searches' });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().error.code, 'AUTH_REQUIRED');
  });

  test('saves the posted filters from the form (CSRF), lists them, keeps the input when refused', async () => {
    const noToken = await coder.post('/jobs/alerts', { name: 'x', credential: 'CPC' });
    assert.equal(noToken.statusCode, 403);
    const saved = await coder.submit('/jobs/alerts', '/jobs/alerts', {
      name: 'Remote CPC from Texas',
      credential: 'CPC',
      remote: 'true',
      state: 'TX',
      page: '2',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/jobs/alerts?saved=1');
    const list = await coder.get('/jobs/alerts?saved=1');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Your search is saved/);
    assert.match(list.body, /<a href="\/jobs\?state=TX&amp;remote=true&amp;credential=CPC">Remote CPC from Texas<\/a>/);
    assert.match(list.body, /action="\/jobs\/alerts\/[0-9a-f-]+\/delete"/);
    const bad = await coder.submit('/jobs/alerts', '/jobs/alerts', { name: 'Keep this name', credential: 'CPA' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /credential: &quot;CPA&quot; is not one of the allowed values/);
    assert.match(bad.body, /name="name"[^>]*value="Keep this name"/);
    assert.match(bad.body, /<input type="hidden" name="credential" value="CPA"/);
    assert.deepEqual(await savedNames(coderKey), ['Remote CPC from Texas']);
  });

  test('the API saves, lists and deletes by API key; JSON only', async () => {
    const created = await api('POST', '/api/v1/me/saved-searches', coderKey, {
      name: 'CDI anywhere',
      filters: { setting: 'cdi' },
    });
    assert.equal(created.statusCode, 201);
    const body = created.json();
    assert.equal(body.name, 'CDI anywhere');
    assert.deepEqual(body.filters, { setting: 'cdi' });
    assert.equal(body.url, `${PUBLIC_URL}/jobs?setting=cdi`);
    assert.deepEqual(await savedNames(coderKey), ['CDI anywhere', 'Remote CPC from Texas']);
    const form = await api(
      'POST',
      '/api/v1/me/saved-searches',
      coderKey,
      'name=x',
      'application/x-www-form-urlencoded',
    );
    assert.equal(form.statusCode, 400);
    assert.equal(form.json().error.code, 'BAD_INPUT');
    const badFilter = await api('POST', '/api/v1/me/saved-searches', coderKey, { filters: { remote: 'maybe' } });
    assert.equal(badFilter.statusCode, 400);
    assert.equal(badFilter.json().error.code, 'CAREERS_BAD_FILTER');
    const deleted = await api('DELETE', `/api/v1/me/saved-searches/${body.id}`, coderKey);
    assert.equal(deleted.statusCode, 204);
    assert.deepEqual(await savedNames(coderKey), ['Remote CPC from Texas']);
  });

  test("another user cannot delete someone's saved search: 404 by API and by form", async () => {
    const mine = (await api('GET', '/api/v1/me/saved-searches', coderKey)).json().savedSearches[0];
    const byKey = await api('DELETE', `/api/v1/me/saved-searches/${mine.id}`, otherKey);
    assert.equal(byKey.statusCode, 404);
    assert.equal(byKey.json().error.code, 'CAREERS_NOT_FOUND');
    const byForm = await other.submit('/jobs/alerts', `/jobs/alerts/${mine.id}/delete`, {});
    assert.equal(byForm.statusCode, 404);
    assert.deepEqual(await api('GET', '/api/v1/me/saved-searches', otherKey).then((r) => r.json()), {
      savedSearches: [],
    });
    assert.deepEqual(await savedNames(coderKey), ['Remote CPC from Texas']);
  });

  test('the digest mail carries the unsubscribe link; it works without a session, a tampered one is refused', async () => {
    const admin = await createUser(
      u.t.database.db,
      { email: `alerts-admin-${u.dialect}@example.org`, password: PASSWORD, role: 'admin' },
      clock,
    );
    const actor = { id: admin.id, role: admin.role };
    clock = new Date(clock.getTime() + 3600_000);
    const job = await createJob(careers, actor, validJob({ title: 'Remote Coder for the alerts test' }));
    await publishJob(careers, actor, job.id);
    const coderId = (
      await u.t.database.db.selectFrom('users').select('id').where('email', '=', coderEmail).executeTakeFirstOrThrow()
    ).id;
    const schedule = await u.t.database.db
      .selectFrom('careers_digest_schedules')
      .select('next_digest_at')
      .where('user_id', '=', coderId)
      .executeTakeFirstOrThrow();
    clock = new Date(Date.parse(schedule.next_digest_at) + 60_000);
    const outcome = await runSearchDigest(
      { db: u.t.database.db, now, publicUrl: PUBLIC_URL, jobIndex: new JobIndex() },
      { userId: coderId, dueAt: schedule.next_digest_at },
    );
    assert.equal(outcome, 'sent');
    const mail = await u.sink.waitFor((m) => m.to.includes(coderEmail));
    assert.ok(mail.text.includes(`${PUBLIC_URL}/jobs/${job.id}`));
    const link = /Stop this alert: (\S+)/.exec(mail.text)?.[1] as string;
    assert.ok(link.startsWith(`${PUBLIC_URL}/jobs/alerts/unsubscribe?token=`));
    const path = link.slice(PUBLIC_URL.length);
    const headers = (mail.raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
    assert.match(headers, /^List-Unsubscribe: <http:\/\/codedesk\.test\/jobs\/alerts\/unsubscribe\?token=[^>]+>\r?$/m);
    assert.match(headers, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);

    const stranger = new TestClient(u.t.app, {}, '10.9.0.3');
    const confirm = await stranger.get(path);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Remove this saved search and stop its daily mail/);
    assert.match(confirm.body, /<li>Remote CPC from Texas<\/li>/);
    assert.match(confirm.body, /<form action="\/jobs\/alerts\/unsubscribe\?token=[^"]+" method="post">/);
    // the last character of the signature changed, and another search's id under this signature
    const token = decodeURIComponent(path.split('token=')[1] as string);
    const tampered = [
      token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
      token.replace(/^u1\.s\.[0-9a-f-]+/, `u1.s.${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`),
      '',
    ];
    for (const bad of tampered) {
      const url = `/jobs/alerts/unsubscribe?token=${encodeURIComponent(bad)}`;
      const get = await stranger.get(url);
      assert.equal(get.statusCode, 400, bad);
      assert.match(get.body, /This unsubscribe link is not valid/);
      const post = await stranger.post(url, { 'List-Unsubscribe': 'One-Click' });
      assert.equal(post.statusCode, 400);
    }
    assert.deepEqual(await savedNames(coderKey), ['Remote CPC from Texas']);
    const done = await stranger.post(path, { 'List-Unsubscribe': 'One-Click' });
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /These saved searches are removed/);
    assert.match(done.body, /<li>Remote CPC from Texas<\/li>/);
    assert.deepEqual(await savedNames(coderKey), []);
    const again = await stranger.post(path, {});
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /nothing left to remove/);
  });

  test('a one-click POST to the List-Unsubscribe address works with a multipart body too', async () => {
    await api('POST', '/api/v1/me/saved-searches', coderKey, { name: 'Auditing', filters: { setting: 'auditing' } });
    const mail = u.sink.messages.find((m) => m.to.includes(coderEmail));
    const headers = (mail?.raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
    const all = /^List-Unsubscribe: <http:\/\/codedesk\.test([^>]+)>/m.exec(headers)?.[1] as string;
    const boundary = 'x-one-click';
    const r = await u.t.app.inject({
      method: 'POST',
      url: all,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(await savedNames(coderKey), []);
  });

  test('the owner deletes a saved search from the list', async () => {
    await api('POST', '/api/v1/me/saved-searches', coderKey, { name: 'To delete', filters: { codeSet: 'CPT' } });
    const page = await coder.get('/jobs/alerts');
    const action = /action="(\/jobs\/alerts\/[0-9a-f-]+\/delete)"/.exec(page.body)?.[1] as string;
    const r = await coder.submit('/jobs/alerts', action, {});
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/jobs/alerts?deleted=1');
    assert.deepEqual(await savedNames(coderKey), []);
  });

  test('/jobs offers "Save this search" with its filters; a guest is offered to log in and come back', async () => {
    const search = '/jobs?remote=true&credential=CPC-A';
    const page = await coder.get(search);
    const form = /<form class="save-search" action="\/jobs\/alerts" method="post">([\s\S]*?)<\/form>/.exec(
      page.body,
    )?.[1];
    assert.ok(form, 'the save form is on the page');
    assert.match(form, /<input type="hidden" name="credential" value="CPC-A"\/>/);
    assert.match(form, /<input type="hidden" name="remote" value="true"\/>/);
    const r = await coder.submit(search, '/jobs/alerts', {
      credential: 'CPC-A',
      remote: 'true',
      name: 'From the page',
    });
    assert.equal(r.statusCode, 303);
    assert.ok((await savedNames(coderKey)).includes('From the page'));
    const guestPage = await new TestClient(u.t.app).get(search);
    assert.match(
      guestPage.body,
      /<a href="\/login\?next=[^"]*credential%3DCPC-A[^"]*">Log in to save this search<\/a>/,
    );
  });

  test('the saved-search API routes are in the OpenAPI document', async () => {
    const doc = (await new TestClient(u.t.app).get('/api/v1/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    assert.deepEqual(Object.keys(doc.paths['/me/saved-searches'] ?? {}).sort(), ['get', 'post']);
    assert.deepEqual(Object.keys(doc.paths['/me/saved-searches/{id}'] ?? {}), ['delete']);
  });
});
