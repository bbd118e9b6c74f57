// Words for the keyword search: lower-case, accents dropped, letters and digits with inner hyphens kept whole
// ("cpc-a", "icd-10-cm") and also split ("cpc", "a"), so "CPC-A" finds the credential and "ICD" finds "ICD-10-CM".
// A posting's distinct words are computed once when it is saved (careers_jobs.search_terms) and indexed in memory.

/** at most this many distinct words of a posting are indexed (a 20,000-character description has far fewer) */
export const MAX_TERMS = 4000;
const MAX_WORD = 40;
const WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Every word of `text` in order (with the parts of hyphenated words after the whole). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(WORD)) {
    const word = m[0];
    if (word.length <= MAX_WORD) out.push(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part.length <= MAX_WORD) out.push(part);
  }
  return out;
}

/** The distinct words of the posting's title and description, space-separated, as stored. */
export function searchTermsOf(title: string, description: string): string {
  const distinct = new Set<string>();
  for (const word of [...wordsOf(title), ...wordsOf(description)]) {
    if (distinct.size >= MAX_TERMS) break;
    distinct.add(word);
  }
  return [...distinct].join(' ');
}

/**
 * The words of a keyword query, each to be matched by a posting's words: a word of 3 or more characters matches the
 * words it starts ("cardio" → "cardiology"), and loses a plural -s first ("coders" → "coder"); shorter words match
 * exactly. Duplicates dropped, at most 8 words.
 */
export function queryWords(q: string): { word: string; prefix: boolean }[] {
  const seen = new Set<string>();
  const out: { word: string; prefix: boolean }[] = [];
  for (const raw of fold(q).match(WORD) ?? []) {
    const word = raw.length >= 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    if (word.length > MAX_WORD || seen.has(word)) continue;
    seen.add(word);
    out.push({ word, prefix: word.length >= 3 });
    if (out.length === 8) break;
  }
  return out;
}
