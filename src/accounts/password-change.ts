// Changing a password, by the signed-in owner (who gives the current one) or through a reset link. Either way
// the new hash and the end of every reset link the account still has open are one write: a link asked for
// before the change is of no use to the owner any more, and must be of none to whoever else holds it. Given
// `mail`, the owner's notice of the change is queued in the same write.
import { writeTransaction } from '../db/index.js';
import { AppError, checkText } from '../shared/index.js';
import { enqueueMail } from '../tasks/index.js';
import { type AccountMail, passwordChangedMail } from './account-mail.js';
import { checkPassword, hashPassword, verifyPassword } from './passwords.js';
import { type Db, toUser, type User } from './users.js';

/**
 * Stores a password hash already made and ends the account's open reset links (joins a caller's transaction);
 * with `notice`, queues the mail telling the owner.
 */
export async function storePassword(
  db: Db,
  userId: string,
  passwordHash: string,
  now: Date,
  notice?: AccountMail & { email: string },
): Promise<void> {
  await writeTransaction(db, [`user:${userId}`], async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    await trx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
    if (notice) await enqueueMail(trx, passwordChangedMail(notice.email, notice), now);
  });
}

/** Changes a signed-in user's password: the current one must be given (a stolen session alone cannot). */
export async function changePassword(
  db: Db,
  userId: string,
  current: unknown,
  next: unknown,
  now: Date,
  mail?: AccountMail,
): Promise<User> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { what: 'The account' });
  if (typeof current === 'string') checkText('current password', current);
  if (!(await verifyPassword(row.password_hash, typeof current === 'string' ? current : '')))
    throw new AppError('ACCOUNT_INVALID', { field: 'current password', why: 'that is not the current password' });
  const checked = checkPassword(typeof next === 'string' ? next : '', row.email);
  // hashing takes tens of milliseconds: done before the write transaction, which must not hold the lock that long
  await storePassword(db, userId, await hashPassword(checked), now, mail && { ...mail, email: row.email });
  return toUser(row);
}
