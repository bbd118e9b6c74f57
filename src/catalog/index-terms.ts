// Finds the index entries (Alphabetic Index, neoplasm/drug/external-cause tables, PCS index) that lead to a
// code, as term paths from the main term down. A partial reference ("C50.91-", a PCS "0DTJ") leads to every
// code it is the start of, and says so ("incomplete: go to the tabular").
import { codeKey } from './code-key.js';
import { computeIndexRefs } from './derived.js';
import type { IndexLayer, IndexRefs, IndexTermRow } from './model.js';
import { lowerBound } from './sorted-keys.js';

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

const computed = new WeakMap<IndexLayer, IndexRefs>();

function refsOf(layer: IndexLayer): IndexRefs {
  if (layer.refs) return layer.refs;
  let refs = computed.get(layer);
  if (!refs) {
    refs = computeIndexRefs(layer);
    computed.set(layer, refs);
  }
  return refs;
}

/** Positions of the references with this key and this partial flag. */
function matches(refs: IndexRefs, key: string, partial: boolean): number[] {
  const out: number[] = [];
  const flag = partial ? '1' : '0';
  for (let i = lowerBound(refs.keys, key); i < refs.keys.length && refs.keys[i] === key; i++) {
    if (refs.partial[i] === flag) out.push(i);
  }
  return out;
}

function termTitle(row: IndexTermRow): string {
  return row.n ? `${row.t} ${row.n}` : row.t;
}

function pathOf(layer: IndexLayer, row: number): string[] {
  const path: string[] = [];
  for (let r = row; r >= 0; r = (layer.terms[r] as IndexTermRow).p)
    path.unshift(termTitle(layer.terms[r] as IndexTermRow));
  return path;
}

function printedCode(row: IndexTermRow, col: number, key: string): string {
  if (col > 0) return row.cells?.find(([c]) => c === col)?.[1] ?? key;
  const candidates = [row.c, ...(row.cs ?? []), row.tab].filter((c): c is string => Boolean(c));
  return candidates.find((c) => codeKey(c.replace(/-+$/, '')) === key) ?? key;
}

/**
 * Index entries leading to a code: exact references first; then, for a code that needs a 7th character,
 * table entries printed without it; then the partial references with the longest prefix that covers the
 * code (shorter prefixes would repeat the same path).
 */
export function indexTermsFor(layer: IndexLayer, code: string, limit = 50): IndexTermHit[] {
  const refs = refsOf(layer);
  const key = codeKey(code);
  const hits: IndexTermHit[] = [];
  const push = (positions: number[], incomplete: boolean): void => {
    for (const p of positions) {
      if (hits.length >= limit) return;
      const row = refs.rows[p] as number;
      const col = refs.cols[p] as number;
      const term = layer.terms[row] as IndexTermRow;
      const column = col > 0 ? layer.columns?.[col - 1] : undefined;
      hits.push({
        path: pathOf(layer, row),
        code: printedCode(term, col, refs.keys[p] as string),
        ...(column ? { column } : {}),
        ...(incomplete ? { incomplete: true } : {}),
        line: term.l,
      });
    }
  };
  push(matches(refs, key, false), false);
  if (hits.length === 0 && key.length === 7 && layer.kind !== 'pcs-index') {
    // ICD-10-CM tables print codes that need a 7th character without it ("T51.3X1"): such an entry leads to
    // every 7th-character code of that base, placeholder Xs included.
    for (let base = key.slice(0, 6); base.length >= 3; base = base.slice(0, -1)) {
      const found = matches(refs, base, false);
      if (found.length > 0) {
        push(found, true);
        break;
      }
      if (!base.endsWith('X')) break;
    }
  }
  for (let len = key.length; len >= 3; len--) {
    const found = matches(refs, key.slice(0, len), true);
    if (found.length > 0) {
      push(found, true);
      break;
    }
  }
  return hits;
}
