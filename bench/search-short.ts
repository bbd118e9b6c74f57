// The search-box queries of `npm run bench:search` (bench/search.bench.ts): the queries of the short-queries set
// (../shared/eval/short-queries-dev, or SHORT_QUERIES=<file>) and a fixed list of everyday 1–3 word queries
// written here; and the type-ahead keystroke, the call(s) a search box makes each time a character is typed.
import { loadShortQueries } from '../scripts/eval-search/short-queries.js';
import { type SearchIndex, type SearchOptions, searchCodes, type TermSuggestions } from '../src/search/index.js';

/**
 * Everyday search-box queries (89), written for the benchmark, not taken from any evaluation set: lay and
 * clinical words, abbreviations, procedures, supplies, and codes as people type them. Only timed, never
 * scored; a query that is also in the short-queries set is timed once.
 */
export const EVERYDAY_QUERIES: readonly string[] = [
  // one word
  'heart',
  'asthma',
  'pneumonia',
  'migraine',
  'hypertension',
  'diabetes',
  'anemia',
  'obesity',
  'depression',
  'anxiety',
  'gout',
  'eczema',
  'insomnia',
  'covid',
  'concussion',
  'cough',
  'fever',
  'dizziness',
  'constipation',
  'colonoscopy',
  'mammogram',
  'wheelchair',
  'oxygen',
  'insulin',
  'shingles',
  'cellulitis',
  'hernia',
  'appendicitis',
  'cataract',
  'glaucoma',
  'psoriasis',
  'vertigo',
  'seizure',
  'dementia',
  'osteoporosis',
  'crutches',
  // two or three words
  'knee pain',
  'chest pain',
  'low back pain',
  'flu shot',
  'sore throat',
  'ear infection',
  'pink eye',
  'kidney stone',
  'heart failure',
  'atrial fibrillation',
  'sleep apnea',
  'sprained ankle',
  'broken wrist',
  'hip fracture',
  'urinary tract infection',
  'high blood pressure',
  'type 2 diabetes',
  'rheumatoid arthritis',
  'annual wellness visit',
  'b12 injection',
  'physical therapy',
  'knee replacement',
  'carpal tunnel',
  'tennis elbow',
  'rotator cuff tear',
  'plantar fasciitis',
  'ingrown toenail',
  'dog bite',
  'bee sting',
  'neck pain',
  'high cholesterol',
  'chest x-ray',
  'brain mri',
  'blood test',
  // abbreviations
  'copd',
  'uti',
  'gerd',
  'chf',
  'afib',
  'ckd',
  'bph',
  'ekg',
  'mri',
  // codes
  'J1100',
  'E11.9',
  'I10',
  'Z00.00',
  'M54.50',
  'r079',
  'G0439',
  '0SRC0J9',
  'S72.001A',
  'z23',
];

/** The short set's queries then the everyday ones, each once (a query in both is kept where it first comes). */
export function searchBoxQueries(): { queries: string[]; fromSet: number; everyday: number } {
  const fromSet = loadShortQueries().map((q) => q.q);
  const seen = new Set<string>();
  const queries: string[] = [];
  for (const q of [...fromSet, ...EVERYDAY_QUERIES]) {
    if (seen.has(q)) continue;
    seen.add(q);
    queries.push(q);
  }
  return { queries, fromSet: new Set(fromSet).size, everyday: queries.length - new Set(fromSet).size };
}

/** Each query typed one character at a time: every prefix of 2 or more characters, as typed (spaces included). */
export function typedPrefixes(queries: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of queries) for (let n = 2; n <= q.length; n++) out.push(q.slice(0, n));
  return out;
}

export const TYPE_AHEAD_OPTIONS: SearchOptions = { prefix: true, limit: 8 };

/**
 * The second call of a keystroke, beside the code search: the word suggestions (`suggest`, the index terms and lay
 * phrases that complete the text), as the search box makes both calls.
 */
export function typeAheadSecondCall(suggestions: TermSuggestions, typed: string): void {
  suggestions.suggest(typed, { limit: TYPE_AHEAD_OPTIONS.limit ?? 8 });
}

/** What typeAheadSecondCall calls, for the results. */
export const TYPE_AHEAD_SECOND_CALL: string | null = 'suggestions.suggest(typed, { limit: 8 })';

/** One keystroke of type-ahead: the code search on the text typed so far, then the word suggestions. */
export function typeAheadKeystroke(index: SearchIndex, suggestions: TermSuggestions, typed: string): void {
  searchCodes(index, typed, TYPE_AHEAD_OPTIONS);
  typeAheadSecondCall(suggestions, typed);
}

/** The calls one keystroke makes, for the results. */
export function typeAheadCalls(): string[] {
  return [
    `searchCodes(index, typed, ${JSON.stringify(TYPE_AHEAD_OPTIONS)})`,
    ...(TYPE_AHEAD_SECOND_CALL ? [TYPE_AHEAD_SECOND_CALL] : []),
  ];
}
