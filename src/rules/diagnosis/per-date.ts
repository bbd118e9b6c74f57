// A memo per Catalog and date of service for the diagnosis rules' release picks (which tabular, MCE or lab NCD
// release is in force): picking builds strings and scans release lists, and a batch of claims has few dates.
import type { Catalog } from '../../catalog/index.js';

const LIMIT = 4096;
const memos = new WeakMap<Catalog, Map<string, unknown>>();

export function perDate<T>(catalog: Catalog, what: string, date: string, compute: () => T): T {
  let memo = memos.get(catalog);
  if (!memo) {
    memo = new Map();
    memos.set(catalog, memo);
  }
  const key = `${what}|${date}`;
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size >= LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}
