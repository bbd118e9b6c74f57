// The Case2Code search engine: an in-memory inverted index over every code system of the catalog
// (titles, inclusion terms, Alphabetic Index paths, index tables), built once, queried in well under a
// millisecond. Pure: no I/O beyond the catalog's own lazy layer reads at build time.
import type { Catalog, CodeIndex } from '../catalog/index.js';
import type { IndexLayer, LayerKind, ReleaseInfo } from '../catalog/model.js';
import { ABBREVIATION_MAP } from './abbreviations.js';
import { GIVEN_NAMES } from './given-names.js';
import { editDistance, type QueryTerm, stem, tokenize, tokenizeQuery, words } from './text.js';

export type SearchSystem = 'icd10cm' | 'icd10pcs' | 'hcpcs' | 'cpt';

export interface SearchOptions {
  system?: SearchSystem;
  limit?: number;
  billable?: boolean;
  date?: string;
}

export interface SearchMatch {
  kind: 'code' | 'title' | 'inclusionTerm' | 'index' | 'table' | 'pcs' | 'abbreviation';
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

const SYSTEMS: readonly SearchSystem[] = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'];
const MAX_QUERY_CHARS = 1000;
const MAX_QUERY_TOKENS = 32;
/** cap on the postings visited by one query: the work per query is bounded whatever the input */
const MAX_POSTINGS = 150_000;
/** above this many candidate docs, the common tokens are not checked one doc at a time */
const MAX_FORWARD_DOCS = 2_000;
const DEFAULT_LIMIT = 10;
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
const MAX_LIMIT = 500;

// document fields
const F_TITLE = 0;
const F_SHORT = 1;
const F_INCLUSION = 2;
const F_INDEX = 3;
const F_TABLE = 4;
const FIELD_WEIGHT = [1.0, 0.9, 0.9, 0.9, 0.75];
const K1 = 1.2;
const B = 0.75;

interface SystemCodes {
  system: SearchSystem;
  /** first global code id of this system */
  base: number;
  count: number;
  byKey: Map<string, number>;
  /** code keys sorted, with their global ids */
  sortedKeys: string[];
  sortedIds: Int32Array;
  release: ReleaseInfo;
}

class Builder {
  codeSystem: number[] = [];
  codeText: string[] = [];
  codeKey: string[] = [];
  codeTitle: (string | null)[] = [];
  codeBillable: number[] = [];
  codeChildren: number[] = [];
  docCode: number[] = [];
  docField: number[] = [];
  docText: string[] = [];
  /** [layer index, row] for index documents; -1 otherwise */
  docRow: number[] = [];
  docLayer: number[] = [];
  docTokens: number[][] = [];
  /** tokens that count for length (the Alphabetic Index's nonessential modifiers do not) */
  docCore: number[] = [];
  /** per doc, the token ids that are nonessential (nemod), matched at lower weight; null when none */
  docExtra: (Set<number> | null)[] = [];
  vocab = new Map<string, number>();
  vocabList: string[] = [];
  /** every word of the indexed texts as written (lower case), with its stem: typo correction works on these */
  surface = new Map<string, string>();

  registerWords(text: string): void {
    for (const w of words(text)) if (w.length >= 4 && !this.surface.has(w)) this.surface.set(w, stem(w));
  }

  tokenIds(tokens: string[]): number[] {
    const ids: number[] = [];
    for (const t of tokens) {
      let id = this.vocab.get(t);
      if (id === undefined) {
        id = this.vocabList.length;
        this.vocab.set(t, id);
        this.vocabList.push(t);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  addDoc(
    code: number,
    field: number,
    text: string,
    tokens: string[],
    layer = -1,
    row = -1,
    coreTokens: string[] | null = null,
  ): void {
    const ids = this.tokenIds(tokens);
    if (ids.length === 0) return;
    this.registerWords(text);
    if (coreTokens) {
      const core = new Set(this.tokenIds(coreTokens));
      const extra = new Set(ids.filter((t) => !core.has(t)));
      this.docCore.push(Math.max(1, core.size));
      this.docExtra.push(extra.size > 0 ? extra : null);
    } else {
      this.docCore.push(ids.length);
      this.docExtra.push(null);
    }
    this.docCode.push(code);
    this.docField.push(field);
    this.docText.push(text);
    this.docLayer.push(layer);
    this.docRow.push(row);
    this.docTokens.push(ids);
  }
}

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

interface Correction {
  id: number;
  weight: number;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "C56.-" -> "C56"; "S72.0" -> "S720" */
function refKey(code: string): string {
  let s = code.trim().toUpperCase();
  while (s.endsWith('-') || s.endsWith('.')) s = s.slice(0, -1);
  return s.replace(/\./g, '');
}

export class SearchIndex {
  readonly date: string | undefined;
  readonly warnings: string[];
  private readonly systems: SystemCodes[];
  private readonly codeSystem: Uint8Array;
  private readonly codeText: string[];
  private readonly codeTitle: (string | null)[];
  private readonly codeBillable: Uint8Array;
  private readonly codeChildren: Int32Array;
  private readonly docCode: Int32Array;
  private readonly docField: Uint8Array;
  private readonly docText: string[];
  private readonly docLayer: Int16Array;
  private readonly docRow: Int32Array;
  private readonly docNorm: Float32Array;
  private readonly docLen: Uint16Array;
  private readonly docSystem: Uint8Array;
  private readonly docBillable: Uint8Array;
  private readonly indexLayers: IndexLayer[];
  private readonly vocab: Map<string, number>;
  private readonly vocabList: string[];
  private readonly postStart: Int32Array;
  private readonly postings: Int32Array;
  /** forward index: the tokens of each doc (id * 2 + nonessential flag) */
  private readonly fwdStart: Int32Array;
  private readonly fwd: Int32Array;
  /** per vocabulary token, the query term that uses it (index + 1), for the forward pass */
  private readonly termMark: Int32Array;
  private readonly idf: Float32Array;
  /** surface words (sorted) and the vocabulary token of each */
  private readonly surfaceWords: string[];
  private readonly surfaceToken: Int32Array;
  /** deletion neighbourhood (one letter removed) of every surface word of 4+ letters -> surface word ids */
  private readonly deletions: Map<string, number | number[]>;
  /** typo corrections already worked out, by query word (bounded) */
  private readonly correctionCache = new Map<string, Correction[]>();
  private readonly seeRefs: Map<string, string>;
  private readonly byDate = new Map<string, SearchIndex>();
  // per-query scratch, reused
  private readonly acc: Float32Array;
  /** per doc: last query position matched (bits 0-7), positions matched (8-15), of them on core words (16-23) */
  private readonly state: Int32Array;
  private readonly touched: Int32Array;
  private readonly codeBest: Float32Array;
  private readonly codeBestDoc: Int32Array;
  private readonly touchedCodes: Int32Array;

  private constructor(
    private readonly catalog: Catalog,
    date: string | undefined,
  ) {
    this.date = date;
    this.warnings = [];
    const b = new Builder();
    this.systems = [];
    this.indexLayers = [];
    this.seeRefs = new Map();
    let cmIndex: CodeIndex | undefined;

    SYSTEMS.forEach((system, sysIdx) => {
      const pick = catalog.pick(system, 'codes', date);
      if (!pick) return;
      if (pick.stale) this.warnings.push(pick.stale);
      const ci = catalog.codeIndex(pick.release);
      const layer = ci.layer;
      const base = b.codeText.length;
      const n = layer.codes.length;
      const byKey = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const code = layer.codes[i] as string;
        const key = code.replace('.', '');
        const title = layer.titles[i] || null;
        const billable = layer.billable.charCodeAt(i) === 49 ? 1 : 0;
        b.codeSystem.push(sysIdx);
        b.codeText.push(code);
        b.codeKey.push(key);
        b.codeTitle.push(title);
        b.codeBillable.push(billable);
        b.codeChildren.push(0);
        byKey.set(key, base + i);
        if (title) b.addDoc(base + i, F_TITLE, title, tokenize(title));
        const short = layer.shortTitles[i];
        // ICD-10 short titles only abbreviate the long ones (the dictionary covers their shorthand); HCPCS short
        // descriptors are how people know many supplies and drugs, so they are searched
        if (system === 'hcpcs' && short && short !== title) b.addDoc(base + i, F_SHORT, short, tokenize(short));
      }
      // billable descendants of each header
      for (let i = 0; i < n; i++) {
        if (layer.billable.charCodeAt(i) !== 49) continue;
        let p = ci.parent[i] as number;
        let guard = 0;
        while (p >= 0 && guard++ < 16) {
          b.codeChildren[base + p] = (b.codeChildren[base + p] as number) + 1;
          p = ci.parent[p] as number;
        }
      }
      const order = Array.from({ length: n }, (_, i) => base + i);
      order.sort((x, y) => ((b.codeKey[x] as string) < (b.codeKey[y] as string) ? -1 : 1));
      this.systems.push({
        system,
        base,
        count: n,
        byKey,
        sortedKeys: order.map((id) => b.codeKey[id] as string),
        sortedIds: Int32Array.from(order),
        release: pick.release,
      });
      if (system === 'icd10cm') cmIndex = ci;
    });

    const cm = this.systems.find((s) => s.system === 'icd10cm');
    if (cm && cmIndex) {
      const resolve = (ref: string): number => {
        const key = refKey(ref);
        return key ? (cm.byKey.get(key) ?? -1) : -1;
      };
      // inclusion terms
      const tab = this.layerFor('icd10cm', 'cm-tabular', date);
      if (tab) {
        const tl = catalog.layer(tab, 'cm-tabular');
        for (const d of tl.diags) {
          const terms = d.n?.inclusionTerm;
          if (!terms) continue;
          const id = resolve(d.c);
          if (id < 0) continue;
          for (const t of terms) b.addDoc(id, F_INCLUSION, t, tokenize(t));
        }
      }
      // the Alphabetic Index and its tables
      const indexKinds: LayerKind[] = ['cm-index', 'cm-eindex', 'cm-neoplasm', 'cm-drug'];
      for (const kind of indexKinds) {
        const rel = this.layerFor('icd10cm', kind, date);
        if (!rel) continue;
        const il = catalog.layer(rel, kind) as IndexLayer;
        const li = this.indexLayers.length;
        this.indexLayers.push(il);
        const rowTokens: string[][] = new Array(il.terms.length);
        const rowCore: string[][] = new Array(il.terms.length);
        il.terms.forEach((row, r) => {
          // the first form of a term counts for length; other forms ("Hypertension, hypertensive") and the
          // nonessential modifiers in parentheses match at a lower weight
          const comma = row.t.indexOf(', ');
          const ownCore = tokenize(comma > 0 ? row.t.slice(0, comma) : row.t);
          const own = row.n ? tokenize(`${row.t} ${row.n}`) : tokenize(row.t);
          const path = (row.p >= 0 ? (rowTokens[row.p] ?? []) : []).concat(own);
          const corePath = (row.p >= 0 ? (rowCore[row.p] ?? []) : []).concat(ownCore);
          rowTokens[r] = path;
          rowCore[r] = corePath;
          const text = row.n ? `${row.t} ${row.n}` : row.t;
          b.registerWords(text);
          if (row.c) {
            const id = resolve(row.c);
            if (id >= 0) b.addDoc(id, F_INDEX, text, path, li, r, corePath);
          }
          if (row.cs) {
            for (const c of row.cs) {
              const id = resolve(c);
              if (id >= 0) b.addDoc(id, F_INDEX, text, path, li, r, corePath);
            }
          }
          if (row.cells) {
            for (const [col, c] of row.cells) {
              const id = resolve(c);
              const colTokens = tokenize(il.columns?.[col - 1] ?? '');
              if (id >= 0) b.addDoc(id, F_TABLE, text, path.concat(colTokens), li, r, corePath.concat(colTokens));
            }
          }
          if (row.see && !row.c) {
            const key = [...new Set(corePath)].sort().join(' ');
            if (key && !this.seeRefs.has(key)) this.seeRefs.set(key, row.see);
          }
        });
      }
    }

    // freeze: codes
    this.codeSystem = Uint8Array.from(b.codeSystem);
    this.codeText = b.codeText;
    this.codeTitle = b.codeTitle;
    this.codeBillable = Uint8Array.from(b.codeBillable);
    this.codeChildren = Int32Array.from(b.codeChildren);
    // docs
    const nDocs = b.docCode.length;
    this.docCode = Int32Array.from(b.docCode);
    this.docField = Uint8Array.from(b.docField);
    this.docText = b.docText;
    this.docLayer = Int16Array.from(b.docLayer);
    this.docRow = Int32Array.from(b.docRow);
    this.docLen = new Uint16Array(nDocs);
    this.docNorm = new Float32Array(nDocs);
    this.docSystem = new Uint8Array(nDocs);
    this.docBillable = new Uint8Array(nDocs);
    let totalLen = 0;
    for (let d = 0; d < nDocs; d++) totalLen += b.docCore[d] as number;
    const avg = nDocs > 0 ? totalLen / nDocs : 1;
    const nTok = b.vocabList.length;
    const df = new Int32Array(nTok);
    for (let d = 0; d < nDocs; d++) {
      const toks = b.docTokens[d] as number[];
      const len = Math.min(b.docCore[d] as number, 65535);
      this.docLen[d] = len;
      const w = FIELD_WEIGHT[this.docField[d] as number] as number;
      this.docNorm[d] = (w * (K1 + 1)) / (1 + K1 * (1 - B + (B * len) / avg));
      const code = this.docCode[d] as number;
      this.docSystem[d] = this.codeSystem[code] as number;
      this.docBillable[d] = this.codeBillable[code] as number;
      for (const t of toks) df[t] = (df[t] as number) + 1;
    }
    this.postStart = new Int32Array(nTok + 1);
    for (let t = 0; t < nTok; t++) this.postStart[t + 1] = (this.postStart[t] as number) + (df[t] as number);
    this.postings = new Int32Array(this.postStart[nTok] as number);
    const fill = this.postStart.slice(0, nTok);
    for (let d = 0; d < nDocs; d++) {
      const extra = b.docExtra[d];
      for (const t of b.docTokens[d] as number[]) {
        this.postings[fill[t] as number] = extra?.has(t) ? d * 2 + 1 : d * 2;
        fill[t] = (fill[t] as number) + 1;
      }
    }
    this.fwdStart = new Int32Array(nDocs + 1);
    for (let d = 0; d < nDocs; d++)
      this.fwdStart[d + 1] = (this.fwdStart[d] as number) + (b.docTokens[d] as number[]).length;
    this.fwd = new Int32Array(this.fwdStart[nDocs] as number);
    for (let d = 0, k = 0; d < nDocs; d++) {
      const extra = b.docExtra[d];
      for (const t of b.docTokens[d] as number[]) this.fwd[k++] = extra?.has(t) ? t * 2 + 1 : t * 2;
    }
    this.termMark = new Int32Array(nTok);
    this.idf = new Float32Array(nTok);
    for (let t = 0; t < nTok; t++) {
      const n = df[t] as number;
      this.idf[t] = Math.log(1 + (nDocs - n + 0.5) / (n + 0.5));
    }
    this.vocab = b.vocab;
    this.vocabList = b.vocabList;
    // typo candidates: every surface word, and its deletion neighbourhood (distance 1)
    this.surfaceWords = [...b.surface.keys()].filter((w) => !/[0-9]/.test(w)).sort();
    this.surfaceToken = new Int32Array(this.surfaceWords.length);
    this.deletions = new Map();
    this.surfaceWords.forEach((w, i) => {
      this.surfaceToken[i] = this.vocab.get(b.surface.get(w) as string) ?? -1;
      for (let k = 0; k < w.length; k++) {
        const del = w.slice(0, k) + w.slice(k + 1);
        const cur = this.deletions.get(del);
        if (cur === undefined) this.deletions.set(del, i);
        else if (typeof cur === 'number') {
          if (cur !== i) this.deletions.set(del, [cur, i]);
        } else if (cur[cur.length - 1] !== i) cur.push(i);
      }
    });
    this.acc = new Float32Array(nDocs);
    this.state = new Int32Array(nDocs);
    this.touched = new Int32Array(nDocs);
    const nCodes = this.codeText.length;
    this.codeBest = new Float32Array(nCodes);
    this.codeBestDoc = new Int32Array(nCodes).fill(-1);
    this.touchedCodes = new Int32Array(nCodes);
  }

  private layerFor(system: SearchSystem, kind: LayerKind, date: string | undefined): ReleaseInfo | undefined {
    return this.catalog.pick(system, kind, date)?.release;
  }

  /** Build the index over the releases in force on a date (the newest when absent). */
  static build(catalog: Catalog, options?: { date?: string }): SearchIndex {
    return new SearchIndex(catalog, options?.date);
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

  /** The index for another date of service, built once and kept. */
  forDate(date: string | undefined): SearchIndex {
    if (date === this.date || date === undefined) return this;
    let idx = this.byDate.get(date);
    if (!idx) {
      idx = new SearchIndex(this.catalog, date);
      this.byDate.set(date, idx);
    }
    return idx;
  }

  private result(code: number, score: number, matched: SearchMatch): SearchResult {
    const r: SearchResult = {
      system: SYSTEMS[this.codeSystem[code] as number] as string,
      code: this.codeText[code] as string,
      title: this.codeTitle[code] ?? null,
      billable: this.codeBillable[code] === 1,
      score: Math.round(score * 1000) / 1000,
      matched,
    };
    const children = this.codeChildren[code] as number;
    if (r.billable === false && children > 0) r.children = children;
    return r;
  }

  private systemAllowed(sys: SystemCodes, options: SearchOptions): boolean {
    return !options.system || options.system === sys.system;
  }

  /** Code-shaped queries: exact, prefix (subtree), range, dashed. Null when the query is not code-shaped. */
  codeSearch(q: string, options: SearchOptions, limit: number): SearchResult[] | null {
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
    for (const sys of this.systems) {
      if (!this.systemAllowed(sys, options)) continue;
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
        if (options.billable && this.codeBillable[id] !== 1) continue;
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
    const found: number[] = [...exact];
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
      out.push(this.result(id, score, { kind: 'code', text: this.codeText[id] as string }));
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
      const v = this.deletions.get(key);
      if (v === undefined) return;
      if (typeof v === 'number') cands.add(v);
      else for (const i of v) cands.add(i);
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
    return scored.slice(0, 3).map(({ id, weight }) => ({ id, weight }));
  }

  /** A three-letter word is only read as a four-letter word with one letter left out ("lef" for "left"). */
  private truncations(word: string): Correction[] {
    const v = this.deletions.get(word);
    if (v === undefined) return [];
    const best = new Map<number, number>();
    for (const i of typeof v === 'number' ? [v] : v) {
      const tok = this.surfaceToken[i] as number;
      if (tok >= 0 && (this.surfaceWords[i] as string).length === 4) best.set(tok, 0.8);
    }
    const scored = [...best.keys()].sort((a, b) => this.df(b) - this.df(a));
    return scored.slice(0, 2).map((id) => ({ id, weight: 0.8 }));
  }

  private surfaceIndex(word: string): number {
    const i = lowerBound(this.surfaceWords, word);
    return this.surfaceWords[i] === word ? i : -1;
  }

  private df(id: number): number {
    return (this.postStart[id + 1] as number) - (this.postStart[id] as number);
  }

  /** Word queries over titles, inclusion terms, index paths and tables. */
  wordSearch(q: string, options: SearchOptions, limit: number): SearchResult[] {
    const parsed = tokenizeQuery(q, ABBREVIATION_MAP, GIVEN_NAMES);
    let qterms: QueryTerm[] = uniqueTerms(parsed.terms);
    let viaSee: string | undefined;
    if (qterms.length > 0 && qterms.length <= 6) {
      const see = this.seeRefs.get(
        qterms
          .map((t) => t.token)
          .sort()
          .join(' '),
      );
      if (see) {
        viaSee = see;
        qterms = uniqueTerms(words(see).map((w) => ({ word: w, token: stem(w), expanded: true }))).filter(
          (t) => tokenize(t.word).length > 0,
        );
      }
    }
    if (qterms.length === 0) return [];
    // each query position resolves to vocabulary entries: the token itself, else typo corrections of the word
    const positions: { terms: Term[]; df: number }[] = [];
    const resolved = new Map<string, number[]>();
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
      else alts = this.corrections(t.word);
      if (alts.length === 0) return;
      resolved.set(
        t.token,
        alts.map((c) => c.id),
      );
      const terms = alts.map((c) => ({ q: qi, id: c.id, weight: c.weight }));
      positions.push({ terms, df: terms.reduce((n, x) => n + this.df(x.id), 0) });
    });
    const tokens = qterms;
    if (positions.length === 0) return [];
    // rarest positions first: they are read through their postings (the seeds) while the budget lasts; the
    // common rest ("with", "right", "encounter") is checked only on the docs the seeds reached, through the
    // forward index. At least one position is always a seed.
    positions.sort((x, y) => x.df - y.df);
    const sysFilter = options.system ? SYSTEMS.indexOf(options.system) : -1;
    const billableOnly = options.billable === true;
    // per posting only two scratch arrays are touched (state, acc): the length norm is applied at the end
    const { acc, state, touched, postings, docSystem, docBillable } = this;
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
        const start = this.postStart[term.id] as number;
        const end = this.postStart[term.id + 1] as number;
        if (visited + (end - start) > MAX_POSTINGS) continue;
        visited += end - start;
        const w = (this.idf[term.id] as number) * term.weight;
        const mark = term.q + 1;
        for (let p = start; p < end; p++) {
          const pd = postings[p] as number;
          const d = pd >> 1;
          if (sysFilter >= 0 && docSystem[d] !== sysFilter) continue;
          if (billableOnly && docBillable[d] !== 1) continue;
          const st = state[d] as number;
          if (st === 0) touched[nTouched++] = d;
          else if ((st & 255) === mark) continue;
          if ((pd & 1) === 0) {
            state[d] = ((st & ~255) | mark) + CORE_HIT;
            acc[d] = (acc[d] as number) + w;
          } else {
            state[d] = ((st & ~255) | mark) + HIT;
            acc[d] = (acc[d] as number) + 0.5 * w;
          }
        }
      }
    }
    if (deferred.length > 0) {
      const { termMark, fwd, fwdStart } = this;
      // too many docs reached to check each: only those whose partial score is in the top MAX_FORWARD_DOCS
      const cutoff = nTouched > MAX_FORWARD_DOCS ? this.topCutoff(nTouched, MAX_FORWARD_DOCS) : -1;
      for (let i = 0; i < deferred.length; i++) {
        const t = deferred[i] as { id: number };
        if (termMark[t.id] === 0) termMark[t.id] = i + 1;
      }
      for (let i = 0; i < nTouched; i++) {
        const d = touched[i] as number;
        if ((acc[d] as number) < cutoff) continue;
        const end = fwdStart[d + 1] as number;
        for (let k = fwdStart[d] as number; k < end; k++) {
          const tok = fwd[k] as number;
          const m = termMark[tok >> 1] as number;
          if (m === 0) continue;
          const term = deferred[m - 1] as Term;
          const mark = term.q + 1;
          const st = state[d] as number;
          if ((st & 255) === mark) continue;
          const w = (this.idf[term.id] as number) * term.weight;
          if ((tok & 1) === 0) {
            state[d] = ((st & ~255) | mark) + CORE_HIT;
            acc[d] = (acc[d] as number) + w;
          } else {
            state[d] = ((st & ~255) | mark) + HIT;
            acc[d] = (acc[d] as number) + 0.5 * w;
          }
        }
      }
      for (const t of deferred) termMark[t.id] = 0;
    }
    const nq = tokens.length;
    const { codeBest, codeBestDoc, touchedCodes, docCode } = this;
    let nCodes = 0;
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i] as number;
      const st = state[d] as number;
      const h = (st >> 8) & 255;
      const cov = h / nq;
      const docCov = ((st >> 16) & 255) / Math.max(1, this.docLen[d] as number);
      let s =
        (acc[d] as number) * (this.docNorm[d] as number) * (0.3 + 0.7 * cov * cov) * (0.7 + 0.3 * Math.min(1, docCov));
      // the whole entry matched by the whole query: an exact term
      if (h === nq && docCov >= 1) s *= 1.25;
      if (docBillable[d] === 1) s *= 1.15;
      const c = docCode[d] as number;
      if (codeBestDoc[c] === -1) {
        touchedCodes[nCodes++] = c;
        codeBest[c] = s;
        codeBestDoc[c] = d;
      } else if (s > (codeBest[c] as number)) {
        codeBest[c] = s;
        codeBestDoc[c] = d;
      }
      acc[d] = 0;
      state[d] = 0;
    }
    // the best codes, then word order: among near-equal candidates, the one whose wording keeps the query's
    // word pairs ("without foreign body … with damage", "category 5 … category 3") comes first
    const keep = Math.max(limit, RERANK);
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
    top.length = Math.min(top.length, limit);
    const out: SearchResult[] = [];
    for (const c of top)
      out.push(this.result(c, codeBest[c] as number, this.matchOf(codeBestDoc[c] as number, viaSee)));
    for (let i = 0; i < nCodes; i++) {
      const c = touchedCodes[i] as number;
      codeBestDoc[c] = -1;
      codeBest[c] = 0;
    }
    return out;
  }

  /** How many consecutive query word pairs (each word as any of its readings) appear side by side in a doc. */
  private pairsMatched(seq: readonly number[][], d: number): number {
    const toks = tokenize(this.docText[d] as string).map((t) => this.vocab.get(t) ?? -1);
    let n = 0;
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = seq[i] as number[];
      const b = seq[i + 1] as number[];
      for (let k = 0; k + 1 < toks.length; k++) {
        if (a.includes(toks[k] as number) && b.includes(toks[k + 1] as number)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** A score such that at most about `keep` of the touched docs have a partial score at or above it. */
  private topCutoff(nTouched: number, keep: number): number {
    const { acc, touched } = this;
    let max = 0;
    for (let i = 0; i < nTouched; i++) {
      const v = acc[touched[i] as number] as number;
      if (v > max) max = v;
    }
    if (max <= 0) return 0;
    const BINS = 256;
    const hist = new Int32Array(BINS);
    for (let i = 0; i < nTouched; i++) {
      const v = acc[touched[i] as number] as number;
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

  private matchOf(d: number, viaSee: string | undefined): SearchMatch {
    const field = this.docField[d] as number;
    const text = this.docText[d] as string;
    let m: SearchMatch;
    if (field === F_INDEX || field === F_TABLE) {
      const layer = this.indexLayers[this.docLayer[d] as number];
      const path: string[] = [];
      if (layer) {
        let r = this.docRow[d] as number;
        let guard = 0;
        while (r >= 0 && guard++ < 32) {
          const row = layer.terms[r];
          if (!row) break;
          path.unshift(row.n ? `${row.t} ${row.n}` : row.t);
          r = row.p;
        }
      }
      m = { kind: field === F_INDEX ? 'index' : 'table', text, path };
    } else if (field === F_INCLUSION) m = { kind: 'inclusionTerm', text };
    else if (this.codeSystem[this.docCode[d] as number] === 1) m = { kind: 'pcs', text };
    else m = { kind: 'title', text };
    if (viaSee) m.path = [`see ${viaSee}`, ...(m.path ?? [m.text])];
    return m;
  }
}

/** One search: code-shaped queries first, else words. Never throws on odd input. */
export function searchCodes(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResponse {
  const warnings: string[] = [];
  let q = typeof query === 'string' ? query : '';
  if (q.length > MAX_QUERY_CHARS) {
    q = q.slice(0, MAX_QUERY_CHARS);
    warnings.push(`The query was longer than ${MAX_QUERY_CHARS} characters and was truncated`);
  }
  const idx = index.forDate(options.date);
  for (const w of idx.warnings) warnings.push(w);
  const asked = Number.isFinite(options.limit) ? Math.floor(options.limit as number) : DEFAULT_LIMIT;
  const limit = Math.max(1, Math.min(MAX_LIMIT, asked));
  const trimmed = q.trim();
  let results: SearchResult[] = [];
  if (trimmed && /[A-Za-z0-9\u00C0-\u024F]/.test(trimmed)) {
    results = idx.codeSearch(trimmed, options, limit) ?? idx.wordSearch(trimmed, options, limit);
  }
  const response: SearchResponse = { query: q, results };
  if (warnings.length > 0) response.warnings = warnings;
  return response;
}
