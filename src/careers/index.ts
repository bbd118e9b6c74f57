// CareerCenter, the job board for medical coders: organization profiles, honest job postings (pay range required,
// real entry level, no fees asked of applicants), their lifecycle with admin moderation, the faceted search, and
// applications worked by the employer. Domain functions only — the web layer parses a request, calls one of these
// with (deps, user, input) and shapes the reply. Errors are the catalogue's CAREERS_* codes (and AUTH_REQUIRED,
// FORBIDDEN, TEXT_INVALID).
import { renderMarkdown } from '../editorial/index.js';

export {
  type ApplicationNote,
  addApplicationNote,
  applicantsCsv,
  getReviewedApplication,
  listApplications,
  type ReviewedApplication,
  setApplicationStatus,
} from './application-review.js';
export {
  type ApplicationAnswer,
  type ApplicationInput,
  type ApplicationView,
  applyToJob,
  getApplication,
  getOwnApplication,
  listMyApplications,
  withdrawApplication,
} from './applications.js';
export { CAREERS_PATHS } from './careers-mail.js';
export { csvCell, csvLine } from './csv.js';
export {
  type CareersTaskDeps,
  careersTaskTypes,
  type DeadlineDeps,
  JOB_DEADLINE_TASK,
  type JobDeadlinePayload,
  runDeadline,
} from './deadlines.js';
export { type Actor, type CareersDeps, createCareersDeps } from './deps.js';
export {
  confirmDomainVerification,
  DOMAIN_VERIFICATION_HOURS,
  DOMAIN_VERIFICATION_MAILS_PER_DAY,
  requestDomainVerification,
  signDomainToken,
} from './domain-verification.js';
export { compareApplicationDomain, type DomainComparison, normalizeDomain } from './domains.js';
export { findMoneyAsk, HONESTY_WHY, type HonestyFinding, type HonestyRule } from './honesty.js';
export { effectiveStatus, type JobDocument, type JobRow, toJobDocument } from './job-document.js';
export { type JobFilters, type JobSearchInput, parseJobFilters } from './job-filters.js';
export { JobIndex } from './job-index.js';
export type { JobInput, ScreeningQuestion } from './job-input.js';
export { createJob, type EmployerJobSummary, getJob, listMyJobs, moderationQueue, updateJob } from './jobs.js';
export { approveJob, closeJob, publishJob, renewJob, unpublishJob } from './lifecycle.js';
export {
  getOrganization,
  myOrganization,
  type OrganizationInput,
  type OrganizationProfile,
  saveOrganization,
} from './organizations.js';
export type { FieldProblem } from './problems.js';
export {
  deleteSavedSearch,
  listSavedSearches,
  previewUnsubscribe,
  SAVED_FILTER_NAMES,
  SAVED_SEARCH_NAME_MAX,
  SAVED_SEARCHES_MAX,
  type SavedFilters,
  type SavedSearch,
  type SavedSearchInput,
  savedFiltersOf,
  savedSearchPath,
  saveSearch,
  type UnsubscribePreview,
  unsubscribe,
} from './saved-searches.js';
export { FACETS, type FacetCount, type FacetName, type JobSearchResult, searchJobs } from './search.js';
export {
  DIGEST_JOBS_PER_SEARCH,
  type DigestOutcome,
  runSearchDigest,
  type SearchDigestDeps,
} from './search-digest.js';
export { ALERT_PATHS } from './search-digest-mail.js';
export { SEARCH_DIGEST_TASK, type SearchDigestPayload } from './search-digest-schedule.js';
export { containsScript } from './text-fields.js';
export { signUnsubscribeToken, type UnsubscribeTarget, verifyUnsubscribeToken } from './unsubscribe-token.js';
export * from './values.js';

/** A posting's description or an organization's "about" as safe HTML (editorial's Markdown renderer and sanitizer). */
export function renderJobMarkdown(markdown: string): string {
  return renderMarkdown(markdown);
}
