// The limits on the account forms (docs/accounts.md), counted in the database (attempts.ts) so that every
// process serving the site shares them:
// - attempts per client address, one budget for all the account forms (log in, registration, asking for and
//   using a reset link, changing the password);
// - failed log ins per account: after the limit each further try waits (1 s, doubling, at most a minute), so
//   guessing slows to a trickle and the owner is never shut out for long; a successful log in clears it;
// - reset mails per account and hour, so the form cannot be used to flood someone's mailbox.
// Accounts are keyed by the hash of the email as typed (trimmed, lower-cased) whether or not an account has it,
// so a refusal says nothing about which addresses exist.
import { clearAttempts, requireAttempt, takeAttempt } from './attempts.js';
import { hashToken } from './secrets.js';
import { authenticate, type Db, type User } from './users.js';

export interface AuthLimits {
  /** attempts on the account forms per client address per 15 minutes */
  authAttemptsPer15Minutes: number;
  /** failed log ins for one account before each further try waits */
  loginFailuresPerAccount: number;
  /** reset mails for one account per hour */
  resetMailsPerAccountPerHour: number;
}

export const AUTH_WINDOW_MS = 15 * 60_000;
export const RESET_MAIL_WINDOW_MS = 60 * 60_000;
export const LOGIN_COOLDOWN = { firstMs: 1000, maxMs: 60_000 } as const;

export function accountKey(kind: 'login' | 'reset', email: unknown): string {
  return `${kind}:${hashToken(typeof email === 'string' ? email.trim().toLowerCase() : '')}`;
}

/** Counts one post of an account form from `address`; RATE_LIMITED when its budget is spent. */
export function takeFormAttempt(db: Db, address: string, now: Date, limits: AuthLimits): Promise<void> {
  return requireAttempt(
    db,
    `address:${address}`,
    { limit: limits.authAttemptsPer15Minutes, windowMs: AUTH_WINDOW_MS },
    now,
  );
}

/** authenticate, within the per-account limit on failures (RATE_LIMITED while the account must wait). */
export async function logInWithLimit(
  db: Db,
  email: unknown,
  password: unknown,
  now: Date,
  limits: AuthLimits,
): Promise<User> {
  const key = accountKey('login', email);
  // the attempt is counted before the password is checked, so parallel guesses cannot slip past the limit
  const rule = { limit: limits.loginFailuresPerAccount, windowMs: AUTH_WINDOW_MS, cooldown: LOGIN_COOLDOWN };
  await requireAttempt(db, key, rule, now);
  const user = await authenticate(db, email, password);
  await clearAttempts(db, key);
  return user;
}

/** Whether one more reset mail may go to this address now (counted when it may). */
export async function mayMailReset(
  db: Db,
  email: string,
  now: Date,
  limits: Pick<AuthLimits, 'resetMailsPerAccountPerHour'>,
): Promise<boolean> {
  const rule = { limit: limits.resetMailsPerAccountPerHour, windowMs: RESET_MAIL_WINDOW_MS };
  return (await takeAttempt(db, accountKey('reset', email), rule, now)).allowed;
}
