// CasePilot on the web, on SQLite and PostgreSQL: the page answers a plain form post (no JavaScript), codes linked to
// their pages and the question shown as text; guests get GUEST_ASSISTANT_QUESTIONS a day, then 402 with the question
// kept; a signed-in user's conversation is kept, reopened and deleted, and private; the API answers the contract's
// shape, JSON only; the stream answers as server-sent events.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { type Dialect, memberWithApiKey, startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`CasePilot on the web on ${dialect}`, { skip }, () => {
    let t: TestApp;
    const now = new Date('2026-05-01T12:00:00Z');
    before(async () => {
      t = await startMiniApp({
        dialect,
        now: () => now,
        env: { GUEST_ASSISTANT_QUESTIONS: '2', FREE_ASSISTANT_QUESTIONS: '3', RATE_LIMIT_PER_MINUTE: '100000' },
      });
    });
    after(async () => {
      await t?.close();
    });

    test('a guest asks on the page without JavaScript: the answer, its code linked, then the limit with the question kept', async () => {
      const c = new TestClient(t.app, {}, '10.40.0.1');
      const blank = await c.get('/casepilot?q=About%20E11.9%3A%20');
      assert.equal(blank.statusCode, 200);
      assert.match(blank.body, /<textarea[^>]*name="q"[^>]*>About E11\.9: <\/textarea>/);
      const first = await c.post('/casepilot', { q: 'is e119 billable? <b>bold</b>', _csrf: csrfOf(blank.body) });
      assert.equal(first.statusCode, 200, first.body.slice(0, 500));
      assert.match(first.body, /<a href="\/codes\/icd10cm\/E11\.9">E11\.9<\/a> is a valid, billable ICD-10-CM code/);
      assert.match(first.body, /is e119 billable\? &lt;b>bold&lt;\/b>/);
      assert.doesNotMatch(first.body, /<b>bold<\/b>/);
      assert.match(first.body, /1 of 2 CasePilot questions left today/);
      const second = await c.post('/casepilot', { q: 'MUE for E11.9?', _csrf: csrfOf(first.body) });
      assert.equal(second.statusCode, 200);
      const third = await c.post('/casepilot', { q: 'is E11.65 billable?', _csrf: csrfOf(second.body) });
      assert.equal(third.statusCode, 402);
      assert.match(third.body, /This question was not answered/);
      assert.match(third.body, /Guests can ask 2 questions a day/);
      assert.match(third.body, />is E11\.65 billable\?<\/textarea>/);
    });

    test('a form post without the CSRF token is refused', async () => {
      const c = new TestClient(t.app, {}, '10.40.0.2');
      await c.get('/casepilot');
      const r = await c.post('/casepilot', { q: 'is E11.9 billable?' });
      assert.equal(r.statusCode, 403);
    });

    test('signed in: the conversation is kept in order, reopened, private, and deleted', async () => {
      await createUser(t.database.db, { email: 'pilot@example.org', password: PASSWORD, role: 'member' }, now);
      const c = new TestClient(t.app, {}, '10.40.0.3');
      await c.submit('/login', '/login', { email: 'pilot@example.org', password: PASSWORD });
      const one = await c.submit('/casepilot', '/casepilot', { q: 'is E11.9 billable?' });
      assert.equal(one.statusCode, 200);
      const id = /name="c" value="([^"]+)"/.exec(one.body)?.[1];
      assert.ok(id, 'the conversation id is in the form');
      const two = await c.post('/casepilot', { q: 'and E11.65?', c: id, _csrf: csrfOf(one.body) });
      assert.equal(two.statusCode, 200);
      const reopened = await c.get(`/casepilot/c/${id}`);
      assert.equal(reopened.statusCode, 200);
      const order = [...reopened.body.matchAll(/<h3 class="question">([^<]+)<\/h3>/g)].map((m) => m[1]);
      assert.deepEqual(order, ['is E11.9 billable?', 'and E11.65?']);
      assert.match(reopened.body, /Your conversations/);
      const stranger = new TestClient(t.app, {}, '10.40.0.4');
      await createUser(t.database.db, { email: 'other@example.org', password: PASSWORD, role: 'member' }, now);
      await stranger.submit('/login', '/login', { email: 'other@example.org', password: PASSWORD });
      assert.equal((await stranger.get(`/casepilot/c/${id}`)).statusCode, 404);
      const deleted = await c.post(`/casepilot/c/${id}/delete`, { _csrf: csrfOf(reopened.body) });
      assert.equal(deleted.statusCode, 303);
      assert.equal((await c.get(`/casepilot/c/${id}`)).statusCode, 404);
    });

    test('POST /api/v1/casepilot/ask: the contract shape, JSON only, bad input refused, the allowance counted', async () => {
      const { key } = await memberWithApiKey(t.database, 'api-pilot@example.org', PASSWORD, now);
      const ask = (payload: string, contentType = 'application/json') =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/casepilot/ask',
          remoteAddress: '10.40.0.5',
          payload,
          headers: { 'content-type': contentType, authorization: `Bearer ${key}` },
        });
      const r = await ask(JSON.stringify({ question: 'is E11.9 billable?', date: '2026-05-01' }));
      assert.equal(r.statusCode, 200, r.body);
      const body = r.json();
      assert.deepEqual(Object.keys(body).sort(), ['answer', 'citations', 'codes', 'confidence', 'intent']);
      assert.deepEqual(body.codes, [{ system: 'icd10cm', code: 'E11.9', status: 'billable' }]);
      assert.equal(r.headers['x-codedesk-questions-remaining'], '2');
      const form = await ask('question=is+E11.9+billable', 'application/x-www-form-urlencoded');
      assert.equal(form.statusCode, 400);
      assert.equal(form.json().error.code, 'BAD_INPUT');
      const empty = await ask(JSON.stringify({ question: '' }));
      assert.equal(empty.statusCode, 400);
      const badDate = await ask(JSON.stringify({ question: 'is E11.9 billable?', date: '2026-02-30' }));
      assert.equal(badDate.json().error.code, 'BAD_DATE');
      const huge = await ask(JSON.stringify({ question: 'x'.repeat(20_001) }));
      assert.equal(huge.statusCode, 400);
    });

    test('the stream: one "block" event per part of the answer, then "done" with the whole answer', async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/casepilot/ask/stream',
        remoteAddress: '10.40.0.6',
        payload: JSON.stringify({ question: 'is E11.9 billable?', date: '2026-05-01' }),
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.match(r.headers['content-type'] as string, /^text\/event-stream/);
      const events = r.body.trim().split('\n\n');
      assert.ok(events.length >= 2);
      assert.ok(events.slice(0, -1).every((e) => e.startsWith('event: block\ndata: ')));
      const done = events[events.length - 1] as string;
      assert.ok(done.startsWith('event: done\ndata: '));
      assert.equal(JSON.parse(done.slice('event: done\ndata: '.length)).intent, 'billable');
    });

    test('the stream for a signed-in user records the exchange in the conversation it names', async () => {
      await createUser(t.database.db, { email: 'streamer@example.org', password: PASSWORD, role: 'member' }, now);
      const c = new TestClient(t.app, {}, '10.40.0.7');
      await c.submit('/login', '/login', { email: 'streamer@example.org', password: PASSWORD });
      const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const stream = async (body: object) => {
        const r = await t.app.inject({
          method: 'POST',
          url: '/api/v1/casepilot/ask/stream',
          remoteAddress: '10.40.0.7',
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json', cookie },
        });
        assert.equal(r.statusCode, 200, r.body);
        const done = r.body.trim().split('\n\n').at(-1) as string;
        return JSON.parse(done.slice('event: done\ndata: '.length)) as { conversation?: string };
      };
      const first = await stream({ question: 'is E11.9 billable?' });
      assert.ok(first.conversation);
      const second = await stream({ question: 'and E11.65?', conversation: first.conversation });
      assert.equal(second.conversation, first.conversation);
      const page = await c.get(`/casepilot/c/${first.conversation}`);
      const order = [...page.body.matchAll(/<h3 class="question">([^<]+)<\/h3>/g)].map((m) => m[1]);
      assert.deepEqual(order, ['is E11.9 billable?', 'and E11.65?']);
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/v1/casepilot/ask/stream',
        remoteAddress: '10.40.0.7',
        payload: JSON.stringify({ question: 'x', conversation: 42 }),
        headers: { 'content-type': 'application/json', cookie },
      });
      assert.equal(bad.statusCode, 400);
    });
  });
}

describe('CasePilot under a burst of questions from one client', () => {
  let t: TestApp;
  before(async () => {
    t = await startMiniApp({
      dialect: 'sqlite',
      env: { RATE_LIMIT_PER_MINUTE: '20', RATE_LIMIT_SYNC_MS: '0', GUEST_ASSISTANT_QUESTIONS: '1000' },
    });
  });
  after(async () => {
    await t?.close();
  });

  test('50 questions at once: the rate limit answers 429 RATE_LIMITED past it, nothing fails', async () => {
    const all = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/casepilot/ask',
          remoteAddress: '10.41.0.1',
          payload: JSON.stringify({ question: `is E11.9 billable? (${i})` }),
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    const statuses = all.map((r) => r.statusCode);
    assert.ok(
      statuses.every((s) => s === 200 || s === 429),
      statuses.join(','),
    );
    assert.equal(statuses.filter((s) => s === 200).length, 20);
    const limited = all.find((r) => r.statusCode === 429);
    assert.equal(limited?.json().error.code, 'RATE_LIMITED');
  });
});
