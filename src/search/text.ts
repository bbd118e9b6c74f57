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

/** Tokens of a query: as tokenize, with the abbreviation dictionary applied to each word first. */
export function tokenizeQuery(
  text: string,
  abbreviations: ReadonlyMap<string, string>,
): { tokens: string[]; expanded: string[] } {
  const tokens: string[] = [];
  const expanded: string[] = [];
  for (const w of words(text)) {
    const exp = abbreviations.get(w);
    if (exp !== undefined) {
      expanded.push(w);
      for (const e of tokenize(exp)) tokens.push(e);
      continue;
    }
    if (STOP.has(w)) continue;
    tokens.push(stem(w));
  }
  return { tokens, expanded };
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
