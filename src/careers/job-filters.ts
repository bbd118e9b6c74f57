// The job search's filters as the contract names them (GET /api/v1/jobs, and /jobs in the URL), read from strings,
// numbers or booleans alike. A value outside the allowed list is CAREERS_BAD_FILTER (400) naming the filter and
// listing what it accepts. Filters: q, state, remote, credential, setting, specialty, codeSet, experienceLevel,
// apprenticeWelcome, salaryMin (with salaryPeriod), postedWithinDays, sort, page, pageSize.
import { AppError, checkText } from '../shared/index.js';
import { queryWords } from './search-terms.js';
import {
  CODE_SETS,
  CREDENTIALS,
  EXPERIENCE_LEVELS,
  type JobSort,
  LIMITS,
  PAGE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  POSTED_WITHIN_DAYS,
  SALARY_BOUNDS,
  SALARY_PERIODS,
  type SalaryPeriod,
  SETTINGS,
  SORTS,
  SPECIALTIES,
  US_STATES,
} from './values.js';

/** The filters as they arrive (a query string's values, or JSON). Unknown names are not this function's business. */
export type JobSearchInput = Partial<
  Record<
    | 'q'
    | 'state'
    | 'remote'
    | 'credential'
    | 'setting'
    | 'specialty'
    | 'codeSet'
    | 'experienceLevel'
    | 'apprenticeWelcome'
    | 'salaryMin'
    | 'salaryPeriod'
    | 'postedWithinDays'
    | 'sort'
    | 'page'
    | 'pageSize',
    unknown
  >
>;

/** The filters read: the choice filters hold one allowed value each, or are absent. */
export interface JobFilters {
  q: string;
  /** remote=true with a state means "remote from my state": remote jobs open to applicants living there */
  state?: string;
  remote: boolean;
  credential?: string;
  setting?: string;
  specialty?: string;
  codeSet?: string;
  experienceLevel?: string;
  apprenticeWelcome: boolean;
  /** dollars in salaryPeriod */
  salaryMin?: number;
  salaryPeriod: SalaryPeriod;
  postedWithinDays?: number;
  sort: JobSort;
  page: number;
  pageSize: number;
}

/** a query string's repeated parameter counts once (the first), as everywhere in the API */
function one(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const absent = (v: unknown) => v === undefined || v === null || v === '';

function bad(filter: string, value: unknown, allowed: readonly string[]): AppError {
  return new AppError('CAREERS_BAD_FILTER', { filter, value: String(value), allowed });
}

function choice(
  filter: string,
  raw: unknown,
  allowed: readonly string[],
  fold: (s: string) => string,
): string | undefined {
  const value = one(raw);
  if (absent(value)) return undefined;
  const folded = typeof value === 'string' ? fold(value.trim()) : value;
  if (typeof folded === 'string' && allowed.includes(folded)) return folded;
  throw bad(filter, value, allowed);
}

function flag(filter: string, raw: unknown): boolean {
  const value = one(raw);
  if (absent(value) || value === false || value === 'false' || value === '0') return false;
  if (value === true || value === 'true' || value === '1' || value === 'on') return true;
  throw bad(filter, value, ['true', 'false']);
}

function wholeNumber(filter: string, raw: unknown, min: number, max: number, fallback: number): number {
  const value = one(raw);
  if (absent(value)) return fallback;
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) return n;
  throw bad(filter, value, [`a whole number from ${min} to ${max}`]);
}

const upper = (s: string) => s.toUpperCase();
const lower = (s: string) => s.toLowerCase();

export function parseJobFilters(input: JobSearchInput): JobFilters {
  const rawQ = one(input.q);
  let q = '';
  if (!absent(rawQ)) {
    if (typeof rawQ !== 'string' || rawQ.length > LIMITS.keywords)
      throw bad('q', String(rawQ).slice(0, 40), [`keywords, at most ${LIMITS.keywords} characters`]);
    q = checkText('q', rawQ.trim());
  }
  const salaryPeriod = (choice('salaryPeriod', input.salaryPeriod, SALARY_PERIODS, lower) ?? 'year') as SalaryPeriod;
  let salaryMin: number | undefined;
  const rawSalary = one(input.salaryMin);
  if (!absent(rawSalary)) {
    const { max } = SALARY_BOUNDS[salaryPeriod];
    const n =
      typeof rawSalary === 'string' && /^\s*\$?[\d,]+(?:\.\d{1,2})?\s*$/.test(rawSalary)
        ? Number(rawSalary.replace(/[$,\s]/g, ''))
        : rawSalary;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > max)
      throw bad('salaryMin', rawSalary, [`a number of dollars from 0 to ${max} (salaryPeriod=${salaryPeriod})`]);
    salaryMin = n > 0 ? n : undefined;
  }
  const rawPosted = one(input.postedWithinDays);
  let postedWithinDays: number | undefined;
  if (!absent(rawPosted)) {
    const n = typeof rawPosted === 'string' && /^\d{1,3}$/.test(rawPosted.trim()) ? Number(rawPosted) : rawPosted;
    if (typeof n !== 'number' || !(POSTED_WITHIN_DAYS as readonly number[]).includes(n))
      throw bad('postedWithinDays', rawPosted, POSTED_WITHIN_DAYS.map(String));
    postedWithinDays = n;
  }
  const filters: JobFilters = {
    q,
    remote: flag('remote', input.remote),
    apprenticeWelcome: flag('apprenticeWelcome', input.apprenticeWelcome),
    salaryPeriod,
    sort: (choice('sort', input.sort, SORTS, lower) ?? 'newest') as JobSort,
    page: wholeNumber('page', input.page, 1, PAGE_MAX, 1),
    pageSize: wholeNumber('pageSize', input.pageSize, 1, PAGE_SIZE_MAX, PAGE_SIZE_DEFAULT),
  };
  const optional = {
    state: choice('state', input.state, US_STATES, upper),
    credential: choice('credential', input.credential, CREDENTIALS, upper),
    setting: choice('setting', input.setting, SETTINGS, lower),
    specialty: choice('specialty', input.specialty, SPECIALTIES, lower),
    codeSet: choice('codeSet', input.codeSet, CODE_SETS, upper),
    experienceLevel: choice('experienceLevel', input.experienceLevel, EXPERIENCE_LEVELS, lower),
    salaryMin,
    postedWithinDays,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) Object.assign(filters, { [k]: v });
  return filters;
}

/** the keyword query's words (search-terms.ts) */
export function filterWords(filters: JobFilters) {
  return queryWords(filters.q);
}
