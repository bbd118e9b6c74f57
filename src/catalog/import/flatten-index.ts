// Turns a parsed index tree (main terms with nested subterms) into the flat rows the catalog stores:
// each row points at its parent row, so a term path is rebuilt by walking up.
import type { CmIndexTerm } from '../../codesets/icd10cm/index.js';
import type { PcsIndexTerm } from '../../codesets/icd10pcs/index.js';
import type { IndexTermRow } from '../model.js';

export function flattenCmTerms(mainTerms: CmIndexTerm[]): IndexTermRow[] {
  const rows: IndexTermRow[] = [];
  const visit = (term: CmIndexTerm, parent: number): void => {
    const row: IndexTermRow = { p: parent, t: term.title, l: term.line };
    if (term.nemod) row.n = term.nemod;
    if (term.code) row.c = term.code;
    if (term.codes && term.codes.length > 0) row.cs = term.codes;
    if (term.see) row.see = term.see;
    if (term.seeAlso) row.seeAlso = term.seeAlso;
    if (term.cells && term.cells.length > 0) row.cells = term.cells.map((c) => [c.col, c.code]);
    const me = rows.push(row) - 1;
    for (const s of term.subterms) visit(s, me);
  };
  for (const t of mainTerms) visit(t, -1);
  return rows;
}

export function flattenPcsTerms(mainTerms: PcsIndexTerm[]): IndexTermRow[] {
  const rows: IndexTermRow[] = [];
  const visit = (term: PcsIndexTerm, parent: number): void => {
    const row: IndexTermRow = { p: parent, t: term.title, l: term.line };
    if (term.codes && term.codes.length > 0) row.cs = term.codes;
    if (term.use) row.use = term.use;
    if (term.see) row.see = term.see;
    if (term.tab) row.tab = term.tab;
    const me = rows.push(row) - 1;
    for (const s of term.subterms) visit(s, me);
  };
  for (const t of mainTerms) visit(t, -1);
  return rows;
}

/** Every code reference in flat rows (term code, extra codes, table cells, PCS codes and tables). */
export function referencesOf(rows: IndexTermRow[]): { row: number; code: string }[] {
  const out: { row: number; code: string }[] = [];
  rows.forEach((r, row) => {
    if (r.c) out.push({ row, code: r.c });
    for (const c of r.cs ?? []) out.push({ row, code: c });
    for (const [, c] of r.cells ?? []) out.push({ row, code: c });
    if (r.tab) out.push({ row, code: r.tab });
  });
  return out;
}

export function rowPath(rows: IndexTermRow[], row: number): string[] {
  const path: string[] = [];
  for (let r = row; r >= 0; r = (rows[r] as IndexTermRow).p) {
    const t = rows[r] as IndexTermRow;
    path.unshift(t.n ? `${t.t} ${t.n}` : t.t);
  }
  return path;
}
