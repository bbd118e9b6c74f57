// Code-list helpers for the claim edits, over the catalog's findCode (which says whether a code is in force,
// deleted or not valid yet, without throwing): the citation of a code-list line, a diagnosis as printed, and the
// system of a claim line's code.
import {
  type Catalog,
  type CodeEntry,
  type CodeFinding,
  type CodeIndex,
  codeKey,
  findCode,
  SOURCE_NAMES,
} from '../catalog/index.js';
import type { Citation } from './types.js';

export function codeAt(index: CodeIndex, i: number): string {
  return index.layer.codes[i] as string;
}

/** Citation of a code-list line: the release, the file and the line that lists the code. */
export function entryCitation(entry: CodeEntry, record: string): Citation {
  return {
    source: SOURCE_NAMES[entry.release.system],
    release: entry.release.id,
    file: entry.sourceFile,
    record: entry.line > 0 ? `line ${entry.line}: ${record}` : record,
  };
}

/** Citation of a code list that lacks the code. */
export function missingCitation(list: CodeIndex, code: string): Citation {
  return {
    source: SOURCE_NAMES[list.release.system],
    release: list.release.id,
    file: list.layer.sourceFile,
    record: `no entry for ${code}`,
  };
}

/** Citation of a code list: the line of the code, or the file that lacks it. */
export function codeListCitation(list: CodeIndex, i: number | undefined, code: string): Citation {
  return i === undefined ? missingCitation(list, code) : entryCitation(list.entryAt(i), code);
}

/** Citation of the code list in force: the code's line when it is there, else the list that lacks it. */
export function inForceCitation(finding: CodeFinding, record: string): Citation | undefined {
  if (finding.status === 'found') return entryCitation(finding.entry, record);
  return finding.list ? missingCitation(finding.list, record) : undefined;
}

/**
 * A code in any loaded release of a system: the release in force when it has it, else the newest that had it
 * (deleted since) or the first that will (not valid yet). For spelling and system detection.
 */
export function entryInAnyRelease(finding: CodeFinding): CodeEntry | undefined {
  return finding.status === 'unknown' ? undefined : finding.entry;
}

const CM_SHAPE = /^[A-Z]\d[0-9A-Z]/;

/** An ICD-10-CM code as printed (dotted) from the catalog, else dotted by rule when it has the shape of one. */
export function printedDiagnosis(catalog: Catalog, raw: string, date: string): string {
  const key = codeKey(raw);
  const entry = entryInAnyRelease(findCode(catalog, { system: 'icd10cm', code: key, date }));
  if (entry) return entry.code;
  return key.length > 3 && CM_SHAPE.test(key) ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

const CPT_FIRST = ['cpt', 'hcpcs'] as const;
const HCPCS_FIRST = ['hcpcs', 'cpt'] as const;

/**
 * The system of a claim line's code: CPT or HCPCS Level II (both five characters), from the code lists — the
 * release in force first, then any loaded release. Undefined for anything else (an ICD code, a modifier, junk).
 */
export function lineCodeSystem(catalog: Catalog, key: string, date: string): 'cpt' | 'hcpcs' | undefined {
  if (key.length !== 5) return undefined;
  const [likely, other] = key.charCodeAt(0) <= 57 ? CPT_FIRST : HCPCS_FIRST;
  // the second system is asked only when the likely one does not have the code in force
  const first = findCode(catalog, { system: likely, code: key, date });
  if (first.status === 'found') return likely;
  const second = findCode(catalog, { system: other, code: key, date });
  if (second.status === 'found') return other;
  if (first.status !== 'unknown') return likely;
  if (second.status !== 'unknown') return other;
  return undefined;
}
