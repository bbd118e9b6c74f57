// Claim Check's daily allowance for guests, on SQLite and PostgreSQL: each checked claim counts (API and page),
// GUEST_CLAIM_CHECKS a day per guest and GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY per client address, then 402
// CLAIM_CHECKS_EXHAUSTED (the page: a message with register / log in links and the claim as typed); accounts are
// not limited; reading the page and refused claims count nothing; the counts live in the database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { type Dialect, memberWithApiKey, startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
const DAY = 24 * 3600_000;
const CLAIM = {
  dateOfService: '2026-05-01',
  diagnoses: ['E11.9'],
  lines: [{ code: 'J1100', units: 1, diagnosisPointers: [1] }],
};
const FORM = {
  dateOfService: '2026-05-01',
  diagnoses: 'E11.9 S72.001A',
  rows: '6',
  'line1.code': 'J1100',
  'line1.units': '2',
  'line1.pointers': '1',
};
const REMAINING = 'x-codedesk-claim-checks-remaining';

/** A JSON client of the API: keeps the guest cookie unless told to forget it. */
class ApiGuest {
  cookie = '';
  constructor(
    private readonly address: string,
    private readonly headers: Record<string, string> = {},
  ) {}
  async check(app: FastifyInstance, body: unknown = CLAIM): Promise<LightMyRequestResponse> {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/claims/check',
      remoteAddress: this.address,
      payload: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
    });
    const guest = ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((c) => c.startsWith('cd_guest='));
    if (guest) this.cookie = guest.split(';')[0] as string;
    return r;
  }
}

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`Claim Check allowance for guests on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let clock = new Date('2026-11-10T12:00:00Z');
    let apiKey = '';
    before(async () => {
      t = await startMiniApp({
        dialect,
        now: () => clock,
        env: {
          GUEST_CLAIM_CHECKS: '2',
          GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY: '4',
          RATE_LIMIT_PER_MINUTE: '100000',
        },
      });
      apiKey = (await memberWithApiKey(t.database, 'coder@example.org', PASSWORD, clock)).key;
    });
    after(async () => {
      await t?.close();
    });

    test('Claim Check gave guests unlimited checks: the API counts each, then 402 CLAIM_CHECKS_EXHAUSTED', async () => {
      const g = new ApiGuest('10.18.0.1');
      // a claim the rules cannot read is not a checked claim
      const invalid = await g.check(t.app, {});
      assert.equal(invalid.statusCode, 400);
      assert.equal(invalid.json().error.code, 'CLAIM_INVALID');
      const first = await g.check(t.app);
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.headers[REMAINING], '1');
      const second = await g.check(t.app);
      assert.equal(second.statusCode, 200);
      assert.equal(second.headers[REMAINING], '0');
      const third = await g.check(t.app);
      assert.equal(third.statusCode, 402);
      assert.deepEqual(Object.keys(third.json()), ['error']);
      assert.equal(third.json().error.code, 'CLAIM_CHECKS_EXHAUSTED');
      assert.match(third.json().error.message, /Guests can check 2 claims a day/);
      assert.match(third.json().error.message, /[Rr]egister/);
      assert.doesNotMatch(third.body, /findings|MUE/);
      // a new UTC day, a new allowance
      const start = clock;
      clock = new Date(start.getTime() + DAY);
      try {
        assert.equal((await g.check(t.app)).statusCode, 200);
      } finally {
        clock = start;
      }
    });

    test('Claim Check gave guests unlimited checks: cookie-less guests are capped per client address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await new ApiGuest('10.18.0.2').check(t.app)).statusCode);
      assert.deepEqual(statuses, [200, 200, 200, 200, 402]);
      const capped = await new ApiGuest('10.18.0.2').check(t.app);
      assert.equal(capped.json().error.code, 'CLAIM_CHECKS_EXHAUSTED');
      assert.match(capped.json().error.message, /your network/);
      assert.equal((await new ApiGuest('10.18.0.3').check(t.app)).statusCode, 200, 'another address');
    });

    test('accounts are not limited: an API key or a session checks past the guest allowance', async () => {
      const keyed = new ApiGuest('10.18.0.4', { authorization: `Bearer ${apiKey}` });
      for (let i = 0; i < 6; i++) {
        const r = await keyed.check(t.app);
        assert.equal(r.statusCode, 200);
        assert.equal(r.headers[REMAINING], undefined);
      }
      const c = new TestClient(t.app, {}, '10.18.0.4');
      await c.submit('/login', '/login', { email: 'coder@example.org', password: PASSWORD });
      for (let i = 0; i < 3; i++) {
        const r = await c.submit('/claims', '/claims', { ...FORM, action: 'check' });
        assert.equal(r.statusCode, 200);
        assert.match(r.body, /<title>Claim Check: \d+ errors?/);
      }
    });

    test('the /claims page: reading it counts nothing; the third check says why, links register and log in, and keeps the claim', async () => {
      const c = new TestClient(t.app, {}, '10.18.0.5');
      for (let i = 0; i < 3; i++) assert.equal((await c.get('/claims')).statusCode, 200);
      for (let i = 0; i < 2; i++)
        assert.equal(
          (await t.app.inject({ method: 'HEAD', url: '/claims', remoteAddress: '10.18.0.5' })).statusCode,
          200,
        );
      const added = await c.submit('/claims', '/claims', { ...FORM, action: 'add' });
      assert.equal(added.statusCode, 200);
      assert.doesNotMatch(added.body, /claim checks? (left|remaining)/);
      for (const left of [1, 0]) {
        const r = await c.submit('/claims', '/claims', { ...FORM, action: 'check' });
        assert.equal(r.statusCode, 200);
        assert.match(r.body, /<title>Claim Check: \d+ errors?/);
        assert.match(r.body, new RegExp(`${left} guest claim checks? left today`));
      }
      const refused = await c.submit('/claims', '/claims', { ...FORM, action: 'check' });
      assert.equal(refused.statusCode, 402);
      assert.match(refused.body, /<title>Claim Check: not checked/);
      assert.match(refused.body, /Guests can check 2 claims a day/);
      assert.match(refused.body, /href="\/register"/);
      assert.match(refused.body, /href="\/login\?next=%2Fclaims"/);
      assert.doesNotMatch(refused.body, /class="claim-summary"/, 'no findings');
      // the claim as typed, ready to check after log in
      assert.match(refused.body, /E11\.9 S72\.001A<\/textarea>/);
      assert.match(refused.body, /name="line1\.code"[^>]*value="J1100"|value="J1100"[^>]*name="line1\.code"/);
      assert.match(refused.body, /name="line1\.units"[^>]*value="2"|value="2"[^>]*name="line1\.units"/);
      // the API agrees: the same guest, the same count
      const api = await t.app.inject({
        method: 'POST',
        url: '/api/v1/claims/check',
        remoteAddress: '10.18.0.5',
        payload: JSON.stringify(CLAIM),
        headers: {
          'content-type': 'application/json',
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      assert.equal(api.statusCode, 402);
      // a page form needs its token like any other
      assert.equal((await c.post('/claims', { ...FORM, action: 'check', _csrf: 'nope' })).statusCode, 403);
      assert.ok(csrfOf(refused.body));
    });

    test('the counts live in the database: another app instance on it sees them', async () => {
      const other = await t.variant({});
      const g = new ApiGuest('10.18.0.6');
      assert.equal((await g.check(t.app)).statusCode, 200);
      assert.equal((await g.check(other)).statusCode, 200);
      const third = await g.check(t.app);
      assert.equal(third.statusCode, 402);
      assert.equal((await g.check(other)).statusCode, 402);
    });
  });
}
