// Accounts domain on SQLite and PostgreSQL: users, passwords, sessions (idle and absolute expiry), reset
// tokens (single use, expiry), API keys, and the meter's rules with a controlled clock.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Database, openDatabase } from '../db/index.js';
import { type PgCluster, postgresUnavailable, startPostgres } from '../db/test-support/postgres.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { errorCode } from '../shared/test-support/error-code.js';
import {
  authenticate,
  createApiKey,
  createSession,
  createUser,
  type MeterLimits,
  meterCodeView,
  meterStatus,
  requestPasswordReset,
  resetPassword,
  revokeApiKey,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionUser,
  type User,
  updateUser,
  userForApiKey,
} from './index.js';

const RESET_LIMITS = { resetMailsPerAccountPerHour: 3 };
const LIMITS: MeterLimits = { guestCodeViews: 1, freeCodeViews: 5, guestViewsPerAddressPerDay: 3 };
const T0 = new Date('2026-11-10T12:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

for (const dialect of ['sqlite', 'postgres'] as const) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`accounts on ${dialect}`, { skip }, () => {
    const dir = tempDir();
    let pg: PgCluster | undefined;
    let database: Database;
    let ann: User;
    before(async () => {
      if (dialect === 'postgres') pg = await startPostgres();
      database = await openDatabase({ dataDir: dir.path, databaseUrl: pg?.url });
      ann = await createUser(
        database.db,
        { email: 'Ann@Example.org', password: 'correct horse battery', role: 'member' },
        T0,
      );
    });
    after(async () => {
      await database?.close();
      pg?.stop();
      dir.remove();
    });

    test('users: email normalised, duplicates and weak input refused, argon2id stored', async () => {
      const db = database.db;
      assert.equal(ann.email, 'ann@example.org');
      assert.equal(ann.plan, 'free');
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', ann.id)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
      assert.equal(
        await errorCode(createUser(db, { email: 'ANN@example.org', password: 'another long one', role: 'member' }, T0)),
        'ACCOUNT_EMAIL_TAKEN',
      );
      assert.equal(
        await errorCode(createUser(db, { email: 'not-an-email', password: 'long enough pass', role: 'member' }, T0)),
        'ACCOUNT_INVALID',
      );
      assert.equal(
        await errorCode(createUser(db, { email: 'b@example.org', password: 'short', role: 'member' }, T0)),
        'ACCOUNT_INVALID',
      );
      assert.equal(
        await errorCode(
          createUser(db, { email: 'c@example.org', password: 'long enough pass', role: 'king' as 'member' }, T0),
        ),
        'ACCOUNT_INVALID',
      );
      assert.equal((await authenticate(db, ' ANN@example.org ', 'correct horse battery')).id, ann.id);
      assert.equal(
        await errorCode(authenticate(db, 'ann@example.org', 'wrong password!!')),
        'AUTH_INVALID_CREDENTIALS',
      );
      assert.equal(
        await errorCode(authenticate(db, 'nobody@example.org', 'correct horse battery')),
        'AUTH_INVALID_CREDENTIALS',
      );
    });

    test('sessions end after the idle time, after the absolute time, and when the account is disabled', async () => {
      const db = database.db;
      const token = await createSession(db, ann.id, T0);
      assert.equal((await sessionUser(db, token, later(60_000)))?.id, ann.id);
      assert.equal(await sessionUser(db, `${token}x`, T0), undefined);
      assert.equal(await sessionUser(db, token, later(60_000 + SESSION_IDLE_MS)), undefined);
      // kept alive by use, it still ends at the absolute limit
      const busy = await createSession(db, ann.id, T0);
      for (let t = 0; t < SESSION_MAX_MS; t += SESSION_IDLE_MS / 2) assert.ok(await sessionUser(db, busy, later(t)));
      assert.equal(await sessionUser(db, busy, later(SESSION_MAX_MS)), undefined);
      const bob = await createUser(
        db,
        { email: 'bob@example.org', password: 'bobs long password', role: 'member' },
        T0,
      );
      const s = await createSession(db, bob.id, T0);
      await updateUser(db, bob.id, { disabled: true }, T0);
      assert.equal(await sessionUser(db, s, T0), undefined);
      assert.equal(
        await errorCode(authenticate(db, 'bob@example.org', 'bobs long password')),
        'AUTH_INVALID_CREDENTIALS',
      );
    });

    test('password reset: single use, expires, ends the sessions, unknown email gives nothing', async () => {
      const db = database.db;
      const carl = await createUser(
        db,
        { email: 'carl@example.org', password: 'carls first password', role: 'member' },
        T0,
      );
      const session = await createSession(db, carl.id, T0);
      assert.equal(await requestPasswordReset(db, 'nobody@example.org', T0, RESET_LIMITS), undefined);
      const r = await requestPasswordReset(db, 'carl@example.org', T0, RESET_LIMITS);
      assert.ok(r);
      await resetPassword(db, r.token, 'carls second password', later(1000));
      assert.equal(
        await errorCode(resetPassword(db, r.token, 'carls third password', later(2000))),
        'RESET_TOKEN_INVALID',
      );
      assert.equal(await sessionUser(db, session, later(3000)), undefined);
      assert.equal((await authenticate(db, 'carl@example.org', 'carls second password')).id, carl.id);
      const old = await requestPasswordReset(db, 'carl@example.org', T0, RESET_LIMITS);
      assert.ok(old);
      assert.equal(
        await errorCode(resetPassword(db, old.token, 'carls fourth password', later(2 * 3600_000))),
        'RESET_TOKEN_INVALID',
      );
    });

    test('API keys: act as the user, stop when revoked', async () => {
      const db = database.db;
      const { id, key } = await createApiKey(db, ann.id, T0);
      assert.match(key, /^cdk_[A-Za-z0-9_-]{43}$/);
      assert.equal((await userForApiKey(db, key, T0)).id, ann.id);
      // one character changed (a key that already ended in "A" was its own "altered" copy, 1 time in 64)
      const altered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
      assert.equal(await errorCode(userForApiKey(db, altered, T0)), 'AUTH_INVALID_API_KEY');
      const stored = await db.selectFrom('api_keys').select('key_hash').where('id', '=', id).executeTakeFirstOrThrow();
      assert.notEqual(stored.key_hash, key);
      await revokeApiKey(db, ann.id, id, T0);
      assert.equal(await errorCode(userForApiKey(db, key, T0)), 'AUTH_INVALID_API_KEY');
      assert.equal(await errorCode(revokeApiKey(db, ann.id, id, T0)), 'NOT_FOUND');
    });

    test('meter: guest allowance, re-opening is free, address cap, free per month, paid and staff unlimited', async () => {
      const db = database.db;
      const guest = { kind: 'guest', guestId: 'g1' } as const;
      const first = await meterCodeView(db, guest, 'icd10cm:E11.9', '10.0.0.1', T0, LIMITS);
      assert.deepEqual([first.allowed, first.remaining], [true, 0]);
      assert.equal((await meterCodeView(db, guest, 'icd10cm:E11.9', '10.0.0.1', T0, LIMITS)).allowed, true);
      const second = await meterCodeView(db, guest, 'icd10cm:E11.65', '10.0.0.1', T0, LIMITS);
      assert.deepEqual([second.allowed, second.refusedBy], [false, 'allowance']);
      // cleared cookies: new guest ids from the same address, up to the daily cap (3) in all
      for (const g of ['g2', 'g3'])
        assert.ok(
          (await meterCodeView(db, { kind: 'guest', guestId: g }, 'hcpcs:J1100', '10.0.0.1', T0, LIMITS)).allowed,
        );
      const capped = await meterCodeView(db, { kind: 'guest', guestId: 'g4' }, 'hcpcs:J1100', '10.0.0.1', T0, LIMITS);
      assert.deepEqual([capped.allowed, capped.refusedBy], [false, 'address']);
      // another address, or the next day, is not capped
      assert.ok(
        (await meterCodeView(db, { kind: 'guest', guestId: 'g5' }, 'hcpcs:J1100', '10.0.0.2', T0, LIMITS)).allowed,
      );
      assert.ok(
        (
          await meterCodeView(
            db,
            { kind: 'guest', guestId: 'g6' },
            'hcpcs:J1100',
            '10.0.0.1',
            later(86_400_000),
            LIMITS,
          )
        ).allowed,
      );

      const free = { kind: 'user', user: ann } as const;
      assert.equal((await meterStatus(db, free, '10.0.0.1', T0, LIMITS)).remaining, 5);
      for (let i = 0; i < 5; i++) {
        const r = await meterCodeView(db, free, `cpt:9921${i}`, '10.0.0.1', T0, LIMITS);
        assert.deepEqual([r.allowed, r.remaining], [true, 4 - i]);
      }
      assert.equal((await meterCodeView(db, free, 'cpt:99215', '10.0.0.1', T0, LIMITS)).allowed, false);
      assert.equal((await meterCodeView(db, free, 'cpt:99212', '10.0.0.1', T0, LIMITS)).allowed, true, 're-opened');
      // a new calendar month starts a new allowance
      const december = new Date('2026-12-01T00:00:01Z');
      assert.equal((await meterStatus(db, free, '10.0.0.1', december, LIMITS)).remaining, 5);
      assert.equal((await meterCodeView(db, free, 'cpt:99215', '10.0.0.1', december, LIMITS)).allowed, true);

      const paid = await updateUser(db, ann.id, { plan: 'paid' }, T0);
      for (let i = 0; i < 20; i++)
        assert.equal(
          (await meterCodeView(db, { kind: 'user', user: paid }, `hcpcs:A${i}`, 'x', T0, LIMITS)).who,
          'unlimited',
        );
      const editor = await updateUser(db, ann.id, { plan: 'free', role: 'editor' }, T0);
      assert.equal(
        (await meterCodeView(db, { kind: 'user', user: editor }, 'hcpcs:B1', 'x', T0, LIMITS)).allowed,
        true,
      );
      await updateUser(db, ann.id, { role: 'member' }, T0);
    });
  });
}
