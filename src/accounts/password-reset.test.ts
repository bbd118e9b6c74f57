// Password reset links on SQLite and PostgreSQL: a refused new password leaves the link usable, and a
// successful reset or password change ends every other link of the account.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { errorCode } from '../shared/test-support/error-code.js';
import {
  authenticate,
  changePassword,
  createUser,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
} from './index.js';

const T0 = new Date('2026-11-10T12:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describeEachDatabase('password reset links', (t) => {
  const link = async (email: string, at = T0) => {
    const r = await requestPasswordReset(t.database.db, email, at, { resetMailsPerAccountPerHour: 3 });
    assert.ok(r, `a link for ${email}`);
    return r.token;
  };

  test('a rejected new password used up the reset link: it stays usable and the valid retry works', async () => {
    const db = t.database.db;
    await createUser(db, { email: 'dora@example.org', password: 'doras first password', role: 'member' }, T0);
    const token = await link('dora@example.org');
    assert.equal(await errorCode(resetPassword(db, token, 'short', later(1000))), 'ACCOUNT_INVALID');
    assert.equal(await errorCode(resetPassword(db, token, 'dora@example.org', later(1000))), 'ACCOUNT_INVALID');
    assert.equal(await resetTokenUsable(db, token, later(2000)), true);
    await resetPassword(db, token, 'doras second password', later(3000));
    assert.ok(await authenticate(db, 'dora@example.org', 'doras second password'));
    assert.equal(await resetTokenUsable(db, token, later(4000)), false, 'used once');
  });

  test('older reset links kept working after a reset: a reset ends every other link of the account', async () => {
    const db = t.database.db;
    await createUser(db, { email: 'emil@example.org', password: 'emils first password', role: 'member' }, T0);
    await createUser(db, { email: 'fay@example.org', password: 'fays first password', role: 'member' }, T0);
    const first = await link('emil@example.org');
    const second = await link('emil@example.org', later(60_000));
    const someoneElses = await link('fay@example.org');
    await resetPassword(db, second, 'emils second password', later(120_000));
    assert.equal(await resetTokenUsable(db, first, later(121_000)), false);
    assert.equal(
      await errorCode(resetPassword(db, first, 'an attackers password', later(122_000))),
      'RESET_TOKEN_INVALID',
    );
    assert.ok(await authenticate(db, 'emil@example.org', 'emils second password'));
    // another account's link is its own
    assert.equal(await resetTokenUsable(db, someoneElses, later(123_000)), true);
  });

  test('older reset links kept working after a password change: a change ends them too', async () => {
    const db = t.database.db;
    const gus = await createUser(db, { email: 'gus@example.org', password: 'guss first password', role: 'member' }, T0);
    const token = await link('gus@example.org');
    await changePassword(db, gus.id, 'guss first password', 'guss second password', later(1000));
    assert.equal(await resetTokenUsable(db, token, later(2000)), false);
    assert.equal(
      await errorCode(resetPassword(db, token, 'an attackers password', later(3000))),
      'RESET_TOKEN_INVALID',
    );
    assert.ok(await authenticate(db, 'gus@example.org', 'guss second password'));
  });
});
