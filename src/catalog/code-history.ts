// A code's history across the loaded releases of its system: in which code lists it appears, whether it was
// billable there, and what changed from the previous loaded release (added, title revised, billability changed,
// deleted with CDC's replacements where the conversion table names them). Where a release's addenda are loaded,
// its entry also cites what they say of the code: an addition, deletion or revision in that very fiscal year (the
// revision with the title it replaced), or — when the code lists differ but the addenda are silent — that the
// change came in a release between the two that is not loaded. The code page shows it as a timeline with the years
// not loaded; it reads the same code lists as findCode.
import { type Catalog, codeKey } from './catalog.js';
import { cmReplacements } from './lookup-cm.js';
import type { AddendaLayer } from './model.js';
import type { CodeSystem } from './releases.js';

/**
 * What the release's code list says against the previous loaded one: `listed` for the oldest loaded release
 * (nothing earlier to compare), `absent` when neither has the code.
 */
export type CodeChange = 'listed' | 'added' | 'revised' | 'unchanged' | 'deleted' | 'absent';

export interface CodeHistoryEntry {
  /** release id, e.g. "icd10cm:2026" */
  release: string;
  /** release name, e.g. "ICD-10-CM FY2026" */
  title: string;
  effectiveFrom: string;
  effectiveTo: string;
  /** the release's code list has the code */
  present: boolean;
  /** present and billable in that release */
  billable: boolean;
  change: CodeChange;
  /** the code's title in that release ('' where the list has none: CPT numbers without a licence) */
  codeTitle?: string;
  /** revised: the title in the previous loaded release, when it differs */
  previousTitle?: string;
  /** revised: the billable flag changed (a header became a code, or the other way) */
  billableChanged?: boolean;
  /** deleted: the codes CDC's conversion table names as taking over from it (ICD-10-CM) */
  replacedBy?: readonly string[];
  /** the release's addenda file, when loaded: what it says of the code (nothing: the code did not change in it) */
  addenda?: { file: string; changes: readonly AddendaEntry[] };
  /**
   * added, revised or deleted against the previous loaded release, yet this release's addenda do not list the
   * code: the change came in a release between the two that is not loaded
   */
  changedInUnloadedRelease?: true;
}

export interface AddendaEntry {
  action: 'add' | 'delete' | 'revise';
  /** the long title the addenda give (revise: the new one) */
  title: string;
  /** revise: the title before */
  previousTitle?: string;
  /** the valid flag the change gives, where the addenda carry it */
  billable?: boolean;
  line: number;
}

/** One entry per loaded release of the system that has a code list, oldest first. */
export function codeHistory(catalog: Catalog, query: { system: CodeSystem; code: string }): CodeHistoryEntry[] {
  const key = codeKey(query.code);
  const out: CodeHistoryEntry[] = [];
  let previous: CodeHistoryEntry | undefined;
  for (const r of catalog.releasesWith(query.system, 'codes')) {
    const list = catalog.codeIndex(r);
    const i = list.byKey.get(key);
    const present = i !== undefined;
    const entry: CodeHistoryEntry = {
      release: r.id,
      title: r.title,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
      present,
      billable: present && list.billableAt(i),
      change: 'absent',
      ...(present ? { codeTitle: list.entryAt(i).title } : {}),
    };
    describeChange(catalog, query, entry, previous);
    if (r.layers.includes('addenda')) citeAddenda(entry, catalog.layer(r, 'addenda'), key);
    out.push(entry);
    previous = entry;
  }
  return out;
}

function describeChange(
  catalog: Catalog,
  query: { system: CodeSystem; code: string },
  entry: CodeHistoryEntry,
  previous: CodeHistoryEntry | undefined,
): void {
  if (!previous) {
    entry.change = entry.present ? 'listed' : 'absent';
    return;
  }
  if (!entry.present) {
    if (!previous.present) return;
    entry.change = 'deleted';
    const replacedBy = query.system === 'icd10cm' ? cmReplacements(catalog, query.code) : [];
    if (replacedBy.length > 0) entry.replacedBy = replacedBy;
    return;
  }
  if (!previous.present) {
    entry.change = 'added';
    return;
  }
  const titleChanged = (entry.codeTitle ?? '') !== (previous.codeTitle ?? '');
  const billableChanged = entry.billable !== previous.billable;
  if (!titleChanged && !billableChanged) {
    entry.change = 'unchanged';
    return;
  }
  entry.change = 'revised';
  if (titleChanged) entry.previousTitle = previous.codeTitle ?? '';
  if (billableChanged) entry.billableChanged = true;
}

const addendaByCode = new WeakMap<AddendaLayer, Map<string, AddendaEntry[]>>();

/** The addenda's changes by code key, made once per loaded layer. */
function changesOf(layer: AddendaLayer): Map<string, AddendaEntry[]> {
  let byCode = addendaByCode.get(layer);
  if (!byCode) {
    byCode = new Map();
    for (const { code, action, title, previousTitle, billable, line } of layer.changes) {
      const list = byCode.get(codeKey(code)) ?? [];
      list.push({
        action,
        title,
        ...(previousTitle === undefined ? {} : { previousTitle }),
        ...(billable === undefined ? {} : { billable }),
        line,
      });
      byCode.set(codeKey(code), list);
    }
    addendaByCode.set(layer, byCode);
  }
  return byCode;
}

function citeAddenda(entry: CodeHistoryEntry, layer: AddendaLayer, key: string): void {
  const changes = changesOf(layer).get(key) ?? [];
  entry.addenda = { file: layer.sourceFile, changes };
  // the oldest loaded release has nothing earlier to compare with, but its addenda may say it was new that year
  if (entry.change === 'listed' && changes.some((c) => c.action === 'add')) entry.change = 'added';
  const changed = entry.change === 'added' || entry.change === 'revised' || entry.change === 'deleted';
  if (changed && changes.length === 0) entry.changedInUnloadedRelease = true;
}
