// Control characters in free text, over HTTP on SQLite and PostgreSQL: every form and query that takes free text
// refuses them with 400 and a message naming the field and the character, and shows the form again with what
// was typed (the refused character as U+FFFD); nothing is stored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { findForbiddenCharacter } from '../shared/index.js';
import { errorCode } from '../shared/test-support/error-code.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';

const PASSWORD = 'a long enough password';
const NUL = '\u0000';
const message = (field: string, char: string) =>
  new RegExp(`${field}: contains (a control character|a bidirectional control) \\(U\\+${char}\\) at character \\d+`);

describeEachApp('control characters in form fields', { env: { AUTH_ATTEMPTS_PER_15_MINUTES: '1000' } }, (u) => {
  const users = async () =>
    (await u.t.database.db.selectFrom('users').select('email').execute()).map((r) => r.email).join(' ');

  test('email validation accepted control characters (n\\x00…@x.test registered; the NUL reached /admin/users raw)', async () => {
    const c = new TestClient(u.t.app, {}, '10.30.0.1');
    const r = await c.submit('/register', '/register', {
      email: `n${NUL}ul@x.test`,
      password: PASSWORD,
      role: 'member',
    });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, message('email', '0000'));
    assert.match(r.body, /value="n\ufffdul@x\.test"/, 'the email kept, the NUL shown as U+FFFD');
    assert.equal(findForbiddenCharacter(r.body, { multiline: true }), undefined);
    assert.doesNotMatch(await users(), /ul@x\.test/);
    // the same rule for accounts made from the command line
    const viaCli = createUser(
      u.t.database.db,
      { email: `n${NUL}ul@x.test`, password: PASSWORD, role: 'member' },
      new Date(),
    );
    assert.equal(await errorCode(viaCli), 'TEXT_INVALID');
  });

  test('every account form refuses control characters with 400, the message and the email kept', async () => {
    await createUser(u.t.database.db, { email: 'kept@example.org', password: PASSWORD, role: 'member' }, new Date());
    const c = new TestClient(u.t.app, {}, '10.30.0.2');
    const cases: [string, string, Record<string, string>, string, RegExp | undefined][] = [
      [
        '/register',
        '/register',
        { email: 'ok@example.org', password: `bell\u0007 password 1`, role: 'member' },
        'password',
        /value="ok@example.org"/,
      ],
      [
        '/login',
        '/login',
        { email: `kept@example.org\u0085`, password: PASSWORD },
        'email',
        /value="kept@example.org\ufffd"/,
      ],
      [
        '/login',
        '/login',
        { email: 'kept@example.org', password: `${PASSWORD}\u001b` },
        'password',
        /value="kept@example.org"/,
      ],
      [
        '/password-reset',
        '/password-reset',
        { email: `kept\u202e@example.org` },
        'email',
        /value="kept\ufffd@example.org"/,
      ],
    ];
    for (const [page, action, form, field, kept] of cases) {
      const r = await c.submit(page, action, form);
      assert.equal(r.statusCode, 400, `${action} ${field}`);
      const char = findForbiddenCharacter(Object.values(form).join(' '))?.codePoint ?? 0;
      assert.match(r.body, message(field, char.toString(16).toUpperCase().padStart(4, '0')), action);
      if (kept) assert.match(r.body, kept, action);
      assert.equal(findForbiddenCharacter(r.body, { multiline: true }), undefined, action);
    }
    // a new password through a reset link, and a change of password
    const me = new TestClient(u.t.app, {}, '10.30.0.3');
    assert.equal(
      (await me.submit('/login', '/login', { email: 'kept@example.org', password: PASSWORD })).statusCode,
      303,
    );
    const change = await me.submit('/account', '/account/password', {
      current: PASSWORD,
      password: `new${NUL}password!!`,
    });
    assert.equal(change.statusCode, 400);
    assert.match(change.body, message('password', '0000'));
    await me.submit('/password-reset', '/password-reset', { email: 'kept@example.org' });
    const mail = await u.sink.waitFor((m) => m.to.includes('kept@example.org'));
    const link = /http:\/\/codedesk\.test(\/password-reset\/[A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
    const reset = await me.submit(link, link, { password: `reset\u009bpassword!!` });
    assert.equal(reset.statusCode, 400);
    assert.match(reset.body, message('password', '009B'));
    // the link still works for a good password
    assert.equal((await me.submit(link, link, { password: 'a good new password' })).statusCode, 303);
  });

  test('the editor, the admin search, the claims page and search refuse them too, keeping the input', async () => {
    const db = u.t.database.db;
    await createUser(db, { email: 'admin@example.org', password: PASSWORD, role: 'admin' }, new Date());
    const admin = new TestClient(u.t.app, {}, '10.30.0.4');
    await admin.submit('/login', '/login', { email: 'admin@example.org', password: PASSWORD });
    // the editor: multi-line text keeps its line breaks and tabs, refuses the rest
    const url = '/editor/codes/icd10cm/E11.9';
    const page = await admin.get(url);
    const bad = await admin.post(url, { _csrf: csrfOf(page.body), field: 'tip', body: 'Line one\nline\u202e two' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, message('tip', '202E'));
    assert.match(bad.body, /Line one\nline\ufffd two<\/textarea>/);
    const good = await admin.post(url, { _csrf: csrfOf(page.body), field: 'tip', body: 'Line one\n\tline two' });
    assert.equal(good.statusCode, 303);
    // the admin's search of users
    const search = await admin.get(`/admin/users?q=${encodeURIComponent(`ex${NUL}ample`)}`);
    assert.equal(search.statusCode, 400);
    assert.match(search.body, message('q', '0000'));
    assert.match(search.body, /value="ex\ufffdample"/);
    // the claims page
    const claims = await admin.get('/claims');
    const claim = await admin.post('/claims', {
      _csrf: csrfOf(claims.body),
      dateOfService: '2026-05-01',
      diagnoses: `E11.9\nI10${NUL}`,
      'line1.code': '99213',
      action: 'check',
    });
    assert.equal(claim.statusCode, 400);
    assert.match(claim.body, /Diagnoses.*contains a control character \(U\+0000\)/s);
    assert.match(claim.body, /E11\.9\nI10\ufffd<\/textarea>/);
    // search: the page and the API
    const find = await admin.get(`/search?q=${encodeURIComponent(`diabetes${NUL}`)}`);
    assert.equal(find.statusCode, 400);
    assert.match(find.body, message('q', '0000'));
    const api = await u.t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent('diabetes\u0007')}` });
    assert.equal(api.statusCode, 400);
    assert.equal(api.json().error.code, 'TEXT_INVALID');
    assert.equal(findForbiddenCharacter(await users()), undefined);
  });
});
