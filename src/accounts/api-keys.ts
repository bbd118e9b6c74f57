// API keys for scripts: "cdk_" + 256 random bits, shown once; stored as a hash with a short prefix to tell
// keys apart. A key acts as its user (same role, plan and meter) until revoked or the account is disabled.
import { AppError } from '../shared/index.js';
import { hashToken, newId, randomToken } from './secrets.js';
import { type Db, toUser, type User } from './users.js';

export const API_KEY_PREFIX = 'cdk_';

export interface ApiKeyInfo {
  id: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiKey(db: Db, userId: string, now: Date): Promise<{ id: string; key: string }> {
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  const id = newId();
  await db
    .insertInto('api_keys')
    .values({
      id,
      user_id: userId,
      key_hash: hashToken(key),
      prefix: key.slice(0, 10),
      created_at: now.toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, key };
}

export async function userForApiKey(db: Db, key: string, now: Date): Promise<User> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) throw new AppError('AUTH_INVALID_API_KEY', {});
  const keyHash = hashToken(key);
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .selectAll('users')
    .select(['api_keys.revoked_at', 'api_keys.last_used_at'])
    .where('api_keys.key_hash', '=', keyHash)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled_at !== null) throw new AppError('AUTH_INVALID_API_KEY', {});
  // last use is kept to the minute: enough to spot an unused key without a write per request
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= 60_000)
    await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('key_hash', '=', keyHash).execute();
  return toUser(row);
}

export async function listApiKeys(db: Db, userId: string): Promise<ApiKeyInfo[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    prefix: r.prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of the user's keys (an admin may pass anyUser to revoke another's). */
export async function revokeApiKey(db: Db, userId: string, keyId: string, now: Date, anyUser = false): Promise<void> {
  let q = db.updateTable('api_keys').set({ revoked_at: now.toISOString() }).where('id', '=', keyId);
  if (!anyUser) q = q.where('user_id', '=', userId);
  const r = await q.where('revoked_at', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', { what: 'That API key' });
}
