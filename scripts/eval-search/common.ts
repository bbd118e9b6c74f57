// Shared by `npm run eval:search` and `npm run bench:search`: the catalog to measure on, the query sets
// (llmcoder-dev rows and the set derived from the ICD-10-CM Alphabetic Index), the deterministic hash that
// splits and samples them, and the two baselines (MiniSearch, SQLite FTS5) over the ICD-10-CM titles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { importCatalog } from '../../src/catalog/import/index.js';
import { Catalog, codeKey } from '../../src/catalog/index.js';
import type { IndexTermRow } from '../../src/catalog/model.js';
import { currentBuildDir } from '../../src/catalog/store.js';
import { loadConfig, projectRoot } from '../../src/config.js';
import { SearchIndex } from '../../src/search/index.js';

// ---- catalog ----

export interface LoadedCatalog {
  catalog: Catalog;
  dataDir: string;
  /** 'existing' when CODEDESK_DATA_DIR held a built catalog, else 'imported' (into a temp dir) */
  source: 'existing' | 'imported';
  importSeconds?: number;
  cleanup(): void;
}

/** Uses the catalog in CODEDESK_DATA_DIR when one is built there; otherwise imports the code sets into a temp dir. */
export async function loadCatalog(): Promise<LoadedCatalog> {
  const config = loadConfig();
  if (process.env.CODEDESK_DATA_DIR && currentBuildDir(config.dataDir)) {
    return { catalog: Catalog.open(config.dataDir), dataDir: config.dataDir, source: 'existing', cleanup() {} };
  }
  if (!config.codesetsDir) throw new Error('No catalog: set CODEDESK_DATA_DIR to a built catalog, or CODESETS_DIR');
  const dataDir = mkdtempSync(join(tmpdir(), 'codedesk-search-eval-'));
  process.stderr.write(`importing the code sets from ${config.codesetsDir} into ${dataDir} ...\n`);
  const t = performance.now();
  await importCatalog({
    from: config.codesetsDir,
    dataDir,
    derive: (staged) => {
      SearchIndex.writePrebuilt(staged);
    },
  });
  const importSeconds = (performance.now() - t) / 1000;
  return {
    catalog: Catalog.open(dataDir),
    dataDir,
    source: 'imported',
    importSeconds,
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The ICD-10-CM code list in force (newest release): key (no dot) → dotted code and billable flag. */
export interface CmCodes {
  release: string;
  byKey: Map<string, { code: string; title: string; billable: boolean }>;
}

export function cmCodesInForce(catalog: Catalog): CmCodes {
  const pick = catalog.pick('icd10cm', 'codes');
  if (!pick) throw new Error('The catalog has no ICD-10-CM code list');
  const layer = catalog.layer(pick.release, 'codes');
  const byKey = new Map<string, { code: string; title: string; billable: boolean }>();
  layer.codes.forEach((code, i) => {
    byKey.set(codeKey(code), { code, title: layer.titles[i] ?? '', billable: layer.billable[i] === '1' });
  });
  return { release: pick.release.id, byKey };
}

// ---- deterministic hashing ----

/** FNV-1a 32-bit: the split and the samples depend on the text only, never on order or a random seed. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A fixed sample: the n items with the smallest hash of their query text (ties broken by the text). */
export function sample<T extends { query: string }>(items: readonly T[], n: number): T[] {
  return [...items]
    .map((item) => ({ item, h: fnv1a(`sample|${item.query}`) }))
    .sort((a, b) => a.h - b.h || (a.item.query < b.item.query ? -1 : a.item.query > b.item.query ? 1 : 0))
    .slice(0, n)
    .map((x) => x.item);
}

// ---- query sets ----

export interface EvalQuery {
  query: string;
  /** gold codes without dots, upper case; a hit is any of them */
  gold: string[];
  kind: string;
  /** set when no gold code is in the ICD-10-CM release in force */
  notInRelease?: boolean;
}

export const LLMCODER_DIR = resolve(projectRoot, '../shared/eval/llmcoder-dev');
/**
 * The llmcoder-dev rows are split in two by a hash of the query text: the "inspected" half is the one whose
 * failures may be looked at while working on the engine (scripts/search-failures.ts shows only these); the
 * other half is only ever scored. Both are reported, so a gap between them would show tuning to the examples.
 */
export function llmcoderHalf(q: EvalQuery): 'inspected' | 'never-inspected' {
  return fnv1a(`dev|${q.query}`) % 2 === 0 ? 'inspected' : 'never-inspected';
}

/** file name fragment → variant kind */
export const LLMCODER_KINDS: Record<string, string> = {
  typo: 'typo',
  abb: 'abbreviation',
  reorder: 'reorder',
  sentence: 'sentence',
};

export function loadLlmcoder(cm: CmCodes, dir = LLMCODER_DIR): EvalQuery[] {
  if (!existsSync(dir)) throw new Error(`llmcoder-dev not found at ${dir}`);
  const out: EvalQuery[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.tsv')) continue;
    const kind = Object.entries(LLMCODER_KINDS).find(([frag]) => file.includes(`_${frag}_`))?.[1];
    if (!kind) continue;
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    for (const line of lines.slice(1)) {
      if (!line.trim()) continue;
      const tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      const query = line.slice(0, tab).trim();
      const gold = codeKey(line.slice(tab + 1).trim());
      out.push({ query, gold: [gold], kind, ...(cm.byKey.has(gold) ? {} : { notInRelease: true }) });
    }
  }
  return out;
}

/** Drops the parenthesised nonessential modifiers a term title may still carry, and tidies spaces. */
function essential(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface IndexDerived {
  release: string;
  tune: EvalQuery[];
  heldOut: EvalQuery[];
  /** term rows with a code skipped because the code is partial, not billable or not in force */
  skipped: number;
}

/**
 * Term path → code from the ICD-10-CM Alphabetic Index (cm-index): main term + subterms joined with spaces,
 * nonessential modifiers dropped; only rows whose code is complete and billable in the release in force.
 * Split by a hash of the path: 20% tuning, 80% held out (never tuned on). A path text that occurs twice
 * with different codes keeps every code as gold.
 */
export function indexDerived(catalog: Catalog, cm: CmCodes): IndexDerived {
  const pick = catalog.pick('icd10cm', 'cm-index');
  if (!pick) throw new Error('The catalog has no ICD-10-CM Alphabetic Index (cm-index)');
  const layer = catalog.layer(pick.release, 'cm-index');
  const terms = layer.terms;
  const text = terms.map((t) => essential(t.t));
  const pathText = (row: number): string => {
    const parts: string[] = [];
    for (let r = row; r >= 0; r = (terms[r] as IndexTermRow).p) parts.unshift(text[r] as string);
    return parts.filter(Boolean).join(' ');
  };
  const byQuery = new Map<string, Set<string>>();
  let skipped = 0;
  terms.forEach((row, i) => {
    const refs = [row.c, ...(row.cs ?? [])].filter((c): c is string => Boolean(c));
    if (refs.length === 0) return;
    const gold = refs
      .filter((c) => !c.endsWith('-'))
      .map((c) => codeKey(c))
      .filter((k) => cm.byKey.get(k)?.billable === true);
    if (gold.length === 0) {
      skipped++;
      return;
    }
    const query = pathText(i);
    if (!query) return;
    let set = byQuery.get(query);
    if (!set) {
      set = new Set();
      byQuery.set(query, set);
    }
    for (const g of gold) set.add(g);
  });
  const tune: EvalQuery[] = [];
  const heldOut: EvalQuery[] = [];
  for (const [query, gold] of [...byQuery].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const isTune = fnv1a(`split|${query.toLowerCase()}`) % 100 < 20;
    (isTune ? tune : heldOut).push({ query, gold: [...gold], kind: isTune ? 'index-tune' : 'index-heldout' });
  }
  return { release: pick.release.id, tune, heldOut, skipped };
}

// ---- baselines: MiniSearch and SQLite FTS5 over a corpus of code titles ----

/**
 * One document of a baseline corpus. `key` is what a search returns: the code without its dot for the
 * ICD-10-CM corpus (`corpus`), "system:code" for the all-systems corpus of the short queries
 * (`allSystemsCorpus` in short-queries.ts).
 */
export interface CorpusDoc {
  id: number;
  key: string;
  title: string;
}

export interface Baseline {
  name: string;
  buildMs: number;
  /** the corpus keys of the hits, best first */
  search(query: string, limit: number): string[];
  close(): void;
}

/** The ICD-10-CM titles of the billable codes in force; keys are codes without their dot. */
export function corpus(cm: CmCodes): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const [key, v] of cm.byKey) if (v.billable) docs.push({ id: docs.length, key, title: v.title });
  return docs;
}

/** MiniSearch over any corpus: field title, fuzzy 0.2, prefix, OR. */
export function miniSearchBaseline(docs: readonly CorpusDoc[]): Baseline {
  const t = performance.now();
  const ms = new MiniSearch<CorpusDoc>({
    fields: ['title'],
    storeFields: ['key'],
    searchOptions: { fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  ms.addAll(docs);
  const buildMs = performance.now() - t;
  return {
    name: 'minisearch',
    buildMs,
    search: (query, limit) =>
      ms
        .search(query)
        .slice(0, limit)
        .map((r) => r.key as string),
    close() {},
  };
}

/** SQLite FTS5 over any corpus: porter tokenizer, every query word quoted and OR-combined, BM25 order. */
export function fts5Baseline(docs: readonly CorpusDoc[]): Baseline {
  const t = performance.now();
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE titles USING fts5(key UNINDEXED, title, tokenize='porter')");
  const insert = db.prepare('INSERT INTO titles (key, title) VALUES (?, ?)');
  db.transaction(() => {
    for (const d of docs) insert.run(d.key, d.title);
  })();
  const stmt = db.prepare('SELECT key FROM titles WHERE titles MATCH ? ORDER BY bm25(titles) LIMIT ?');
  const buildMs = performance.now() - t;
  return {
    name: 'fts5',
    buildMs,
    search(query, limit) {
      // every word as a quoted token, OR-combined (as MiniSearch does); BM25 ranks
      const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) return [];
      const match = [...new Set(words)].map((w) => `"${w}"`).join(' OR ');
      return (stmt.all(match, limit) as { key: string }[]).map((r) => r.key);
    },
    close: () => db.close(),
  };
}

// ---- scoring ----

export interface HitRates {
  queries: number;
  top1: number;
  top5: number;
  top10: number;
  /** rows whose gold code is not in the release in force: counted here, not as misses */
  notInRelease: number;
  ms: number;
}

/** Ranks of the gold code (1-based, 0 for not in the top 10) → hit rates. */
export function score(items: readonly EvalQuery[], ranked: (q: EvalQuery) => string[]): HitRates {
  let n = 0;
  let h1 = 0;
  let h5 = 0;
  let h10 = 0;
  let notInRelease = 0;
  const t = performance.now();
  for (const q of items) {
    if (q.notInRelease) {
      notInRelease++;
      continue;
    }
    const codes = ranked(q);
    n++;
    const rank = codes.findIndex((c) => q.gold.includes(c)) + 1;
    if (rank === 1) h1++;
    if (rank >= 1 && rank <= 5) h5++;
    if (rank >= 1 && rank <= 10) h10++;
  }
  const ms = performance.now() - t;
  const rate = (x: number): number => (n === 0 ? 0 : x / n);
  return { queries: n, top1: rate(h1), top5: rate(h5), top10: rate(h10), notInRelease, ms };
}

// ---- latency ----

export interface Latency {
  queries: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  /** the five slowest queries with their times, to see what the tail is made of */
  slowest: { query: string; ms: number }[];
}

export function latency(queries: readonly string[], run: (q: string) => unknown, warmup = 20): Latency {
  for (const q of queries.slice(0, warmup)) run(q);
  const times: number[] = [];
  const timed: { query: string; ms: number }[] = [];
  for (const q of queries) {
    const t = performance.now();
    run(q);
    const ms = performance.now() - t;
    times.push(ms);
    timed.push({ query: q.slice(0, 120), ms });
  }
  times.sort((a, b) => a - b);
  timed.sort((a, b) => b.ms - a.ms);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return {
    queries: times.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    meanMs: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    maxMs: times[times.length - 1] ?? 0,
    slowest: timed.slice(0, 5),
  };
}

export const pct = (x: number): string => x.toFixed(3);

/** The machine's load averages (1, 5, 15 minutes), stored with the results: others may be using the cores. */
export function loadAverage(): { '1m': number; '5m': number; '15m': number } {
  const [a = 0, b = 0, c = 0] = loadavg();
  const r = (x: number): number => Math.round(x * 100) / 100;
  return { '1m': r(a), '5m': r(b), '15m': r(c) };
}

/** A target with its measured figure: `pass` when measured op threshold. */
export interface Target {
  target: string;
  measured: number;
  op: '>=' | '<=';
  threshold: number;
  pass: boolean;
  note?: string;
}

export function target(name: string, measured: number, op: '>=' | '<=', threshold: number, note?: string): Target {
  // a hair of tolerance so that a rate printed as the bar (e.g. 0.9 of 170 queries) passes
  const pass = op === '>=' ? measured >= threshold - 1e-9 : measured <= threshold + 1e-9;
  return { target: name, measured, op, threshold, pass, ...(note ? { note } : {}) };
}

/** Targets as a table: target, measured, bar, pass/FAIL. */
export function targetTable(targets: readonly Target[], digits = 3): string {
  return table(
    ['target', 'measured', 'bar', ''],
    targets.map((t) => [
      t.target,
      t.measured.toFixed(digits),
      `${t.op === '>=' ? '≥' : '≤'} ${t.threshold.toFixed(digits)}`,
      t.pass ? 'pass' : 'FAIL',
    ]),
  );
}

/** Prints rows as an aligned text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Writes results JSON under bench/ and formats it with the project's Biome, so `biome check .` stays clean. */
export function writeResults(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  const biome = resolve(projectRoot, 'node_modules/.bin/biome');
  if (existsSync(biome)) spawnSync(biome, ['format', '--write', file], { cwd: projectRoot, stdio: 'ignore' });
}
