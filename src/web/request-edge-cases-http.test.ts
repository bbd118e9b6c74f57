// Requests that are legal but unusual, on SQLite and PostgreSQL: HEAD on metered pages (never counted), a
// log in's `next` with characters a Location header cannot carry or that lead off the site, and Authorization
// headers of other schemes (HTTP basic auth at a proxy in front of the app).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { TestClient } from './test-support/client.js';
import { type Dialect, memberWithApiKey, startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
const locked = (body: string) => /class="meter locked-banner"/.test(body);
const BASIC = `Basic ${Buffer.from('staff:proxy password').toString('base64')}`;

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`unusual requests on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let userId = '';
    let apiKey = '';
    before(async () => {
      t = await startMiniApp({
        dialect,
        env: {
          GUEST_CODE_VIEWS: '1',
          GUEST_VIEWS_PER_ADDRESS_PER_DAY: '2',
          AUTH_ATTEMPTS_PER_15_MINUTES: '1000',
          RATE_LIMIT_PER_MINUTE: '100000',
        },
      });
      const { user, key } = await memberWithApiKey(t.database, 'next@example.org', PASSWORD);
      userId = user.id;
      apiKey = key;
    });
    after(async () => {
      await t?.close();
    });

    const countRows = async (table: 'code_views' | 'sessions', where?: string) => {
      let q = t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
      if (table === 'sessions' && where) q = q.where('user_id', '=', where);
      return Number((await q.executeTakeFirstOrThrow()).n);
    };

    test('HEAD spent metered views: HEAD of code pages and the code API counts nothing and makes no guest', async () => {
      const head = (url: string, headers: Record<string, string> = {}) =>
        t.app.inject({ method: 'HEAD', url, remoteAddress: '10.6.0.1', headers: { accept: 'text/html', ...headers } });
      for (const url of [
        '/codes/icd10cm/E11.9',
        '/codes/icd10cm/S72.001A',
        '/codes/hcpcs/J1100',
        '/api/v1/codes/icd10cm/E11.65',
        '/api/v1/codes/icd10cm/E11.A',
      ]) {
        const r = await head(url);
        assert.equal(r.statusCode, 200, url);
        assert.equal(r.body, '');
        assert.ok(!([] as string[]).concat(r.headers['set-cookie'] ?? []).some((c) => c.startsWith('cd_guest=')), url);
      }
      assert.equal(await countRows('code_views'), 0, 'no view counted');
      // a guest with its one view used: HEAD still counts nothing
      const guest = new TestClient(t.app, {}, '10.6.0.1');
      assert.ok(!locked((await guest.get('/codes/icd10cm/E11.9')).body));
      const cookie = [...guest.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      assert.equal((await head('/codes/icd10cm/E11.65', { cookie })).statusCode, 200);
      assert.equal((await head('/api/v1/codes/icd10cm/E11.65', { cookie })).statusCode, 402, 'as GET would answer');
      assert.equal(await countRows('code_views'), 1);
      // the address's daily cap (2) was not spent by the HEADs either: a second guest still reads a full page
      assert.ok(!locked((await new TestClient(t.app, {}, '10.6.0.1').get('/codes/hcpcs/J1100')).body));
      assert.ok(locked((await new TestClient(t.app, {}, '10.6.0.1').get('/codes/icd10cm/E11.A')).body));
    });

    test('POST /login with control or non-Latin-1 characters in next: a raw 500 and an orphan session', async () => {
      const cases: [string, string][] = [
        ['/\u0000', '/account'],
        ['/\u0100', '/%C4%80'],
        ['/é', '/%C3%A9'],
        ['/search?q=a b#top', '/search?q=a%20b#top'],
        ['/search?q=a%20b&system=icd10cm', '/search?q=a%20b&system=icd10cm'],
        ['/codes/icd10cm/E11.9', '/codes/icd10cm/E11.9'],
        ['/100%', '/100%25'],
        ['//evil.example/', '/account'],
        ['/\\evil.example/', '/account'],
        ['/\t/evil.example/', '/account'],
        ['/\r\nSet-Cookie: x=1', '/account'],
        ['/\u0085', '/account'],
        ['https://evil.example/', '/account'],
        ['javascript:alert(1)', '/account'],
        ['account', '/account'],
        [`/${'a'.repeat(600)}`, '/account'],
      ];
      for (const [next, expected] of cases) {
        const c = new TestClient(t.app, {}, '10.8.0.1');
        const before = await countRows('sessions', userId);
        const r = await c.submit('/login', '/login', { email: 'next@example.org', password: PASSWORD, next });
        const label = JSON.stringify(next).slice(0, 40);
        assert.equal(r.statusCode, 303, `${label}: ${r.body.slice(0, 200)}`);
        assert.equal(r.headers.location, expected, label);
        assert.match(r.headers.location as string, /^[\x21-\x7e]+$/, `${label}: printable ASCII only`);
        assert.equal(await countRows('sessions', userId), before + 1, `${label}: one session, and it is used`);
        assert.ok(c.cookies.has('cd_session'), label);
        assert.equal((await c.get('/account')).statusCode, 200, label);
      }
      // a refused log in with a bad next: the form again, nothing else
      const wrong = await new TestClient(t.app, {}, '10.8.0.2').submit('/login', '/login', {
        email: 'next@example.org',
        password: 'not the password',
        next: '/\u0000',
      });
      assert.equal(wrong.statusCode, 401);
    });

    test('every other redirect built from a request stays on the site and is printable', async () => {
      const c = new TestClient(t.app, {}, '10.8.0.3');
      // the log in page keeps next for its form; the account page sends guests to log in and back
      const account = await c.get('/account');
      assert.equal(account.headers.location, '/login?next=/account');
      const page = await c.get(`/login?next=${encodeURIComponent('/\u0100')}`);
      assert.match(page.body, /name="next" value="\/\u0100"/);
      const registered = await c.submit('/register', '/register', {
        email: 'registered@example.org',
        password: PASSWORD,
        role: 'member',
        next: '//evil.example',
      });
      assert.equal(registered.headers.location, '/account');
      const out = await c.submit('/account', '/logout', { next: '//evil.example' });
      assert.equal(out.headers.location, '/');
      // a code page's canonical redirect: the code as the catalog prints it, encoded
      const lower = await c.get('/codes/icd10cm/e11.9');
      assert.equal(lower.headers.location, '/codes/icd10cm/E11.9');
    });

    test('a non-Bearer Authorization header gave 401 everywhere: other schemes are ignored', async () => {
      const urls = ['/', '/login', '/codes/icd10cm/E11.9', '/api/v1/search?q=diabetes', '/api/v1/codes/icd10cm/E11.9'];
      let n = 0;
      for (const authorization of [BASIC, '', 'Negotiate YIIB', 'Digest username="staff"', 'Basic', 'Bearerish x'])
        for (const url of urls) {
          // a guest of its own each time (the meter's per-address cap is not what this is about)
          const remoteAddress = `10.10.1.${++n}`;
          const r = await t.app.inject({ url, remoteAddress, headers: { authorization } });
          assert.equal(r.statusCode, 200, `${JSON.stringify(authorization)} ${url}: ${r.body.slice(0, 200)}`);
        }
      // a session still counts behind basic auth
      const c = new TestClient(t.app, { authorization: BASIC }, '10.10.0.2');
      const login = await c.submit('/login', '/login', { email: 'next@example.org', password: PASSWORD });
      assert.equal(login.statusCode, 303);
      const account = await c.get('/account');
      assert.equal(account.statusCode, 200);
      assert.match(account.body, /next@example.org/);
      // Bearer in any case is the API key scheme: a good key works, a bad or missing one is 401
      for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
        const ok = await t.app.inject({
          url: '/api/v1/codes/icd10cm/E11.9',
          headers: { authorization: `${scheme} ${apiKey}` },
        });
        assert.equal(ok.statusCode, 200, scheme);
        for (const bad of [`${scheme} cdk_nope`, `${scheme}`, `${scheme} `, `${scheme} ${apiKey} extra`]) {
          const r = await t.app.inject({ url: '/api/v1/codes/icd10cm/E11.9', headers: { authorization: bad } });
          assert.equal(r.statusCode, 401, JSON.stringify(bad));
          assert.equal(r.json().error.code, 'AUTH_INVALID_API_KEY');
        }
      }
    });
  });
}
