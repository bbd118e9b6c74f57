// Dates of the Medicare NCCI edit files: the AOC table writes Julian dates (YYYYDDD, DDD = day of the year,
// e.g. 2013091 = 2013-04-01); the PTP tables write YYYYMMDD and "*" for "no data". Both come out as YYYY-MM-DD.
// Also the rule for when an edit applies, shared by AOC and PTP edits (see inForceOn).

import { AppError } from '../../shared/index.js';

function isoOfUtc(year: number, monthIndex: number, day: number): string {
  const d = new Date(Date.UTC(year, monthIndex, day));
  d.setUTCFullYear(year); // years below 100 would otherwise be read as 19xx
  return d.toISOString().slice(0, 10);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** "2013091" -> "2013-04-01"; undefined when the text is not a Julian date (7 digits, day 001-365/366). */
export function julianToIso(text: string): string | undefined {
  if (!/^\d{7}$/.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const day = Number(text.slice(4));
  if (year < 1900 || day < 1 || day > (isLeapYear(year) ? 366 : 365)) return undefined;
  return isoOfUtc(year, 0, day);
}

/** "20240101" -> "2024-01-01"; undefined when the text is not a real calendar date in that form. */
export function yyyymmddToIso(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8));
  return year >= 1900 && isoOfUtc(year, month - 1, day) === text;
}

/**
 * Whether an edit applies on a date of service (YYYY-MM-DD). Both dates of an NCCI edit are days of service it
 * covers: an edit deleted on 2022-12-31 still applies that day (the AOC table deletes on 12-31 and re-adds on
 * 01-01; PTP deletions fall on 12-31 the same way). An edit whose deletion date is not after its effective date
 * was withdrawn retroactively and never applied (the Policy Manual, ch. I sec. E: such PTP pairs carry modifier
 * indicator 9; the AOC table marks some "Temporarily suspended retroactive to ...").
 * Throws AppError BAD_DATE when dateOfService is not a YYYY-MM-DD date.
 */
export function inForceOn(effectiveDate: string, deletionDate: string | undefined, dateOfService: string): boolean {
  if (!isIsoDate(dateOfService)) throw new AppError('BAD_DATE', { value: dateOfService });
  if (dateOfService < effectiveDate) return false;
  if (deletionDate === undefined) return true;
  return deletionDate > effectiveDate && dateOfService <= deletionDate;
}
