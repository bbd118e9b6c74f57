// Behind a reverse proxy and over TLS, on SQLite and PostgreSQL: which client address the app believes
// (TRUST_PROXY as a hop count or as the proxies' addresses; the client controls the left of X-Forwarded-For),
// so that the log in rate limit and the guest per-address cap hold; and what only a TLS request gets: Secure
// cookies (session, guest and the CSRF secret), Strict-Transport-Security and upgrade-insecure-requests.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUser } from '../accounts/index.js';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { csrfOf } from './test-support/client.js';
import { type Dialect, startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
const PAGES = ['/codes/icd10cm/E11.9', '/codes/icd10cm/S72.001A', '/codes/hcpcs/J1100', '/codes/icd10cm/E11.65'];
const locked = (body: string) => /class="meter locked-banner"/.test(body);
/** the proxy in front of the app (inject's remote address) */
const PROXY = '10.0.0.1';

interface From {
  /** the socket's address: the proxy, or a client reaching the app directly */
  remote?: string;
  /** X-Forwarded-For as the last proxy sends it: whatever the client sent, then what each proxy appended */
  xff?: string;
  https?: boolean;
  cookie?: string;
}

function headersOf(from: From): Record<string, string> {
  return {
    accept: 'text/html',
    ...(from.xff ? { 'x-forwarded-for': from.xff } : {}),
    ...(from.https ? { 'x-forwarded-proto': 'https' } : {}),
    ...(from.cookie ? { cookie: from.cookie } : {}),
  };
}

const get = (app: FastifyInstance, url: string, from: From) =>
  app.inject({ method: 'GET', url, remoteAddress: from.remote ?? PROXY, headers: headersOf(from) });

let attempts = 0;
/**
 * GET /login then POST it (with the page's CSRF cookie and token): a log in attempt from that client. Each
 * attempt names another unknown address, so that only the per-address limit is in play, not the per-account one.
 */
async function logInAttempt(
  app: FastifyInstance,
  from: From,
  email = `nobody-${++attempts}@example.org`,
  password = 'wrong!',
) {
  const page = await get(app, '/login', from);
  const cookie = cookiesOf(page)
    .map((c) => c.split(';')[0])
    .join('; ');
  return app.inject({
    method: 'POST',
    url: '/login',
    remoteAddress: from.remote ?? PROXY,
    payload: new URLSearchParams({ email, password, _csrf: csrfOf(page.body) }).toString(),
    headers: { ...headersOf({ ...from, cookie }), 'content-type': 'application/x-www-form-urlencoded' },
  });
}

function cookiesOf(r: LightMyRequestResponse): string[] {
  return ([] as string[]).concat(r.headers['set-cookie'] ?? []);
}
const cookieNamed = (r: LightMyRequestResponse, name: string) => cookiesOf(r).find((c) => c.startsWith(`${name}=`));

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`behind a reverse proxy on ${dialect}`, { skip }, () => {
    let t: TestApp;
    /** TRUST_PROXY=1: one reverse proxy (nginx appending $proxy_add_x_forwarded_for) */
    let oneHop: FastifyInstance;
    /** TRUST_PROXY=10.0.0.1: the proxy named by its address */
    let byAddress: FastifyInstance;
    /** TRUST_PROXY=2: a load balancer, then nginx */
    let twoHops: FastifyInstance;
    before(async () => {
      const env = {
        AUTH_ATTEMPTS_PER_15_MINUTES: '3',
        GUEST_CODE_VIEWS: '1',
        GUEST_VIEWS_PER_ADDRESS_PER_DAY: '3',
        RATE_LIMIT_PER_MINUTE: '100000',
      };
      // the plain install: no TRUST_PROXY
      t = await startMiniApp({ dialect, env });
      oneHop = await t.variant({ TRUST_PROXY: '1' });
      byAddress = await t.variant({ TRUST_PROXY: `${PROXY}, 192.0.2.0/24` });
      twoHops = await t.variant({ TRUST_PROXY: '2' });
      await createUser(t.database.db, { email: 'tls@example.org', password: PASSWORD, role: 'member' }, new Date());
    });
    after(async () => {
      await t?.close();
    });

    test('TRUST_PROXY=1 trusted the client-controlled first X-Forwarded-For entry: rotating it escaped the log in rate limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await logInAttempt(oneHop, { xff: `198.51.100.${i}, 203.0.113.7` })).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
      // another client behind the same proxy is its own count
      assert.equal((await logInAttempt(oneHop, { xff: '198.51.100.1, 203.0.113.8' })).statusCode, 401);
      assert.equal((await logInAttempt(oneHop, { xff: '203.0.113.9' })).statusCode, 401);
    });

    test('TRUST_PROXY=1 trusted the client-controlled first X-Forwarded-For entry: cookie-less guests escaped the per-address cap', async () => {
      const pages = [...PAGES, PAGES[0] as string];
      const lockedAt: boolean[] = [];
      for (const [i, url] of pages.entries())
        lockedAt.push(locked((await get(oneHop, url, { xff: `198.51.100.${i}, 203.0.113.20` })).body));
      // three a day from 203.0.113.20 (GUEST_VIEWS_PER_ADDRESS_PER_DAY=3), then the lock, whatever the first entry
      assert.deepEqual(lockedAt, [false, false, false, true, true]);
      const capped = await get(oneHop, PAGES[3] as string, { xff: '198.51.100.77, 203.0.113.20' });
      assert.match(capped.body, /Guest views from your network are used up for today/);
      // a different client behind the proxy still reads
      assert.ok(!locked((await get(oneHop, PAGES[3] as string, { xff: '198.51.100.77, 203.0.113.21' })).body));
    });

    test('TRUST_PROXY as addresses: only the named proxies are believed; a client reaching the app directly is itself', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await logInAttempt(byAddress, { xff: `198.51.100.${i}, 203.0.113.30` })).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      // a proxy inside the trusted 192.0.2.0/24 too
      assert.equal((await logInAttempt(byAddress, { remote: '192.0.2.9', xff: '203.0.113.30' })).statusCode, 429);
      // a client that is not a trusted proxy: its X-Forwarded-For is ignored, rotating or borrowed
      const direct: number[] = [];
      for (let i = 0; i < 4; i++)
        direct.push(
          (await logInAttempt(byAddress, { remote: '198.51.100.50', xff: `203.0.113.${40 + i}` })).statusCode,
        );
      assert.deepEqual(direct, [401, 401, 401, 429]);
      assert.equal((await logInAttempt(byAddress, { remote: '198.51.100.51', xff: '203.0.113.30' })).statusCode, 401);
    });

    test('TRUST_PROXY=2: the address the outer proxy saw, two hops back', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await logInAttempt(twoHops, { xff: `198.51.100.${i}, 203.0.113.60, 10.0.0.2` })).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      assert.equal((await logInAttempt(twoHops, { xff: '203.0.113.61, 10.0.0.2' })).statusCode, 401);
    });

    test('without TRUST_PROXY, X-Forwarded-For is ignored: the socket address is the client', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await logInAttempt(t.app, { remote: '198.51.100.70', xff: `203.0.113.${i}` })).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    });

    test('the _csrf cookie was not Secure behind a TLS proxy: every cookie is Secure over TLS, none over plain HTTP', async () => {
      const plain = await get(oneHop, '/login', { xff: '203.0.113.80' });
      const csrfPlain = cookieNamed(plain, '_csrf');
      assert.ok(csrfPlain);
      assert.match(csrfPlain, /HttpOnly/);
      assert.match(csrfPlain, /SameSite=Lax/);
      assert.doesNotMatch(csrfPlain, /Secure/);
      const tls = await get(oneHop, '/login', { xff: '203.0.113.80', https: true });
      const csrfTls = cookieNamed(tls, '_csrf');
      assert.ok(csrfTls);
      assert.match(csrfTls, /; Secure/);
      assert.match(csrfTls, /HttpOnly/);
      // the session and the guest id too
      const login = await logInAttempt(oneHop, { xff: '203.0.113.81', https: true }, 'tls@example.org', PASSWORD);
      assert.equal(login.statusCode, 303);
      assert.match(cookieNamed(login, 'cd_session') ?? '', /; Secure/);
      const guest = await get(oneHop, PAGES[0] as string, { xff: '203.0.113.82', https: true });
      assert.match(cookieNamed(guest, 'cd_guest') ?? '', /; Secure/);
      const guestPlain = await get(oneHop, PAGES[0] as string, { xff: '203.0.113.83' });
      assert.doesNotMatch(cookieNamed(guestPlain, 'cd_guest') ?? '', /Secure/);
      // X-Forwarded-Proto from a client the app does not trust is ignored
      const spoofed = await get(t.app, '/login', { remote: '198.51.100.90', https: true });
      assert.doesNotMatch(cookieNamed(spoofed, '_csrf') ?? '', /Secure/);
    });

    test('upgrade-insecure-requests and Strict-Transport-Security were sent over plain HTTP: only over TLS now', async () => {
      for (const url of ['/', '/login', '/assets/site.css', '/api/v1/search?q=diabetes']) {
        const plain = await get(oneHop, url, { xff: '203.0.113.90' });
        const csp = plain.headers['content-security-policy'] as string;
        assert.match(csp, /default-src 'self'/, url);
        assert.doesNotMatch(csp, /upgrade-insecure-requests/, url);
        assert.equal(plain.headers['strict-transport-security'], undefined, url);
        const tls = await get(oneHop, url, { xff: '203.0.113.90', https: true });
        assert.match(tls.headers['content-security-policy'] as string, /default-src 'self'/, url);
        assert.match(tls.headers['content-security-policy'] as string, /upgrade-insecure-requests/, url);
        assert.match(tls.headers['strict-transport-security'] as string, /max-age=\d+/, url);
      }
      // a plain-HTTP install without a proxy (http://host:3000), even when a client claims TLS
      for (const from of [{}, { remote: '198.51.100.91', https: true }]) {
        const r = await get(t.app, '/', from);
        assert.doesNotMatch(r.headers['content-security-policy'] as string, /upgrade-insecure-requests/);
        assert.equal(r.headers['strict-transport-security'], undefined);
      }
    });
  });
}
