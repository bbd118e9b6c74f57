// The Alphabetic Indexes' references ("see", "see also", "use") resolved to the entries they name, so that an
// entry without a code of its own leads to the code its reference gives: "Cholecystectomy — see Resection,
// Gallbladder" to 0FT4…, "Sore, throat — see also Pharyngitis" to J02.9. Pure: index rows in, row numbers out.
import type { IndexLayer } from '../catalog/index.js';

type IndexRow = IndexLayer['terms'][number];

/** codes a see reference may lead to before it is too general to be one procedure's documents */
const SEE_TARGET_CODES = 120;

/**
 * The ICD-10-PCS index's see references resolved to codes: a reference names another entry by its path
 * ("Resection, Gallbladder"), whose code prefixes (on it or on its subterms) give the codes. Where one procedure
 * name leads both to Resection and to Excision of the same body part (Cholecystectomy, Appendectomy), the name
 * read alone means the whole body part (Resection: "cutting out or off, without replacement, all of a body
 * part"); its Excision reading is the partial one, so those documents carry the word "partial".
 */
export function seeTargets(
  il: IndexLayer,
  codesUnder: (ref: string, max: number) => number[],
): { codes: Map<number, number[]>; partialReading: Set<number> } {
  const terms = il.terms;
  const pathKey: string[] = new Array(terms.length);
  const byPath = new Map<string, number>();
  const children: number[][] = terms.map(() => []);
  terms.forEach((row, r) => {
    const parent = row.p >= 0 ? pathKey[row.p] : undefined;
    const own = row.t.trim().toLowerCase();
    pathKey[r] = parent === undefined ? own : own ? `${parent}, ${own}` : parent;
    if (own && !byPath.has(pathKey[r] as string)) byPath.set(pathKey[r] as string, r);
    if (row.p >= 0) children[row.p]?.push(r);
  });
  const refsUnder = (r: number, out: string[]): void => {
    const row = terms[r] as IndexRow;
    if (row.c) out.push(row.c);
    for (const c of row.cs ?? []) out.push(c);
    for (const k of children[r] ?? []) refsUnder(k, out);
  };
  const codes = new Map<number, number[]>();
  const operationOf = new Map<number, string>();
  terms.forEach((row, r) => {
    const target = row.see ?? row.use;
    if (!target || row.c || row.cs) return;
    const at = byPath.get(target.trim().toLowerCase());
    if (at === undefined) return;
    const refs: string[] = [];
    refsUnder(at, refs);
    const found = new Set<number>();
    for (const ref of refs) for (const id of codesUnder(ref, SEE_TARGET_CODES)) found.add(id);
    if (found.size === 0 || found.size > SEE_TARGET_CODES) return;
    codes.set(r, [...found]);
    operationOf.set(r, (target.split(',')[0] as string).trim().toLowerCase());
  });
  const partialReading = new Set<number>();
  for (const [r, op] of operationOf) {
    const row = terms[r] as IndexRow;
    if (op !== 'excision' || row.p < 0) continue;
    const source = (terms[row.p] as IndexRow).t.toLowerCase();
    if (source.includes('partial')) continue;
    const resectionSibling = (children[row.p] ?? []).some((k) => operationOf.get(k) === 'resection');
    if (resectionSibling) partialReading.add(r);
  }
  return { codes, partialReading };
}

/**
 * The names a term is filed under: its whole text and its first form ("Infarct, infarction" → "infarct"), then, as
 * weaker names, its other comma-separated forms ("Blood-forming organs, disease" is not where "Disease" is filed).
 */
function namesOf(text: string): { strong: string[]; weak: string[] } {
  const t = text.trim().toLowerCase();
  if (!t) return { strong: [], weak: [] };
  const forms = t.split(', ').map((f) => f.trim());
  return { strong: [t, forms[0] as string], weak: forms.slice(1) };
}

/** name → row, strong names first, a name taken by the first row that has it */
class Names {
  private readonly strong = new Map<string, number>();
  private readonly weak = new Map<string, number>();
  add(text: string, r: number): void {
    const { strong, weak } = namesOf(text);
    for (const n of strong) if (!this.strong.has(n)) this.strong.set(n, r);
    for (const n of weak) if (!this.weak.has(n)) this.weak.set(n, r);
  }
  get(name: string): number | undefined {
    return this.strong.get(name) ?? this.weak.get(name);
  }
}

/**
 * ICD-10-CM: a resolver from a reference's text to the row it names. A reference is a main term, then subterms,
 * comma-separated ("Infarct, myocardium", "Fracture, traumatic, femur, neck"); a main term may itself hold commas
 * and be named by any of its forms, so the longest main term that matches is taken, then each following part
 * must name a subterm (by its text or one of its forms, nonessential modifiers not written). References to a
 * table ("by site", "Table of Drugs") lead to no row.
 */
export function cmReferenceResolver(il: IndexLayer): (target: string) => number {
  const terms = il.terms;
  const mains = new Names();
  const children = new Map<number, Names>();
  terms.forEach((row, r) => {
    if (row.p < 0) {
      mains.add(row.t, r);
      return;
    }
    let named = children.get(row.p);
    if (!named) {
      named = new Names();
      children.set(row.p, named);
    }
    named.add(row.t, r);
  });
  return (target: string): number => {
    const t = target.trim().toLowerCase();
    if (!t || t.includes('by site') || t.includes('table')) return -1;
    const parts = t.split(', ').map((p) => p.trim());
    for (let k = parts.length; k >= 1; k--) {
      let r = mains.get(parts.slice(0, k).join(', '));
      if (r === undefined) continue;
      for (let i = k; i < parts.length && r !== undefined; i++) r = children.get(r)?.get(parts[i] as string);
      if (r !== undefined) return r;
    }
    return -1;
  };
}

/**
 * A reference that names codes rather than an entry ("Neuropathy, diabetic — see E08-E13 with .40", "see category
 * M01", "see subcategory M14.8-", "Examination, physical — see Examination, medical Z00.00"): the codes it names, as
 * written in the tabular (E08.40, E09.40, E10.40, E11.40, E13.40; categories without such a code are skipped by the
 * caller). Empty when the reference names no code, or names them by a pattern not followed here (".x59").
 */
export function referencedCodes(target: string): string[] {
  const t = target.trim();
  const range =
    /^(?:categories\s+)?([A-Z])(\d\d)-([A-Z])(\d\d)\s+with\s+(?:(?:fourth|fifth|final)\s+character\s+)?\.(\d{1,3})-?$/i.exec(
      t,
    );
  if (range) {
    const [, letter, from, toLetter, to, suffix] = range as unknown as string[];
    if ((letter as string).toUpperCase() !== (toLetter as string).toUpperCase()) return [];
    const out: string[] = [];
    for (let n = Number(from); n <= Number(to) && out.length < 20; n++)
      out.push(`${(letter as string).toUpperCase()}${String(n).padStart(2, '0')}.${suffix}`);
    return out;
  }
  const category = /^(?:sub)?categor(?:y|ies)\s+([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)-?$/i.exec(t);
  if (category) return [(category[1] as string).toUpperCase()];
  const trailing = /,\s*[^,]*\s([A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4})$/i.exec(t);
  if (trailing) return [(trailing[1] as string).toUpperCase()];
  return [];
}
