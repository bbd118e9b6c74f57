import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './config.js';
import { isAppError } from './shared/index.js';

test('defaults follow the contract', () => {
  const c = loadConfig({});
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.port, 3000);
  assert.equal(c.guestCodeViews, 1);
  assert.equal(c.freeCodeViews, 5);
  assert.equal(c.databaseUrl, undefined);
  assert.ok(Object.isFrozen(c));
});

test('every problem is reported at once', () => {
  try {
    loadConfig({ PORT: 'eighty', GUEST_CODE_VIEWS: '-1', DATABASE_URL: 'mysql://x' });
    assert.fail('expected CONFIG_INVALID');
  } catch (e) {
    assert.ok(isAppError(e));
    assert.equal(e.code, 'CONFIG_INVALID');
    assert.match(e.message, /PORT=eighty/);
    assert.match(e.message, /GUEST_CODE_VIEWS=-1/);
    assert.match(e.message, /DATABASE_URL/);
  }
});

test('TRUST_PROXY=1 trusted every X-Forwarded-For entry: it is a hop count, or the proxies’ addresses', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: '0' }).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
  // 1 and true: one reverse proxy, as before
  assert.deepEqual(loadConfig({ TRUST_PROXY: '1' }).trustProxy, { hops: 1 });
  assert.deepEqual(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, { hops: 1 });
  assert.deepEqual(loadConfig({ TRUST_PROXY: '2' }).trustProxy, { hops: 2 });
  assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,fd00::/8, loopback' }).trustProxy, {
    addresses: ['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback'],
  });
  try {
    loadConfig({ TRUST_PROXY: 'yes' });
    assert.fail('expected CONFIG_INVALID');
  } catch (e) {
    assert.ok(isAppError(e));
    assert.match(e.message, /TRUST_PROXY/);
  }
  try {
    loadConfig({ TRUST_PROXY: '10.0.0.300, 10.0.0.0/33, ::1/129, 10.0.0.1', PORT: 'x' });
    assert.fail('expected CONFIG_INVALID');
  } catch (e) {
    assert.ok(isAppError(e));
    assert.match(e.message, /10\.0\.0\.300/);
    assert.match(e.message, /10\.0\.0\.0\/33/);
    assert.match(e.message, /::1\/129/);
    assert.doesNotMatch(e.message, /"10\.0\.0\.1"/, 'a good entry is not a problem');
    assert.match(e.message, /PORT=x/, 'with the other problems');
  }
});

test('guest claim checks: GUEST_CLAIM_CHECKS a day per guest, GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY per address', () => {
  const c = loadConfig({});
  assert.equal(c.guestClaimChecks, 10);
  assert.equal(c.guestClaimChecksPerAddressPerDay, 100);
  const set = loadConfig({ GUEST_CLAIM_CHECKS: '0', GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY: '5' });
  assert.equal(set.guestClaimChecks, 0);
  assert.equal(set.guestClaimChecksPerAddressPerDay, 5);
  assert.throws(() => loadConfig({ GUEST_CLAIM_CHECKS: 'ten' }), /GUEST_CLAIM_CHECKS=ten/);
  assert.throws(
    () => loadConfig({ GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY: '-1' }),
    /GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY=-1/,
  );
});

test('the limits on the account forms: defaults, and out-of-range values refused', () => {
  const c = loadConfig({});
  assert.equal(c.authAttemptsPer15Minutes, 10);
  assert.equal(c.loginFailuresPerAccount, 5);
  assert.equal(c.resetMailsPerAccountPerHour, 3);
  const set = loadConfig({ LOGIN_FAILURES_PER_ACCOUNT: '8', RESET_MAILS_PER_ACCOUNT_PER_HOUR: '1' });
  assert.deepEqual([set.loginFailuresPerAccount, set.resetMailsPerAccountPerHour], [8, 1]);
  assert.throws(
    () => loadConfig({ LOGIN_FAILURES_PER_ACCOUNT: '0', RESET_MAILS_PER_ACCOUNT_PER_HOUR: 'many' }),
    /LOGIN_FAILURES_PER_ACCOUNT=0[\s\S]*RESET_MAILS_PER_ACCOUNT_PER_HOUR=many/,
  );
});

test('TASK_WORKER: on unless set to 0 or false; anything else is refused', () => {
  assert.equal(loadConfig({}).taskWorker, true);
  assert.equal(loadConfig({ TASK_WORKER: '0' }).taskWorker, false);
  assert.equal(loadConfig({ TASK_WORKER: 'false' }).taskWorker, false);
  assert.equal(loadConfig({ TASK_WORKER: '1' }).taskWorker, true);
  assert.throws(() => loadConfig({ TASK_WORKER: 'maybe' }), /TASK_WORKER=maybe must be 1 or 0/);
});

test('the shared request limit: synced every second by default, 0 writes every request; REDIS_URL checked', () => {
  const c = loadConfig({});
  assert.equal(c.rateLimitSyncMs, 1000);
  assert.equal(c.redisUrl, undefined);
  const set = loadConfig({ RATE_LIMIT_SYNC_MS: '0', REDIS_URL: 'redis://10.0.0.7:6379/1' });
  assert.deepEqual([set.rateLimitSyncMs, set.redisUrl], [0, 'redis://10.0.0.7:6379/1']);
  assert.throws(
    () => loadConfig({ RATE_LIMIT_SYNC_MS: '-1', REDIS_URL: 'localhost:6379' }),
    /RATE_LIMIT_SYNC_MS=-1[\s\S]*REDIS_URL must look like redis:\/\/host:port/,
  );
});

test('PLANS_URL: unset by default; a web page or a mail address; anything else (javascript:, a path) refused', () => {
  assert.equal(loadConfig({}).plansUrl, undefined);
  assert.equal(loadConfig({ PLANS_URL: 'https://example.org/plans' }).plansUrl, 'https://example.org/plans');
  assert.equal(loadConfig({ PLANS_URL: 'mailto:admin@example.org' }).plansUrl, 'mailto:admin@example.org');
  for (const bad of ['javascript:alert(1)', '/plans', 'https://', 'mailto:nobody']) {
    assert.throws(
      () => loadConfig({ PLANS_URL: bad }),
      (e: unknown) => isAppError(e) && e.code === 'CONFIG_INVALID' && /PLANS_URL/.test(e.message),
      bad,
    );
  }
});
