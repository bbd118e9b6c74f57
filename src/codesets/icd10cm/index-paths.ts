// Every code reference of an ICD-10-CM index as a flat row with the term path that leads to it, e.g.
// ["Amyloidosis (generalized) (primary)", "with lung involvement"] -> E85.4 (+ J99 as manifestation).
// Path elements are the term title followed by its nonessential modifiers, "title (nemod)": the XML does not
// say where inside the title the modifier was printed in the few titles that continue after it
// ("human papillomavirus (HPV) DNA test" becomes "human papillomavirus DNA test (HPV)").
import type { CmIndex, CmIndexTerm } from './types.js';

export interface IndexPath {
  /** from the main term down to the term that carries the reference */
  path: string[];
  /** dotted, upper case; may end in "-" (incomplete, as printed) */
  code: string;
  /**
   * code: the term's <code> · extra: another code printed with it (manifestation) · cell: a table cell ·
   * see: the category/subcategory of a "see category"/"see subcategory" cross-reference
   */
  kind: 'code' | 'extra' | 'cell' | 'see';
  /** table cells: the column heading */
  column?: string;
  line: number;
}

export function termLabel(term: CmIndexTerm): string {
  return term.nemod ? `${term.title} ${term.nemod}` : term.title;
}

export function flattenIndexPaths(index: CmIndex): IndexPath[] {
  const rows: IndexPath[] = [];
  const columns = index.columns ?? [];

  const visit = (term: CmIndexTerm, parentPath: string[]): void => {
    const path = [...parentPath, termLabel(term)];
    const line = term.line;
    if (term.code !== undefined) rows.push({ path, code: term.code, kind: 'code', line });
    for (const code of term.codes ?? []) rows.push({ path, code, kind: 'extra', line });
    if (term.seeCode !== undefined) rows.push({ path, code: term.seeCode, kind: 'see', line });
    for (const cell of term.cells ?? []) {
      const column = columns[cell.col - 1];
      rows.push(
        column === undefined
          ? { path, code: cell.code, kind: 'cell', line }
          : { path, code: cell.code, kind: 'cell', column, line },
      );
    }
    for (const sub of term.subterms) visit(sub, path);
  };

  for (const main of index.mainTerms) visit(main, []);
  return rows;
}
