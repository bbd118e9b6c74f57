// Server-side sessions: the browser holds a random token in an HttpOnly cookie; the database holds its hash,
// the user, and the times. A session ends after SESSION_IDLE_MS without use or SESSION_MAX_MS after log in,
// whichever comes first, and on log out, password reset or the account being disabled.
import { hashToken, randomToken } from './secrets.js';
import { type Db, toUser, type User } from './users.js';

export const SESSION_IDLE_MS = 7 * 24 * 3600_000;
export const SESSION_MAX_MS = 30 * 24 * 3600_000;
/** last-seen is written at most this often, so reading a page is not a write each time */
const TOUCH_MS = 60_000;

export async function createSession(db: Db, userId: string, now: Date): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
    })
    .execute();
  return token;
}

/** The signed-in user for a session token, or undefined when the session is unknown, expired or disabled. */
export async function sessionUser(db: Db, token: string | undefined, now: Date): Promise<User | undefined> {
  if (!token || token.length > 100) return undefined;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.last_seen_at', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now.getTime() >= Date.parse(row.expires_at) || now.getTime() - lastSeen >= SESSION_IDLE_MS) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return undefined;
  }
  if (row.disabled_at !== null) return undefined;
  if (now.getTime() - lastSeen >= TOUCH_MS)
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  return toUser(row);
}

export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export async function endUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
