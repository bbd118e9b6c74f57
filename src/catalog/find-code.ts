// findCode: what the code lists say about one code of one system on a date of service, without throwing. The code
// list of the release in force decides; when the code is not in it, the other loaded releases of the system say
// why: deleted since an earlier release, not valid until a later one, or never a code. lookupCode words these
// answers as errors, Claim Check as findings; both read them from here.
import { type Catalog, type CodeEntry, type CodeIndex, codeKey } from './catalog.js';
import { cmReplacements } from './lookup-cm.js';
import type { ReleaseInfo } from './model.js';
import type { CodeSystem } from './releases.js';

export interface FindCodeQuery {
  system: CodeSystem;
  /** any case, with or without the dot */
  code: string;
  /** date of service, YYYY-MM-DD (checked by the caller); the newest release when absent */
  date?: string;
}

interface Consulted {
  system: CodeSystem;
  /** the code list in force on the date (the nearest release, with `stale`, when none covers the date) */
  list: CodeIndex;
  /** set when no loaded release covers the date: says which release was used instead */
  stale?: string;
}

export interface CodeFound extends Consulted {
  status: 'found';
  /** the code in the release in force */
  entry: CodeEntry;
}

export interface CodeDeleted extends Consulted {
  status: 'deleted';
  /** the code as the last release that had it lists it */
  entry: CodeEntry;
  lastRelease: ReleaseInfo;
  /** the first release after it, which no longer has the code */
  firstWithout: ReleaseInfo;
  /** ICD-10-CM codes CDC's conversion table names as taking over from it; empty when none are known */
  replacedBy: readonly string[];
}

export interface CodeNotYetValid extends Consulted {
  status: 'not-yet-valid';
  /** the code as the first release that has it lists it */
  entry: CodeEntry;
  firstRelease: ReleaseInfo;
}

export interface CodeUnknown {
  status: 'unknown';
  system: CodeSystem;
  /** the code list in force; absent when no code list of the system is loaded */
  list?: CodeIndex;
  stale?: string;
}

export type CodeFinding = CodeFound | CodeDeleted | CodeNotYetValid | CodeUnknown;

/** One code of one system on a date of service: found, deleted, not yet valid or unknown. Never throws. */
export function findCode(catalog: Catalog, query: FindCodeQuery): CodeFinding {
  const { system } = query;
  const pick = catalog.pick(system, 'codes', query.date);
  if (!pick) return { status: 'unknown', system };
  const list = catalog.codeIndex(pick.release);
  const key = codeKey(query.code);
  const position = list.byKey.get(key);
  // Claim Check asks this for every line: the found answer is one object over the list's kept entry
  if (position !== undefined) {
    const entry = list.entryAt(position);
    return pick.stale
      ? { status: 'found', system, list, stale: pick.stale, entry }
      : { status: 'found', system, list, entry };
  }
  return explainAbsence(catalog, pick.stale ? { system, list, stale: pick.stale } : { system, list }, key);
}

/** Whether a code may be reported on a date: in the code list in force and not a header. */
export function isBillable(catalog: Catalog, query: FindCodeQuery): boolean {
  const pick = catalog.pick(query.system, 'codes', query.date);
  if (!pick) return false;
  const list = catalog.codeIndex(pick.release);
  const position = list.byKey.get(codeKey(query.code));
  return position !== undefined && list.billableAt(position);
}

/** Why a code is missing from the list in force, from the system's other loaded releases. */
function explainAbsence(catalog: Catalog, consulted: Consulted, key: string): CodeFinding {
  const { system } = consulted;
  const inForce = consulted.list.release;
  const releases = catalog.releasesWith(system, 'codes');
  let lastBefore: CodeEntry | undefined;
  let firstAfter: CodeEntry | undefined;
  for (const r of releases) {
    const list = catalog.codeIndex(r);
    const i = list.byKey.get(key);
    if (i === undefined) continue;
    if (r.effectiveFrom < inForce.effectiveFrom) lastBefore = list.entryAt(i);
    else if (r.effectiveFrom > inForce.effectiveFrom && !firstAfter) firstAfter = list.entryAt(i);
  }
  if (lastBefore) {
    const last = lastBefore.release;
    // the first release after the last one that had it is where it disappeared
    const firstWithout = releases.find((r) => r.effectiveFrom > last.effectiveFrom) ?? inForce;
    const replacedBy = system === 'icd10cm' ? cmReplacements(catalog, lastBefore.code) : [];
    return { status: 'deleted', ...consulted, entry: lastBefore, lastRelease: last, firstWithout, replacedBy };
  }
  if (firstAfter) return { status: 'not-yet-valid', ...consulted, entry: firstAfter, firstRelease: firstAfter.release };
  return { status: 'unknown', ...consulted };
}
