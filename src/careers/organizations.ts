// Employers' organization profiles: one per employer account — name, website domain (normalized: the show-beside
// rule compares application targets with it), an "about" text in Markdown, and the upload id of a logo (the file
// storage keeps the file and checks it; this keeps only the id). Renaming an organization changes what its postings
// are found by, so it takes a search number for them (search-seq.ts).
import { randomUUID } from 'node:crypto';
import type { Selectable, Transaction } from 'kysely';
import { type CareersOrganizationsTable, type DatabaseSchema, writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { requireEmployer } from './access.js';
import type { Actor, CareersDeps } from './deps.js';
import { normalizeDomain } from './domains.js';
import { Problems } from './problems.js';
import { takeSearchSeq } from './search-seq.js';
import { readText } from './text-fields.js';
import { LIMITS } from './values.js';

export interface OrganizationProfile {
  id: string;
  name: string;
  /** lower-case host name, e.g. "acme-health.com"; null when not given */
  domain: string | null;
  /** Markdown; render it with renderJobMarkdown */
  about: string;
  logoUploadId: string | null;
  /** a mailbox at `domain` was proved to be the employer's (domain-verification.ts); false when there is no domain */
  domainVerified: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationInput {
  name?: unknown;
  /** a host name or a web address ("https://www.acme-health.com/careers" is stored as "acme-health.com") */
  domain?: unknown;
  about?: unknown;
  logoUploadId?: unknown;
}

/** a new organization's verification columns: nothing proved, no verification mail sent */
const UNVERIFIED = { domain_verified: null, verification_mail_day: null, verification_mails: 0 };

/** upload ids are opaque to CareerCenter, but still bounded text of one shape */
const UPLOAD_ID = /^[A-Za-z0-9._:-]+$/;

/** An upload id as given, or a problem on `field`. */
export function readUploadId(problems: Problems, field: string, value: unknown, required: boolean): string | null {
  const text = readText(problems, field, value, { max: LIMITS.uploadId, required });
  if (text === undefined) return null;
  if (!UPLOAD_ID.test(text)) {
    problems.add(field, 'is not an upload id (letters, digits, ".", "_", ":" and "-")');
    return null;
  }
  return text;
}

export function toOrganizationProfile(row: Selectable<CareersOrganizationsTable>): OrganizationProfile {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    about: row.about,
    logoUploadId: row.logo_upload_id,
    // verified only for the domain that was proved: a changed domain is unverified until proved again
    domainVerified: row.domain !== null && row.domain_verified === row.domain,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function readOrganization(input: OrganizationInput) {
  const problems = new Problems();
  const name = readText(problems, 'name', input.name, { max: LIMITS.organizationName, required: true });
  const rawDomain = readText(problems, 'domain', input.domain, { max: LIMITS.domain + 100 });
  let domain: string | null = null;
  if (rawDomain !== undefined) {
    domain = normalizeDomain(rawDomain) ?? null;
    if (!domain) problems.add('domain', `"${rawDomain.slice(0, 80)}" is not a website domain such as acme-health.com`);
  }
  const about = readText(problems, 'about', input.about, { max: LIMITS.about, multiline: true }) ?? '';
  const logoUploadId = readUploadId(problems, 'logoUploadId', input.logoUploadId, false);
  problems.throwIfAny('The organization profile');
  return { name: name as string, domain, about, logo_upload_id: logoUploadId };
}

/** The employer's own profile, if they have made one. */
export async function myOrganization(
  deps: CareersDeps,
  actor: Actor | undefined,
): Promise<OrganizationProfile | undefined> {
  const who = requireEmployer(actor);
  const row = await deps.db
    .selectFrom('careers_organizations')
    .selectAll()
    .where('owner_user_id', '=', who.id)
    .executeTakeFirst();
  return row ? toOrganizationProfile(row) : undefined;
}

/** Any organization's profile, for its public page; CAREERS_NOT_FOUND when there is none. */
export async function getOrganization(deps: CareersDeps, id: string): Promise<OrganizationProfile> {
  const row =
    typeof id === 'string' && id.length <= 100
      ? await deps.db.selectFrom('careers_organizations').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
  if (!row) throw new AppError('CAREERS_NOT_FOUND', { what: 'organization', id: String(id) });
  return toOrganizationProfile(row);
}

/**
 * Creates or replaces the employer's profile (every field as given: an absent domain, about or logo clears it).
 * Refused with CAREERS_INVALID naming each bad field.
 */
export async function saveOrganization(
  deps: CareersDeps,
  actor: Actor | undefined,
  input: OrganizationInput,
): Promise<OrganizationProfile> {
  const who = requireEmployer(actor);
  const fields = readOrganization(input);
  const at = deps.now().toISOString();
  return writeTransaction(deps.db, [`careers:organization:${who.id}`], async (trx) => {
    const existing = await trx
      .selectFrom('careers_organizations')
      .selectAll()
      .where('owner_user_id', '=', who.id)
      .executeTakeFirst();
    if (!existing) {
      const row = {
        id: randomUUID(),
        owner_user_id: who.id,
        ...fields,
        created_at: at,
        updated_at: at,
        ...UNVERIFIED,
      };
      await trx.insertInto('careers_organizations').values(row).execute();
      return toOrganizationProfile(row);
    }
    await trx
      .updateTable('careers_organizations')
      .set({ ...fields, updated_at: at })
      .where('id', '=', existing.id)
      .execute();
    // its postings are found by the organization's name: the search must see the new one
    if (existing.name !== fields.name) {
      const seq = await takeSearchSeq(trx);
      await trx
        .updateTable('careers_jobs')
        .set({ search_seq: seq })
        .where('organization_id', '=', existing.id)
        .execute();
    }
    return toOrganizationProfile({ ...existing, ...fields, updated_at: at });
  });
}

/**
 * The employer's organization inside a posting's transaction: theirs, or a new one named `name` (a posting sent
 * through the API before any profile was made). undefined when there is none and no name was given.
 */
export async function organizationForPosting(
  trx: Transaction<DatabaseSchema>,
  ownerId: string,
  name: string | undefined,
  at: string,
): Promise<Selectable<CareersOrganizationsTable> | undefined> {
  const existing = await trx
    .selectFrom('careers_organizations')
    .selectAll()
    .where('owner_user_id', '=', ownerId)
    .executeTakeFirst();
  if (existing || name === undefined) return existing;
  const row = {
    id: randomUUID(),
    owner_user_id: ownerId,
    name,
    domain: null,
    about: '',
    logo_upload_id: null,
    created_at: at,
    updated_at: at,
    ...UNVERIFIED,
  };
  await trx.insertInto('careers_organizations').values(row).execute();
  return row;
}
