// Password reset by emailed single-use token: valid for RESET_TTL_MS, used once, and a reset ends every
// session of the account and every other link it has open. Asking for a reset never says whether the address
// has an account. A new password that breaks the rules is refused before the link is touched, so the owner
// can try again with the same link. Given `mail`, the link's mail and the password-changed notice are queued in
// the transaction that makes the link or changes the password (account-mail.ts).
import { writeTransaction } from '../db/index.js';
import { AppError, checkText } from '../shared/index.js';
import { insertWithMail } from '../tasks/index.js';
import { type AccountMail, resetMail } from './account-mail.js';
import { clearAttempts } from './attempts.js';
import { type AuthLimits, accountKey, mayMailReset } from './auth-limits.js';
import { storePassword } from './password-change.js';
import { checkPassword, hashPassword } from './passwords.js';
import { hashToken, randomToken } from './secrets.js';
import { endUserSessions } from './sessions.js';
import { type Db, findUserByEmail, type User } from './users.js';

export const RESET_TTL_MS = 60 * 60_000;

/**
 * A reset token for the account with this email, or undefined when there is no such (enabled) account or the
 * address has had its reset mails for the hour (limits.resetMailsPerAccountPerHour).
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  now: Date,
  limits: Pick<AuthLimits, 'resetMailsPerAccountPerHour'>,
  mail?: AccountMail,
): Promise<{ user: User; token: string } | undefined> {
  checkText('email', email.trim());
  // one transaction for the count, the lookup, the link and its mail: an address with an account costs one
  // statement more than one without (insertWithMail), so the answer takes the same time for both
  return writeTransaction(db, [], async (trx) => {
    // counted whether or not the address has an account: the same work, and the same answer, for both
    if (!(await mayMailReset(trx, email, now, limits))) return undefined;
    const user = await findUserByEmail(trx, email);
    if (!user || user.disabled) return undefined;
    const token = randomToken();
    const link = trx.insertInto('password_resets').values({
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + RESET_TTL_MS).toISOString(),
      used_at: null,
    });
    if (mail) await insertWithMail(trx, link, resetMail(user.email, token, mail), now);
    else await link.execute();
    return { user, token };
  });
}

/** The account a still usable token belongs to, or undefined (unknown, used or expired). */
async function tokenOwner(db: Db, token: string, now: Date): Promise<{ userId: string; email: string } | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select(['password_resets.expires_at', 'password_resets.used_at', 'users.id', 'users.email'])
    .where('password_resets.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || now.getTime() >= Date.parse(row.expires_at)) return undefined;
  return { userId: row.id, email: row.email };
}

/** True when the token can still be used (for showing the form). */
export async function resetTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  return (await tokenOwner(db, token, now)) !== undefined;
}

export async function resetPassword(
  db: Db,
  token: string,
  password: string,
  now: Date,
  mail?: AccountMail,
): Promise<string> {
  const owner = await tokenOwner(db, token, now);
  if (!owner) throw new AppError('RESET_TOKEN_INVALID', {});
  // the rules first: a refused password leaves the link as it was
  const hash = await hashPassword(checkPassword(password, owner.email));
  await writeTransaction(db, [`user:${owner.userId}`], async (trx) => {
    // the claim: of two racing uses only the one whose update changes the row goes on
    const claimed = await trx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('RESET_TOKEN_INVALID', {});
    await storePassword(trx, owner.userId, hash, now, mail && { ...mail, email: owner.email });
    await endUserSessions(trx, owner.userId);
    // whoever holds the mailbox may log in at once, whatever failed log ins came before
    await clearAttempts(trx, accountKey('login', owner.email));
  });
  return owner.userId;
}
