// Password reset over HTTP on SQLite and PostgreSQL, with mail through a real SMTP server on loopback: a refused
// new password keeps the link, a reset or a password change ends the older links, and asking for a reset takes
// the same time whether or not the address has an account (the mail leaves after the answer).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';

const PASSWORD = 'a long enough password';
const LINK = /http:\/\/codedesk\.test(\/password-reset\/[A-Za-z0-9_-]+)/;

describeEachApp('password reset over HTTP', { env: { RATE_LIMIT_PER_MINUTE: '100000' } }, (u) => {
  /** asks for a reset link for the address and returns its path, from the mail that arrives */
  const resetLink = async (c: TestClient, email: string): Promise<string> => {
    const seen = new Set(u.sink.messages);
    const r = await c.submit('/password-reset', '/password-reset', { email });
    assert.equal(r.statusCode, 200);
    const mail = await u.sink.waitFor((m) => !seen.has(m) && m.to.includes(email) && /Reset your/.test(m.subject));
    const link = LINK.exec(mail.text)?.[1];
    assert.ok(link, mail.text);
    return link;
  };

  test('a too-short password posted to /password-reset/:token used up the link: the valid retry works', async () => {
    await createUser(u.t.database.db, { email: 'hana@example.org', password: PASSWORD, role: 'member' }, new Date());
    const c = new TestClient(u.t.app, {}, '10.6.0.1');
    const link = await resetLink(c, 'hana@example.org');
    const short = await c.submit(link, link, { password: 'short' });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /at least 12 characters/);
    const retry = await c.submit(link, link, { password: 'hanas new long password' });
    assert.equal(retry.statusCode, 303, retry.body.slice(0, 300));
    assert.equal(retry.headers.location, '/login?reset=1');
    const login = await c.submit('/login', '/login', {
      email: 'hana@example.org',
      password: 'hanas new long password',
    });
    assert.equal(login.statusCode, 303);
  });

  test('older reset links kept working after a reset or a password change: both end every older link', async () => {
    await createUser(u.t.database.db, { email: 'ivo@example.org', password: PASSWORD, role: 'member' }, new Date());
    const c = new TestClient(u.t.app, {}, '10.6.0.2');
    const older = await resetLink(c, 'ivo@example.org');
    const newer = await resetLink(c, 'ivo@example.org');
    assert.equal((await c.submit(newer, newer, { password: 'ivos second password' })).statusCode, 303);
    const stale = await c.get(older);
    assert.equal(stale.statusCode, 400);
    assert.match(stale.body, /not valid any more/);
    // a change of password on the account page ends the links asked for before it
    const third = await resetLink(c, 'ivo@example.org');
    const me = new TestClient(u.t.app, {}, '10.6.0.3');
    assert.equal(
      (await me.submit('/login', '/login', { email: 'ivo@example.org', password: 'ivos second password' })).statusCode,
      303,
    );
    const changed = await me.submit('/account', '/account/password', {
      current: 'ivos second password',
      password: 'ivos third password',
    });
    assert.equal(changed.statusCode, 200);
    assert.equal((await c.get(third)).statusCode, 400);
  });
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

describeEachApp(
  'asking for a reset with a slow mail relay',
  { sink: { delayMs: 200 }, env: { AUTH_ATTEMPTS_PER_15_MINUTES: '1000', RATE_LIMIT_PER_MINUTE: '100000' } },
  (u) => {
    test('a reset request took 110 ms for an existing address and 2 ms for an unknown one: the times overlap', async (tc) => {
      const n = 20;
      const existing = Array.from({ length: n }, (_, i) => `timed${i}@example.org`);
      for (const email of existing)
        await createUser(u.t.database.db, { email, password: PASSWORD, role: 'member' }, new Date());
      const c = new TestClient(u.t.app, {}, '10.7.0.1');
      const csrf = csrfOf((await c.get('/password-reset')).body);
      const timed = async (email: string) => {
        const start = performance.now();
        const r = await c.post('/password-reset', { email, _csrf: csrf });
        const ms = performance.now() - start;
        assert.equal(r.statusCode, 200);
        assert.match(r.body, /If an account exists for that address/);
        return ms;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      // interleaved, so that whatever else loads the machine weighs on both alike
      for (let i = 0; i < n; i++) {
        known.push(await timed(existing[i] as string));
        unknown.push(await timed(`nobody${i}@example.org`));
      }
      const gap = Math.abs(median(known) - median(unknown));
      tc.diagnostic(
        `medians: ${median(known).toFixed(1)} ms with an account, ${median(unknown).toFixed(1)} ms without`,
      );
      assert.ok(
        gap < 10,
        `medians ${median(known).toFixed(1)} ms (accounts) and ${median(unknown).toFixed(1)} ms (no account) differ by ${gap.toFixed(1)} ms`,
      );
      // every mail still leaves, after the answers
      for (const email of existing) await u.sink.waitFor((m) => m.to.includes(email), 30_000);
    });
  },
);
