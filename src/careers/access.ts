// Who may do what with a posting or an application, in the domain (the web only passes the user along):
// employers (and admins) post; only a posting's own employer or an admin edits it or sees its applicants; an
// applicant sees only their own applications. Anything one may not see is answered as if it did not exist
// (CAREERS_NOT_FOUND, 404), never 403, so ids reveal nothing about other employers' postings and applicants.
import { hasRole } from '../accounts/index.js';
import { AppError } from '../shared/index.js';
import type { Actor, CareersDeps } from './deps.js';
import type { JobRow } from './job-document.js';

export function requireSignedIn(actor: Actor | undefined): Actor {
  if (!actor) throw new AppError('AUTH_REQUIRED', {});
  return actor;
}

export function requireEmployer(actor: Actor | undefined): Actor {
  const who = requireSignedIn(actor);
  if (!hasRole(who, 'employer')) throw new AppError('FORBIDDEN', { need: 'employer' });
  return who;
}

export function requireAdmin(actor: Actor | undefined): Actor {
  const who = requireSignedIn(actor);
  if (who.role !== 'admin') throw new AppError('FORBIDDEN', { need: 'admin' });
  return who;
}

export function isAdmin(actor: Actor | undefined): boolean {
  return actor?.role === 'admin';
}

/** the posting's own employer, or an admin */
export function mayManage(actor: Actor | undefined, row: Pick<JobRow, 'owner_user_id'>): boolean {
  return actor !== undefined && (actor.role === 'admin' || actor.id === row.owner_user_id);
}

type Db = CareersDeps['db'];

/** The posting with its organization's name and domain, or undefined. */
export async function findJobRow(db: Db, id: string): Promise<JobRow | undefined> {
  if (typeof id !== 'string' || id.length > 100) return undefined;
  return db
    .selectFrom('careers_jobs as j')
    .innerJoin('careers_organizations as o', 'o.id', 'j.organization_id')
    .selectAll('j')
    .select(['o.name as organization_name', 'o.domain as organization_domain'])
    .where('j.id', '=', id)
    .executeTakeFirst();
}

/** The posting if `actor` may manage it; CAREERS_NOT_FOUND otherwise (a guest is asked to log in first). */
export async function managedJobRow(db: Db, actor: Actor | undefined, id: string): Promise<JobRow> {
  const who = requireSignedIn(actor);
  const row = await findJobRow(db, id);
  if (!row || !mayManage(who, row)) throw new AppError('CAREERS_NOT_FOUND', { what: 'job', id: String(id) });
  return row;
}
