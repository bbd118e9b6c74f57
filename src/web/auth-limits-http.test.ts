// The limits on the account forms, over HTTP on SQLite and PostgreSQL, each with two app instances on one
// database (as WEB_WORKERS or several servers run): reset mails per account, attempts per client address across
// all the account forms, and failed log ins per account.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { TestClient } from './test-support/client.js';
import { describeEachApp } from './test-support/each-app.js';
import type { TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
let clock = new Date('2026-11-10T12:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
};
const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

describeEachApp('limits on the account forms', { now: () => clock, env: { RATE_LIMIT_PER_MINUTE: '100000' } }, (u) => {
  let apps: TestApp[];
  const both = async () => {
    apps ??= [u.t, await u.another()];
    return apps;
  };
  /** a visitor from `address` on instance `i` (0 or 1) */
  const visitor = async (i: number, address: string) =>
    new TestClient((await both())[i % 2]?.app as never, {}, address);

  test('reset mails had no limit per account (72 from 6 addresses in 2 s): 3 an hour, however asked', async () => {
    at('2026-11-10T12:00:00Z');
    const db = u.t.database.db;
    const victim = await createUser(db, { email: 'victim@example.org', password: PASSWORD, role: 'member' }, clock);
    const pages = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const c = await visitor(i, `10.20.0.${i % 6}`);
      const r = await c.submit('/password-reset', '/password-reset', { email: 'Victim@example.org' });
      assert.equal(r.statusCode, 200);
      pages.add(r.body.replace(/value="[^"]+"/g, ''));
    }
    assert.equal(pages.size, 1, 'the same answer every time');
    const links = async () =>
      Number(
        (
          await db
            .selectFrom('password_resets')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('user_id', '=', victim.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.equal(await links(), 3);
    const toVictim = () => u.sink.messages.filter((m) => m.to.includes('victim@example.org')).length;
    await u.sink.waitFor(() => toVictim() >= 3);
    // an hour later the owner can ask again
    later(3600_000);
    await (await visitor(0, '10.20.0.9')).submit('/password-reset', '/password-reset', { email: 'victim@example.org' });
    assert.equal(await links(), 4);
  });

  test('the per-address limit was per form (30 in 15 minutes, not 10): one budget for all the account forms', async () => {
    at('2026-11-10T14:00:00Z');
    const address = '10.21.0.1';
    const forms: [string, string, Record<string, string>][] = [
      ['/login', '/login', { email: 'someone@example.org', password: 'not the password' }],
      ['/register', '/register', { email: 'x', password: 'short', role: 'member' }],
      ['/password-reset', '/password-reset', { email: 'someone@example.org' }],
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const [page, action, form] = forms[i % 3] as (typeof forms)[number];
      const c = await visitor(i, address);
      statuses.push((await c.submit(page, action, form)).statusCode);
    }
    assert.ok(
      statuses.slice(0, 10).every((s) => s !== 429),
      statuses.join(' '),
    );
    assert.equal(statuses[10], 429, statuses.join(' '));
    const refused = await (await visitor(1, address)).submit('/login', '/login', {
      email: 'someone@example.org',
      password: PASSWORD,
    });
    assert.equal(refused.statusCode, 429);
    assert.match(refused.body, /Too many requests; try again in \d+ seconds?/);
    assert.ok(Number(refused.headers['retry-after']) > 0 && Number(refused.headers['retry-after']) <= 900);
    // another address has its own budget; the same one gets its budget back after 15 minutes
    const other = await visitor(0, '10.21.0.2');
    assert.equal(
      (await other.submit('/password-reset', '/password-reset', { email: 'a@example.org' })).statusCode,
      200,
    );
    later(15 * 60_000);
    const back = await visitor(0, address);
    assert.equal((await back.submit('/password-reset', '/password-reset', { email: 'a@example.org' })).statusCode, 200);
  });

  test('failed log ins had no limit per account: after 5, each try waits 1 s doubling to 60 s; the owner gets in', async () => {
    at('2026-11-10T16:00:00Z');
    await createUser(u.t.database.db, { email: 'owner@example.org', password: PASSWORD, role: 'member' }, clock);
    const attempt = async (i: number, password: string, email = 'owner@example.org') => {
      const c = await visitor(i, `10.22.0.${i % 250}`);
      return c.submit('/login', '/login', { email, password });
    };
    for (let i = 0; i < 5; i++) assert.equal((await attempt(i, 'a wrong guess!!')).statusCode, 401);
    const sixth = await attempt(5, PASSWORD);
    assert.equal(sixth.statusCode, 429, 'even the right password waits');
    assert.match(sixth.body, /try again in 1 second/);
    assert.equal(sixth.headers['retry-after'], '1');
    assert.match(sixth.body, /value="owner@example.org"/, 'the form keeps the email');
    // each failure after the fifth doubles the wait, never beyond a minute
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      const refused = await attempt(10 + i, 'a wrong guess!!');
      const wait = Number(/try again in (\d+) seconds?/.exec(refused.body)?.[1]);
      waits.push(wait);
      later(wait * 1000);
      assert.equal((await attempt(20 + i, 'a wrong guess!!')).statusCode, 401);
    }
    assert.deepEqual(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
    // the owner, after at most a minute, logs in; that clears the count
    later(60_000);
    assert.equal((await attempt(40, PASSWORD)).statusCode, 303);
    assert.equal((await attempt(41, 'a wrong guess!!')).statusCode, 401);
    // an address with no account is slowed the same way, so the limit says nothing about which exist
    for (let i = 0; i < 5; i++) await attempt(50 + i, 'a wrong guess!!', 'nobody@example.org');
    assert.equal((await attempt(60, 'a wrong guess!!', 'nobody@example.org')).statusCode, 429);
  });
});
