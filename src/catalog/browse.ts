// Browsing a code system one character at a time: the entries under a prefix are the next-longer prefixes that
// codes continue with (with how many billable codes each holds), or the codes themselves. ICD-10-PCS prefixes
// take their labels from the tables (section → body system → operation), other prefixes that are codes from
// the code's title. HCPCS Level II has no official group titles in its files: a group is labelled by the range of
// codes it holds ("J0120–J0999"), and modifiers (two characters, not codes) are listed apart
// (browse-hcpcs.ts), never as a group of codes.
import type { Catalog } from './catalog.js';
import { codeKey } from './code-key.js';
import type { CodeSystem } from './releases.js';
import { lowerBound } from './sorted-keys.js';

export interface BrowseEntry {
  /** the prefix (code key, no dot) */
  prefix: string;
  /** the code as printed when the prefix is itself a code */
  code?: string;
  label: string | null;
  billable?: boolean;
  /** billable codes under (and including) this prefix */
  billableCount: number;
}

export interface BrowseResult {
  system: CodeSystem;
  prefix: string;
  release: string;
  entries: BrowseEntry[];
}

export function browseCodes(
  catalog: Catalog,
  system: CodeSystem,
  rawPrefix: string,
  date?: string,
): BrowseResult | null {
  const pick = catalog.pick(system, 'codes', date);
  if (!pick) return null;
  const prefix = codeKey(rawPrefix);
  const ci = catalog.codeIndex(pick.release);
  const layer = ci.layer;
  const pcsLabels = system === 'icd10pcs' ? pcsPrefixLabels(catalog, date) : undefined;
  const byPrefix = new Map<string, BrowseEntry>();
  const ranges = new Map<string, { first: string; last: string }>();
  for (let i = 0; i < layer.codes.length; i++) {
    const code = layer.codes[i] as string;
    const key = codeKey(code);
    if (!key.startsWith(prefix) || key === prefix) continue;
    if (system === 'hcpcs' && isHcpcsModifier(code)) continue;
    const next = key.slice(0, prefix.length + 1);
    let e = byPrefix.get(next);
    if (!e) {
      e = { prefix: next, label: pcsLabels?.get(next) ?? null, billableCount: 0 };
      byPrefix.set(next, e);
    }
    const billable = ci.billableAt(i);
    if (billable) e.billableCount++;
    if (key === next) {
      e.code = code;
      e.label = layer.titles[i] || e.label;
      e.billable = billable;
    }
    const r = ranges.get(next);
    // the file lists codes in order, but nothing here relies on it
    if (!r) ranges.set(next, { first: code, last: code });
    else if (code < r.first) r.first = code;
    else if (code > r.last) r.last = code;
  }
  if (system === 'hcpcs')
    for (const e of byPrefix.values()) {
      const r = ranges.get(e.prefix);
      if (!e.code && r) e.label = r.first === r.last ? r.first : `${r.first}–${r.last}`;
    }
  const entries = [...byPrefix.values()].sort((a, b) => (a.prefix < b.prefix ? -1 : 1));
  return { system, prefix, release: pick.release.id, entries };
}

/** A browse group of HCPCS Level II codes: a prefix ("J", "J1") and the range of codes it holds, its label. */
export interface HcpcsGroup {
  prefix: string;
  label: string;
}

/**
 * The browse groups a HCPCS code sits in, widest first ("J" J0120–J9999, then "J1" J1000–J1990), labelled as
 * browseCodes labels them: the breadcrumb of a HCPCS page. Reads the code list's sorted keys (one range per prefix),
 * so it costs a few hundred comparisons, not a pass over the list. Empty for a modifier or an unknown system list.
 */
export function hcpcsGroupsOf(catalog: Catalog, code: string, date?: string): HcpcsGroup[] {
  const pick = catalog.pick('hcpcs', 'codes', date);
  const key = codeKey(code);
  if (!pick || isHcpcsModifier(key)) return [];
  const ci = catalog.codeIndex(pick.release);
  const { keys, positions } = ci.sortedKeys();
  const groups: HcpcsGroup[] = [];
  for (const length of [1, 2]) {
    if (length >= key.length) break;
    const prefix = key.slice(0, length);
    let first: string | undefined;
    let last: string | undefined;
    for (let i = lowerBound(keys, prefix); i < keys.length && (keys[i] as string).startsWith(prefix); i++) {
      if (isHcpcsModifier(keys[i] as string)) continue;
      const listed = ci.layer.codes[positions[i] as number] as string;
      first ??= listed;
      last = listed;
    }
    if (first && last) groups.push({ prefix, label: first === last ? first : `${first}–${last}` });
  }
  return groups;
}

/** HCPCS Level II modifiers are two characters (JW, GA); its codes are a letter and four digits. */
export function isHcpcsModifier(code: string): boolean {
  return code.length === 2;
}

function pcsPrefixLabels(catalog: Catalog, date: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const rel = catalog.pick('icd10pcs', 'pcs-tables', date)?.release;
  if (!rel) return out;
  for (const t of catalog.layer(rel, 'pcs-tables').tables) {
    const s = t.section.code;
    const b = s + t.bodySystem.code;
    const o = b + t.operation.code;
    out.set(s, t.section.label);
    out.set(b, t.bodySystem.label);
    out.set(o, t.operation.label);
  }
  return out;
}

export interface CmChapterEntry {
  num: string;
  title: string;
  range: string;
}

export interface CmSectionEntry {
  id: string;
  title: string;
  chapter: string;
}

export interface CmTree {
  release: string;
  chapters: CmChapterEntry[];
  sections: CmSectionEntry[];
}

/** ICD-10-CM chapters and sections from the newest tabular in force (undefined when no tabular is loaded). */
export function cmTree(catalog: Catalog, date?: string): CmTree | undefined {
  const rel = catalog.pick('icd10cm', 'cm-tabular', date)?.release;
  if (!rel) return undefined;
  const tab = catalog.layer(rel, 'cm-tabular');
  return {
    release: rel.id,
    chapters: tab.chapters.map((c) => ({ num: c.num, title: c.title, range: c.range })),
    sections: tab.sections.map((s) => ({ id: s.id, title: s.title, chapter: s.chapter })),
  };
}

/** The categories (three-character codes) of the code list in force that fall in a section's range ("A00-A09"). */
export function cmCategoriesInRange(catalog: Catalog, range: string, date?: string): BrowseEntry[] {
  const pick = catalog.pick('icd10cm', 'codes', date);
  const m = /^([A-Z]\d[0-9A-Z])(?:-([A-Z]\d[0-9A-Z]))?$/.exec(range);
  if (!pick || !m) return [];
  const from = m[1] as string;
  const to = m[2] ?? from;
  const ci = catalog.codeIndex(pick.release);
  const layer = ci.layer;
  const byCategory = new Map<string, BrowseEntry>();
  for (let i = 0; i < layer.codes.length; i++) {
    const key = codeKey(layer.codes[i] as string);
    const cat = key.slice(0, 3);
    if (cat < from || cat > to) continue;
    let e = byCategory.get(cat);
    if (!e) {
      e = { prefix: cat, label: null, billableCount: 0 };
      byCategory.set(cat, e);
    }
    const billable = ci.billableAt(i);
    if (billable) e.billableCount++;
    if (key === cat) {
      e.code = layer.codes[i] as string;
      e.label = layer.titles[i] || null;
      e.billable = billable;
    }
  }
  return [...byCategory.values()].sort((a, b) => (a.prefix < b.prefix ? -1 : 1));
}
