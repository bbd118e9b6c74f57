// Lookup structures derived from the layers. They are computed once at import time and stored in the
// artifact, so start-up only parses them instead of rebuilding them (what keeps cold start low).
import { codeKey } from './code-key.js';
import type { CodesLayer, IndexLayer, IndexRefs, IndexTermRow } from './model.js';

/** Parent of each code: the longest shorter code of the same list that it starts with (-1 for none). */
export function computeParents(codes: readonly string[]): number[] {
  const byKey = new Map<string, number>();
  const keys = codes.map((c, i) => {
    const k = codeKey(c);
    byKey.set(k, i);
    return k;
  });
  return keys.map((k) => {
    for (let len = k.length - 1; len >= 1; len--) {
      const p = byKey.get(k.slice(0, len));
      if (p !== undefined) return p;
    }
    return -1;
  });
}

function refsOfRow(row: IndexTermRow): { code: string; col: number }[] {
  const out: { code: string; col: number }[] = [];
  if (row.c) out.push({ code: row.c, col: 0 });
  for (const c of row.cs ?? []) out.push({ code: c, col: 0 });
  for (const [col, code] of row.cells ?? []) out.push({ code, col });
  if (row.tab) out.push({ code: row.tab, col: 0 });
  return out;
}

/**
 * Every code reference of an index layer, sorted by lookup key. A reference is partial when printed with a
 * trailing dash, or (PCS index) when shorter than a full 7-character code.
 */
export function computeIndexRefs(layer: Pick<IndexLayer, 'kind' | 'terms'>): IndexRefs {
  const pcs = layer.kind === 'pcs-index';
  const all: { key: string; row: number; col: number; partial: boolean }[] = [];
  layer.terms.forEach((row, i) => {
    for (const ref of refsOfRow(row)) {
      if (!/[A-Za-z0-9]/.test(ref.code)) continue; // "--" table cells: no code for that column
      const key = codeKey(ref.code.replace(/-+$/, ''));
      all.push({ key, row: i, col: ref.col, partial: ref.code.endsWith('-') || (pcs && key.length < 7) });
    }
  });
  all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row - b.row));
  return {
    keys: all.map((r) => r.key),
    rows: all.map((r) => r.row),
    cols: all.map((r) => r.col),
    partial: all.map((r) => (r.partial ? '1' : '0')).join(''),
  };
}

export function withParents(layer: CodesLayer): CodesLayer {
  return { ...layer, parents: computeParents(layer.codes) };
}
