// Code-list lookups for the claim edits: the release in force on a date, where a code is missing from it
// (deleted, or not valid yet) and the citation of a code-list line. Reads the catalog's per-release indexes
// directly instead of lookupCode, so a miss costs a map lookup rather than a thrown error.
import {
  type Catalog,
  type CodeIndex,
  type CodeSystem,
  codeKey,
  type ReleaseInfo,
  SOURCE_NAMES,
} from '../catalog/index.js';
import { pickCodeList } from './catalog-data.js';
import type { Citation } from './types.js';

export interface CodeList {
  index: CodeIndex;
  /** set when no loaded release covers the date */
  stale?: string;
}

/** The code list of a system in force on a date (the nearest release when none covers it). */
export function codeList(catalog: Catalog, system: CodeSystem, date: string): CodeList | undefined {
  return pickCodeList(catalog, system, date);
}

export function codeAt(index: CodeIndex, i: number): string {
  return index.layer.codes[i] as string;
}

export function isBillable(index: CodeIndex, i: number): boolean {
  return index.layer.billable[i] === '1';
}

export interface Absence {
  kind: 'deleted' | 'not-yet-valid';
  /** the release that still (deleted) or already (not yet valid) has the code */
  other: CodeIndex;
  i: number;
  /** deleted: the first release without the code */
  droppedIn?: ReleaseInfo;
}

/**
 * Why a code is missing from the release in force: the last earlier release that had it (deleted since) or the
 * first later one (not valid yet). Undefined when no loaded release has it. Same reasoning as lookupCode.
 */
export function explainAbsence(
  catalog: Catalog,
  system: CodeSystem,
  key: string,
  inForce: ReleaseInfo,
): Absence | undefined {
  const releases = catalog.releasesWith(system, 'codes');
  let before: { index: CodeIndex; i: number } | undefined;
  let after: { index: CodeIndex; i: number } | undefined;
  for (const r of releases) {
    const index = catalog.codeIndex(r);
    const i = index.byKey.get(key);
    if (i === undefined) continue;
    if (r.effectiveFrom < inForce.effectiveFrom) before = { index, i };
    else if (r.effectiveFrom > inForce.effectiveFrom && !after) after = { index, i };
  }
  if (before) {
    const last = before.index.release;
    const droppedIn = releases.find((r) => r.effectiveFrom > last.effectiveFrom) ?? inForce;
    return { kind: 'deleted', other: before.index, i: before.i, droppedIn };
  }
  if (after) return { kind: 'not-yet-valid', other: after.index, i: after.i };
  return undefined;
}

/** A code in any loaded release of a system (newest first), for spelling and system detection. */
export function findAnyRelease(
  catalog: Catalog,
  system: CodeSystem,
  key: string,
): { index: CodeIndex; i: number } | undefined {
  const releases = catalog.releasesWith(system, 'codes');
  for (let r = releases.length - 1; r >= 0; r--) {
    const index = catalog.codeIndex(releases[r] as ReleaseInfo);
    const i = index.byKey.get(key);
    if (i !== undefined) return { index, i };
  }
  return undefined;
}

/** Citation of a code list: the line of the code, or the file that lacks it. */
export function codeListCitation(index: CodeIndex, i: number | undefined, code: string): Citation {
  const line = i === undefined ? 0 : (index.layer.lines[i] ?? 0);
  return {
    source: SOURCE_NAMES[index.release.system],
    release: index.release.id,
    file: index.layer.sourceFile,
    record: i === undefined ? `no entry for ${code}` : line > 0 ? `line ${line}: ${code}` : code,
  };
}

const CM_SHAPE = /^[A-Z]\d[0-9A-Z]/;

/** An ICD-10-CM code as printed (dotted) from the catalog, else dotted by rule when it has the shape of one. */
export function printedDiagnosis(catalog: Catalog, raw: string, date: string): string {
  const key = codeKey(raw);
  const inForce = codeList(catalog, 'icd10cm', date);
  const i = inForce?.index.byKey.get(key);
  if (inForce && i !== undefined) return codeAt(inForce.index, i);
  const any = findAnyRelease(catalog, 'icd10cm', key);
  if (any) return codeAt(any.index, any.i);
  return key.length > 3 && CM_SHAPE.test(key) ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

const CPT_FIRST: readonly ('cpt' | 'hcpcs')[] = ['cpt', 'hcpcs'];
const HCPCS_FIRST: readonly ('cpt' | 'hcpcs')[] = ['hcpcs', 'cpt'];

/**
 * The system of a claim line's code: CPT or HCPCS Level II (both five characters), from the code lists — the
 * release in force first, then any loaded release. Undefined for anything else (an ICD code, a modifier, junk).
 */
export function lineCodeSystem(catalog: Catalog, key: string, date: string): 'cpt' | 'hcpcs' | undefined {
  if (key.length !== 5) return undefined;
  const order = key.charCodeAt(0) <= 57 ? CPT_FIRST : HCPCS_FIRST;
  for (const s of order) {
    const list = codeList(catalog, s, date);
    if (list?.index.byKey.has(key)) return s;
  }
  for (const s of order) if (findAnyRelease(catalog, s, key)) return s;
  return undefined;
}
