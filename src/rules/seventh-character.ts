// ICD-10-CM 7th characters and the placeholder X (ICD-10-CM Official Guidelines for Coding and Reporting FY2026,
// sections I.A.3 to I.A.5, pp. 7-8: a code that takes a 7th character is invalid without it, and a code shorter
// than six characters takes X placeholders before it). Works on the code list of the release in force: a header whose children are all
// its 7th-character extensions (S72.001 -> S72.001A...; S02.0 -> S02.0XXA...) needs a 7th character, and a
// code that is missing from the list but valid once X placeholders are put in (T36.01A -> T36.0X1A) needs them.
import type { CodeIndex } from '../catalog/index.js';
import { codeAt } from './code-lookup.js';

function keyAt(index: CodeIndex, i: number): string {
  return codeAt(index, i).replace('.', '');
}

/** The children of a header that are its 7th-character codes, or undefined when the header is not such a stem. */
export function seventhCharacterChildren(index: CodeIndex, i: number): readonly number[] | undefined {
  const key = keyAt(index, i);
  if (key.length >= 7) return undefined;
  const kids = index.children(i);
  if (kids.length === 0) return undefined;
  const stem = key.padEnd(6, 'X');
  for (const c of kids) {
    const k = keyAt(index, c);
    if (k.length !== 7 || !k.startsWith(stem)) return undefined;
  }
  return kids;
}

function place(prefix: string, rest: string, left: number, out: Set<string>): void {
  if (left === 0) {
    out.add(prefix + rest);
    return;
  }
  if (prefix.length >= 3) place(`${prefix}X`, rest, left - 1, out);
  if (rest.length > 0) place(prefix + rest.charAt(0), rest.slice(1), left, out);
}

/** Ways to insert `count` X placeholders at character positions 4-7 (after the category) of a key. */
function withPlaceholders(key: string, count: number): string[] {
  const out = new Set<string>();
  place('', key, count, out);
  return [...out];
}

export type SeventhCharacterProblem =
  /** a stem (header) written without its 7th character: `stem` is the header */
  | { kind: 'missing'; stem: number }
  /** the 7th character is not one the stem takes */
  | { kind: 'invalid'; stem: number; seventh: string }
  /** valid once X placeholders are put in: `fixed` is that code */
  | { kind: 'placeholder'; fixed: number }
  /** X placeholders are missing and so is the 7th character: `stem` is the header they lead to */
  | { kind: 'placeholder-and-missing'; stem: number };

/**
 * What is wrong with the 7th character or placeholders of a diagnosis key, read from the code list in force;
 * undefined when the key is not a 7th-character problem (a plain header, a valid code, or junk).
 */
export function seventhCharacterProblem(index: CodeIndex, key: string): SeventhCharacterProblem | undefined {
  const i = index.byKey.get(key);
  if (i !== undefined) {
    if (index.billableAt(i)) return undefined;
    return seventhCharacterChildren(index, i) ? { kind: 'missing', stem: i } : undefined;
  }
  if (key.length < 4 || key.length > 7) return undefined;
  if (key.length === 7) {
    // a stem of the first six characters, or of fewer with the rest X: S72.001Z, S02.0XXZ
    let base = key.slice(0, 6);
    while (base.length > 3 && !index.byKey.has(base) && base.endsWith('X')) base = base.slice(0, -1);
    const stem = index.byKey.get(base);
    if (stem !== undefined && seventhCharacterChildren(index, stem) && key.startsWith(base.padEnd(6, 'X'))) {
      return { kind: 'invalid', stem, seventh: key.charAt(6) };
    }
    return undefined;
  }
  for (const candidate of withPlaceholders(key, 7 - key.length)) {
    const fixed = index.byKey.get(candidate);
    if (fixed !== undefined && index.billableAt(fixed)) return { kind: 'placeholder', fixed };
  }
  if (key.length < 6) {
    for (const candidate of withPlaceholders(key, 6 - key.length)) {
      const stem = index.byKey.get(candidate);
      if (stem !== undefined && seventhCharacterChildren(index, stem)) return { kind: 'placeholder-and-missing', stem };
    }
  }
  return undefined;
}
