// ICD-10-CM Tabular List instructional notes for the diagnosis rules (CDC ICD-10-CM tabular XML; the newest
// tabular loaded in force on the date of service, FY2023 in the staged data, while the code list is FY2026):
// Excludes1, "code first" and "use additional code" notes of a code and those it inherits from its
// subcategories, category, section (block) and chapter, with their code references parsed. The same walk as
// lookupCode (src/catalog/lookup-cm.ts): a 7th-character code reads the notes of the code it was expanded from, a
// code the tabular lacks (new since) reads its nearest ancestor's. Kept per tabular layer (a WeakMap on the layer,
// so per Catalog), built lazily: one Map of the tabular's codes, then one entry per code asked for.

import type { CmTabularLayer, TabularDiag } from '../../catalog/index.js';
import { type Catalog, codeKey, type ReleaseInfo } from '../../catalog/index.js';
import { type CodeRef, parseCodeRefs, refMatches, scopeOf } from './code-refs.js';
import { perDate } from './per-date.js';

export type NoteKind = 'excludes1' | 'codeFirst' | 'useAdditionalCode';
const KINDS: readonly NoteKind[] = ['excludes1', 'codeFirst', 'useAdditionalCode'];

export type NoteLevel = 'code' | 'subcategory' | 'category' | 'section' | 'chapter';

export interface NoteEntry {
  /** the note's text as printed */
  text: string;
  refs: CodeRef[];
  /** "For codes …" before it in the same note: the entry applies to those codes only */
  scope?: CodeRef[];
}

/** The notes of one kind written at one place of the tabular (a code, a section, a chapter). */
export interface NoteBlock {
  kind: NoteKind;
  /** the code, section id ("E08-E13") or "Chapter 4" that carries the note */
  carrier: string;
  carrierTitle: string;
  level: NoteLevel;
  /** line of the carrier's <diag> in the tabular file (sections and chapters: none) */
  line?: number;
  entries: NoteEntry[];
}

export interface DxNotes {
  key: string;
  release: ReleaseInfo;
  file: string;
  /** how the code was found in the tabular */
  found: 'exact' | 'expanded' | 'ancestor' | 'absent';
  /** the tabular title of the code (or of the code it was expanded from / its nearest ancestor) */
  title: string;
  /** titles from the code up to its category, for "in diseases classified elsewhere" */
  titles: string[];
  /** inclusion terms written on the code itself */
  inclusionTerms: number;
  /** nearest first: the code, its subcategories, category, section, chapter */
  blocks: Record<NoteKind, NoteBlock[]>;
}

interface LayerIndex {
  byKey: Map<string, number>;
  diagBlocks: Map<number, NoteBlock[]>;
  sectionBlocks: Map<number, NoteBlock[]>;
  chapterBlocks: Map<number, NoteBlock[]>;
  dx: Map<string, DxNotes>;
}

const indexes = new WeakMap<CmTabularLayer, LayerIndex>();

function layerIndex(layer: CmTabularLayer): LayerIndex {
  let idx = indexes.get(layer);
  if (!idx) {
    idx = {
      byKey: new Map(layer.diags.map((d, i) => [codeKey(d.c), i])),
      diagBlocks: new Map(),
      sectionBlocks: new Map(),
      chapterBlocks: new Map(),
      dx: new Map(),
    };
    indexes.set(layer, idx);
  }
  return idx;
}

function blocksOf(
  notes: Partial<Record<string, string[]>> | undefined,
  carrier: string,
  carrierTitle: string,
  level: NoteLevel,
  line: number | undefined,
): NoteBlock[] {
  const out: NoteBlock[] = [];
  if (!notes) return out;
  for (const kind of KINDS) {
    const texts = notes[kind];
    if (!texts || texts.length === 0) continue;
    let scope: CodeRef[] | undefined;
    const entries: NoteEntry[] = [];
    for (const text of texts) {
      const s = scopeOf(text);
      if (s) {
        scope = s;
        continue;
      }
      entries.push({ text, refs: parseCodeRefs(text), ...(scope ? { scope } : {}) });
    }
    out.push({ kind, carrier, carrierTitle, level, ...(line !== undefined ? { line } : {}), entries });
  }
  return out;
}

function diagBlocks(layer: CmTabularLayer, idx: LayerIndex, i: number, level: NoteLevel): NoteBlock[] {
  // cached per diag and level: the same diag is "code" for itself and "category" for the codes under it
  const cacheKey = level === 'code' ? -1 - i : i;
  let b = idx.diagBlocks.get(cacheKey);
  if (!b) {
    const d = layer.diags[i] as TabularDiag;
    b = blocksOf(d.n, d.c, d.t, level, d.l);
    idx.diagBlocks.set(cacheKey, b);
  }
  return b;
}

/** The diag a 7th-character code was expanded from: drop the 7th character, then placeholder Xs. */
function expansionBase(layer: CmTabularLayer, idx: LayerIndex, key: string): number | undefined {
  if (key.length !== 7) return undefined;
  const seventh = key.charAt(6);
  let base = key.slice(0, 6);
  while (base.length >= 3) {
    const i = idx.byKey.get(base);
    if (i !== undefined) {
      const diag = layer.diags[i] as TabularDiag;
      const def = diag.d !== undefined ? layer.sevenChr[diag.d] : undefined;
      return def?.def.some((v) => v.char === seventh) ? i : undefined;
    }
    if (!base.endsWith('X')) return undefined;
    base = base.slice(0, -1);
  }
  return undefined;
}

function parentIndex(idx: LayerIndex, d: TabularDiag): number | undefined {
  return d.p ? idx.byKey.get(codeKey(d.p)) : undefined;
}

function build(layer: CmTabularLayer, idx: LayerIndex, key: string, release: ReleaseInfo): DxNotes {
  const blocks: Record<NoteKind, NoteBlock[]> = { excludes1: [], codeFirst: [], useAdditionalCode: [] };
  const add = (list: NoteBlock[]) => {
    for (const b of list) blocks[b.kind].push(b);
  };
  let found: DxNotes['found'] = 'absent';
  let start: number | undefined = idx.byKey.get(key);
  if (start !== undefined) found = 'exact';
  else {
    start = expansionBase(layer, idx, key);
    if (start !== undefined) found = 'expanded';
    else {
      for (let len = key.length - 1; len >= 3 && start === undefined; len--) start = idx.byKey.get(key.slice(0, len));
      if (start !== undefined) found = 'ancestor';
    }
  }
  const titles: string[] = [];
  let inclusionTerms = 0;
  let title = '';
  let categoryDiag: TabularDiag | undefined;
  if (start !== undefined) {
    const own = layer.diags[start] as TabularDiag;
    title = own.t;
    if (found !== 'ancestor') inclusionTerms = own.n?.inclusionTerm?.length ?? 0;
    // the code itself (or the code it was expanded from); a nearest ancestor's notes are inherited ones
    let level: NoteLevel = found === 'ancestor' ? (own.p ? 'subcategory' : 'category') : 'code';
    for (let i: number | undefined = start; i !== undefined; ) {
      const d = layer.diags[i] as TabularDiag;
      titles.push(d.t);
      add(diagBlocks(layer, idx, i, level));
      if (!d.p) categoryDiag = d;
      i = parentIndex(idx, d);
      const next = i !== undefined ? (layer.diags[i] as TabularDiag) : undefined;
      level = next?.p ? 'subcategory' : 'category';
    }
  }
  if (categoryDiag) {
    const si = categoryDiag.s;
    const section = layer.sections[si];
    if (section) {
      let sb = idx.sectionBlocks.get(si);
      if (!sb) {
        sb = blocksOf(section.notes, section.id, section.title, 'section', undefined);
        idx.sectionBlocks.set(si, sb);
      }
      add(sb);
      const ci = section.chapterIndex;
      const ch = layer.chapters[ci];
      if (ch) {
        let cb = idx.chapterBlocks.get(ci);
        if (!cb) {
          cb = blocksOf(ch.notes, `Chapter ${ch.num}`, ch.title, 'chapter', undefined);
          idx.chapterBlocks.set(ci, cb);
        }
        add(cb);
      }
    }
  }
  return {
    key,
    release,
    file: layer.sourceFile,
    found,
    title,
    titles,
    inclusionTerms,
    blocks,
  };
}

/** The tabular release in force on a date (the newest loaded when none is), or undefined when none is loaded. */
export function tabularFor(
  catalog: Catalog,
  date: string,
): { release: ReleaseInfo; layer: CmTabularLayer } | undefined {
  return perDate(catalog, 'cm-tabular', date, () => {
    const pick = catalog.pick('icd10cm', 'cm-tabular', date);
    return pick ? { release: pick.release, layer: catalog.layer(pick.release, 'cm-tabular') } : undefined;
  });
}

/** The notes of a diagnosis code (dotted or not) in the tabular in force on the date; undefined without a tabular. */
export function dxNotes(catalog: Catalog, code: string, date: string): DxNotes | undefined {
  const t = tabularFor(catalog, date);
  if (!t) return undefined;
  const idx = layerIndex(t.layer);
  const key = codeKey(code);
  let n = idx.dx.get(key);
  if (!n) {
    n = build(t.layer, idx, key, t.release);
    idx.dx.set(key, n);
  }
  return n;
}

/** Whether an entry applies to a code (its "For codes …" scope, when it has one). */
export function entryApplies(entry: NoteEntry, key: string): boolean {
  return !entry.scope || entry.scope.some((r) => refMatches(r, key));
}

const IN_DISEASES_ELSEWHERE = /\bin\b[^;]*\bclassified elsewhere\b/i;

/** The tabular convention for a manifestation code: "in diseases classified elsewhere" in its title or above. */
export function titledManifestation(notes: DxNotes): boolean {
  return notes.titles.some((t) => IN_DISEASES_ELSEWHERE.test(t));
}

/** "Chapter 4" / "E08-E13" / "E11 Type 2 diabetes mellitus": how a coder finds the note. */
export function carrierLabel(b: NoteBlock): string {
  if (b.level === 'chapter') return `${b.carrier} (${b.carrierTitle})`;
  if (b.level === 'section') return `block ${b.carrier} (${b.carrierTitle})`;
  return `${b.carrier} ${b.carrierTitle}`;
}

const KIND_NAMES: Record<NoteKind, string> = {
  excludes1: 'Excludes1',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
};

/** The citation record of a note: the carrier (and its tabular line), the kind and the text. */
export function noteRecord(b: NoteBlock, texts: string[]): string {
  const where = b.line !== undefined ? `${b.carrier} (line ${b.line})` : carrierLabel(b);
  return `${where} ${KIND_NAMES[b.kind]}: ${texts.map((t) => `"${t}"`).join('; ')}`;
}

export const TABULAR_SOURCE = 'ICD-10-CM Tabular List';

/** "FY2023 tabular" when the notes come from a tabular older than the code list (the staged data's case). */
export function notesFromNote(n: DxNotes, code: string): string {
  if (n.found === 'ancestor')
    return ` (${code} is not in the ${n.release.title} tabular, the newest loaded: its notes there are inherited)`;
  if (n.found === 'absent') return ` (${code} is not in the ${n.release.title} tabular)`;
  return '';
}
