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
