// Normalisation of titles and queries into search tokens: lower case, accents removed, medical shorthand
// ("w/" with, "w/o" without), light suffix stemming and a few stop words.

// "NOS" (not otherwise specified) marks the unqualified form of a term: it adds nothing to match on.
const STOP = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'in',
  'on',
  'to',
  'for',
  'by',
  'at',
  'as',
  'is',
  'from',
  'nos',
]);

/** Light stemming: plural, -ing, -ed, -al, -ion, -um; applied alike to the data and the queries. */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(0) <= 57) return w;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  const m = w.length;
  if (m > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (m > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (m > 5 && w.endsWith('al')) return w.slice(0, -2);
  if (m > 6 && w.endsWith('ion')) return w.slice(0, -3);
  if (m > 6 && w.endsWith('um')) return w.slice(0, -2);
  return w;
}

/** Words of a text, lower case and without accents, before abbreviation expansion and stemming. */
export function words(text: string): string[] {
  let s = text.toLowerCase();
  // accents: only when needed (the NFD pass is the costly part)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range test
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (s.includes('w/')) s = s.replace(/\bw\/o\b/g, ' without ').replace(/\bw\//g, ' with ');
  // "non-traffic", "non-pressure": the titles write most of these as one word, so both sides join them
  if (s.includes('non-')) s = s.replace(/\bnon-(?=[a-z])/g, 'non');
  const out: string[] = [];
  for (const w of s.split(/[^a-z0-9]+/)) if (w) out.push(w);
  return out;
}

/** Tokens of a catalog text: words, stemmed, stop words removed (no abbreviation expansion). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** One query token with the word it came from (for typo correction, which works on whole words). */
export interface QueryTerm {
  /** the word as typed (lower case, accents removed), or a word of an abbreviation's expansion */
  word: string;
  /** the stemmed token */
  token: string;
  /** true when the token comes from the abbreviation dictionary (never typo-corrected) */
  expanded: boolean;
}

// Words of a patient narrative that carry nothing to code on ("Emma had her initial encounter…"); dropped
// only from sentence-length queries, so that a short query for "bundle of His" still finds it.
const NARRATIVE = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  'hers',
  'they',
  'them',
  'their',
  'i',
  'my',
  'me',
  'we',
  'our',
  'you',
  'your',
  'had',
  'has',
  'have',
  'was',
  'were',
  'been',
  'being',
  'be',
  'are',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'it',
  'its',
  'while',
  'when',
  'where',
  'whose',
  'patient',
  'pt',
  'experienced',
  'experiencing',
  'experiences',
  'suffers',
  'suffered',
  'suffering',
  'presents',
  'presented',
  'presenting',
  'diagnosed',
  'involved',
  'involving',
  'noted',
  'found',
  'also',
  'currently',
  'because',
  'did',
  'does',
  'not',
]);
/** a query of at least this many words is read as a sentence */
const SENTENCE_WORDS = 6;

/** Phrases read as other words ("flu shot", "lap chole", "n/v"), by their first word, longest first. */
export type PhraseMap = ReadonlyMap<string, readonly { words: readonly string[]; expansion: string }[]>;

export function phraseMap(entries: readonly { phrase: string; expansion: string }[]): PhraseMap {
  const map = new Map<string, { words: string[]; expansion: string }[]>();
  for (const e of entries) {
    const w = words(e.phrase);
    const first = w[0];
    if (!first) continue;
    const list = map.get(first) ?? [];
    list.push({ words: w, expansion: e.expansion });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** How many words of a phrase of the map start at position i, and its expansion; undefined when none does. */
function phraseAt(all: readonly string[], i: number, phrases: PhraseMap): { n: number; expansion: string } | undefined {
  const list = phrases.get(all[i] as string);
  if (!list) return undefined;
  for (const p of list) {
    if (i + p.words.length > all.length) continue;
    let k = 1;
    while (k < p.words.length && all[i + k] === p.words[k]) k++;
    if (k === p.words.length) return { n: k, expansion: p.expansion };
  }
  return undefined;
}

/**
 * Terms of a query: as tokenize, with the phrase dictionary (lay terms, multi-word shorthand: the longest phrase
 * wins) and then the abbreviation dictionary applied to the words first. In a
 * sentence-length query, narrative words (pronouns, auxiliaries) and the capitalised words listed in
 * `names` (a patient's given name) are dropped unless the name is an eponym ("Addison's disease": followed by
 * disease, syndrome…).
 */
export function tokenizeQuery(
  text: string,
  abbreviations: ReadonlyMap<string, string>,
  names?: ReadonlySet<string>,
  phrases?: PhraseMap,
): { tokens: string[]; terms: QueryTerm[]; expanded: string[] } {
  const terms: QueryTerm[] = [];
  const expanded: string[] = [];
  const all = words(text);
  const sentence = all.length >= SENTENCE_WORDS;
  const capitalised = sentence && names ? capitalisedNames(text, names) : null;
  for (let i = 0; i < all.length; i++) {
    const w = all[i] as string;
    const phrase = phrases ? phraseAt(all, i, phrases) : undefined;
    if (phrase) {
      expanded.push(all.slice(i, i + phrase.n).join(' '));
      for (const e of words(phrase.expansion))
        if (!STOP.has(e)) terms.push({ word: e, token: stem(e), expanded: true });
      i += phrase.n - 1;
      continue;
    }
    const exp = abbreviations.get(w);
    if (exp !== undefined) {
      expanded.push(w);
      for (const e of words(exp)) if (!STOP.has(e)) terms.push({ word: e, token: stem(e), expanded: true });
      continue;
    }
    if (STOP.has(w)) continue;
    if (sentence && (NARRATIVE.has(w) || capitalised?.has(w))) continue;
    terms.push({ word: w, token: stem(w), expanded: false });
  }
  return { tokens: terms.map((t) => t.token), terms, expanded };
}

const EPONYM_NEXT =
  /^(?:'s?\s+|s\s+)?(?:disease|syndrome|sign|palsy|pelvis|fracture|anomaly|test|reaction|phenomenon)/i;

/** Given names written capitalised in the text and not used as an eponym. */
function capitalisedNames(text: string, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z][a-z]+)\b/g)) {
    const w = (m[1] as string).toLowerCase();
    if (!names.has(w)) continue;
    const rest = text.slice((m.index ?? 0) + (m[1] as string).length);
    if (!EPONYM_NEXT.test(rest.replace(/^['\u2019]/, "'"))) out.add(w);
  }
  return out;
}

/** Optimal string alignment distance, stopping early above max. */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}
