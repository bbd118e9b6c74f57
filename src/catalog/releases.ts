// Release labels and the dates a release is in force. ICD-10-CM and ICD-10-PCS follow the federal fiscal
// year (FY2026 = 2025-10-01 to 2026-09-30) with occasional mid-year updates (e.g. April 1); HCPCS Level II
// and the physician fee schedule are quarterly (January, April, July, October) or annual.

import { AppError } from '../shared/index.js';

/**
 * The code systems: the one list every folder imports (schemas, URLs, the CLI, search, pages), in the order
 * they are offered. Search numbers them in its index file (search-data.ts checks its order against this list).
 */
export const CODE_SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** Each system's name as its publisher writes it. */
export const SYSTEM_NAMES: Record<CodeSystem, string> = {
  icd10cm: 'ICD-10-CM',
  icd10pcs: 'ICD-10-PCS',
  hcpcs: 'HCPCS Level II',
  cpt: 'CPT',
};

/** Each system as a heading says what it holds (the browse pages, page titles). */
export const SYSTEM_HEADINGS: Record<CodeSystem, string> = {
  icd10cm: 'ICD-10-CM diagnoses',
  icd10pcs: 'ICD-10-PCS procedures',
  hcpcs: 'HCPCS Level II',
  cpt: 'CPT® code numbers',
};

/** What a release publishes: a code system, or one of the Medicare data sources joined onto codes. */
export type MedicareSource = 'pfs' | 'ncci' | 'gems' | 'mce' | 'mcd' | 'rbcs';
export type SourceId = CodeSystem | MedicareSource;

export const SOURCE_NAMES: Record<SourceId, string> = {
  ...SYSTEM_NAMES,
  pfs: 'Medicare Physician Fee Schedule',
  ncci: 'Medicare NCCI',
  gems: 'General Equivalence Mappings',
  mce: 'Medicare Code Editor',
  mcd: 'Medicare Coverage (lab NCDs)',
  rbcs: 'CMS Restructured BETOS Classification System (RBCS)',
};

/** Sources that follow the federal fiscal year (October to September) rather than the calendar year. */
const FISCAL_YEAR_SOURCES: ReadonlySet<SourceId> = new Set(['icd10cm', 'icd10pcs', 'gems', 'mce']);

export function isCodeSystem(s: string): s is CodeSystem {
  return (CODE_SYSTEMS as readonly string[]).includes(s);
}

/** CATALOG_UNKNOWN_SYSTEM for a system that is not one of CODE_SYSTEMS (the value cut short: it may come from a URL). */
export function unknownSystemError(system: string): AppError<'CATALOG_UNKNOWN_SYSTEM'> {
  return new AppError('CATALOG_UNKNOWN_SYSTEM', { system: system.slice(0, 40), known: CODE_SYSTEMS });
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A release label is "YYYY" (fiscal or calendar year) or "YYYY-MM" (an update or a quarter starting that month). */
export interface ReleaseLabel {
  year: number;
  month?: number;
}

export function formatLabel(l: ReleaseLabel): string {
  return l.month ? `${l.year}-${pad(l.month)}` : String(l.year);
}

export function parseLabel(s: string): ReleaseLabel | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : undefined;
  return month ? { year: Number(m[1]), month } : { year: Number(m[1]) };
}

/** The dates a release is nominally in force, by the publishing rhythm of its code system. */
export function effectiveRange(system: SourceId, l: ReleaseLabel): { from: string; to: string } {
  if (FISCAL_YEAR_SOURCES.has(system)) {
    if (!l.month) return { from: isoDate(l.year - 1, 10, 1), to: isoDate(l.year, 9, 30) };
    const fyEnd = l.month >= 10 ? l.year + 1 : l.year;
    return { from: isoDate(l.year, l.month, 1), to: isoDate(fyEnd, 9, 30) };
  }
  if (!l.month) return { from: isoDate(l.year, 1, 1), to: isoDate(l.year, 12, 31) };
  // quarterly: in force to the end of the quarter it starts
  const endMonth = Math.min(12, l.month + 2 - ((l.month - 1) % 3));
  return { from: isoDate(l.year, l.month, 1), to: isoDate(l.year, endMonth, lastDayOfMonth(l.year, endMonth)) };
}

/** Human name of a release: "ICD-10-CM FY2026", "ICD-10-CM FY2026 (2026-04 update)", "HCPCS Level II 2026-01". */
export function releaseTitle(system: SourceId, l: ReleaseLabel): string {
  const name = SOURCE_NAMES[system];
  if (FISCAL_YEAR_SOURCES.has(system)) {
    if (!l.month) return `${name} FY${l.year}`;
    const fy = l.month >= 10 ? l.year + 1 : l.year;
    return `${name} FY${fy} (${formatLabel(l)} update)`;
  }
  return `${name} ${formatLabel(l)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo);
}
