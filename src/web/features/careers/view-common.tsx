// What CareerCenter's pages share: a posting's pay, place and dates in words, a value's label from the domain's
// lists (careers/values.ts), and how a refusal's field problems are shown beside their fields.
import {
  ALL_STATES,
  type Choices,
  CREDENTIAL_CHOICES,
  EMPLOYMENT_TYPE_CHOICES,
  EXPERIENCE_LEVEL_CHOICES,
  type JobDocument,
  SETTING_CHOICES,
  SPECIALTY_CHOICES,
  US_STATE_CHOICES,
  WORK_ARRANGEMENT_CHOICES,
} from '../../../careers/index.js';

export const labelOf = (choices: Choices, value: string): string => choices.find(([v]) => v === value)?.[1] ?? value;

const dollars = (n: number, period: string) =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: period === 'hour' && !Number.isInteger(n) ? 2 : 0, maximumFractionDigits: 2 })}`;

/** "$52,000–$60,000 a year", "$24–$30 an hour" */
export function payRange(job: Pick<JobDocument, 'salaryMin' | 'salaryMax' | 'salaryPeriod'>): string {
  const range =
    job.salaryMin === job.salaryMax
      ? dollars(job.salaryMin, job.salaryPeriod)
      : `${dollars(job.salaryMin, job.salaryPeriod)}–${dollars(job.salaryMax, job.salaryPeriod)}`;
  return `${range} ${job.salaryPeriod === 'hour' ? 'an hour' : 'a year'}`;
}

/** "Austin, TX" or "" */
export function placeOf(job: Pick<JobDocument, 'location'>): string {
  return [job.location.city, job.location.state].filter(Boolean).join(', ');
}

/** Where the work is and who may do it from where: "Remote (TX, OK)", "Hybrid · Austin, TX". */
export function whereText(job: Pick<JobDocument, 'workArrangement' | 'remoteStates' | 'location'>): string {
  const place = placeOf(job);
  if (job.workArrangement === 'remote') {
    const states = job.remoteStates.includes(ALL_STATES) ? 'any US state' : job.remoteStates.join(', ');
    return `Remote (from ${states})${place ? ` · based in ${place}` : ''}`;
  }
  return `${labelOf(WORK_ARRANGEMENT_CHOICES, job.workArrangement)}${place ? ` · ${place}` : ''}`;
}

/** "4 May 2026" from an ISO date or timestamp */
export function dayText(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const LABELS = {
  credential: CREDENTIAL_CHOICES,
  setting: SETTING_CHOICES,
  specialty: SPECIALTY_CHOICES,
  employmentType: EMPLOYMENT_TYPE_CHOICES,
  experienceLevel: EXPERIENCE_LEVEL_CHOICES,
  state: US_STATE_CHOICES,
  workArrangement: WORK_ARRANGEMENT_CHOICES,
} as const;

/** The problems of a refusal by field, for forms: the first of each field. */
export type FieldErrors = Record<string, string>;

/** The message under a field, tied to its input by aria-describedby (id `${id}-error`). */
export function FieldError({ id, errors, field }: { id: string; errors: FieldErrors; field?: string }) {
  const why = errors[field ?? id];
  return why ? (
    <p class="field-error" id={`${id}-error`}>
      {why}
    </p>
  ) : null;
}

/** aria attributes of an input whose field has a problem */
export function invalid(errors: FieldErrors, field: string, id: string = field) {
  return errors[field] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-error` } : {};
}

export function Problem({ message }: { message: string | undefined }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}

export function Notice({ message }: { message: string | undefined }) {
  return message ? (
    <p class="notice" role="status">
      {message}
    </p>
  ) : null;
}
