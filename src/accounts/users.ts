// People: create, find, authenticate, and the admin's changes (role, plan, disabled). Emails are stored
// lower-cased and compared that way; a disabled account cannot log in, and its sessions and keys stop working.
import type { Kysely, Selectable } from 'kysely';
import { type DatabaseSchema, type UsersTable, writeTransaction } from '../db/index.js';
import { AppError, checkText } from '../shared/index.js';
import { checkPassword, decoyHash, hashPassword, verifyPassword } from './passwords.js';
import { isPlan, isRole, type Plan, type Role } from './roles.js';
import { newId } from './secrets.js';

export type Db = Kysely<DatabaseSchema>;

export interface User {
  id: string;
  email: string;
  role: Role;
  plan: Plan;
  createdAt: string;
  disabled: boolean;
}

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    role: isRole(row.role) ? row.role : 'member',
    plan: isPlan(row.plan) ? row.plan : 'free',
    createdAt: row.created_at,
    disabled: row.disabled_at !== null,
  };
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

export function normalizeEmail(email: unknown): string {
  if (typeof email !== 'string' || email.trim() === '')
    throw new AppError('ACCOUNT_INVALID', { field: 'email', why: 'an email address is required' });
  const e = checkText('email', email.trim()).toLowerCase();
  if (e.length > 254 || !EMAIL.test(e))
    throw new AppError('ACCOUNT_INVALID', { field: 'email', why: `"${email.slice(0, 80)}" is not an email address` });
  return e;
}

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  plan?: Plan;
}

export async function createUser(db: Db, input: NewUser, now: Date): Promise<User> {
  const email = normalizeEmail(input.email);
  const password = checkPassword(input.password, email);
  if (!isRole(input.role))
    throw new AppError('ACCOUNT_INVALID', { field: 'role', why: `"${String(input.role)}" is not a role` });
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AppError('ACCOUNT_EMAIL_TAKEN', { email });
  const row = {
    id: newId(),
    email,
    password_hash: await hashPassword(password),
    role: input.role,
    plan: input.plan ?? 'free',
    created_at: now.toISOString(),
    disabled_at: null,
  };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (e) {
    // a registration racing this one for the same address
    if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())
      throw new AppError('ACCOUNT_EMAIL_TAKEN', { email });
    throw e;
  }
  return toUser(row);
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  let e: string;
  try {
    e = normalizeEmail(email);
  } catch {
    return undefined;
  }
  const row = await db.selectFrom('users').selectAll().where('email', '=', e).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** The user for this email and password; AUTH_INVALID_CREDENTIALS for any mismatch (same answer, same time). */
export async function authenticate(db: Db, email: unknown, password: unknown): Promise<User> {
  const e = typeof email === 'string' ? checkText('email', email.trim()).toLowerCase() : '';
  const p = typeof password === 'string' ? checkText('password', password) : '';
  const row = e ? await db.selectFrom('users').selectAll().where('email', '=', e).executeTakeFirst() : undefined;
  const ok = await verifyPassword(row?.password_hash ?? (await decoyHash()), p);
  if (!row || !ok || row.disabled_at !== null) throw new AppError('AUTH_INVALID_CREDENTIALS', {});
  return toUser(row);
}

export interface UserListing {
  total: number;
  users: User[];
}

export async function listUsers(db: Db, opts: { q?: string; limit: number; offset: number }): Promise<UserListing> {
  let query = db.selectFrom('users');
  if (opts.q) query = query.where('email', 'like', `%${opts.q.toLowerCase().replace(/[%_]/g, '')}%`);
  const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await query.selectAll().orderBy('email').limit(opts.limit).offset(opts.offset).execute();
  return { total, users: rows.map(toUser) };
}

export interface UserChange {
  role?: Role;
  plan?: Plan;
  disabled?: boolean;
}

export async function updateUser(db: Db, id: string, change: UserChange, now: Date): Promise<User> {
  if (change.role !== undefined && !isRole(change.role))
    throw new AppError('ACCOUNT_INVALID', { field: 'role', why: `"${String(change.role)}" is not a role` });
  if (change.plan !== undefined && !isPlan(change.plan))
    throw new AppError('ACCOUNT_INVALID', { field: 'plan', why: `"${String(change.plan)}" is not a plan` });
  const set: Partial<Selectable<UsersTable>> = {};
  if (change.role) set.role = change.role;
  if (change.plan) set.plan = change.plan;
  if (change.disabled !== undefined) set.disabled_at = change.disabled ? now.toISOString() : null;
  // one transaction: a disabled account never keeps a session, and the answer is the row as changed
  return writeTransaction(db, [`user:${id}`], async (trx) => {
    if (Object.keys(set).length > 0) await trx.updateTable('users').set(set).where('id', '=', id).execute();
    if (change.disabled) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    const user = await getUser(trx, id);
    if (!user) throw new AppError('NOT_FOUND', { what: 'The account' });
    return user;
  });
}
