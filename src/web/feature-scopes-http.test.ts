// What the feature plugins' scopes decide (features/, app.ts), on the mini catalog and SQLite: each body-reading
// route's own body limit, the role hooks of the admin and editor scopes (refusing as the handlers did before, and
// only inside their scopes), and probes and assets answered outside the authenticated scope.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { CLAIM_JSON_BODY_LIMIT, DEFAULT_BODY_LIMIT } from './body-limits.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
const JSON_TYPE = { 'content-type': 'application/json' };

describe('feature scopes', () => {
  let t: TestApp;
  before(async () => {
    t = await startMiniApp({ env: { AUTH_ATTEMPTS_PER_15_MINUTES: '1000', RATE_LIMIT_PER_MINUTE: '100000' } });
    const now = new Date();
    for (const role of ['member', 'editor', 'admin'] as const)
      await createUser(t.database.db, { email: `${role}@example.org`, password: PASSWORD, role }, now);
  });
  after(async () => {
    await t?.close();
  });

  const signedIn = async (role: 'member' | 'editor' | 'admin') => {
    const c = new TestClient(t.app);
    const r = await c.submit('/login', '/login', { email: `${role}@example.org`, password: PASSWORD });
    assert.equal(r.statusCode, 303);
    return c;
  };

  /** a JSON document of exactly `bytes` bytes */
  const jsonOf = (bytes: number) => {
    const shell = '{"dateOfService":""}';
    return `{"dateOfService":"${'x'.repeat(bytes - shell.length)}"}`;
  };

  describe('body limits per route', () => {
    test('the claim API takes what it took (256 KB): a body just inside is read, one byte more is refused', async () => {
      assert.equal(CLAIM_JSON_BODY_LIMIT, 256 * 1024);
      const inside = await t.app.inject({
        method: 'POST',
        url: '/api/v1/claims/check',
        headers: JSON_TYPE,
        payload: jsonOf(CLAIM_JSON_BODY_LIMIT),
      });
      assert.equal(inside.statusCode, 400, inside.body.slice(0, 200));
      assert.equal(inside.json().error.code, 'CLAIM_INVALID');
      const over = await t.app.inject({
        method: 'POST',
        url: '/api/v1/claims/check',
        headers: JSON_TYPE,
        payload: jsonOf(CLAIM_JSON_BODY_LIMIT + 1),
      });
      assert.equal(over.statusCode, 413);
      assert.deepEqual(over.json(), {
        error: { code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${CLAIM_JSON_BODY_LIMIT} bytes` },
      });
    });

    test('a body sent without a length is counted as it arrives, against the same limit', async () => {
      const over = await t.app.inject({
        method: 'POST',
        url: '/api/v1/claims/check',
        headers: JSON_TYPE,
        payload: Readable.from([jsonOf(CLAIM_JSON_BODY_LIMIT + 1)]),
      });
      assert.equal(over.statusCode, 413);
      assert.equal(over.json().error.code, 'PAYLOAD_TOO_LARGE');
      assert.match(over.json().error.message, new RegExp(`${CLAIM_JSON_BODY_LIMIT} bytes`));
    });

    test('a route with a larger limit takes a body the others refuse, and refuses past its own', async () => {
      const app = await t.variant({});
      const UPLOAD_LIMIT = 1024 * 1024;
      // test-only: the shape of an upload route (a résumé), in a scope of its own as a feature would be
      await app.register(async (scope) => {
        scope.post('/test-only/upload', { bodyLimit: UPLOAD_LIMIT }, async (req) => ({
          bytes: JSON.stringify(req.body).length,
        }));
      });
      const body = jsonOf(300_000);
      const upload = await app.inject({ method: 'POST', url: '/test-only/upload', headers: JSON_TYPE, payload: body });
      assert.equal(upload.statusCode, 200, upload.body.slice(0, 200));
      assert.equal(upload.json().bytes, 300_000);
      for (const url of ['/api/v1/claims/check', '/claims', '/login']) {
        const r = await app.inject({
          method: 'POST',
          url,
          headers: { ...JSON_TYPE, accept: 'application/json' },
          payload: body,
        });
        assert.equal(r.statusCode, 413, url);
        assert.equal(r.json().error.code, 'PAYLOAD_TOO_LARGE', url);
      }
      const tooBig = await app.inject({
        method: 'POST',
        url: '/test-only/upload',
        headers: JSON_TYPE,
        payload: jsonOf(UPLOAD_LIMIT + 1),
      });
      assert.equal(tooBig.statusCode, 413);
      assert.match(tooBig.json().error.message, new RegExp(`${UPLOAD_LIMIT} bytes`));
      // a URL no route answers keeps the app's default
      const nowhere = await app.inject({ method: 'POST', url: '/nowhere', headers: JSON_TYPE, payload: body });
      assert.equal(nowhere.statusCode, 413);
      assert.match(nowhere.json().error.message, new RegExp(`${DEFAULT_BODY_LIMIT} bytes`));
    });
  });

  describe('role hooks of the admin and editor scopes', () => {
    test('a guest gets 401 and a member 403 on every admin and editor page, as before', async () => {
      const guest = new TestClient(t.app);
      const member = await signedIn('member');
      for (const url of [
        '/admin/users',
        '/editor',
        '/editor/open?system=icd10cm&code=E11.9',
        '/editor/codes/icd10cm/E11.9',
      ]) {
        const asGuest = await guest.get(url);
        assert.equal(asGuest.statusCode, 401, url);
        assert.match(asGuest.body, /Log in first/, url);
        const asMember = await member.get(url);
        assert.equal(asMember.statusCode, 403, url);
        assert.match(asMember.body, /This needs the (admin|editor) role/, url);
        const json = await member.get(url, { accept: 'application/json' });
        assert.equal(json.json().error.code, 'FORBIDDEN', url);
        const cookie = [...member.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        assert.equal((await t.app.inject({ method: 'HEAD', url })).statusCode, 401, `HEAD ${url}`);
        assert.equal((await t.app.inject({ method: 'HEAD', url, headers: { cookie } })).statusCode, 403, `HEAD ${url}`);
      }
      const apiGuest = await t.app.inject({ url: '/admin/users', headers: { accept: 'application/json' } });
      assert.equal(apiGuest.json().error.code, 'AUTH_REQUIRED');
      assert.equal(apiGuest.headers['www-authenticate'], 'Bearer');
    });

    test('the editor reads the editor pages but not the admin pages; a member cannot post to either', async () => {
      const editor = await signedIn('editor');
      assert.equal((await editor.get('/editor')).statusCode, 200);
      assert.equal((await editor.get('/editor/codes/icd10cm/E11.9')).statusCode, 200);
      assert.equal((await editor.get('/admin/users')).statusCode, 403);
      const admin = await signedIn('admin');
      const listing = await admin.get('/admin/users?q=member');
      assert.equal(listing.statusCode, 200);
      const id = /action="\/admin\/users\/([^"]+)"/.exec(listing.body)?.[1] as string;
      const member = await signedIn('member');
      const token = csrfOf((await member.get('/')).body);
      const promote = await member.post(`/admin/users/${id}`, { _csrf: token, role: 'admin' });
      assert.equal(promote.statusCode, 403);
      const tip = await member.post('/editor/codes/icd10cm/E11.9', { _csrf: token, field: 'tip', body: 'x' });
      assert.equal(tip.statusCode, 403);
      const user = await t.database.db.selectFrom('users').select('role').where('id', '=', id).executeTakeFirst();
      assert.equal(user?.role, 'member');
    });

    test('routes outside the scopes are unaffected: a member reads the site, a guest gets 404 for no such page', async () => {
      const member = await signedIn('member');
      for (const url of ['/', '/account', '/claims', '/search?q=diabetes', '/codes/icd10cm/E11.9', '/browse', '/docs'])
        assert.equal((await member.get(url)).statusCode, 200, url);
      const guest = new TestClient(t.app);
      for (const url of ['/admin/nope', '/editor/nope', '/admin', '/editor/'])
        assert.equal((await guest.get(url)).statusCode, 404, url);
    });
  });

  test('probes and assets answer outside the authenticated scope: no session is looked up, no cookie is set', async () => {
    // a Bearer header that is not a key is refused wherever someone is looked up; the probes and assets never look
    const bad = { authorization: 'Bearer two words' };
    for (const url of ['/health', '/ready', '/assets/site.css', '/assets/app.js']) {
      const r = await t.app.inject({ url, headers: bad });
      assert.equal(r.statusCode, 200, url);
      assert.equal(r.headers['set-cookie'], undefined, url);
    }
    const page = await t.app.inject({ url: '/', headers: bad });
    assert.equal(page.statusCode, 401);
    assert.equal(page.json().error.code, 'AUTH_INVALID_API_KEY');
  });
});
