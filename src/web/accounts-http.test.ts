// Accounts, metering and editorial content over HTTP (inject), on SQLite and PostgreSQL: register, log in,
// log out, password reset through a real SMTP server on loopback, CSRF, session expiry, role checks, API keys,
// the code-page meter for guests, free and paid accounts, and an editor's revision seen by readers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { createMailer } from '../mail/index.js';
import { type SmtpSink, startSmtpSink } from '../mail/test-support/smtp-sink.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { type Dialect, startTestApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
const DAY = 24 * 3600_000;
// codes of the mini catalog, each a full code page
const PAGES = [
  '/codes/icd10cm/E11.9',
  '/codes/icd10cm/S72.001A',
  '/codes/hcpcs/J1100',
  '/codes/icd10cm/E11.65',
  '/codes/icd10cm/E11.A',
  '/codes/icd10cm/S72.001D',
  '/codes/icd10cm/E11',
];
// the lock banner (a page read with the last view also says "0 code page views remaining", but is not locked)
const locked = (body: string) => /class="meter locked-banner"/.test(body) && /0 code page views remaining/.test(body);

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`accounts over HTTP on ${dialect}`, { skip }, () => {
    const dir = tempDir();
    let t: TestApp;
    let sink: SmtpSink;
    let clock = new Date('2026-11-10T12:00:00Z');
    const now = () => clock;
    before(async () => {
      await importCatalog({ from: miniCodesets, dataDir: dir.path });
      sink = await startSmtpSink();
      t = await startTestApp({
        catalogDir: dir.path,
        dialect,
        now,
        mailer: createMailer({ smtpRelayUrl: sink.url, mailFrom: 'CodeDesk <no-reply@codedesk.localhost>' }),
        env: {
          GUEST_CODE_VIEWS: '1',
          FREE_CODE_VIEWS: '5',
          GUEST_VIEWS_PER_ADDRESS_PER_DAY: '3',
          PUBLIC_URL: 'http://codedesk.test',
          RATE_LIMIT_PER_MINUTE: '100000',
        },
      });
    });
    after(async () => {
      await t?.close();
      await sink?.close();
      dir.remove();
    });
    const client = (address = '127.0.0.1') => new TestClient(t.app, {}, address);
    const register = async (c: TestClient, email: string) => {
      const r = await c.submit('/register', '/register', { email, password: PASSWORD, role: 'member' });
      assert.equal(r.statusCode, 303, r.body.slice(0, 300));
      return r;
    };

    test('register: session cookie HttpOnly and SameSite=Lax, the account page shows 5 views', async () => {
      const c = client('10.1.0.1');
      const r = await register(c, 'reader@example.org');
      assert.equal(r.headers.location, '/account');
      const cookie = ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((h) => h.startsWith('cd_session='));
      assert.ok(cookie);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/, 'not over plain HTTP');
      const account = await c.get('/account');
      assert.match(account.body, /reader@example.org/);
      assert.match(account.body, /5 code page views remaining this month/);
      // the same address again: refused, what was typed kept
      const again = await client('10.1.0.1').submit('/register', '/register', {
        email: 'Reader@example.org',
        password: PASSWORD,
        role: 'member',
      });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /already exists/);
      assert.match(again.body, /value="Reader@example.org"/);
      // only member and employer can be chosen
      const admin = await client('10.1.0.1').submit('/register', '/register', {
        email: 'sneaky@example.org',
        password: PASSWORD,
        role: 'admin',
      });
      assert.equal(admin.statusCode, 400);
      const weak = await client('10.1.0.1').submit('/register', '/register', {
        email: 'weak@example.org',
        password: 'short',
        role: 'member',
      });
      assert.equal(weak.statusCode, 400);
      assert.match(weak.body, /at least 12 characters/);
    });

    test('CSRF: a form without the token, or with another visitor’s, is refused with 403', async () => {
      const c = client('10.1.0.2');
      const none = await c.post('/register', { email: 'x@example.org', password: PASSWORD, role: 'member' });
      assert.equal(none.statusCode, 403);
      assert.match(none.body, /form has expired or did not come from this site/);
      const other = client('10.1.0.2');
      const token = csrfOf((await other.get('/login')).body);
      await c.get('/login');
      const foreign = await c.post('/login', { email: 'reader@example.org', password: PASSWORD, _csrf: token });
      assert.equal(foreign.statusCode, 403);
      const api = await t.app.inject({
        method: 'POST',
        url: '/logout',
        headers: { accept: 'application/json' },
      });
      assert.equal(api.statusCode, 403);
      assert.equal(api.json().error.code, 'CSRF_INVALID');
    });

    test('log in, wrong password, log out', async () => {
      const c = client('10.1.0.3');
      const wrong = await c.submit('/login', '/login', { email: 'reader@example.org', password: 'not the password' });
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.body, /do not match an account/);
      assert.match(wrong.body, /value="reader@example.org"/);
      const ok = await c.submit('/login?next=/codes/icd10cm/E11.9', '/login', {
        email: 'reader@example.org',
        password: PASSWORD,
        next: '/codes/icd10cm/E11.9',
      });
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, '/codes/icd10cm/E11.9');
      assert.match((await c.get('/account')).body, /reader@example.org/);
      // an outside address is not followed after log in
      const evil = await c.submit('/login', '/login', {
        email: 'reader@example.org',
        password: PASSWORD,
        next: '//evil.example',
      });
      assert.equal(evil.headers.location, '/account');
      const home = await c.get('/');
      const out = await c.post('/logout', { _csrf: csrfOf(home.body) });
      assert.equal(out.statusCode, 303);
      const after = await c.get('/account');
      assert.equal(after.statusCode, 303);
      assert.match(after.headers.location as string, /^\/login/);
    });

    test('password reset: the mail arrives over SMTP, its link works once, unknown addresses get the same answer', async () => {
      const c = client('10.1.0.4');
      const before = sink.messages.length;
      const unknown = await c.submit('/password-reset', '/password-reset', { email: 'nobody@example.org' });
      assert.equal(unknown.statusCode, 200);
      assert.match(unknown.body, /If an account exists for that address/);
      const r = await c.submit('/password-reset', '/password-reset', { email: 'reader@example.org' });
      assert.equal(r.body.match(/If an account exists for that address/)?.length, 1);
      const isReset = (m: { subject: string }) => /Reset your CodeDesk password/.test(m.subject);
      const mail = await sink.waitFor((m) => m.to.includes('reader@example.org') && isReset(m));
      assert.equal(sink.messages.length, before + 1, 'no mail for the unknown address');
      assert.match(mail.subject, /Reset your CodeDesk password/);
      const link = /http:\/\/codedesk\.test(\/password-reset\/[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(link, mail.text);
      const set = await c.submit(link, link, { password: 'a brand new password' });
      assert.equal(set.statusCode, 303);
      assert.equal(set.headers.location, '/login?reset=1');
      assert.match((await sink.waitFor((m) => /password was changed/.test(m.subject))).text, /reader@example.org/);
      // used once: the link is dead now
      const again = await c.get(link);
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /not valid any more/);
      const old = await c.submit('/login', '/login', { email: 'reader@example.org', password: PASSWORD });
      assert.equal(old.statusCode, 401);
      const fresh = await c.submit('/login', '/login', {
        email: 'reader@example.org',
        password: 'a brand new password',
      });
      assert.equal(fresh.statusCode, 303);
      // back to the original password for the tests below
      const r2 = await c.submit('/password-reset', '/password-reset', { email: 'reader@example.org' });
      assert.equal(r2.statusCode, 200);
      const mail2 = await sink.waitFor((m) => m !== mail && m.to.includes('reader@example.org') && isReset(m));
      const link2 = /http:\/\/codedesk\.test(\/password-reset\/[A-Za-z0-9_-]+)/.exec(mail2.text)?.[1] as string;
      assert.equal((await c.submit(link2, link2, { password: PASSWORD })).statusCode, 303);
    });

    test('change password: needs the current one, ends other sessions, mails a notice', async () => {
      const c = client('10.1.0.8');
      await register(c, 'changer@example.org');
      const other = client('10.1.0.9');
      await other.submit('/login', '/login', { email: 'changer@example.org', password: PASSWORD });
      assert.equal((await other.get('/account')).statusCode, 200);
      const wrong = await c.submit('/account', '/account/password', {
        current: 'not my password',
        password: 'my next long password',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /not the current password/);
      const ok = await c.submit('/account', '/account/password', {
        current: PASSWORD,
        password: 'my next long password',
      });
      assert.equal(ok.statusCode, 200);
      assert.match(ok.body, /Your password is changed/);
      assert.equal((await c.get('/account')).statusCode, 200, 'this browser stays logged in');
      assert.equal((await other.get('/account')).statusCode, 303, 'the other session ended');
      const notice = await sink.waitFor((m) => m.to.includes('changer@example.org'));
      assert.match(notice.subject, /password was changed/);
    });

    test('an expired session is a guest again', async () => {
      const c = client('10.1.0.5');
      await c.submit('/login', '/login', { email: 'reader@example.org', password: PASSWORD });
      assert.equal((await c.get('/account')).statusCode, 200);
      const start = clock;
      clock = new Date(start.getTime() + 8 * DAY);
      try {
        assert.equal((await c.get('/account')).statusCode, 303);
      } finally {
        clock = start;
      }
    });

    test('roles: admin and editor routes refuse guests (401) and other roles (403)', async () => {
      await createUser(t.database.db, { email: 'admin@example.org', password: PASSWORD, role: 'admin' }, clock);
      await createUser(t.database.db, { email: 'editor@example.org', password: PASSWORD, role: 'editor' }, clock);
      const guest = client('10.1.0.6');
      const member = client('10.1.0.6');
      await member.submit('/login', '/login', { email: 'reader@example.org', password: PASSWORD });
      const editor = client('10.1.0.6');
      await editor.submit('/login', '/login', { email: 'editor@example.org', password: PASSWORD });
      const admin = client('10.1.0.6');
      await admin.submit('/login', '/login', { email: 'admin@example.org', password: PASSWORD });
      const adminOnly = ['/admin/users'];
      const editorOnly = ['/editor', '/editor/codes/icd10cm/E11.9', '/editor/open?system=icd10cm&code=E11.9'];
      for (const url of [...adminOnly, ...editorOnly]) {
        assert.equal((await guest.get(url)).statusCode, 401, url);
        assert.equal((await member.get(url)).statusCode, 403, url);
        assert.ok((await admin.get(url)).statusCode < 400, url);
      }
      for (const url of adminOnly) assert.equal((await editor.get(url)).statusCode, 403, url);
      for (const url of editorOnly) assert.ok((await editor.get(url)).statusCode < 400, url);
      // posts too
      const token = csrfOf((await member.get('/')).body);
      const memberPost = await member.post('/editor/codes/icd10cm/E11.9', { _csrf: token, field: 'tip', body: 'x' });
      assert.equal(memberPost.statusCode, 403);
      const listing = await admin.get('/admin/users?q=reader');
      const id = /action="\/admin\/users\/([^"]+)"/.exec(listing.body)?.[1] as string;
      const byEditor = await editor.post(`/admin/users/${id}`, {
        _csrf: csrfOf((await editor.get('/')).body),
        role: 'admin',
      });
      assert.equal(byEditor.statusCode, 403);
      // the admin makes the reader a consultant on a paid plan, then back
      const save = await admin.post(`/admin/users/${id}`, {
        _csrf: csrfOf(listing.body),
        role: 'consultant',
        plan: 'paid',
      });
      assert.equal(save.statusCode, 303);
      assert.match((await admin.get('/admin/users?q=reader')).body, /<option value="consultant" selected/);
      await admin.post(`/admin/users/${id}`, { _csrf: csrfOf(listing.body), role: 'member', plan: 'free' });
    });

    test('API keys: created on the account page, accepted as Bearer, refused once revoked', async () => {
      const c = client('10.1.0.7');
      await c.submit('/login', '/login', { email: 'admin@example.org', password: PASSWORD });
      const created = await c.submit('/account', '/account/api-keys', {});
      assert.equal(created.statusCode, 200);
      const key = /<code class="secret">(cdk_[A-Za-z0-9_-]+)<\/code>/.exec(created.body)?.[1] as string;
      assert.ok(key);
      const use = await t.app.inject({
        url: '/api/v1/codes/icd10cm/E11.9',
        headers: { authorization: `Bearer ${key}` },
      });
      assert.equal(use.statusCode, 200);
      assert.equal(use.json().code, 'E11.9');
      const bad = await t.app.inject({
        url: '/api/v1/codes/icd10cm/E11.9',
        headers: { authorization: 'Bearer cdk_nope' },
      });
      assert.equal(bad.statusCode, 401);
      assert.equal(bad.json().error.code, 'AUTH_INVALID_API_KEY');
      assert.equal(bad.headers['www-authenticate'], 'Bearer');
      const page = await c.get('/account');
      const keyId = /action="\/account\/api-keys\/([^"/]+)\/revoke"/.exec(page.body)?.[1] as string;
      assert.equal((await c.post(`/account/api-keys/${keyId}/revoke`, { _csrf: csrfOf(page.body) })).statusCode, 303);
      const after = await t.app.inject({
        url: '/api/v1/codes/icd10cm/E11.9',
        headers: { authorization: `Bearer ${key}` },
      });
      assert.equal(after.statusCode, 401);
    });

    test('meter, guest: one full page, the second locked, re-opening free, cleared cookies capped per address', async () => {
      const g = client('10.2.0.1');
      const first = await g.get(PAGES[0] as string);
      assert.equal(first.statusCode, 200);
      assert.ok(!locked(first.body));
      assert.match(
        first.body,
        /0 code page views remaining\. <a href="\/register">Register free account to get 5 more views/,
      );
      assert.match(first.body, /Instructional notes/);
      const second = await g.get(PAGES[1] as string);
      assert.equal(second.statusCode, 200);
      assert.ok(locked(second.body));
      assert.match(second.body, /Guest accounts are limited to 1 page view/);
      assert.match(second.body, /Register free account to get 5 more views/);
      assert.match(second.body, /href="\/login\?next=/);
      // the official descriptor and the locked sections' headings stay; their content does not
      assert.match(second.body, /Fracture of unspecified part of neck of right femur/i);
      assert.match(second.body, /<h2 id="sevenChr-h">7th characters<\/h2><p class="locked">/);
      assert.doesNotMatch(second.body, /<th scope="col">Character<\/th>/);
      // the page already counted is still readable
      assert.ok(!locked((await g.get(PAGES[0] as string)).body));
      // the API shares the meter: 402 with the error shape
      const api = await t.app.inject({
        url: '/api/v1/codes/icd10cm/E11.65',
        remoteAddress: '10.2.0.1',
        headers: { cookie: [...g.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      assert.equal(api.statusCode, 402);
      assert.equal(api.json().error.code, 'METER_EXHAUSTED');
      // cleared cookies: each new guest from the address reads one page, until the address's 3 a day
      assert.ok(!locked((await client('10.2.0.1').get(PAGES[2] as string)).body));
      assert.ok(!locked((await client('10.2.0.1').get(PAGES[3] as string)).body));
      const capped = await client('10.2.0.1').get(PAGES[4] as string);
      assert.ok(locked(capped.body));
      assert.match(capped.body, /Guest views from your network are used up for today/);
      // another address is its own count
      const elsewhere = await client('10.2.0.2').get(PAGES[1] as string);
      assert.ok(!locked(elsewhere.body));
      assert.match(elsewhere.body, /<th scope="col">Character<\/th>/, 'the section the lock hid');
    });

    test('meter, free account: 5 a month, then the lock; re-opening free; a new month; paid unlimited', async () => {
      const c = client('10.3.0.1');
      await register(c, 'monthly@example.org');
      for (let i = 0; i < 5; i++) {
        const r = await c.get(PAGES[i] as string);
        assert.ok(!locked(r.body), PAGES[i]);
        assert.match(r.body, new RegExp(`${4 - i} code page views? remaining this month`));
      }
      const sixth = await c.get(PAGES[5] as string);
      assert.ok(locked(sixth.body));
      assert.match(sixth.body, /Free accounts are limited to 5 page views a month/);
      assert.ok(!locked((await c.get(PAGES[2] as string)).body), 're-opened');
      const start = clock;
      clock = new Date('2026-12-01T00:00:05Z');
      try {
        // the session is younger than the idle limit (3 weeks would end it): log in again on the 1st
        await c.submit('/login', '/login', { email: 'monthly@example.org', password: PASSWORD });
        const december = await c.get(PAGES[5] as string);
        assert.ok(!locked(december.body));
        assert.match(december.body, /4 code page views remaining this month/);
      } finally {
        clock = start;
      }
      const admin = client('10.3.0.2');
      await admin.submit('/login', '/login', { email: 'admin@example.org', password: PASSWORD });
      const listing = await admin.get('/admin/users?q=monthly');
      const id = /action="\/admin\/users\/([^"]+)"/.exec(listing.body)?.[1] as string;
      await admin.post(`/admin/users/${id}`, { _csrf: csrfOf(listing.body), role: 'member', plan: 'paid' });
      for (const p of PAGES) assert.ok(!locked((await c.get(p)).body), p);
      assert.doesNotMatch((await c.get(PAGES[6] as string)).body, /remaining/);
    });

    test('editorial: an editor writes a description and a tip; readers see them; history and revert', async () => {
      const ed = client('10.4.0.1');
      await ed.submit('/login', '/login', { email: 'editor@example.org', password: PASSWORD });
      const url = '/editor/codes/icd10cm/E11.9';
      const page = await ed.get(url);
      assert.match(page.body, /Readers now see the generated text/);
      const save = (field: string, body: string) => ed.post(url, { _csrf: csrfOf(page.body), field, body });
      assert.equal((await save('description', 'Type 2 diabetes **without** any complication.')).statusCode, 303);
      assert.equal((await save('tip', 'Add Z79.4 for <script>alert(1)</script> insulin use.')).statusCode, 303);
      assert.equal((await save('description', 'Second wording of the description.')).statusCode, 303);
      const reader = client('10.4.0.2');
      const code = await reader.get('/codes/icd10cm/E11.9');
      assert.match(code.body, /Second wording of the description\./);
      assert.match(code.body, /Written by the site&#39;s editors|Written by the site's editors/);
      assert.match(code.body, /How to use/);
      assert.doesNotMatch(code.body, /<script>alert/);
      const history = await ed.get(url);
      assert.match(history.body, /Revision 2, [0-9-]+ [0-9:]+ by editor@example.org/);
      const first = /action="\/editor\/revisions\/([^"]+)\/revert"/.exec(history.body)?.[1] as string;
      assert.ok(first);
      assert.equal(
        (await ed.post(`/editor/revisions/${first}/revert`, { _csrf: csrfOf(history.body) })).statusCode,
        303,
      );
      assert.match(
        (await client('10.4.0.3').get('/codes/icd10cm/E11.9')).body,
        /Type 2 diabetes <strong>without<\/strong>/,
      );
      // too long: refused with the text kept
      const long = await save('tip', 'x'.repeat(20_001));
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /xxxxxxxxxx/);
      // an unknown code cannot be edited
      assert.equal((await ed.get('/editor/codes/icd10cm/E99.99')).statusCode, 404);
    });
  });
}

describe('rate limit on log in', () => {
  const dir = tempDir();
  let t: TestApp;
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    t = await startTestApp({ catalogDir: dir.path, env: { AUTH_ATTEMPTS_PER_15_MINUTES: '3' } });
  });
  after(async () => {
    await t?.close();
    dir.remove();
  });

  test('the fourth attempt in 15 minutes from one address gets 429', async () => {
    const c = new TestClient(t.app, {}, '10.9.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await c.submit('/login', '/login', { email: 'x@example.org', password: 'wrong password!' })).statusCode,
      );
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    // another address is not affected
    const other = new TestClient(t.app, {}, '10.9.0.2');
    assert.equal(
      (await other.submit('/login', '/login', { email: 'x@example.org', password: 'wrong password!' })).statusCode,
      401,
    );
  });
});
