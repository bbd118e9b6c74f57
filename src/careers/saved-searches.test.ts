// Saved searches on SQLite and PostgreSQL: saving the /jobs filters normalized (the same search saved twice is one,
// renamed), listing and deleting only one's own (someone else's is 404, CAREERS_NOT_FOUND), the limit of 20, bad
// names and filter values refused naming the field, the first save scheduling the daily digest, and the unsubscribe
// token: a valid one removes its search (or all of a user's) with no user given, an altered or forged one removes
// nothing.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { appSecret } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import {
  type Actor,
  type CareersDeps,
  deleteSavedSearch,
  listSavedSearches,
  previewUnsubscribe,
  SAVED_SEARCHES_MAX,
  SEARCH_DIGEST_TASK,
  saveSearch,
  signUnsubscribeToken,
  unsubscribe,
} from './index.js';
import { makeUser, refusal, TestClock, testDeps } from './test-support/careers-fixtures.js';

describeEachDatabase('CareerCenter saved searches', (t) => {
  const clock = new TestClock();
  let deps: CareersDeps;
  let coder: Actor;
  let other: Actor;
  let secret: string;

  before(async () => {
    deps = testDeps(t.database, clock);
    coder = await makeUser(t.database, 'member', 'coder');
    other = await makeUser(t.database, 'member', 'other');
    secret = await appSecret(t.database.db, undefined);
  });

  test('saves the filters normalized, lists them, and the same filters again are renamed, not doubled', async () => {
    const saved = await saveSearch(deps, coder, {
      name: '  Remote CPC in Texas ',
      filters: { credential: 'cpc', remote: 'on', state: 'tx', page: '3', sort: 'salary', q: '' },
    });
    assert.equal(saved.name, 'Remote CPC in Texas');
    assert.deepEqual(saved.filters, { state: 'TX', remote: 'true', credential: 'CPC' });
    assert.equal(saved.path, '/jobs?state=TX&remote=true&credential=CPC');
    const again = await saveSearch(deps, coder, {
      name: 'Texas remote',
      filters: { remote: true, state: 'TX', credential: 'CPC' },
    });
    assert.equal(again.id, saved.id);
    const list = await listSavedSearches(deps, coder);
    assert.deepEqual(
      list.map((s) => [s.id, s.name]),
      [[saved.id, 'Texas remote']],
    );
    assert.deepEqual(await listSavedSearches(deps, other), []);
  });

  test('a search saved without a name is named by its filters', async () => {
    const saved = await saveSearch(deps, other, {
      filters: { credential: 'CRC', salaryMin: '25', salaryPeriod: 'hour' },
    });
    assert.equal(saved.name, 'CRC, from $25/hour');
    assert.deepEqual(saved.filters, { credential: 'CRC', salaryMin: '25', salaryPeriod: 'hour' });
    await deleteSavedSearch(deps, other, saved.id);
  });

  test('the first save schedules one digest a day later; later saves add no task', async () => {
    const schedule = await t.database.db
      .selectFrom('careers_digest_schedules')
      .selectAll()
      .where('user_id', '=', coder.id)
      .executeTakeFirstOrThrow();
    assert.equal(schedule.next_digest_at, new Date(clock.at.getTime() + 86_400_000).toISOString());
    await saveSearch(deps, coder, { name: 'Any CDI job', filters: { setting: 'cdi' } });
    const tasks = await t.database.db
      .selectFrom('tasks')
      .select(['payload', 'run_at'])
      .where('type', '=', SEARCH_DIGEST_TASK)
      .execute();
    const mine = tasks.filter((r) => (JSON.parse(r.payload) as { userId: string }).userId === coder.id);
    assert.equal(mine.length, 1);
    assert.equal(mine[0]?.run_at, schedule.next_digest_at);
  });

  test("another user cannot delete someone's saved search: 404, and it is still there", async () => {
    const [first] = await listSavedSearches(deps, coder);
    assert.ok(first);
    const r = await refusal(deleteSavedSearch(deps, other, first.id));
    assert.equal(r.code, 'CAREERS_NOT_FOUND');
    assert.equal((await refusal(deleteSavedSearch(deps, coder, 'no-such-id'))).code, 'CAREERS_NOT_FOUND');
    assert.ok((await listSavedSearches(deps, coder)).some((s) => s.id === first.id));
    assert.equal((await refusal(listSavedSearches(deps, undefined))).code, 'AUTH_REQUIRED');
    assert.equal((await refusal(saveSearch(deps, undefined, { filters: {} }))).code, 'AUTH_REQUIRED');
  });

  test('refuses a bad name and an unknown filter value, naming the field', async () => {
    const script = await refusal(saveSearch(deps, coder, { name: '<script>alert(1)</script>', filters: {} }));
    assert.equal(script.code, 'CAREERS_INVALID');
    assert.deepEqual(
      script.problems.map((p) => p.field),
      ['name'],
    );
    const long = await refusal(saveSearch(deps, coder, { name: 'x'.repeat(81), filters: {} }));
    assert.match(long.message, /name: is 81 characters long; the limit is 80/);
    const filter = await refusal(saveSearch(deps, coder, { name: 'x', filters: { credential: 'CPA' } }));
    assert.equal(filter.code, 'CAREERS_BAD_FILTER');
    assert.match(filter.message, /^credential: "CPA" is not one of the allowed values: CPC, /);
  });

  test(`a user has at most ${SAVED_SEARCHES_MAX} saved searches`, async () => {
    const user = await makeUser(t.database, 'member', 'many');
    for (let i = 0; i < SAVED_SEARCHES_MAX; i++)
      await saveSearch(deps, user, { name: `n${i}`, filters: { q: `word${i}` } });
    const r = await refusal(saveSearch(deps, user, { name: 'one more', filters: { q: 'another' } }));
    assert.equal(r.code, 'CAREERS_SAVED_SEARCH_LIMIT');
    assert.match(r.message, /You have 20 saved searches/);
    assert.equal((await listSavedSearches(deps, user)).length, SAVED_SEARCHES_MAX);
    // saving one of them again is a rename, which the limit allows
    assert.equal((await saveSearch(deps, user, { name: 'renamed', filters: { q: 'word3' } })).name, 'renamed');
  });

  test('an unsubscribe token removes its search without a user; altered or forged ones remove nothing', async () => {
    const user = await makeUser(t.database, 'member', 'unsub');
    const a = await saveSearch(deps, user, { name: 'A', filters: { credential: 'CPC' } });
    const b = await saveSearch(deps, user, { name: 'B', filters: { credential: 'CCS' } });
    const token = signUnsubscribeToken(secret, { kind: 'search', searchId: a.id });
    const [version, kind, id, sig] = token.split('.') as [string, string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const altered = [
      `${version}.${kind}.${b.id}.${sig}`, // another search's id under this signature
      `${version}.a.${user.id}.${sig}`, // "all" under a one-search signature
      `${version}.${kind}.${id}.${flip(sig, 0)}`,
      `${version}.${kind}.${id}.${flip(sig, sig.length - 1)}`, // the last character's spare bits too
      `${version}.${kind}.${id}`,
      signUnsubscribeToken('another-secret-of-32-characters!!', { kind: 'search', searchId: a.id }),
      '',
      'x'.repeat(500),
    ];
    for (const bad of altered) {
      assert.equal((await refusal(unsubscribe(deps, secret, bad))).code, 'CAREERS_UNSUBSCRIBE_INVALID', bad);
      assert.equal((await refusal(previewUnsubscribe(deps, secret, bad))).code, 'CAREERS_UNSUBSCRIBE_INVALID');
    }
    assert.equal((await listSavedSearches(deps, user)).length, 2);
    assert.deepEqual((await previewUnsubscribe(deps, secret, token)).names, ['A']);
    assert.deepEqual(await unsubscribe(deps, secret, token), ['A']);
    assert.deepEqual(
      (await listSavedSearches(deps, user)).map((s) => s.name),
      ['B'],
    );
    // used again: nothing left to remove, and no error
    assert.deepEqual(await unsubscribe(deps, secret, token), []);
    assert.deepEqual((await previewUnsubscribe(deps, secret, token)).names, []);
    await saveSearch(deps, user, { name: 'C', filters: { credential: 'CRC' } });
    const all = signUnsubscribeToken(secret, { kind: 'all', userId: user.id });
    assert.deepEqual((await unsubscribe(deps, secret, all)).sort(), ['B', 'C']);
    assert.deepEqual(await listSavedSearches(deps, user), []);
  });
});
