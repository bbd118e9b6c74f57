// The Case2Code search engine: an in-memory inverted index over every code system of the catalog
// (titles, inclusion terms, Alphabetic Index paths, index tables), built once, queried in well under a
// millisecond. Pure: no I/O beyond the catalog's own lazy layer reads at build time.
import type { Catalog, CodeIndex } from '../catalog/index.js';
import type { IndexLayer, LayerKind, ReleaseInfo } from '../catalog/model.js';
import { ABBREVIATION_MAP } from './abbreviations.js';
import { editDistance, tokenize, tokenizeQuery } from './text.js';

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
const MAX_FORWARD_DOCS = 40_000;
const DEFAULT_LIMIT = 10;
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
  private readonly deletions: Map<string, number[]>;
  private readonly seeRefs: Map<string, string>;
  private readonly byDate = new Map<string, SearchIndex>();
  // per-query scratch, reused
  private readonly acc: Float32Array;
  private readonly hits: Uint8Array;
  private readonly coreHits: Uint8Array;
  private readonly lastQ: Uint8Array;
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
        if (short && short !== title) b.addDoc(base + i, F_SHORT, short, tokenize(short));
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
    // typo candidates: deletion neighbourhood (distance 1) of every word token of 4+ letters
    this.deletions = new Map();
    for (let t = 0; t < nTok; t++) {
      const w = this.vocabList[t] as string;
      if (w.length < 4 || /[0-9]/.test(w)) continue;
      for (let i = 0; i < w.length; i++) {
        const del = w.slice(0, i) + w.slice(i + 1);
        const list = this.deletions.get(del);
        if (list) {
          if (list[list.length - 1] !== t) list.push(t);
        } else this.deletions.set(del, [t]);
      }
    }
    this.acc = new Float32Array(nDocs);
    this.hits = new Uint8Array(nDocs);
    this.coreHits = new Uint8Array(nDocs);
    this.lastQ = new Uint8Array(nDocs);
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

  private corrections(token: string): { id: number; weight: number }[] {
    if (token.length < 4 || token.length > 30 || /[0-9]/.test(token)) return [];
    const max = token.length >= 8 ? 2 : 1;
    const cands = new Set<number>();
    const add = (key: string): void => {
      const v = this.vocab.get(key);
      if (v !== undefined) cands.add(v);
      const list = this.deletions.get(key);
      if (list) for (const t of list) cands.add(t);
    };
    add(token);
    for (let i = 0; i < token.length; i++) add(token.slice(0, i) + token.slice(i + 1));
    const scored: { id: number; weight: number; df: number }[] = [];
    for (const id of cands) {
      const d = editDistance(token, this.vocabList[id] as string, max);
      if (d > max) continue;
      const df = (this.postStart[id + 1] as number) - (this.postStart[id] as number);
      scored.push({ id, weight: d === 1 ? 0.75 : 0.55, df });
    }
    scored.sort((a, b) => b.weight - a.weight || b.df - a.df);
    return scored.slice(0, 3);
  }

  /** Word queries over titles, inclusion terms, index paths and tables. */
  wordSearch(q: string, options: SearchOptions, limit: number): SearchResult[] {
    const parsed = tokenizeQuery(q, ABBREVIATION_MAP);
    let tokens = [...new Set(parsed.tokens)].slice(0, MAX_QUERY_TOKENS);
    let viaSee: string | undefined;
    if (tokens.length > 0 && tokens.length <= 6) {
      const see = this.seeRefs.get([...tokens].sort().join(' '));
      if (see) {
        viaSee = see;
        tokens = [...new Set(tokenize(see))].slice(0, MAX_QUERY_TOKENS);
      }
    }
    if (tokens.length === 0) return [];
    // resolve each query token to vocabulary entries (exact, else typo corrections)
    const terms: { q: number; id: number; weight: number }[] = [];
    tokens.forEach((t, qi) => {
      const id = this.vocab.get(t);
      if (id !== undefined) terms.push({ q: qi, id, weight: 1 });
      else for (const c of this.corrections(t)) terms.push({ q: qi, id: c.id, weight: c.weight });
    });
    // rarest first, so the cap on postings drops the least informative tokens
    terms.sort(
      (a, b) =>
        (this.postStart[a.id + 1] as number) -
        (this.postStart[a.id] as number) -
        ((this.postStart[b.id + 1] as number) - (this.postStart[b.id] as number)),
    );
    const sysFilter = options.system ? SYSTEMS.indexOf(options.system) : -1;
    const billableOnly = options.billable === true;
    const { acc, hits, coreHits, lastQ, touched, docNorm, postings, docSystem, docBillable } = this;
    let nTouched = 0;
    let visited = 0;
    // Common tokens (e.g. "with", "right", "encounter") have long postings: when the query also has rarer
    // tokens, the common ones are checked only on the docs the rare ones reached, through the forward index.
    const commonDf = Math.max(2000, Math.floor(this.docCode.length / 250));
    const df = (id: number): number => (this.postStart[id + 1] as number) - (this.postStart[id] as number);
    // the seeds: every rare term, and at least the two rarest when the query has more than two terms
    let seeds = 0;
    while (seeds < terms.length && df((terms[seeds] as { id: number }).id) <= commonDf) seeds++;
    if (terms.length > 2) seeds = Math.max(seeds, 2);
    else seeds = terms.length;
    const deferred: { q: number; id: number; weight: number }[] = [];
    for (let ti = 0; ti < terms.length; ti++) {
      const term = terms[ti] as { q: number; id: number; weight: number };
      const start = this.postStart[term.id] as number;
      const end = this.postStart[term.id + 1] as number;
      if (ti >= seeds) {
        deferred.push(term);
        continue;
      }
      if (visited + (end - start) > MAX_POSTINGS) continue;
      visited += end - start;
      const w = (this.idf[term.id] as number) * term.weight;
      const mark = term.q + 1;
      for (let p = start; p < end; p++) {
        const pd = postings[p] as number;
        const d = pd >> 1;
        if (sysFilter >= 0 && docSystem[d] !== sysFilter) continue;
        if (billableOnly && docBillable[d] !== 1) continue;
        if (hits[d] === 0) touched[nTouched++] = d;
        else if (lastQ[d] === mark) continue;
        lastQ[d] = mark;
        hits[d] = (hits[d] as number) + 1;
        if ((pd & 1) === 0) {
          coreHits[d] = (coreHits[d] as number) + 1;
          acc[d] = (acc[d] as number) + w * (docNorm[d] as number);
        } else acc[d] = (acc[d] as number) + 0.5 * w * (docNorm[d] as number);
      }
    }
    if (deferred.length > 0 && nTouched <= MAX_FORWARD_DOCS) {
      const { termMark, fwd, fwdStart } = this;
      for (let i = 0; i < deferred.length; i++) {
        const t = deferred[i] as { id: number };
        if (termMark[t.id] === 0) termMark[t.id] = i + 1;
      }
      for (let i = 0; i < nTouched; i++) {
        const d = touched[i] as number;
        const end = fwdStart[d + 1] as number;
        for (let k = fwdStart[d] as number; k < end; k++) {
          const tok = fwd[k] as number;
          const m = termMark[tok >> 1] as number;
          if (m === 0) continue;
          const term = deferred[m - 1] as { q: number; id: number; weight: number };
          const mark = term.q + 1;
          if (lastQ[d] === mark) continue;
          lastQ[d] = mark;
          hits[d] = (hits[d] as number) + 1;
          const w = (this.idf[term.id] as number) * term.weight * (docNorm[d] as number);
          if ((tok & 1) === 0) {
            coreHits[d] = (coreHits[d] as number) + 1;
            acc[d] = (acc[d] as number) + w;
          } else acc[d] = (acc[d] as number) + 0.5 * w;
        }
      }
      for (const t of deferred) termMark[t.id] = 0;
    }
    const nq = tokens.length;
    const { codeBest, codeBestDoc, touchedCodes, docCode } = this;
    let nCodes = 0;
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i] as number;
      const h = hits[d] as number;
      const cov = h / nq;
      const docCov = (coreHits[d] as number) / Math.max(1, this.docLen[d] as number);
      let s = (acc[d] as number) * (0.3 + 0.7 * cov * cov) * (0.7 + 0.3 * Math.min(1, docCov));
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
      hits[d] = 0;
      coreHits[d] = 0;
      lastQ[d] = 0;
    }
    // top `limit` codes
    const top: number[] = [];
    for (let i = 0; i < nCodes; i++) {
      const c = touchedCodes[i] as number;
      const s = codeBest[c] as number;
      if (top.length === limit && s <= (codeBest[top[limit - 1] as number] as number)) continue;
      let j = top.length;
      if (j === limit) {
        top.pop();
        j--;
      }
      while (j > 0 && (codeBest[top[j - 1] as number] as number) < s) j--;
      top.splice(j, 0, c);
    }
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
