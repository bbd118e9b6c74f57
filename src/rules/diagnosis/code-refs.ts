// Code references inside ICD-10-CM Tabular List instructional notes (CDC ICD-10-CM tabular XML, FY2021-FY2023
// as loaded; conventions of the ICD-10-CM Official Guidelines FY2026, Section I.A): a code "(P70.2)", a family
// "(E11.-)" or "(O24.4-)", a range "(E08-E13)", "(Y63.2-Y63.5)", "S06.1- to S06.6-", and the qualifiers the
// tabular writes after a range: "with .44", "with .51-.52", "with fifth character 2", "with 5th character .6",
// "with fifth or sixth character 5", "with fifth to sixth characters 51", "with final characters -23",
// "with 7th character B". A qualifier in other words ("with ketoacidosis") is kept as `uncertain`: the reference
// may be narrower than its range. Codes in parentheses are the note's references; a note with none is read for
// bare codes ("hearing loss as classified in H90.-"). A reference to a code also covers the codes under it.

export interface CodeRef {
  /** as printed in the note, e.g. "E08-E13 with .42" */
  label: string;
  /** lookup key of the first code of the range (no dot) */
  from: string;
  /** lookup key of the last code of the range: codes under it are included */
  to: string;
  /** a qualifier the parser understood ("with fifth character 2") */
  filter?: (key: string) => boolean;
  /** the note qualifies the reference in words the parser cannot test: it may be narrower than the range */
  uncertain?: true;
}

const CODE = String.raw`[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?-?`;
const TOKEN = new RegExp(String.raw`(?<![A-Za-z0-9])(${CODE})(?:\s*(?:-|\bto\b)\s*(${CODE}))?(?![0-9A-Za-z])`, 'g');
const PAREN_GROUP = /\(([^()]*)\)/g;
const HAS_CODE = new RegExp(`(?<![A-Za-z0-9])${CODE}(?![0-9A-Za-z])`);

/** "E11.-" -> "E11", "O24.4-" -> "O244", "I69." -> "I69" */
function keyOf(printed: string): string {
  return printed.replace(/[.-]/g, '');
}

/** The character that says the intent in T36-T65 (its 6th; the tabular's wording is "fifth or sixth"). */
function intentChar(key: string): string | undefined {
  return key.length >= 6 ? key[5] : key[4];
}

function charSet(spec: string): Set<string> | undefined {
  const out = new Set<string>();
  for (const part of spec.split(/\s*(?:\bor\b|,|\band\b)\s*/)) {
    if (part === '') continue;
    const range = /^([0-9A-Z])\s*-\s*([0-9A-Z])$/.exec(part);
    if (range) {
      const a = (range[1] as string).charCodeAt(0);
      const b = (range[2] as string).charCodeAt(0);
      for (let c = a; c <= b; c++) out.add(String.fromCharCode(c));
    } else if (/^[0-9A-Z]$/.test(part)) out.add(part);
    else return undefined;
  }
  return out.size > 0 ? out : undefined;
}

/** A filter for the words after "with", or undefined when the words are not one of the tabular's patterns. */
export function qualifierFilter(words: string): ((key: string) => boolean) | undefined {
  const q = words
    .trim()
    .replace(/[.;:]$/, '')
    .trim();
  const afterDot = /^\.([0-9A-Z]+)-?(?:\s*-\s*\.([0-9A-Z]+)-?)?$/.exec(q);
  if (afterDot) {
    const lo = afterDot[1] as string;
    const hi = afterDot[2];
    return (key) => {
      const s = key.slice(3);
      if (s.startsWith(lo)) return true;
      return hi !== undefined && s >= lo && (s <= hi || s.startsWith(hi));
    };
  }
  const final = /^final characters?\s+-?([0-9A-Z]+)$/i.exec(q);
  if (final) {
    const end = final[1] as string;
    return (key) => key.length > 3 && key.endsWith(end);
  }
  const fifthOrSixth = /^(?:fifth|5th)\s+or\s+(?:sixth|6th)[- ]characters?\s+(.+)$/i.exec(q);
  if (fifthOrSixth) {
    const set = charSet((fifthOrSixth[1] as string).trim());
    return set ? (key) => set.has(intentChar(key) ?? '') : undefined;
  }
  const fifthToSixth = /^(?:fifth|5th)\s+to\s+(?:sixth|6th)[- ]characters?\s+([0-9A-Z]{2})$/i.exec(q);
  if (fifthToSixth) {
    const pair = fifthToSixth[1] as string;
    return (key) => key.slice(4, 6) === pair;
  }
  const fifth = /^(?:fifth|5th)[- ]characters?\s+\.?([0-9A-Z])$/i.exec(q);
  if (fifth) {
    const c = fifth[1] as string;
    return (key) => key[4] === c;
  }
  const seventh = /^(?:seventh|7th)[- ]characters?\s+([0-9A-Z])$/i.exec(q);
  if (seventh) {
    const c = seventh[1] as string;
    return (key) => key[6] === c;
  }
  return undefined;
}

function refsInSegment(segment: string, bare: boolean): CodeRef[] {
  const tokens = [...segment.matchAll(TOKEN)];
  const refs: CodeRef[] = [];
  let unknownQualifier = false;
  tokens.forEach((m, i) => {
    const start = m[1] as string;
    const end = m[2];
    const next = tokens[i + 1];
    const after = segment.slice((m.index ?? 0) + m[0].length, next ? next.index : segment.length);
    const ref: CodeRef = { label: m[0], from: keyOf(start), to: keyOf(end ?? start) };
    const withWords = /^\s*with\b\s*([^,;]*)/i.exec(after);
    if (withWords) {
      const words = (withWords[1] as string).trim();
      const filter = qualifierFilter(words);
      ref.label = `${m[0]} with ${words}`;
      if (filter) ref.filter = filter;
      else {
        ref.uncertain = true;
        unknownQualifier = true;
      }
    }
    refs.push(ref);
  });
  // In running text ("see categories E08-E10, E11, E13 with ketoacidosis") a qualifier reads on every code before it.
  if (bare && unknownQualifier) for (const r of refs) r.uncertain = true;
  return refs;
}

/** The code references of one note text. */
export function parseCodeRefs(text: string): CodeRef[] {
  const groups = [...text.matchAll(PAREN_GROUP)].map((m) => m[1] as string).filter((g) => HAS_CODE.test(g));
  if (groups.length > 0) return groups.flatMap((g) => refsInSegment(g, false));
  return HAS_CODE.test(text) ? refsInSegment(text, true) : [];
}

/** Whether a code (lookup key: no dot) is within a reference. */
export function refMatches(ref: CodeRef, key: string): boolean {
  if (key < ref.from) return false;
  if (key > ref.to && !key.startsWith(ref.to)) return false;
  return ref.filter ? ref.filter(key) : true;
}

/** "For codes G31.0-G31.83, G31.85-G31.9, use additional code…": the note applies to those codes only. */
export function scopeOf(text: string): CodeRef[] | undefined {
  if (!/^\s*for\s+(?:codes?|categor(?:y|ies)|subcategor(?:y|ies))\b/i.test(text)) return undefined;
  const head = text.split(/,\s*(?:use|code)\b/i)[0] ?? text;
  const refs = refsInSegment(head, true);
  return refs.length > 0 ? refs : undefined;
}
