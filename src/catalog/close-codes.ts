// The codes really close to one that is not in the code list ("did you mean" on a missing code page): a code one
// character away from the typed one (a typo: one character changed, added, dropped, or two neighbours swapped),
// and the codes of the same category (its first three characters), nearest first. Nothing else: a code that
// shares no category and is not one edit away is not close, however a text search would rank it.
import type { Catalog, CodeIndex } from './catalog.js';
import { codeKey } from './code-key.js';
import type { CodeRef } from './lookup-types.js';
import { CODE_SYSTEMS, type CodeSystem } from './releases.js';
import { lowerBound } from './sorted-keys.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** a code key is at most 7 characters (PCS, CM with its 7th); a little more leaves room for a typed extra one */
const MAX_KEY = 9;

export interface CloseCode extends CodeRef {
  /** one character away from the typed code */
  oneEdit: boolean;
  /** how many leading characters it shares with the typed code */
  sharedPrefix: number;
}

/** Every string one edit from key: each character changed, dropped or swapped with the next, one added anywhere. */
export function oneEditAway(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    const head = key.slice(0, i);
    for (const c of ALPHABET) {
      out.add(head + c + key.slice(i));
      if (i < key.length) out.add(head + c + key.slice(i + 1));
    }
    if (i < key.length) out.add(head + key.slice(i + 1));
    if (i + 1 < key.length) out.add(head + key.charAt(i + 1) + key.charAt(i) + key.slice(i + 2));
  }
  out.delete(key);
  return out;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Codes in force close to `code` in one system, or in every system when none is given: one edit away first, then
 * the same category by the length of the shared beginning, then in list order. Empty for text that is not
 * code-shaped (3 to 9 letters and digits, a dot allowed).
 */
export function closeCodes(
  catalog: Catalog,
  query: { code: string; system?: CodeSystem; date?: string; limit?: number },
): CloseCode[] {
  const raw = query.code.trim();
  if (!/^[A-Za-z0-9.]+$/.test(raw)) return [];
  const key = codeKey(raw);
  if (key.length < 3 || key.length > MAX_KEY) return [];
  const edits = oneEditAway(key);
  const category = key.slice(0, 3);
  const found: { system: CodeSystem; ci: CodeIndex; position: number; oneEdit: boolean; shared: number }[] = [];
  for (const system of query.system ? [query.system] : CODE_SYSTEMS) {
    const pick = catalog.pick(system, 'codes', query.date);
    if (!pick) continue;
    const ci = catalog.codeIndex(pick.release);
    const seen = new Set<number>();
    for (const k of edits) {
      const position = ci.byKey.get(k);
      if (position === undefined) continue;
      seen.add(position);
      found.push({ system, ci, position, oneEdit: true, shared: sharedPrefix(k, key) });
    }
    const { keys, positions } = ci.sortedKeys();
    for (let i = lowerBound(keys, category); i < keys.length && (keys[i] as string).startsWith(category); i++) {
      const position = positions[i] as number;
      if (!seen.has(position))
        found.push({ system, ci, position, oneEdit: false, shared: sharedPrefix(keys[i] as string, key) });
    }
  }
  found.sort(
    (a, b) =>
      Number(b.oneEdit) - Number(a.oneEdit) ||
      b.shared - a.shared ||
      CODE_SYSTEMS.indexOf(a.system) - CODE_SYSTEMS.indexOf(b.system) ||
      a.position - b.position,
  );
  return found.slice(0, query.limit ?? 8).map((f) => {
    const entry = f.ci.entryAt(f.position);
    return {
      system: f.system,
      code: entry.code,
      title: entry.title || null,
      billable: entry.billable,
      oneEdit: f.oneEdit,
      sharedPrefix: f.shared,
    };
  });
}
