// What a date of service means for a code system, in the words every surface uses (lookup, the code page, the
// home page): the release in force (Catalog.pick is the one definition of "in force"), whether the date is past
// what is loaded (stale), and the refusal of a date before every loaded release. "Today" is passed in by the
// caller from its clock: nothing here reads the time, so tests fix it.
import { AppError } from '../shared/index.js';
import type { Catalog } from './catalog.js';
import type { ReleaseInfo } from './model.js';
import { CODE_SYSTEMS, type CodeSystem, isoDate, SYSTEM_NAMES } from './releases.js';

/** What an operator does to load newer releases (the CLI's commands, see docs/cli.md). */
export const LOAD_NEWER_FILES =
  'load newer official files with "codedesk data fetch", then "codedesk import" (see docs/data-sources.md)';

/** The day of a clock reading, as a date of service (UTC, the day the server's log and the claims use). */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export interface SystemInForce {
  system: CodeSystem;
  /** the date of service asked about */
  date: string;
  /** the release whose code list answers for that date (the nearest earlier one when stale) */
  release: ReleaseInfo;
  /** no loaded release covers the date: the release used ended before it */
  stale: boolean;
  /** stale and later than the end of the newest loaded release: newer files need loading */
  pastNewest: boolean;
  /** stale: what to tell the reader, naming the date the release used ended */
  notice?: string;
}

/**
 * The release of a system's code list in force on a date, and whether the date is past what is loaded.
 * Undefined when the system has no code list loaded. A date before every loaded release is refused with
 * CATALOG_NO_RELEASE (nothing is in force then; the oldest release is not silently used).
 */
export function systemInForce(catalog: Catalog, system: CodeSystem, date: string): SystemInForce | undefined {
  const list = catalog.releasesWith(system, 'codes');
  const first = list[0];
  const newest = list[list.length - 1];
  if (!first || !newest) return undefined;
  if (date < first.effectiveFrom) {
    throw new AppError('CATALOG_NO_RELEASE', {
      system: SYSTEM_NAMES[system],
      date,
      oldest: first.title,
      from: first.effectiveFrom,
    });
  }
  const pick = catalog.pick(system, 'codes', date);
  const release = pick?.release ?? newest;
  const stale = date > release.effectiveTo;
  const pastNewest = stale && release === newest;
  const base = { system, date, release, stale, pastNewest };
  if (!stale) return base;
  return { ...base, notice: staleNotice(catalog, system, date, release, pastNewest) };
}

function staleNotice(
  catalog: Catalog,
  system: CodeSystem,
  date: string,
  release: ReleaseInfo,
  pastNewest: boolean,
): string {
  const name = SYSTEM_NAMES[system];
  if (pastNewest) {
    return `No loaded ${name} release covers ${date}: the newest loaded, ${release.title}, ended on ${release.effectiveTo}. What is shown is from that release; ${LOAD_NEWER_FILES}.`;
  }
  const gap = releaseGaps(catalog, system).find((g) => g.from <= date && date <= g.to);
  const missing = gap ? ` (${gap.label}, ${gap.from} to ${gap.to}, is not loaded)` : '';
  return `No loaded ${name} release covers ${date}${missing}: what is shown is from ${release.title}, which ended on ${release.effectiveTo}.`;
}

/** A stretch of days between loaded releases of a system that no loaded release covers. */
export interface ReleaseGap {
  from: string;
  to: string;
  /** the years it spans as the system counts them: "FY2024–FY2025", "2021–2025" */
  label: string;
  /** the id of the loaded release that follows it */
  before: string;
}

/** Sources counted in fiscal years (October to September), as releases.ts dates them. */
const FISCAL: ReadonlySet<CodeSystem> = new Set(['icd10cm', 'icd10pcs']);

/** Per catalog and system: the catalog never changes while loaded, and every code page asks. */
const gapsKept = new WeakMap<Catalog, Map<CodeSystem, readonly ReleaseGap[]>>();

/** The stretches between the first and the newest loaded release of a system's code list that none covers. */
export function releaseGaps(catalog: Catalog, system: CodeSystem): readonly ReleaseGap[] {
  let bySystem = gapsKept.get(catalog);
  if (!bySystem) {
    bySystem = new Map();
    gapsKept.set(catalog, bySystem);
  }
  let gaps = bySystem.get(system);
  if (!gaps) {
    gaps = Object.freeze(findGaps(catalog, system).map((g) => Object.freeze(g)));
    bySystem.set(system, gaps);
  }
  return gaps;
}

function findGaps(catalog: Catalog, system: CodeSystem): ReleaseGap[] {
  const gaps: ReleaseGap[] = [];
  let coveredTo: string | undefined;
  for (const r of catalog.releasesWith(system, 'codes')) {
    if (coveredTo !== undefined && r.effectiveFrom > nextDay(coveredTo)) {
      const from = nextDay(coveredTo);
      const to = previousDay(r.effectiveFrom);
      gaps.push({ from, to, label: yearsLabel(system, from, to), before: r.id });
    }
    if (coveredTo === undefined || r.effectiveTo > coveredTo) coveredTo = r.effectiveTo;
  }
  return gaps;
}

function yearsLabel(system: CodeSystem, from: string, to: string): string {
  const fiscal = FISCAL.has(system);
  const yearOf = (d: string): number => {
    const y = Number(d.slice(0, 4));
    return fiscal && Number(d.slice(5, 7)) >= 10 ? y + 1 : y;
  };
  const prefix = fiscal ? 'FY' : '';
  const a = yearOf(from);
  const b = yearOf(to);
  return a === b ? `${prefix}${a}` : `${prefix}${a}–${prefix}${b}`;
}

function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const nextDay = (day: string): string => shiftDay(day, 1);
const previousDay = (day: string): string => shiftDay(day, -1);

/** One code system's list on a date, for an overview: in force, stale, or not in force yet (the date is too early). */
export type CodeListOnDate =
  | ({ status: 'in-force' | 'stale' } & SystemInForce)
  | { status: 'not-yet'; system: CodeSystem; date: string; release: ReleaseInfo };

/** Every code system with a loaded code list, on a date (the home page's "Releases in force"). */
export function codeListsOnDate(catalog: Catalog, date: string): CodeListOnDate[] {
  const out: CodeListOnDate[] = [];
  for (const system of CODE_SYSTEMS) {
    const first = catalog.releasesWith(system, 'codes')[0];
    if (!first) continue;
    if (date < first.effectiveFrom) {
      out.push({ status: 'not-yet', system, date, release: first });
      continue;
    }
    const s = systemInForce(catalog, system, date);
    if (s) out.push({ status: s.stale ? 'stale' : 'in-force', ...s });
  }
  return out;
}
