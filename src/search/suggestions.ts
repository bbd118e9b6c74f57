// Type-ahead of words: the index terms and lay phrases that complete what is typed ("heart a" → heart attack
// (I21.9), "pneum" → Pneumonia (J18.9), "knee rep" → knee joint replacement), each with its default code. Built
// once from the catalog's indexes (suggestion-phrases.ts says which phrases and how they are worded), answered in
// well under a millisecond: every typed word must match a distinct word of the phrase, in any order, the last one
// as a prefix unless the input ends with a space; case, accents and apostrophes are ignored.
//
// Ranking: phrases whose first word is the first typed word (3+ letters), then those whose first word starts
// with it, then fewer words, then main terms before
// subterms (the External Cause Index after the others), then popularity (index rows under the term and under the
// term its "see" names). All but the first key are fixed before any query, so phrases are numbered in that order
// and a query only has to find, in ascending number, the first `limit` matching phrases of each of two tiers.
//
// The structure: a sorted word list (a prefix is a range of word numbers), per word the ascending list of
// phrases holding it, per word the phrases it begins, and each phrase's word numbers. A query reads the
// shortest of the lists its words select (a prefix's lists merged through a heap), checks each phrase read
// against every typed word, and stops once it has enough.
import type { Catalog, CodeSystem } from '../catalog/index.js';
import { CODE_SYSTEMS, lowerBound } from '../catalog/index.js';
import { defaultExtraPhrases } from './suggestion-extras.js';
import {
  collectPhrases,
  type ExtraPhrase,
  MAX_PHRASE_WORDS,
  type SuggestionSource,
  type SuggestionTarget,
} from './suggestion-phrases.js';
import { phraseWords } from './suggestion-words.js';

export type { ExtraPhrase, SuggestionSource } from './suggestion-phrases.js';

/** suggestions offered when no limit is asked for, and the most one call offers */
export const DEFAULT_SUGGEST_LIMIT = 8;
export const MAX_SUGGEST_LIMIT = 20;
/** the same bound as search: longer input is cut, with a warning */
const MAX_QUERY_CHARS = 1000;

export interface TermSuggestion {
  /** the phrase, as offered */
  text: string;
  /** the code system of its code; null for an extra phrase with no code */
  system: string | null;
  /** the default code: the term's own, or the one its "see" reference leads to; null when none */
  code: string | null;
  /** an ICD-10-PCS index term that names a table row rather than a code: the code prefix (browse it) */
  prefix?: string;
  title: string | null;
  billable: boolean;
  source: SuggestionSource;
}

export interface SuggestOptions {
  /** only phrases whose code is of this system */
  system?: CodeSystem;
  limit?: number;
}

export interface SuggestResponse {
  query: string;
  suggestions: TermSuggestion[];
  warnings?: string[];
}

export interface TermSuggestionsOptions {
  /** phrases beside the index terms (the lay-term dictionary), each with a code or an expansion */
  extraPhrases?: readonly ExtraPhrase[];
}

const SOURCES: readonly SuggestionSource[] = ['index', 'pcs-index', 'lay'];

/** whether ids[k] already occurs in ids[from..k) */
function repeats(ids: Int32Array, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (ids[j] === ids[k]) return true;
  return false;
}

/**
 * Phrase numbers in ascending order from one or more ascending lists (the segments of `list` between
 * `starts[w]` and `starts[w + 1]` for w in [lo, hi)), merged through a binary heap; a number in two lists comes once.
 */
class Cursor {
  private readonly heapValue: Int32Array;
  private readonly heapPos: Int32Array;
  private readonly heapEnd: Int32Array;
  private size = 0;
  private last = -1;

  constructor(
    private readonly list: Int32Array,
    starts: Int32Array,
    lo: number,
    hi: number,
  ) {
    const n = hi - lo;
    this.heapValue = new Int32Array(n);
    this.heapPos = new Int32Array(n);
    this.heapEnd = new Int32Array(n);
    for (let w = lo; w < hi; w++) {
      const from = starts[w] as number;
      const to = starts[w + 1] as number;
      if (from >= to) continue;
      this.heapValue[this.size] = list[from] as number;
      this.heapPos[this.size] = from;
      this.heapEnd[this.size] = to;
      this.size++;
    }
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private swap(i: number, j: number): void {
    const v = this.heapValue[i] as number;
    const p = this.heapPos[i] as number;
    const e = this.heapEnd[i] as number;
    this.heapValue[i] = this.heapValue[j] as number;
    this.heapPos[i] = this.heapPos[j] as number;
    this.heapEnd[i] = this.heapEnd[j] as number;
    this.heapValue[j] = v;
    this.heapPos[j] = p;
    this.heapEnd[j] = e;
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) return;
      const r = l + 1;
      const c = r < this.size && (this.heapValue[r] as number) < (this.heapValue[l] as number) ? r : l;
      if ((this.heapValue[c] as number) >= (this.heapValue[i] as number)) return;
      this.swap(i, c);
      i = c;
    }
  }

  /** the next phrase number, or -1 */
  next(): number {
    while (this.size > 0) {
      const value = this.heapValue[0] as number;
      const pos = (this.heapPos[0] as number) + 1;
      if (pos < (this.heapEnd[0] as number)) {
        this.heapPos[0] = pos;
        this.heapValue[0] = this.list[pos] as number;
      } else {
        this.size--;
        this.swap(0, this.size);
      }
      this.down(0);
      if (value !== this.last) {
        this.last = value;
        return value;
      }
    }
    return -1;
  }
}

/** One typed word as the range of word numbers it matches: one word, or every word it begins. */
interface WordRange {
  lo: number;
  hi: number;
}

export class TermSuggestions {
  /** how long the build took, in milliseconds (the server logs it) */
  readonly buildMs: number;

  private constructor(
    private readonly texts: readonly string[],
    private readonly targets: readonly (SuggestionTarget | null)[],
    /** per phrase: 1 + its system's place in CODE_SYSTEMS, 0 for none */
    private readonly systemOf: Uint8Array,
    private readonly sourceOf: Uint8Array,
    private readonly wordStart: Int32Array,
    private readonly wordIds: Int32Array,
    private readonly vocabulary: readonly string[],
    private readonly postStart: Int32Array,
    private readonly postings: Int32Array,
    private readonly firstStart: Int32Array,
    private readonly firstList: Int32Array,
    private readonly systemCounts: Int32Array,
    buildMs: number,
  ) {
    this.buildMs = buildMs;
  }

  /** The phrases of the catalog's newest indexes and the extra phrases given. Pure apart from the catalog's layer reads. */
  static build(catalog: Catalog, options: TermSuggestionsOptions = {}): TermSuggestions {
    const started = performance.now();
    const extras = Array.isArray(options.extraPhrases) ? options.extraPhrases : [];
    const phrases = collectPhrases(catalog, extras);
    const n = phrases.length;
    // the words, sorted: a prefix is then a range of word numbers
    const seen = new Set<string>();
    for (const p of phrases) for (const w of p.words) seen.add(w);
    const vocabulary = [...seen].sort();
    const idOf = new Map<string, number>();
    for (let i = 0; i < vocabulary.length; i++) idOf.set(vocabulary[i] as string, i);
    const wordStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) wordStart[i + 1] = (wordStart[i] as number) + (phrases[i]?.words.length ?? 0);
    const wordIds = new Int32Array(wordStart[n] as number);
    const postCount = new Int32Array(vocabulary.length + 1);
    const firstCount = new Int32Array(vocabulary.length + 1);
    const systemOf = new Uint8Array(n);
    const sourceOf = new Uint8Array(n);
    const systemCounts = new Int32Array(CODE_SYSTEMS.length + 1);
    for (let i = 0; i < n; i++) {
      const p = phrases[i] as (typeof phrases)[number];
      let at = wordStart[i] as number;
      for (const w of p.words) wordIds[at++] = idOf.get(w) as number;
      // each distinct word of a phrase posts it once
      for (let k = wordStart[i] as number; k < at; k++) {
        const id = wordIds[k] as number;
        if (!repeats(wordIds, wordStart[i] as number, k)) postCount[id + 1] = (postCount[id + 1] as number) + 1;
      }
      const first = wordIds[wordStart[i] as number] as number;
      firstCount[first + 1] = (firstCount[first + 1] as number) + 1;
      systemOf[i] = p.system ? CODE_SYSTEMS.indexOf(p.system) + 1 : 0;
      sourceOf[i] = SOURCES.indexOf(p.source);
      systemCounts[systemOf[i] as number] = (systemCounts[systemOf[i] as number] as number) + 1;
    }
    for (let w = 0; w < vocabulary.length; w++) {
      postCount[w + 1] = (postCount[w + 1] as number) + (postCount[w] as number);
      firstCount[w + 1] = (firstCount[w + 1] as number) + (firstCount[w] as number);
    }
    const postings = new Int32Array(postCount[vocabulary.length] as number);
    const firstList = new Int32Array(n);
    const postFill = postCount.slice(0, vocabulary.length);
    const firstFill = firstCount.slice(0, vocabulary.length);
    // phrases in ascending number: every list comes out ascending
    for (let i = 0; i < n; i++) {
      const from = wordStart[i] as number;
      const to = wordStart[i + 1] as number;
      for (let k = from; k < to; k++) {
        const id = wordIds[k] as number;
        if (repeats(wordIds, from, k)) continue;
        postings[postFill[id] as number] = i;
        postFill[id] = (postFill[id] as number) + 1;
      }
      const first = wordIds[from] as number;
      firstList[firstFill[first] as number] = i;
      firstFill[first] = (firstFill[first] as number) + 1;
    }
    return new TermSuggestions(
      phrases.map((p) => p.text),
      phrases.map((p) => p.target),
      systemOf,
      sourceOf,
      wordStart,
      wordIds,
      vocabulary,
      postCount,
      postings,
      firstCount,
      firstList,
      systemCounts,
      performance.now() - started,
    );
  }

  /** The suggestions the server and the CLI use: the catalog's indexes with the default extra phrases (suggestion-extras.ts). */
  static open(catalog: Catalog): TermSuggestions {
    return TermSuggestions.build(catalog, { extraPhrases: defaultExtraPhrases() });
  }

  /** how many phrases there are to offer */
  get size(): number {
    return this.texts.length;
  }

  /** the word numbers a typed word matches: itself, or (a prefix) every word it begins; null when none */
  private range(word: string, prefix: boolean): WordRange | null {
    const lo = lowerBound(this.vocabulary, word);
    if (!prefix) return this.vocabulary[lo] === word ? { lo, hi: lo + 1 } : null;
    const hi = lowerBound(this.vocabulary, `${word}\uffff`);
    return hi > lo ? { lo, hi } : null;
  }

  /** the phrases holding any word of the range (merged), and how many postings that reads at most */
  private cursorOf(range: WordRange, first: boolean): { size: number; open: () => Cursor } {
    const starts = first ? this.firstStart : this.postStart;
    const list = first ? this.firstList : this.postings;
    return {
      size: (starts[range.hi] as number) - (starts[range.lo] as number),
      open: () => new Cursor(list, starts, range.lo, range.hi),
    };
  }

  /** Whether each typed word matches a distinct word of the phrase (in any order). */
  private matches(phrase: number, typed: readonly WordRange[]): boolean {
    const from = this.wordStart[phrase] as number;
    const count = (this.wordStart[phrase + 1] as number) - from;
    if (typed.length > count) return false;
    const words = this.wordIds;
    const assign = (k: number, used: number): boolean => {
      const want = typed[k] as WordRange;
      for (let p = 0; p < count; p++) {
        if (used & (1 << p)) continue;
        const id = words[from + p] as number;
        if (id < want.lo || id >= want.hi) continue;
        if (k + 1 === typed.length || assign(k + 1, used | (1 << p))) return true;
      }
      return false;
    };
    return assign(0, 0);
  }

  /** The phrase numbers to offer, best first (see the ranking at the top of this file). */
  private find(
    typed: readonly WordRange[],
    firstRange: WordRange,
    exactFirst: WordRange | null,
    system: number,
    limit: number,
  ): number[] {
    const wanted = (i: number): boolean => system < 0 || this.systemOf[i] === system;
    const startsRight = (i: number): boolean => {
      const first = this.wordIds[this.wordStart[i] as number] as number;
      return first >= firstRange.lo && first < firstRange.hi;
    };
    // the cheapest way to read candidates: the shortest list (or merge of lists) a typed word selects
    const choices = typed.map((r) => this.cursorOf(r, false));
    const cheapest = (extra: { size: number; open: () => Cursor }[]) =>
      [...extra, ...choices].reduce((a, b) => (b.size < a.size ? b : a));
    const leading: number[] = [];
    // 0. phrases whose first word is the first typed word itself ("flu": Flu, flu shot before Fluoroscopy)
    if (exactFirst) {
      const e = this.cursorOf(exactFirst, true).open();
      for (let i = e.next(); i >= 0 && leading.length < limit; i = e.next()) {
        if (wanted(i) && this.matches(i, typed)) leading.push(i);
      }
      if (leading.length >= limit) return leading;
    }
    const taken = new Set(leading);
    // 1. phrases whose first word starts with the first typed word
    const a = cheapest([this.cursorOf(firstRange, true)]).open();
    for (let i = a.next(); i >= 0 && leading.length < limit; i = a.next()) {
      if (!taken.has(i) && startsRight(i) && wanted(i) && this.matches(i, typed)) leading.push(i);
    }
    if (leading.length >= limit) return leading;
    // 2. the others
    const rest: number[] = [];
    const b = cheapest([]).open();
    for (let i = b.next(); i >= 0 && leading.length + rest.length < limit; i = b.next()) {
      if (!startsRight(i) && wanted(i) && this.matches(i, typed)) rest.push(i);
    }
    return leading.concat(rest);
  }

  /** One phrase as offered. */
  private suggestion(i: number): TermSuggestion {
    const target = this.targets[i] ?? null;
    const system = this.systemOf[i] as number;
    const out: TermSuggestion = {
      text: this.texts[i] as string,
      system: system > 0 ? (CODE_SYSTEMS[system - 1] as string) : null,
      code: target?.code ?? null,
      title: target?.title ?? null,
      billable: target?.billable ?? false,
      source: SOURCES[this.sourceOf[i] as number] as SuggestionSource,
    };
    if (target?.prefix) out.prefix = target.prefix;
    return out;
  }

  /**
   * The phrases that complete what is typed, best first. Never throws on odd input: over 1,000 characters is cut
   * (with a warning, as search does); no word, or a word no phrase has, offers nothing. Free text from outside is
   * checked by the caller (the operation refuses control characters as search does).
   */
  suggest(query: string, options: SuggestOptions = {}): SuggestResponse {
    const warnings: string[] = [];
    let q = typeof query === 'string' ? query : '';
    if (q.length > MAX_QUERY_CHARS) {
      q = q.slice(0, MAX_QUERY_CHARS);
      warnings.push(`The query was longer than ${MAX_QUERY_CHARS} characters and was truncated`);
    }
    const response: SuggestResponse = { query: q, suggestions: [] };
    if (warnings.length > 0) response.warnings = warnings;
    const asked = Number.isFinite(options.limit) ? Math.floor(options.limit as number) : DEFAULT_SUGGEST_LIMIT;
    const limit = Math.max(1, Math.min(MAX_SUGGEST_LIMIT, asked));
    const system = options.system ? CODE_SYSTEMS.indexOf(options.system) + 1 : -1;
    if (system === 0 || (system > 0 && (this.systemCounts[system] as number) === 0)) return response;
    const words = phraseWords(q);
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return response;
    // the last word may be unfinished, unless the input ends with a space
    const open = !/\s$/.test(q);
    const typed: WordRange[] = [];
    for (let k = 0; k < words.length; k++) {
      const r = this.range(words[k] as string, open && k === words.length - 1);
      if (!r) return response;
      typed.push(r);
    }
    const firstRange = this.range(words[0] as string, true) as WordRange;
    // a first word of 3+ letters that is a word of the phrases is read as that word before the longer ones
    const first = words[0] as string;
    const exactFirst = first.length >= 3 ? this.range(first, false) : null;
    response.suggestions = this.find(typed, firstRange, exactFirst, system, limit).map((i) => this.suggestion(i));
    return response;
  }
}

/** The phrases that complete what is typed, best first (TermSuggestions.suggest). */
export function suggestTerms(index: TermSuggestions, query: string, options: SuggestOptions = {}): SuggestResponse {
  return index.suggest(query, options);
}
