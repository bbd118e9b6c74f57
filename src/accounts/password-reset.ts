// Password reset by emailed single-use token: valid for RESET_TTL_MS, used once, and a reset ends every
// session of the account. Asking for a reset never says whether the address has an account.
import { AppError } from '../shared/index.js';
import { hashToken, randomToken } from './secrets.js';
import { endUserSessions } from './sessions.js';
import { type Db, findUserByEmail, setPassword, type User } from './users.js';

export const RESET_TTL_MS = 60 * 60_000;

/** A reset token for the account with this email, or undefined when there is no such (enabled) account. */
export async function requestPasswordReset(
  db: Db,
  email: string,
  now: Date,
): Promise<{ user: User; token: string } | undefined> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabled) return undefined;
  const token = randomToken();
  await db
    .insertInto('password_resets')
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + RESET_TTL_MS).toISOString(),
      used_at: null,
    })
    .execute();
  return { user, token };
}

/** True when the token can still be used (for showing the form). */
export async function resetTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const row = await db
    .selectFrom('password_resets')
    .select(['expires_at', 'used_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return !!row && row.used_at === null && now.getTime() < Date.parse(row.expires_at);
}

export async function resetPassword(db: Db, token: string, password: string, now: Date): Promise<string> {
  if (!(await resetTokenUsable(db, token, now))) throw new AppError('RESET_TOKEN_INVALID', {});
  const tokenHash = hashToken(token);
  // claim the token first: of two racing uses, only the one whose update changes a row goes on
  const claimed = await db
    .updateTable('password_resets')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('RESET_TOKEN_INVALID', {});
  const row = await db
    .selectFrom('password_resets')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirstOrThrow();
  await setPassword(db, row.user_id, password);
  await endUserSessions(db, row.user_id);
  return row.user_id;
}
