// Finds the index entries (Alphabetic Index, neoplasm/drug/external-cause tables, PCS index) that lead to a
// code, as term paths from the main term down. A reference with a trailing dash ("C50.91-") is incomplete:
// it leads to every code it is a prefix of, and says so.

import { codeKey } from './catalog.js';
import type { IndexLayer, IndexTermRow } from './model.js';

export interface IndexTermHit {
  /** main term first, then subterms; nonessential modifiers kept in the title as printed */
  path: string[];
  /** the reference as printed in the index */
  code: string;
  /** table column heading for the neoplasm and drug tables */
  column?: string;
  /** the reference is a category or partial code: "go to the tabular" */
  incomplete?: boolean;
  line: number;
}

interface RefIndex {
  exact: Map<string, { row: number; code: string; col?: number }[]>;
  dashed: Map<string, { row: number; code: string; col?: number }[]>;
}

const cache = new WeakMap<IndexLayer, RefIndex>();

function termTitle(row: IndexTermRow): string {
  return row.n ? `${row.t} ${row.n}` : row.t;
}

function refsOf(row: IndexTermRow): { code: string; col?: number }[] {
  const out: { code: string; col?: number }[] = [];
  if (row.c) out.push({ code: row.c });
  for (const c of row.cs ?? []) out.push({ code: c });
  for (const [col, code] of row.cells ?? []) out.push({ code, col });
  if (row.tab) out.push({ code: row.tab });
  return out;
}

/** A PCS index reference shorter than 7 characters, or a CM reference ending in "-", is partial. */
function isPartial(code: string, pcs: boolean): boolean {
  return code.endsWith('-') || (pcs && codeKey(code).length < 7);
}

function buildRefIndex(layer: IndexLayer): RefIndex {
  const exact = new Map<string, { row: number; code: string; col?: number }[]>();
  const dashed = new Map<string, { row: number; code: string; col?: number }[]>();
  const pcs = layer.kind === 'pcs-index';
  layer.terms.forEach((row, i) => {
    for (const ref of refsOf(row)) {
      if (!/[A-Za-z0-9]/.test(ref.code)) continue; // "--" cells: no code for that column
      const partial = isPartial(ref.code, pcs);
      const key = codeKey(ref.code.replace(/-+$/, ''));
      const map = partial ? dashed : exact;
      let list = map.get(key);
      if (!list) {
        list = [];
        map.set(key, list);
      }
      list.push({ row: i, code: ref.code, ...(ref.col !== undefined ? { col: ref.col } : {}) });
    }
  });
  return { exact, dashed };
}

function pathOf(layer: IndexLayer, row: number): string[] {
  const path: string[] = [];
  let r: number = row;
  while (r >= 0) {
    const term = layer.terms[r] as IndexTermRow;
    path.unshift(termTitle(term));
    r = term.p;
  }
  return path;
}

/**
 * Index entries leading to a code: exact references, and the partial references whose prefix is the longest
 * one that covers the code (a dashed "S72.00-" leads to S72.001A; shorter prefixes would repeat it).
 */
export function indexTermsFor(layer: IndexLayer, code: string, limit = 50): IndexTermHit[] {
  let refs = cache.get(layer);
  if (!refs) {
    refs = buildRefIndex(layer);
    cache.set(layer, refs);
  }
  const key = codeKey(code);
  const hits: IndexTermHit[] = [];
  const push = (list: { row: number; code: string; col?: number }[], incomplete: boolean): void => {
    for (const ref of list) {
      if (hits.length >= limit) return;
      const term = layer.terms[ref.row] as IndexTermRow;
      const column = ref.col !== undefined ? layer.columns?.[ref.col - 1] : undefined;
      hits.push({
        path: pathOf(layer, ref.row),
        code: ref.code,
        ...(column ? { column } : {}),
        ...(incomplete ? { incomplete: true } : {}),
        line: term.l,
      });
    }
  };
  push(refs.exact.get(key) ?? [], false);
  if (hits.length === 0 && key.length === 7 && layer.kind !== 'pcs-index') {
    // ICD-10-CM tables print codes that need a 7th character without it ("T51.3X1"): such an entry leads to
    // every 7th-character code of that base, placeholder Xs included.
    for (let base = key.slice(0, 6); base.length >= 3; base = base.slice(0, -1)) {
      const list = refs.exact.get(base);
      if (list) {
        push(list, true);
        break;
      }
      if (!base.endsWith('X')) break;
    }
  }
  for (let len = key.length; len >= 3; len--) {
    const list = refs.dashed.get(key.slice(0, len));
    if (list) {
      push(list, true);
      break;
    }
  }
  return hits;
}
