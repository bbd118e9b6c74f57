// Claim Check's guest allowance on SQLite and PostgreSQL: counted per guest and per address and UTC day,
// accounts unlimited, and concurrent checks never take more than the limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { type ClaimAllowanceLimits, countClaimCheck, createUser, type Viewer } from './index.js';

const LIMITS: ClaimAllowanceLimits = { guestClaimChecks: 2, guestClaimChecksPerAddressPerDay: 3 };
const T0 = new Date('2026-11-10T23:59:00Z');
const guest = (id: string): Viewer => ({ kind: 'guest', guestId: id });

describeEachDatabase('Claim Check allowance', (t) => {
  const count = (viewer: Viewer, address: string, now = T0, limits = LIMITS) =>
    countClaimCheck(t.database.db, viewer, address, now, limits);

  test('a guest: its allowance a day, then refused; the next UTC day starts again', async () => {
    assert.deepEqual(await count(guest('a'), '10.0.0.1'), { allowed: true, who: 'guest', remaining: 1, limit: 2 });
    assert.deepEqual(await count(guest('a'), '10.0.0.1'), { allowed: true, who: 'guest', remaining: 0, limit: 2 });
    const refused = await count(guest('a'), '10.0.0.1');
    assert.equal(refused.allowed, false);
    assert.equal(refused.refusedBy, 'allowance');
    assert.equal((await count(guest('a'), '10.0.0.1', new Date('2026-11-11T00:00:01Z'))).allowed, true);
  });

  test('the address cap: new guests from one address share it; a refusal by it costs the guest nothing', async () => {
    assert.equal((await count(guest('b'), '10.0.0.2')).allowed, true);
    assert.equal((await count(guest('c'), '10.0.0.2')).allowed, true);
    assert.equal((await count(guest('d'), '10.0.0.2')).allowed, true);
    const capped = await count(guest('e'), '10.0.0.2');
    assert.equal(capped.allowed, false);
    assert.equal(capped.refusedBy, 'address');
    // guest e still has its own two checks, from another address
    assert.deepEqual(await count(guest('e'), '10.0.0.3'), { allowed: true, who: 'guest', remaining: 1, limit: 2 });
    assert.equal((await count(guest('e'), '10.0.0.3')).allowed, true);
    assert.equal((await count(guest('e'), '10.0.0.3')).refusedBy, 'allowance');
  });

  test('none allowed: GUEST_CLAIM_CHECKS=0 refuses every guest check', async () => {
    const none = await count(guest('f'), '10.0.0.4', T0, {
      guestClaimChecks: 0,
      guestClaimChecksPerAddressPerDay: 9,
    });
    assert.equal(none.allowed, false);
  });

  test('accounts are not limited', async () => {
    const user = await createUser(
      t.database.db,
      { email: 'claims@example.org', password: 'a long enough password', role: 'member' },
      T0,
    );
    for (let i = 0; i < 5; i++)
      assert.deepEqual(await count({ kind: 'user', user }, '10.0.0.5'), { allowed: true, who: 'unlimited' });
  });

  test('concurrent checks of one guest take no more than the allowance', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => count(guest('g'), '10.0.0.6')));
    assert.equal(results.filter((r) => r.allowed).length, 2);
    const fromAddress = await Promise.all(Array.from({ length: 8 }, (_, i) => count(guest(`h${i}`), '10.0.0.7')));
    assert.equal(fromAddress.filter((r) => r.allowed).length, 3);
  });
});
