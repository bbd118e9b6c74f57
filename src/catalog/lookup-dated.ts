// A lookup as a person asks it: on a date of service, today when none is given (the caller's clock). The answer
// says which date it is for, and when no loaded release covers that date it says so plainly (release.stale, the
// day the release ended, how to load newer files); a date before every loaded release is refused.
import { AppError, isAppError } from '../shared/index.js';
import type { Catalog } from './catalog.js';
import { isoDay, systemInForce } from './in-force.js';
import { candidateSystems, lookupCode } from './lookup.js';
import type { CodeLookup, LookupQuery, LookupWarning } from './lookup-types.js';
import { type CodeSystem, isCodeSystem, isValidIsoDate } from './releases.js';

/** lookupCode's answer on the date it was asked for. */
export interface DatedLookup extends CodeLookup {
  /** the date of service the answer is for: the one asked, else today */
  date: string;
  release: CodeLookup['release'] & { endedOn?: string };
}

/**
 * lookupCode on `query.date`, or on `today` (YYYY-MM-DD, from the caller's clock) when the query has none.
 * BAD_DATE for a malformed date; CATALOG_NO_RELEASE when the date is before every loaded release of the code's
 * system (or, when the code is not found and no system was named, of the system its shape suggests).
 */
export function lookupOnDate(catalog: Catalog, query: LookupQuery, now: Date): DatedLookup {
  const date = query.date ?? isoDay(now);
  if (!isValidIsoDate(date)) throw new AppError('BAD_DATE', { value: date.slice(0, 40) });
  if (query.system !== undefined && isCodeSystem(query.system)) systemInForce(catalog, query.system, date);
  let found: CodeLookup;
  try {
    found = lookupCode(catalog, { ...query, date });
  } catch (e) {
    // a miss on a date before the likeliest system's releases is about the date, not the code
    const likeliest = candidateSystems(query.code.trim())[0];
    if (isAppError(e) && query.system === undefined && likeliest) systemInForce(catalog, likeliest, date);
    throw e;
  }
  const inForce = systemInForce(catalog, found.system as CodeSystem, date);
  if (!inForce?.stale) return { ...found, date };
  const notice = inForce.notice ?? '';
  const warnings: LookupWarning[] = found.warnings.map((w) =>
    w.code === 'release.stale' ? { code: w.code, message: notice } : w,
  );
  return { ...found, date, warnings, release: { ...found.release, endedOn: found.release.effectiveTo } };
}
