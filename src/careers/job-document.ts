// The Job document of the contract (docs: contracts.md, "Jobs"), made from a stored row, and the stored columns made
// from a posting's fields. The document is what GET /api/v1/jobs/{id} answers and what POST
// /api/v1/employer/jobs takes; the fields after closingDate are CareerCenter's additions (the contract may be
// extended, never changed).
import type { Selectable } from 'kysely';
import type { CareersJobsTable } from '../db/index.js';
import { compareApplicationDomain, type DomainComparison } from './domains.js';
import type { JobFields, ScreeningQuestion } from './job-input.js';
import { fromCents } from './salary.js';
import { searchTermsOf } from './search-terms.js';
import type { JobStatus, SalaryPeriod } from './values.js';

export interface JobDocument {
  id: string;
  status: JobStatus;
  title: string;
  /** the organization's name */
  organization: string;
  /** Markdown; render it with renderJobMarkdown */
  description: string;
  location: { city: string | null; state: string | null };
  workArrangement: string;
  /** state codes applicants may live in, ["ALL"] for any state; [] for jobs that are not remote */
  remoteStates: string[];
  employmentType: string;
  setting: string;
  specialties: string[];
  /** any of these qualifies */
  credentials: string[];
  experienceLevel: string;
  /** dollars, in salaryPeriod */
  salaryMin: number;
  salaryMax: number;
  salaryPeriod: SalaryPeriod;
  applicationMethod: string;
  applicationTarget?: string;
  /** YYYY-MM-DD, the last day applications are taken; null for a draft that will take the default */
  closingDate: string | null;
  // -- additions --
  organizationId: string;
  /** the organization's website domain, when its profile gives one */
  organizationDomain: string | null;
  codeSets: string[];
  experienceMonths: number;
  /** apprentices and new graduates welcome */
  apprenticeWelcome: boolean;
  screeningQuestions: ScreeningQuestion[];
  /** the show-beside rule: where applications go, next to the organization's domain (absent for CodeDesk) */
  applicationDomain?: DomainComparison;
  /** when it first went public (ISO 8601); null before */
  postedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** for its employer and admins only: why an admin unpublished it, and whether publishing waits for an admin */
  moderation?: { needsReview: boolean; reason: string | null };
}

/** A stored posting with its organization's name and domain (the join every read makes). */
export type JobRow = Selectable<CareersJobsTable> & { organization_name: string; organization_domain: string | null };

function jsonList<T = string>(text: string): T[] {
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

/**
 * The status a reader should see: a published posting whose closing date has passed is expired even before the
 * expiry task has run.
 */
export function effectiveStatus(row: Pick<JobRow, 'status' | 'closing_date'>, today: string): JobStatus {
  if (row.status === 'published' && row.closing_date !== null && row.closing_date < today) return 'expired';
  return row.status as JobStatus;
}

/** The contract's document of a stored posting on `today` (YYYY-MM-DD, UTC). */
export function toJobDocument(row: JobRow, today: string, options: { forOwner?: boolean } = {}): JobDocument {
  const comparison = compareApplicationDomain(row.application_method, row.application_target, row.organization_domain);
  return {
    id: row.id,
    status: effectiveStatus(row, today),
    title: row.title,
    organization: row.organization_name,
    description: row.description,
    location: { city: row.city, state: row.state },
    workArrangement: row.work_arrangement,
    remoteStates: jsonList(row.remote_states),
    employmentType: row.employment_type,
    setting: row.setting,
    specialties: jsonList(row.specialties),
    credentials: jsonList(row.credentials),
    experienceLevel: row.experience_level,
    salaryMin: fromCents(row.salary_min_cents),
    salaryMax: fromCents(row.salary_max_cents),
    salaryPeriod: row.salary_period as SalaryPeriod,
    applicationMethod: row.application_method,
    ...(row.application_target ? { applicationTarget: row.application_target } : {}),
    closingDate: row.closing_date,
    organizationId: row.organization_id,
    organizationDomain: row.organization_domain,
    codeSets: jsonList(row.code_sets),
    experienceMonths: Number(row.experience_months),
    apprenticeWelcome: Number(row.apprentice_welcome) === 1,
    screeningQuestions: jsonList<ScreeningQuestion>(row.screening_questions),
    ...(comparison ? { applicationDomain: comparison } : {}),
    postedAt: row.posted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(options.forOwner
      ? { moderation: { needsReview: Number(row.needs_review) === 1, reason: row.moderation_reason } }
      : {}),
  };
}

/** The stored form of a posting's fields (the content columns; status and dates are the caller's). */
export function jobContentColumns(fields: JobFields) {
  return {
    title: fields.title,
    description: fields.description,
    city: fields.city,
    state: fields.state,
    work_arrangement: fields.workArrangement,
    remote_states: JSON.stringify(fields.remoteStates),
    employment_type: fields.employmentType,
    setting: fields.setting,
    specialties: JSON.stringify(fields.specialties),
    credentials: JSON.stringify(fields.credentials),
    code_sets: JSON.stringify(fields.codeSets),
    experience_level: fields.experienceLevel,
    experience_months: fields.experienceMonths,
    apprentice_welcome: fields.apprenticeWelcome ? 1 : 0,
    salary_min_cents: fields.salaryMinCents,
    salary_max_cents: fields.salaryMaxCents,
    salary_period: fields.salaryPeriod,
    application_method: fields.applicationMethod,
    application_target: fields.applicationTarget,
    closing_date: fields.closingDate,
    screening_questions: JSON.stringify(fields.screeningQuestions),
    search_terms: searchTermsOf(fields.title, fields.description),
  };
}

/** A stored posting as input again, for an update that changes some fields and re-checks them all. */
export function jobInputOf(doc: JobDocument) {
  return {
    title: doc.title,
    description: doc.description,
    location: doc.location,
    workArrangement: doc.workArrangement,
    remoteStates: doc.remoteStates,
    employmentType: doc.employmentType,
    setting: doc.setting,
    specialties: doc.specialties,
    credentials: doc.credentials,
    codeSets: doc.codeSets,
    experienceLevel: doc.experienceLevel,
    experienceMonths: doc.experienceMonths,
    apprenticeWelcome: doc.apprenticeWelcome,
    salaryMin: doc.salaryMin,
    salaryMax: doc.salaryMax,
    salaryPeriod: doc.salaryPeriod,
    applicationMethod: doc.applicationMethod,
    applicationTarget: doc.applicationTarget,
    closingDate: doc.closingDate,
    screeningQuestions: doc.screeningQuestions,
  };
}
