// Cross-check of a parsed Tabular List against the order file of the same release: the tabular, once its 7th
// characters are expanded, must give exactly the order file's valid codes with the same long titles. Used by
// the tests, and by an import that wants to prove a tabular/order pair belongs together.
import type { CmOrderRecord, CmTabularCode } from './types.js';

export interface OrderComparison {
  /** billable in the order file, not billable (or absent) in the tabular */
  missing: string[];
  /** billable in the tabular, not billable (or absent) in the order file */
  extra: string[];
  /** codes billable in both whose tabular title differs from the order file's long title */
  titleMismatches: { code: string; tabular: string; order: string }[];
}

export function compareWithOrder(codes: CmTabularCode[], order: CmOrderRecord[]): OrderComparison {
  const tabularTitles = new Map<string, string>();
  for (const c of codes) if (c.billable) tabularTitles.set(c.code, c.title);
  const orderTitles = new Map<string, string>();
  for (const r of order) if (r.billable) orderTitles.set(r.code, r.longTitle);

  const missing = [...orderTitles.keys()].filter((code) => !tabularTitles.has(code));
  const extra = [...tabularTitles.keys()].filter((code) => !orderTitles.has(code));
  const titleMismatches: OrderComparison['titleMismatches'] = [];
  for (const [code, tabular] of tabularTitles) {
    const orderTitle = orderTitles.get(code);
    if (orderTitle !== undefined && orderTitle !== tabular) titleMismatches.push({ code, tabular, order: orderTitle });
  }
  return { missing, extra, titleMismatches };
}
