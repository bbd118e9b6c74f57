// Query-string and URL parsing for the pages (the search page's filters and pages, a code in a page's URL). The
// JSON API reads its input through the operations' schemas instead (operation-route.ts).
import { CODE_SYSTEMS, isValidIsoDate } from '../catalog/index.js';
import { AppError, checkText } from '../shared/index.js';

const SYSTEMS: readonly string[] = CODE_SYSTEMS;
export const MAX_QUERY_LENGTH = 1000;

export interface SearchParams {
  q: string;
  system?: string;
  billable: boolean;
  /** search-as-you-type: the last word may be unfinished */
  prefix: boolean;
  limit: number;
  page: number;
  date?: string;
}

function one(v: unknown): string | undefined {
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : undefined;
  return typeof v === 'string' ? v : undefined;
}

function wholeNumber(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    throw new AppError('BAD_INPUT', { why: `${name} must be a whole number from ${min} to ${max}` });
  }
  return n;
}

export function parseSearchParams(query: Record<string, unknown>, defaults = { limit: 10 }): SearchParams {
  const q = checkText('q', (one(query.q) ?? '').slice(0, MAX_QUERY_LENGTH * 2));
  const out: SearchParams = { q, billable: false, prefix: false, limit: defaults.limit, page: 1 };
  const system = one(query.system);
  if (system) {
    if (!SYSTEMS.includes(system)) {
      throw new AppError('BAD_INPUT', {
        why: `system must be one of ${SYSTEMS.join(', ')}, not "${system.slice(0, 40)}"`,
      });
    }
    out.system = system;
  }
  const billable = one(query.billable);
  out.billable = billable === '1' || billable === 'true' || billable === 'on';
  const prefix = one(query.prefix);
  out.prefix = prefix === '1' || prefix === 'true';
  out.limit = wholeNumber('limit', one(query.limit), 1, 100) ?? out.limit;
  // 25 pages of 20: the search engine returns at most 500 results
  out.page = wholeNumber('page', one(query.page), 1, 25) ?? out.page;
  const date = checkedDate(one(query.date));
  if (date) out.date = date;
  return out;
}

/** A code from a URL: at most 40 characters (the longest code with a dot and a modifier is far shorter). */
export function checkedCode(raw: string): string {
  if (raw.length > 40) throw new AppError('BAD_INPUT', { why: `"${raw.slice(0, 20)}…" is too long to be a code` });
  return raw;
}

/** A date of service from a query string (YYYY-MM-DD, a real calendar day); undefined when absent. */
export function checkedDate(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!isValidIsoDate(raw))
    throw new AppError('BAD_INPUT', { why: `"${raw.slice(0, 40)}" is not a date: use YYYY-MM-DD` });
  return raw;
}
