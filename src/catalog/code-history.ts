// A code's history across the loaded releases of its system: in which code lists it appears, and whether it was
// billable there. The code page shows it as a timeline; it reads the same code lists as findCode.
import { type Catalog, codeKey } from './catalog.js';
import type { CodeSystem } from './releases.js';

export interface CodeHistoryEntry {
  /** release id, e.g. "icd10cm:2026" */
  release: string;
  /** release name, e.g. "ICD-10-CM FY2026" */
  title: string;
  /** the release's code list has the code */
  present: boolean;
  /** present and billable in that release */
  billable: boolean;
}

/** One entry per loaded release of the system that has a code list, oldest first. */
export function codeHistory(catalog: Catalog, query: { system: CodeSystem; code: string }): CodeHistoryEntry[] {
  const key = codeKey(query.code);
  return catalog.releasesWith(query.system, 'codes').map((r) => {
    const list = catalog.codeIndex(r);
    const i = list.byKey.get(key);
    return { release: r.id, title: r.title, present: i !== undefined, billable: i !== undefined && list.billableAt(i) };
  });
}
