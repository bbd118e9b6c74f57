// The Case2Code search engine: queries over the in-memory inverted index of every code system of the catalog
// (built by search-build.ts, or read from the file the import wrote), in about a millisecond. Pure: no I/O
// beyond reading that file or the catalog's own layers.
import { type Catalog, lowerBound } from '../catalog/index.js';
import { ABBREVIATION_MAP } from './abbreviations.js';
import { GIVEN_NAMES } from './given-names.js';
import { LAY_TERMS } from './lay-terms.js';
import { systemNamed } from './query-system.js';
import { READING_MAP } from './readings.js';
import { BILLABLE, NOT_IN_FORCE, type ReleaseView, ReleaseViews } from './release-view.js';
import { groupBySystem, withLiteral } from './result-order.js';
import { buildSearchData, refKey } from './search-build.js';
import {
  F_DEFINITION,
  F_INCLUSION,
  F_INDEX,
  F_RBCS,
  F_TABLE,
  type IndexTree,
  readSearchData,
  SEARCH_INDEX_FILE,
  type SearchData,
  type SearchSystem,
  SYSTEMS,
  type SystemRange,
  writeSearchData,
} from './search-data.js';
import { editDistance, phraseMap, type QueryTerm, stem, tokenize, tokenizeQuery, words } from './text.js';

export type { SearchSystem };

export interface SearchOptions {
  system?: SearchSystem;
  limit?: number;
  billable?: boolean;
  date?: string;
  /**
   * Search-as-you-type: the last word may be unfinished, so it also matches the words it begins ("hyper" →
   * hyperglycemia, hypertension…), unless the query ends with a space.
   */
  prefix?: boolean;
}

export interface SearchMatch {
  /** `rbcs`: the words matched CMS's RBCS category of the code (a CMS category, not the code's descriptor) */
  kind: 'code' | 'title' | 'inclusionTerm' | 'index' | 'table' | 'pcs' | 'definition' | 'abbreviation' | 'rbcs';
  text: string;
  path?: string[];
}

export interface SearchResult {
  system: string;
  code: string;
  title: string | null;
  billable: boolean;
  score: number;
  matched: SearchMatch;
  children?: number;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
  warnings?: string[];
}

const MAX_QUERY_CHARS = 1000;
const MAX_QUERY_TOKENS = 32;
/** cap on the postings visited by one query: the work per query is bounded whatever the input */
const MAX_POSTINGS = 150_000;
/** above this many candidate docs, the common tokens are not checked one doc at a time */
const MAX_FORWARD_DOCS = 2_000;
/** results a search returns when no limit is asked for */
export const DEFAULT_SEARCH_LIMIT = 10;
/** completions of an unfinished last word (search-as-you-type) */
const COMPLETIONS = 8;
/** typo corrections kept per index (query words repeat: "subsequnt", "encountr") */
const CORRECTION_CACHE = 20_000;
/** words scanned per long misspelt word when looking for distance-2 corrections */
const PREFIX_SCAN = 4000;
// increments of a doc's scratch state: one more position matched (HIT), on a core word (CORE_HIT)
const HIT = 1 << 8;
const CORE_HIT = HIT + (1 << 16);
/** candidates re-ranked by word order, and the weight of that order */
const RERANK = 30;
const BIGRAM_BONUS = 0.15;
/** a word found in fewer docs than this is also read as its common near-spellings (see wordSearch) */
const RARE_WORD_DF = 300;
const COMMON_RATIO = 20;
/** postings read directly per query before the remaining (common) words are checked doc by doc */
const SEED_POSTINGS = 10_000;
/** the lay-term and multi-word shorthand dictionary (lay-terms.ts), by first word */
const LAY_PHRASES = phraseMap(LAY_TERMS);
/** weight of a word's other reading (readings.ts) beside the word as typed */
const READING_WEIGHT = 0.9;
/** a query of at most this many words is a search-box query: read as a coder reads the Alphabetic Index */
const SHORT_QUERY_TERMS = 4;
/**
 * An index entry found through its subterms only ("lumbar puncture" meeting Reaction > lumbar puncture) is not
 * where a coder who typed those words would look: the main term is what one looks up. Such entries count this
 * much of their score in a short query.
 */
const UNANCHORED = 0.5;
/**
 * Words that make a code about something other than the condition itself (its history, a relative's, a
 * screening for it): a code whose wording has one the query does not counts this much ("history of colon polyps"
 * is the patient's own history, not the family's).
 */
const QUALIFIED = 0.75;
// ("personal" is not one: its stem is that of "person", a word of many external-cause titles)
const QUALIFIERS = ['history', 'family', 'screening'];
/** a HCPCS quality-reporting code (search-build.ts markReportingOnly) counts this much in a word search */
const REPORTING_ONLY = 0.8;
/** the most results one search returns (a larger limit is cut to this) */
export const MAX_SEARCH_LIMIT = 500;

// What scoring reads of a doc, side by side in one half cache line (a query touches thousands of docs spread
// over the whole index: one memory fetch per doc instead of one per array). Float32 and Int32 views of one buffer.
const DOC_STRIDE = 8;
/** f32: the length norm, times the code's reporting-only factor */
const D_NORM = 0;
/** f32: D_NORM times the code's plain-title factor (search-box queries) */
const D_NORM_SHORT = 1;
const D_CODE = 2;
/** the vocabulary token of the main term the doc is filed under, -1 for none */
const D_HEAD = 3;
/** core words (for the coverage of the doc) */
const D_LEN = 4;
/** QUALIFIERS bits the doc has as core words */
const D_QUALIFIED = 5;
// Per-query scratch, per doc side by side: state (Int32 at 2d) and partial score (Float32 at 2d + 1).

interface Term {
  /** query position */
  q: number;
  /** vocabulary token */
  id: number;
  weight: number;
}

/** the query terms with repeated tokens dropped (the first occurrence kept) */
function uniqueTerms(terms: readonly QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  for (const t of terms) {
    if (seen.has(t.token)) continue;
    seen.add(t.token);
    out.push(t);
    if (out.length >= MAX_QUERY_TOKENS) break;
  }
  return out;
}

/** what a doc's score depends on beyond the doc: the query's length and qualifiers, the release view's code states */
interface ScoreContext {
  nq: number;
  short: boolean;
  queryQualifiers: number;
  docState: Uint8Array;
}

interface Correction {
  id: number;
  weight: number;
}

interface SystemCodes extends SystemRange {
  /** code keys (no dot) in the order of sortedIds */
  sortedKeys: string[];
}

export class SearchIndex {
  /** where the index came from: built now from the catalog, or read from the file written at import */
  readonly source: 'built' | 'prebuilt';
  /** the codes in force on a date of service, per set of releases in force */
  readonly views: ReleaseViews;
  /** why the file the import wrote was not used (damaged, edited, of another build or format), if it was not */
  readonly notice: string | undefined;
  private readonly systems: SystemCodes[];
  private readonly codeSystem: Uint8Array;
  private readonly codeText: string[];
  private readonly codeTitle: string[];
  private readonly codeChildren: Int32Array;
  private readonly codeReporting: Uint8Array;
  /** per code, a factor just under 1 that is smaller the longer its title (the short-query tie-break) */
  private readonly plainer: Float32Array;
  private readonly docCode: Int32Array;
  private readonly docField: Uint8Array;
  private readonly docText: string[];
  private readonly docLayer: Int16Array;
  private readonly docRow: Int32Array;
  /** DOC_STRIDE slots per doc (D_NORM…), as floats and as ints */
  private readonly docF: Float32Array;
  private readonly docI: Int32Array;
  /** per vocabulary token, 1 while the current query reads it (any reading of any of its words) */
  private readonly queryHas: Uint8Array;
  /** tokens of the words that turn a condition into another reason for the encounter (QUALIFIERS) */
  private readonly qualifierBit: Map<number, number>;
  /** per doc, the qualifiers among its core words (one bit per word of QUALIFIERS) */
  private readonly docSystem: Uint8Array;
  private readonly trees: IndexTree[];
  private readonly vocab: Map<string, number>;
  private readonly vocabList: string[];
  private readonly postStart: Int32Array;
  private readonly postings: Int32Array;
  private readonly topOf: Int32Array;
  private readonly seqStart: Int32Array;
  private readonly seq: Int32Array;
  private readonly topStart: Int32Array;
  private readonly topPostings: Int32Array;
  /** forward index: the tokens of each doc (id * 2 + nonessential flag), derived from the postings */
  private readonly fwdStart: Int32Array;
  private readonly fwd: Int32Array;
  /** per vocabulary token, the query term that uses it (index + 1), for the forward pass */
  private readonly termMark: Int32Array;
  private readonly idf: Float32Array;
  /** surface words (sorted) and the vocabulary token of each */
  private readonly surfaceWords: string[];
  private readonly surfaceToken: Int32Array;
  /** deletion neighbourhood (one letter removed) of every surface word: sorted keys -> surface word ids */
  private readonly delKeys: string[];
  private readonly delStart: Int32Array;
  private readonly delIds: Int32Array;
  /** typo corrections already worked out, by query word (bounded) */
  private readonly correctionCache = new Map<string, Correction[]>();
  private readonly seeRefs: Map<string, string>;
  /** vocabulary token of a main term's other form → the token of its first form (addForms in search-build.ts) */
  private readonly formHead: Map<number, number[]>;
  // per-query scratch, reused
  private readonly scratchF: Float32Array;
  /** per doc: last query position matched (bits 0-7), positions matched (8-15), of them on core words (16-23) */
  private readonly scratchI: Int32Array;
  private readonly touched: Int32Array;
  private readonly codeBest: Float32Array;
  private readonly codeBestDoc: Int32Array;
  private readonly touchedCodes: Int32Array;

  private constructor(catalog: Catalog, data: SearchData, source: 'built' | 'prebuilt', notice?: string) {
    this.source = source;
    this.notice = notice;
    this.codeSystem = data.codeSystem;
    this.codeText = data.codeText;
    this.codeTitle = data.codeTitle;
    this.codeChildren = data.codeChildren;
    this.codeReporting = data.codeReporting;
    this.plainer = Float32Array.from(this.codeTitle, (t) => 1 - 2e-5 * Math.min(250, t.length));
    this.systems = data.systems.map((s) => ({
      ...s,
      sortedKeys: Array.from(s.sortedIds, (id) => (this.codeText[id] as string).replace('.', '')),
    }));
    this.docCode = data.docCode;
    this.docField = data.docField;
    this.docLayer = data.docLayer;
    this.docRow = data.docRow;
    this.trees = data.trees;
    const nDocs = this.docCode.length;
    this.docText = data.docText;
    this.docSystem = new Uint8Array(nDocs);
    for (let d = 0; d < nDocs; d++) this.docSystem[d] = this.codeSystem[this.docCode[d] as number] as number;

    this.vocabList = data.vocabList;
    this.vocab = new Map();
    for (let t = 0; t < this.vocabList.length; t++) this.vocab.set(this.vocabList[t] as string, t);
    this.postStart = data.postStart;
    this.postings = data.postings;
    this.topOf = data.topOf;
    this.seqStart = data.seqStart;
    this.seq = data.seq;
    this.topStart = data.topStart;
    this.topPostings = data.topPostings;
    this.idf = data.idf;
    // forward index, inverted from the postings (token order within a doc is token id order)
    const nTok = this.vocabList.length;
    const counts = new Int32Array(nDocs + 1);
    for (let p = 0; p < this.postings.length; p++) {
      const d = (this.postings[p] as number) >> 1;
      counts[d + 1] = (counts[d + 1] as number) + 1;
    }
    for (let d = 0; d < nDocs; d++) counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
    this.fwdStart = counts;
    this.fwd = new Int32Array(this.postings.length);
    const fill = counts.slice(0, nDocs);
    for (let t = 0; t < nTok; t++) {
      const end = this.postStart[t + 1] as number;
      for (let p = this.postStart[t] as number; p < end; p++) {
        const pd = this.postings[p] as number;
        const d = pd >> 1;
        this.fwd[fill[d] as number] = t * 2 + (pd & 1);
        fill[d] = (fill[d] as number) + 1;
      }
    }
    this.termMark = new Int32Array(nTok);
    this.queryHas = new Uint8Array(nTok);
    this.qualifierBit = new Map();
    QUALIFIERS.forEach((w, i) => {
      const id = this.vocab.get(stem(w));
      if (id !== undefined) this.qualifierBit.set(id, 1 << i);
    });
    this.docI = new Int32Array(nDocs * DOC_STRIDE);
    this.docF = new Float32Array(this.docI.buffer);
    for (let d = 0; d < nDocs; d++) {
      const at = d * DOC_STRIDE;
      const code = this.docCode[d] as number;
      const norm = (data.docNorm[d] as number) * (this.codeReporting[code] === 1 ? REPORTING_ONLY : 1);
      this.docF[at + D_NORM] = norm;
      this.docF[at + D_NORM_SHORT] = norm * (this.plainer[code] as number);
      this.docI[at + D_CODE] = code;
      this.docI[at + D_HEAD] = data.docHead[d] as number;
      this.docI[at + D_LEN] = data.docLen[d] as number;
    }
    for (const [id, bit] of this.qualifierBit) {
      for (let p = this.postStart[id] as number; p < (this.postStart[id + 1] as number); p++) {
        const pd = this.postings[p] as number;
        const at = (pd >> 1) * DOC_STRIDE + D_QUALIFIED;
        if ((pd & 1) === 0) this.docI[at] = (this.docI[at] as number) | bit;
      }
    }
    this.views = new ReleaseViews(catalog, { systems: this.systems, codeText: this.codeText, docCode: this.docCode });
    this.surfaceWords = data.surfaceWords;
    this.surfaceToken = data.surfaceToken;
    this.delKeys = data.delKeys;
    this.delStart = data.delStart;
    this.delIds = data.delIds;
    this.seeRefs = new Map(data.seeKeys.map((k, i) => [k, data.seeTargets[i] as string]));
    this.formHead = new Map();
    data.formTokens.forEach((form, i) => {
      const from = this.vocab.get(form);
      const to = this.vocab.get(data.formHeads[i] as string);
      if (from === undefined || to === undefined) return;
      const heads = this.formHead.get(from);
      if (heads) heads.push(to);
      else this.formHead.set(from, [to]);
    });
    this.scratchI = new Int32Array(nDocs * 2);
    this.scratchF = new Float32Array(this.scratchI.buffer);
    this.touched = new Int32Array(nDocs);
    const nCodes = this.codeText.length;
    this.codeBest = new Float32Array(nCodes);
    this.codeBestDoc = new Int32Array(nCodes).fill(-1);
    this.touchedCodes = new Int32Array(nCodes);
  }

  /** Builds the index over every loaded release (a few seconds on the full code sets). */
  static build(catalog: Catalog): SearchIndex {
    return new SearchIndex(catalog, buildSearchData(catalog), 'built');
  }

  /**
   * The index for the newest releases: read from the file the import wrote beside the catalog build when
   * there is one for this build and format, else built now (a few seconds on the full code sets).
   */
  static open(catalog: Catalog): SearchIndex {
    const read = readSearchData(catalog.buildDir, catalog.manifest.buildId, catalog.checksum(SEARCH_INDEX_FILE));
    if (read.data) return new SearchIndex(catalog, read.data, 'prebuilt');
    return new SearchIndex(catalog, buildSearchData(catalog), 'built', read.notice);
  }

  /** Builds the index and writes it beside the catalog build; returns bytes written. */
  static writePrebuilt(catalog: Catalog): number {
    return writeSearchData(catalog.buildDir, catalog.manifest.buildId, buildSearchData(catalog));
  }

  /** Sizes, for reports. */
  stats(): { codes: number; documents: number; tokens: number; postings: number; seeReferences: number } {
    return {
      codes: this.codeText.length,
      documents: this.docCode.length,
      tokens: this.vocabList.length,
      postings: this.postings.length,
      seeReferences: this.seeRefs.size,
    };
  }

  /** A code's title in the view's release of its system. */
  private titleIn(view: ReleaseView, code: number): string {
    return this.views.titleIn(view, this.codeSystem[code] as number, code, this.codeTitle[code] as string);
  }

  private result(view: ReleaseView, code: number, score: number, matched: SearchMatch): SearchResult {
    const sys = this.codeSystem[code] as number;
    const r: SearchResult = {
      system: SYSTEMS[sys] as string,
      code: this.codeText[code] as string,
      title: this.titleIn(view, code) || null,
      billable: view.codeState[code] === BILLABLE,
      score: Math.round(score * 1000) / 1000,
      matched,
    };
    const children = view.newest[sys] ? (this.codeChildren[code] as number) : this.views.childrenIn(view, code);
    if (r.billable === false && children > 0) r.children = children;
    return r;
  }

  private systemAllowed(sys: SystemCodes, options: SearchOptions): boolean {
    return !options.system || options.system === sys.system;
  }

  /** Code-shaped queries: exact, prefix (subtree), range, dashed. Null when the query is not code-shaped. */
  codeSearch(q: string, options: SearchOptions, limit: number, view: ReleaseView): SearchResult[] | null {
    const m =
      /^([A-Za-z0-9]{1,7}(?:\.[A-Za-z0-9]{0,4})?)(?:\s*(-)\s*([A-Za-z0-9]{1,7}(?:\.[A-Za-z0-9]{0,4})?)?|\.?-)?$/.exec(
        q,
      );
    if (!m) return null;
    const from = refKey(m[1] as string);
    if (!/[0-9]/.test(from) || from.length < 2) return null;
    const to = m[3] ? refKey(m[3]) : undefined;
    if (to !== undefined && !/[0-9]/.test(to)) return null;
    // codes of the range or subtree, bucketed by key length (shortest first), each bucket capped at
    // `limit`: one pass, bounded work, however wide the range
    const buckets: number[][] = [];
    const exact = new Set<number>();
    let any = false;
    // a dot is written only in ICD-10-CM codes: "E11.9" is not a prefix of HCPCS E1190
    const dotted = q.includes('.');
    for (const sys of this.systems) {
      if (!this.systemAllowed(sys, options)) continue;
      if (dotted && sys.system !== 'icd10cm') continue;
      const keys = sys.sortedKeys;
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((keys[mid] as string) < from) lo = mid + 1;
        else hi = mid;
      }
      const hiKey = to ?? from;
      for (let i = lo; i < keys.length; i++) {
        const k = keys[i] as string;
        if (!(k.startsWith(hiKey) || (to !== undefined && k <= hiKey) || k.startsWith(from))) break;
        const id = sys.sortedIds[i] as number;
        const state = view.codeState[id];
        if (state === NOT_IN_FORCE || (options.billable && state !== BILLABLE)) continue;
        any = true;
        if (k === from) {
          exact.add(id);
          continue;
        }
        let bucket = buckets[k.length];
        if (!bucket) {
          bucket = [];
          buckets[k.length] = bucket;
        }
        if (bucket.length < limit) bucket.push(id);
      }
    }
    if (!any) return null;
    // the code written exactly as typed first ("J1100" is HCPCS J1100; ICD-10-CM J11.00 follows it)
    const typed = q.trim().toUpperCase();
    const found: number[] = [...exact].sort(
      (x, y) => Number(this.codeText[y] === typed) - Number(this.codeText[x] === typed),
    );
    for (const bucket of buckets) {
      if (!bucket) continue;
      bucket.sort((x, y) => {
        const a = this.codeText[x] as string;
        const c = this.codeText[y] as string;
        return a < c ? -1 : a > c ? 1 : 0;
      });
      for (const id of bucket) found.push(id);
      if (found.length >= limit) break;
    }
    const out: SearchResult[] = [];
    for (let i = 0; i < found.length && out.length < limit; i++) {
      const id = found[i] as number;
      const score = exact.has(id) ? 100 : 50 - Math.min(i, 1000) / 100;
      out.push(this.result(view, id, score, { kind: 'code', text: this.codeText[id] as string }));
    }
    return out;
  }

  /**
   * Vocabulary tokens a misspelt word may stand for: surface words within edit distance 1 (2 for words of 8+
   * letters, transpositions counting one), found through the deletion neighbourhoods and, for long words, by
   * scanning the words that share the first three letters. Best first, at most three.
   */
  private corrections(word: string, maxDistance = 2): Correction[] {
    const key = maxDistance === 2 ? word : `${word}\u0001`;
    const cached = this.correctionCache.get(key);
    if (cached) return cached;
    const out = this.findCorrections(word, maxDistance);
    if (this.correctionCache.size >= CORRECTION_CACHE) this.correctionCache.clear();
    this.correctionCache.set(key, out);
    return out;
  }

  private findCorrections(word: string, maxDistance: number): Correction[] {
    if (word.length < 3 || word.length > 30 || /[0-9]/.test(word)) return [];
    if (word.length === 3) return this.truncations(word);
    const max = word.length >= 8 ? maxDistance : 1;
    const cands = new Set<number>();
    const add = (key: string): void => {
      const k = this.deletionAt(key);
      if (k < 0) return;
      const end = this.delStart[k + 1] as number;
      for (let j = this.delStart[k] as number; j < end; j++) cands.add(this.delIds[j] as number);
    };
    const exact = this.surfaceIndex(word);
    if (exact >= 0) cands.add(exact);
    add(word);
    for (let i = 0; i < word.length; i++) {
      const del = word.slice(0, i) + word.slice(i + 1);
      const at = this.surfaceIndex(del);
      if (at >= 0) cands.add(at);
      add(del);
    }
    if (max === 2) {
      // two letters missing or wrong: the words that start alike (a bounded scan of the sorted list)
      const prefix = word.slice(0, 3);
      let i = lowerBound(this.surfaceWords, prefix);
      for (let n = 0; n < PREFIX_SCAN && i < this.surfaceWords.length; i++, n++) {
        const w = this.surfaceWords[i] as string;
        if (!w.startsWith(prefix)) break;
        if (Math.abs(w.length - word.length) <= 2) cands.add(i);
      }
    }
    const best = new Map<number, number>();
    for (const i of cands) {
      const tok = this.surfaceToken[i] as number;
      if (tok < 0) continue;
      const d = editDistance(word, this.surfaceWords[i] as string, max);
      if (d > max) continue;
      const weight = d === 0 ? 1 : d === 1 ? 0.8 : 0.6;
      if ((best.get(tok) ?? 0) < weight) best.set(tok, weight);
    }
    const scored = [...best].map(([id, weight]) => ({ id, weight, df: this.df(id) }));
    scored.sort((a, b) => b.weight - a.weight || b.df - a.df);
    // of two words as near to the typed one, the one the code sets use far more is far likelier meant
    // ("migrane": migraine, not migrant): a rarer reading counts less, by the fourth root of how much rarer
    const top = scored.slice(0, 3);
    const most = Math.max(1, ...top.map((c) => c.df));
    return top.map(({ id, weight, df }) => ({ id, weight: weight * Math.min(1, (Math.max(1, df) / most) ** 0.25) }));
  }

  /** Words of the data that begin with an unfinished word (2+ letters), the most frequent first. */
  private completions(word: string): Correction[] {
    if (word.length < 2 || word.length > 30) return [];
    const found = new Map<number, number>();
    let i = lowerBound(this.surfaceWords, word);
    for (let n = 0; n < PREFIX_SCAN && i < this.surfaceWords.length; i++, n++) {
      const w = this.surfaceWords[i] as string;
      if (!w.startsWith(word)) break;
      const tok = this.surfaceToken[i] as number;
      if (tok >= 0) found.set(tok, this.df(tok));
    }
    return [...found]
      .sort((a, b) => b[1] - a[1])
      .slice(0, COMPLETIONS)
      .map(([id]) => ({ id, weight: 0.9 }));
  }

  /** A three-letter word is only read as a four-letter word with one letter left out ("lef" for "left"). */
  private truncations(word: string): Correction[] {
    const k = this.deletionAt(word);
    if (k < 0) return [];
    const best = new Map<number, number>();
    for (let j = this.delStart[k] as number; j < (this.delStart[k + 1] as number); j++) {
      const i = this.delIds[j] as number;
      const tok = this.surfaceToken[i] as number;
      if (tok >= 0 && (this.surfaceWords[i] as string).length === 4) best.set(tok, 0.8);
    }
    const scored = [...best.keys()].sort((a, b) => this.df(b) - this.df(a));
    return scored.slice(0, 2).map((id) => ({ id, weight: 0.8 }));
  }

  /** index of a deletion key, -1 when no surface word has it */
  private deletionAt(key: string): number {
    const i = lowerBound(this.delKeys, key);
    return this.delKeys[i] === key ? i : -1;
  }

  /** the text of a doc (a title document's text is its code's title, as the view's release words it) */
  private textOf(d: number, view: ReleaseView): string {
    return (this.docText[d] as string) || this.titleIn(view, this.docCode[d] as number);
  }

  private surfaceIndex(word: string): number {
    const i = lowerBound(this.surfaceWords, word);
    return this.surfaceWords[i] === word ? i : -1;
  }

  private df(id: number): number {
    return (this.postStart[id + 1] as number) - (this.postStart[id] as number);
  }

  /**
   * Word queries over titles, inclusion terms, index paths and tables. `literal` reads the words as typed: no
   * abbreviation, lay phrase or whole-query see reference (searchCodes adds what they find to a rewritten query's
   * results). `rewritten` says whether one of those was applied.
   */
  wordSearch(
    q: string,
    options: SearchOptions,
    limit: number,
    view: ReleaseView,
    literal = false,
  ): { results: SearchResult[]; rewritten: boolean } {
    const parsed = literal
      ? tokenizeQuery(q, new Map(), GIVEN_NAMES)
      : tokenizeQuery(q, ABBREVIATION_MAP, GIVEN_NAMES, LAY_PHRASES);
    // (a literal reading takes the words exactly as typed: shorthand is not a typo to correct, and it stays cheap)
    let qterms: QueryTerm[] = uniqueTerms(literal ? parsed.terms.map((t) => ({ ...t, expanded: true })) : parsed.terms);
    let viaSee: string | undefined;
    let rewritten = parsed.expanded.length > 0;
    if (qterms.length > 0 && qterms.length <= 6) {
      const see = this.seeRefs.get(
        qterms
          .map((t) => t.token)
          .sort()
          .join(' '),
      );
      if (see && !literal) {
        viaSee = see;
        rewritten = true;
        qterms = uniqueTerms(words(see).map((w) => ({ word: w, token: stem(w), expanded: true }))).filter(
          (t) => tokenize(t.word).length > 0,
        );
      }
    }
    if (qterms.length === 0) return { results: [], rewritten };
    // each query position resolves to vocabulary entries: the token itself, else typo corrections of the word
    const positions: { terms: Term[]; df: number }[] = [];
    const resolved = new Map<string, number[]>();
    const typingLast = options.prefix === true && !viaSee;
    const headsRead = new Set<number>();
    for (const t of qterms) {
      const id = this.vocab.get(t.token);
      if (id !== undefined) headsRead.add(id);
    }
    qterms.forEach((t, qi) => {
      const id = this.vocab.get(t.token);
      let alts: Correction[];
      if (id !== undefined) {
        alts = [{ id, weight: 1 }];
        // a rare word that is one letter off a far more common one is probably that word misspelt: "othr"
        // and "opn" are in the short titles, "complet" is the stem of "completed"; keep both readings
        const own = this.df(id);
        if (!t.expanded && own < RARE_WORD_DF) {
          for (const c of this.corrections(t.word, 1)) {
            if (c.id !== id && c.weight >= 0.8 && this.df(c.id) >= COMMON_RATIO * own) alts.push(c);
          }
        }
      } else if (t.expanded) alts = [];
      else alts = [...this.corrections(t.word)]; // a copy: the cached list must not grow
      if (typingLast && qi === qterms.length - 1 && !t.expanded) {
        for (const c of this.completions(t.word)) if (!alts.some((a) => a.id === c.id)) alts.push(c);
      }
      // the word's other readings in the code sets' wording ("distal" radius: the tabular's "lower end")
      // (a rarer word read this way counts no more than the word typed would)
      for (const also of READING_MAP.get(t.word) ?? []) {
        const rid = this.vocab.get(stem(also));
        if (rid === undefined || alts.some((a) => a.id === rid)) continue;
        const typed = this.vocab.get(t.token);
        const cap = typed === undefined ? 1 : Math.min(1, (this.idf[typed] as number) / (this.idf[rid] as number));
        alts.push({ id: rid, weight: READING_WEIGHT * cap });
      }
      // "diabetic" also reads the entry Diabetes, diabetic: its first form is the word the entries are filed under
      // (once per query, and not when the query has that word itself: one word is counted once)
      for (let k = 0, n = alts.length; k < n; k++) {
        const alt = alts[k] as Correction;
        for (const head of this.formHead.get(alt.id) ?? []) {
          if (headsRead.has(head)) continue;
          headsRead.add(head);
          alts.push({ id: head, weight: alt.weight });
        }
      }
      if (alts.length === 0) return;
      resolved.set(
        t.token,
        alts.map((c) => c.id),
      );
      const terms = alts.map((c) => ({ q: qi, id: c.id, weight: c.weight }));
      positions.push({ terms, df: terms.reduce((n, x) => n + this.df(x.id), 0) });
    });
    const tokens = qterms;
    if (positions.length === 0) return { results: [], rewritten };
    // rarest positions first: they are read through their postings (the seeds) while the budget lasts; the
    // common rest ("with", "right", "encounter") is checked only on the docs the seeds reached, through the
    // forward index. At least one position is always a seed.
    positions.sort((x, y) => x.df - y.df);
    const sysFilter = options.system ? SYSTEMS.indexOf(options.system) : -1;
    const billableOnly = options.billable === true;
    // per posting only the doc's scratch pair is touched (state, partial score): the length norm is applied at the end
    const { scratchF, scratchI, touched, postings, docSystem } = this;
    const { docState } = view;
    let nTouched = 0;
    let visited = 0;
    const deferred: Term[] = [];
    for (let pi = 0; pi < positions.length; pi++) {
      const pos = positions[pi] as { terms: Term[]; df: number };
      if (pi > 0 && visited + pos.df > SEED_POSTINGS) {
        for (const t of pos.terms) deferred.push(t);
        continue;
      }
      for (const term of pos.terms) {
        // a very common word is read through the short list of its strongest docs (not when filtering: those
        // might all be of another system)
        const top = sysFilter < 0 && !billableOnly ? (this.topOf[term.id] as number) : -1;
        const list = top >= 0 ? this.topPostings : postings;
        const start = top >= 0 ? (this.topStart[top] as number) : (this.postStart[term.id] as number);
        const end = top >= 0 ? (this.topStart[top + 1] as number) : (this.postStart[term.id + 1] as number);
        if (visited + (end - start) > MAX_POSTINGS) continue;
        visited += end - start;
        const w = (this.idf[term.id] as number) * term.weight;
        const mark = term.q + 1;
        for (let p = start; p < end; p++) {
          const pd = list[p] as number;
          const d = pd >> 1;
          // docs of codes not in force on the date are dropped when the codes are scored (one check per doc, not
          // per posting); a billable-only search drops them here with the rest
          if (billableOnly && docState[d] !== BILLABLE) continue;
          if (sysFilter >= 0 && docSystem[d] !== sysFilter) continue;
          const at = d << 1;
          const st = scratchI[at] as number;
          if (st === 0) touched[nTouched++] = d;
          else if ((st & 255) === mark) continue;
          this.addHit(at, st, mark, (pd & 1) === 0, w);
        }
      }
    }
    const nq = tokens.length;
    const { codeBest, codeBestDoc, touchedCodes, docCode, queryHas } = this;
    // what the query reads, for the main-term and qualifier checks
    let queryQualifiers = 0;
    for (const ids of resolved.values()) {
      for (const id of ids) {
        queryHas[id] = 1;
        queryQualifiers |= this.qualifierBit.get(id) ?? 0;
      }
    }
    const short = nq <= SHORT_QUERY_TERMS && parsed.terms.length <= SHORT_QUERY_TERMS;
    const ctx: ScoreContext = { nq, short, queryQualifiers, docState };
    const keep = Math.max(limit, RERANK);
    if (deferred.length > 0) this.checkDeferred(deferred, nTouched);
    let nCodes = 0;
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i] as number;
      const at = d << 1;
      const st = scratchI[at] as number;
      const partial = scratchF[at + 1] as number;
      scratchI[at] = 0;
      scratchF[at + 1] = 0;
      if (docState[d] === NOT_IN_FORCE) continue;
      const s = this.docScore(d, st, partial, ctx);
      const c = docCode[d] as number;
      if (codeBestDoc[c] === -1) {
        touchedCodes[nCodes++] = c;
        codeBest[c] = s;
        codeBestDoc[c] = d;
      } else if (s > (codeBest[c] as number)) {
        codeBest[c] = s;
        codeBestDoc[c] = d;
      }
    }
    // the best codes, then word order: among near-equal candidates, the one whose wording keeps the query's
    // word pairs ("without foreign body … with damage", "category 5 … category 3") comes first
    const top: number[] = [];
    for (let i = 0; i < nCodes; i++) {
      const c = touchedCodes[i] as number;
      const s = codeBest[c] as number;
      if (top.length === keep && s <= (codeBest[top[keep - 1] as number] as number)) continue;
      let j = top.length;
      if (j === keep) {
        top.pop();
        j--;
      }
      while (j > 0 && (codeBest[top[j - 1] as number] as number) < s) j--;
      top.splice(j, 0, c);
    }
    if (!viaSee && top.length > 1) {
      const seq = parsed.terms.map((t) => resolved.get(t.token)).filter((a): a is number[] => a !== undefined);
      if (seq.length > 1) {
        for (const c of top) {
          const pairs = this.pairsMatched(seq, codeBestDoc[c] as number);
          codeBest[c] = (codeBest[c] as number) * (1 + (BIGRAM_BONUS * pairs) / (seq.length - 1));
        }
        top.sort((x, y) => (codeBest[y] as number) - (codeBest[x] as number));
      }
    }
    for (const ids of resolved.values()) for (const id of ids) queryHas[id] = 0;
    top.length = Math.min(top.length, limit);
    const out: SearchResult[] = [];
    for (const c of top)
      out.push(this.result(view, c, codeBest[c] as number, this.matchOf(codeBestDoc[c] as number, viaSee, view)));
    for (let i = 0; i < nCodes; i++) {
      const c = touchedCodes[i] as number;
      codeBestDoc[c] = -1;
      codeBest[c] = 0;
    }
    return { results: out, rewritten };
  }

  /**
   * A doc's score for the query, from what it matched: `st` packs the positions hit and those hit on core words,
   * `partial` sums their idf weights.
   */
  private docScore(d: number, st: number, partial: number, ctx: ScoreContext): number {
    const { docF, docI } = this;
    const at = d * DOC_STRIDE;
    const h = (st >> 8) & 255;
    const cov = h / ctx.nq;
    const docCov = ((st >> 16) & 255) / Math.max(1, docI[at + D_LEN] as number);
    // (the code's reporting-only factor is in the norm; a search-box query's norm also holds its plain-title
    // factor: equal otherwise, the code with the shorter title first, 0FT44ZZ before its hand-assisted 0FT44ZG,
    // while a description-length query keeps code order, its words saying which variant)
    const norm = docF[at + (ctx.short ? D_NORM_SHORT : D_NORM)] as number;
    let s = partial * norm * (0.3 + 0.7 * cov * cov) * (0.7 + 0.3 * Math.min(1, docCov));
    // the whole entry matched by the whole query: an exact term
    if (h === ctx.nq && docCov >= 1) s *= 1.25;
    if (ctx.docState[d] === BILLABLE) s *= 1.15;
    if (ctx.short) {
      const head = docI[at + D_HEAD] as number;
      if (head >= 0 && this.queryHas[head] === 0) s *= UNANCHORED;
    }
    if (((docI[at + D_QUALIFIED] as number) & ~ctx.queryQualifiers) !== 0) s *= QUALIFIED;
    return s;
  }

  /**
   * The common query words left out of the seeds ("with", "left", "joint") are looked for in the docs the seeds
   * reached, through the forward index; when the seeds reached too many docs to check each, only those whose
   * partial score is in about the top MAX_FORWARD_DOCS.
   */
  private checkDeferred(deferred: Term[], nTouched: number): void {
    const { termMark, scratchF, touched } = this;
    const cutoff = nTouched > MAX_FORWARD_DOCS ? this.topCutoff(nTouched, MAX_FORWARD_DOCS) : -1;
    for (let i = 0; i < deferred.length; i++) {
      const t = deferred[i] as Term;
      if (termMark[t.id] === 0) termMark[t.id] = i + 1;
    }
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i] as number;
      if ((scratchF[(d << 1) + 1] as number) >= cutoff) this.readDeferred(d, deferred);
    }
    for (const t of deferred) termMark[t.id] = 0;
  }

  /** A score such that at most about `keep` of the touched docs have a partial score at or above it. */
  private topCutoff(nTouched: number, keep: number): number {
    const { scratchF, touched } = this;
    let max = 0;
    for (let i = 0; i < nTouched; i++) {
      const v = scratchF[((touched[i] as number) << 1) + 1] as number;
      if (v > max) max = v;
    }
    if (max <= 0) return 0;
    const BINS = 256;
    const hist = new Int32Array(BINS);
    for (let i = 0; i < nTouched; i++) {
      const v = scratchF[((touched[i] as number) << 1) + 1] as number;
      const bin = Math.min(BINS - 1, Math.floor((v / max) * BINS));
      hist[bin] = (hist[bin] as number) + 1;
    }
    let n = 0;
    for (let b = BINS - 1; b >= 0; b--) {
      n += hist[b] as number;
      if (n > keep) return ((b + 1) / BINS) * max;
    }
    return 0;
  }

  /** A query position matched in the doc whose scratch pair is at `at`: a core word counts whole, an added one half. */
  private addHit(at: number, st: number, mark: number, core: boolean, w: number): void {
    const { scratchI, scratchF } = this;
    scratchI[at] = ((st & ~255) | mark) + (core ? CORE_HIT : HIT);
    scratchF[at + 1] = (scratchF[at + 1] as number) + (core ? w : 0.5 * w);
  }

  /** Adds to a doc's state and partial score the deferred words its forward list holds (termMark marks them). */
  private readDeferred(d: number, deferred: Term[]): void {
    const { termMark, fwd, fwdStart, scratchI } = this;
    const at = d << 1;
    const end = fwdStart[d + 1] as number;
    for (let k = fwdStart[d] as number; k < end; k++) {
      const tok = fwd[k] as number;
      const m = termMark[tok >> 1] as number;
      if (m === 0) continue;
      const term = deferred[m - 1] as Term;
      const mark = term.q + 1;
      const st = scratchI[at] as number;
      if ((st & 255) === mark) continue;
      const w = (this.idf[term.id] as number) * term.weight;
      this.addHit(at, st, mark, (tok & 1) === 0, w);
    }
  }

  /** How many consecutive query word pairs (each word as any of its readings) appear side by side in a doc. */
  private pairsMatched(seq: readonly number[][], d: number): number {
    const from = this.seqStart[d] as number;
    const to = this.seqStart[d + 1] as number;
    const toks = this.seq;
    let n = 0;
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = seq[i] as number[];
      const b = seq[i + 1] as number[];
      for (let k = from; k + 1 < to; k++) {
        if (a.includes(toks[k] as number) && b.includes(toks[k + 1] as number)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private matchOf(d: number, viaSee: string | undefined, view: ReleaseView): SearchMatch {
    const field = this.docField[d] as number;
    const text = this.textOf(d, view);
    let m: SearchMatch;
    if (field === F_INDEX || field === F_TABLE) {
      const tree = this.trees[this.docLayer[d] as number];
      const path: string[] = [];
      if (tree) {
        let r = this.docRow[d] as number;
        let guard = 0;
        while (r >= 0 && guard++ < 32) {
          path.unshift(tree.text[r] as string);
          r = tree.parent[r] as number;
        }
      }
      m = { kind: field === F_INDEX ? 'index' : 'table', text, path };
    } else if (field === F_INCLUSION) m = { kind: 'inclusionTerm', text };
    else if (field === F_DEFINITION) m = { kind: 'definition', text };
    else if (field === F_RBCS) m = { kind: 'rbcs', text };
    else if (this.codeSystem[this.docCode[d] as number] === 1) m = { kind: 'pcs', text };
    else m = { kind: 'title', text };
    if (viaSee) m.path = [`see ${viaSee}`, ...(m.path ?? [m.text])];
    return m;
  }
}

/**
 * An ICD-10-CM code typed with a space for its dot ("e11 22" is E11.22): searched as that code when the code exists,
 * else nothing here (the words are searched as words).
 */
function spacedCode(
  index: SearchIndex,
  q: string,
  options: SearchOptions,
  limit: number,
  view: ReleaseView,
): SearchResult[] | null {
  const m = /^([A-Za-z]\d[0-9A-Za-z])\s+([0-9A-Za-z]{1,4})$/.exec(q);
  if (!m || (options.system && options.system !== 'icd10cm')) return null;
  const dotted = `${m[1]}.${m[2]}`.toUpperCase();
  const found = index.codeSearch(dotted, options, limit, view);
  return found && found[0]?.code === dotted ? found : null;
}

/** One search: code-shaped queries first, else words. Never throws on odd input. */
export function searchCodes(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResponse {
  const warnings: string[] = [];
  let q = typeof query === 'string' ? query : '';
  if (q.length > MAX_QUERY_CHARS) {
    q = q.slice(0, MAX_QUERY_CHARS);
    warnings.push(`The query was longer than ${MAX_QUERY_CHARS} characters and was truncated`);
  }
  const { view, warnings: dated } = index.views.forDate(options.date);
  for (const w of dated) warnings.push(w);
  const asked = Number.isFinite(options.limit) ? Math.floor(options.limit as number) : DEFAULT_SEARCH_LIMIT;
  const limit = Math.max(1, Math.min(MAX_SEARCH_LIMIT, asked));
  const trimmed = q.trim();
  let results: SearchResult[] = [];
  if (trimmed && /[A-Za-z0-9\u00C0-\u024F]/.test(trimmed)) {
    // a query that ends with a space has no unfinished word
    let opts = options.prefix && /\s$/.test(q) ? { ...options, prefix: false } : options;
    let words = trimmed;
    // "hcpcs flu vaccine": the system named is the filter (unless the caller filters on another)
    const named = opts.system ? undefined : systemNamed(trimmed);
    if (named) {
      opts = { ...opts, system: named.system };
      words = named.rest;
    }
    const byCode = index.codeSearch(words, opts, limit, view) ?? spacedCode(index, words, opts, limit, view);
    if (byCode) results = byCode;
    else {
      const read = index.wordSearch(words, opts, limit, view);
      results = read.results;
      // a short query read through a dictionary or a see reference: what its words find as typed follows the first
      // few results, in case the reading is not the one meant
      if (read.rewritten && words.split(/\s+/).length <= SHORT_QUERY_TERMS)
        results = withLiteral(results, index.wordSearch(words, opts, limit, view, true).results, limit);
      if (!opts.system) results = groupBySystem(results);
    }
  }
  const response: SearchResponse = { query: q, results };
  if (warnings.length > 0) response.warnings = warnings;
  return response;
}
