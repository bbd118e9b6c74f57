// Password hashing with argon2id (OWASP's minimum parameters: 19 MiB, 2 iterations, 1 lane) and the
// password rules: 12 to 256 characters, not the email address, no control characters (shared/text-input.ts). Length is the rule that matters (NIST
// 800-63B); no composition rules.
import { hash, verify } from '@node-rs/argon2';
import { AppError, checkText } from '../shared/index.js';

const ARGON2ID = 2; // @node-rs/argon2's Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function checkPassword(password: unknown, email?: string): string {
  if (typeof password !== 'string' || password.length === 0)
    throw new AppError('ACCOUNT_INVALID', { field: 'password', why: 'a password is required' });
  checkText('password', password);
  if (password.length < PASSWORD_MIN)
    throw new AppError('ACCOUNT_INVALID', { field: 'password', why: `use at least ${PASSWORD_MIN} characters` });
  if (password.length > PASSWORD_MAX)
    throw new AppError('ACCOUNT_INVALID', { field: 'password', why: `use at most ${PASSWORD_MAX} characters` });
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase())
    throw new AppError('ACCOUNT_INVALID', { field: 'password', why: 'the password cannot be the email address' });
  return password;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** a real hash of a random password, verified against when the email is unknown so timing does not tell */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoy;
}
