// npm run eval:search — top-1/5/10 hit rate of the Case2Code search engine on the llmcoder-dev rows (all of
// them, per variant kind) and on the term-path → code set derived from the ICD-10-CM Alphabetic Index (tuning
// 20% and held-out 80%, reported apart), beside MiniSearch and SQLite FTS5 over the ICD-10-CM titles on a
// fixed 100-per-kind sample; and top-1/top-5/best@1 on the short search-box queries (per part, per kind, per
// kind within each part) beside MiniSearch and FTS5 over the titles of every code in force of ICD-10-CM,
// ICD-10-PCS and HCPCS. Prints tables and the targets with pass/FAIL, and writes
// bench/results/search-eval-latest.json (`--only short`: bench/results/search-eval-short-latest.json).
// See docs/search.md.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Catalog } from '../src/catalog/index.js';
import { codeKey } from '../src/catalog/index.js';
import { projectRoot } from '../src/config.js';
import { SearchIndex, searchCodes } from '../src/search/index.js';
import {
  type Baseline,
  cmCodesInForce,
  corpus,
  type EvalQuery,
  fts5Baseline,
  type HitRates,
  indexDerived,
  LLMCODER_KINDS,
  llmcoderHalf,
  loadAverage,
  loadCatalog,
  loadLlmcoder,
  miniSearchBaseline,
  pct,
  sample,
  score,
  type Target,
  table,
  target,
  targetTable,
  writeResults,
} from './eval-search/common.js';
import {
  allSystemsCorpus,
  baselineRanked,
  breakdown,
  loadShortQueries,
  SHORT_QUERIES_FILE,
  SHORT_SPLIT_RULE,
  type ShortRates,
  scoreShort,
  shortCounts,
  splitKey,
} from './eval-search/short-queries.js';

// Options: --sample N (baseline sample per set, default 100), --no-baselines, --index-sample N (score ours on a
// fixed sample of N per index-derived part instead of all of it; default all), --only short (the short
// search-box queries alone, in seconds), --before FILE (an earlier search-eval JSON: the llmcoder-dev top-1 per
// kind must stay within 0.005 of it). SHORT_QUERIES=<file> scores another file of the short-queries format.
const args = process.argv.slice(2);
const numArg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const strArg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) usage(`${name} needs a value`);
  return v;
};
function usage(problem: string): never {
  process.stderr.write(
    `eval:search: ${problem}\noptions: [--only short] [--no-baselines] [--before FILE] [--sample N] [--index-sample N]\n`,
  );
  process.exit(2);
}
const SAMPLE_PER_KIND = numArg('--sample', 100);
const INDEX_SAMPLE = numArg('--index-sample', 0);
const WITH_BASELINES = !args.includes('--no-baselines');
const ONLY = strArg('--only');
if (ONLY !== undefined && ONLY !== 'short') usage(`--only takes "short" (got "${ONLY}")`);
const BEFORE_FILE = strArg('--before');

// ---- targets ----

/** Short search-box queries, on the whole development set (both parts), our engine. */
const SHORT_TARGETS = { top1: 0.9, top5: 0.98, kindTop1: 0.8 };
/** llmcoder-dev: top-1 of every kind no more than this below the "before" file's; sentence top-10 at least. */
const LLMCODER_TARGETS = { top1Drop: 0.005, sentenceTop10: 0.99 };

interface BeforeFile {
  ours?: { options?: Record<string, unknown>; all?: Record<string, Partial<HitRates>> };
  datasets?: { llmcoderDev?: { rows?: number } };
  date?: string;
}

function readBefore(file: string): BeforeFile {
  const path = resolve(file);
  if (!existsSync(path)) usage(`--before: ${path} not found`);
  return JSON.parse(readFileSync(path, 'utf8')) as BeforeFile;
}

function llmcoderTargets(full: Record<string, HitRates>, before: BeforeFile | undefined): Target[] {
  const out: Target[] = [];
  if (before) {
    for (const kind of Object.values(LLMCODER_KINDS)) {
      const was = before.ours?.all?.[kind]?.top1;
      const now = full[kind]?.top1;
      if (typeof was !== 'number' || typeof now !== 'number') continue;
      out.push(
        target(
          `llmcoder-dev ${kind} top-1, before ${pct(was)} (at most ${LLMCODER_TARGETS.top1Drop} below)`,
          now,
          '>=',
          was - LLMCODER_TARGETS.top1Drop,
          `before ${was}`,
        ),
      );
    }
  }
  const sentence = full.sentence;
  if (sentence) out.push(target('llmcoder-dev sentence top-10', sentence.top10, '>=', LLMCODER_TARGETS.sentenceTop10));
  return out;
}

function shortTargets(rates: Record<string, ShortRates>): Target[] {
  const all = rates.all;
  if (!all) return [];
  const out = [
    target('short, all queries: top-1', all.top1, '>=', SHORT_TARGETS.top1),
    target('short, all queries: top-5', all.top5, '>=', SHORT_TARGETS.top5),
  ];
  for (const [k, r] of Object.entries(rates)) {
    if (k.startsWith('kind:')) out.push(target(`short, ${k.slice(5)}: top-1`, r.top1, '>=', SHORT_TARGETS.kindTop1));
  }
  return out;
}

// ---- the short search-box queries ----

function runShort(catalog: Catalog, index: SearchIndex) {
  const file = resolve(process.env.SHORT_QUERIES || SHORT_QUERIES_FILE);
  const rows = loadShortQueries(file);
  const options = { limit: 10 };
  const ours = scoreShort(rows, (q) => searchCodes(index, q, options).results);
  const rates: Record<string, Record<string, ShortRates>> = { ours: breakdown(ours.outcomes) };
  const msPerQuery: Record<string, number> = { ours: ours.rates.ms / Math.max(1, rows.length) };
  const baselineBuild: Record<string, number> = {};
  let documents: Record<string, number> = {};
  if (WITH_BASELINES) {
    const docs = allSystemsCorpus(catalog);
    documents = { all: docs.length };
    for (const d of docs) {
      const system = splitKey(d.key).system;
      documents[system] = (documents[system] ?? 0) + 1;
    }
    // one at a time: each holds its own copy of the ~160,000 titles
    for (const make of [miniSearchBaseline, fts5Baseline]) {
      const b: Baseline = make(docs);
      const scored = scoreShort(rows, baselineRanked(b));
      rates[b.name] = breakdown(scored.outcomes);
      msPerQuery[b.name] = scored.rates.ms / Math.max(1, rows.length);
      baselineBuild[b.name] = b.buildMs;
      b.close();
    }
  }
  const targets = shortTargets(rates.ours as Record<string, ShortRates>);
  return {
    dataset: { path: file, ...shortCounts(rows) },
    split: SHORT_SPLIT_RULE,
    scoring:
      'every query as typed, no system filter, top 10; a result hits when its system is the entry’s and its code, without dots and case, starts with the entry; top-1 / top-5 over all queries, best@1 over the queries that name a best code',
    options: { ours: options, baselines: { limit: 10 } },
    rates,
    msPerQuery,
    baselines: WITH_BASELINES
      ? {
          corpus: {
            what: 'titles of every code in force (newest release) of ICD-10-CM, ICD-10-PCS and HCPCS, keys "system:code"',
            documents,
          },
          buildMs: baselineBuild,
          settings: {
            minisearch: 'fields [title], fuzzy 0.2, prefix true, combineWith OR',
            fts5: "fts5(title, tokenize='porter'), every query word quoted and OR-combined, ORDER BY bm25 LIMIT 10",
          },
        }
      : 'not run (--no-baselines)',
    targets: {
      what: `our engine on the whole file (both parts): top-1 ≥ ${SHORT_TARGETS.top1} and top-5 ≥ ${SHORT_TARGETS.top5} overall, top-1 ≥ ${SHORT_TARGETS.kindTop1} for every kind`,
      list: targets,
      pass: targets.every((t) => t.pass),
    },
  };
}

function printShort(short: ReturnType<typeof runShort>): void {
  const engines = Object.keys(short.rates);
  const ours = short.rates.ours as Record<string, ShortRates>;
  const rows = Object.entries(ours).map(([k, o]) => [
    k,
    String(o.queries),
    String(o.withBest),
    ...engines.flatMap((e) => {
      const r = short.rates[e]?.[k];
      return r ? [pct(r.top1), pct(r.top5), r.withBest > 0 ? pct(r.bestAt1) : '-'] : ['', '', ''];
    }),
  ]);
  const header = ['set', 'queries', 'with best', ...engines.flatMap((e) => [`${e} top-1`, 'top-5', 'best@1'])];
  process.stdout.write(
    `\nShort search-box queries (${short.dataset.path}; ${short.dataset.parts.tune} tune, ${short.dataset.parts.measure} measure): ours { limit: 10 }, no system filter${
      engines.length > 1 ? '; baselines over the ICD-10-CM, ICD-10-PCS and HCPCS titles' : ''
    }\n`,
  );
  process.stdout.write(`${table(header, rows)}\n`);
  process.stdout.write(`ms/query: ${engines.map((e) => `${e} ${(short.msPerQuery[e] ?? 0).toFixed(2)}`).join(', ')}\n`);
}

// ---- the run ----

const before = BEFORE_FILE && ONLY !== 'short' ? readBefore(BEFORE_FILE) : undefined;
const loadAtStart = loadAverage();
const started = performance.now();
const loaded = await loadCatalog();
try {
  const { catalog } = loaded;
  let t = performance.now();
  const index = SearchIndex.open(catalog);
  const buildMs = performance.now() - t;
  const machine = (): Record<string, unknown> => ({
    cpus: cpus().length,
    node: process.version,
    loadavg: { start: loadAtStart, end: loadAverage() },
  });

  if (ONLY === 'short') {
    const short = runShort(catalog, index);
    printShort(short);
    process.stdout.write(`\nTargets\n${targetTable(short.targets.list)}\n`);
    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      catalog: { source: loaded.source, importSeconds: loaded.importSeconds },
      index: { buildMs },
      options: { only: 'short', baselines: WITH_BASELINES },
      short,
      totalSeconds: (performance.now() - started) / 1000,
    };
    const out = resolve(projectRoot, 'bench/results/search-eval-short-latest.json');
    writeResults(out, results);
    process.stdout.write(`\n${results.totalSeconds.toFixed(1)} s in all; wrote ${out}\n`);
  } else {
    const cm = cmCodesInForce(catalog);
    const llm = loadLlmcoder(cm);
    const idx = indexDerived(catalog, cm);

    const ours = (q: EvalQuery): string[] =>
      searchCodes(index, q.query, { system: 'icd10cm', limit: 10 }).results.map((r) => codeKey(r.code));

    const kinds = [...Object.values(LLMCODER_KINDS)];
    const sets: Record<string, EvalQuery[]> = {};
    for (const k of kinds) sets[k] = llm.filter((q) => q.kind === k);
    for (const k of kinds) {
      for (const half of ['inspected', 'never-inspected'] as const)
        sets[`${k}/${half}`] = llm.filter((q) => q.kind === k && llmcoderHalf(q) === half);
    }
    sets['index-tune'] = INDEX_SAMPLE > 0 ? sample(idx.tune, INDEX_SAMPLE) : idx.tune;
    sets['index-heldout'] = INDEX_SAMPLE > 0 ? sample(idx.heldOut, INDEX_SAMPLE) : idx.heldOut;

    // ours on every row
    const full: Record<string, HitRates> = {};
    t = performance.now();
    for (const [k, items] of Object.entries(sets)) full[k] = score(items, ours);
    const oursAllMs = performance.now() - t;

    // the fixed sample, scored for ours and both baselines (rows not in the release are left out of the sample)
    const samples: Record<string, EvalQuery[]> = {};
    for (const [k, items] of Object.entries(sets)) {
      if (k.includes('/')) continue;
      samples[k] = sample(
        items.filter((q) => !q.notInRelease),
        SAMPLE_PER_KIND,
      );
    }
    const docs = corpus(cm);
    const baselines: Baseline[] = WITH_BASELINES ? [miniSearchBaseline(docs), fts5Baseline(docs)] : [];
    const onSample: Record<string, Record<string, HitRates>> = { ours: {} };
    for (const [k, items] of Object.entries(samples))
      (onSample.ours as Record<string, HitRates>)[k] = score(items, ours);
    for (const b of baselines) {
      const rates: Record<string, HitRates> = {};
      for (const [k, items] of Object.entries(samples)) rates[k] = score(items, (q) => b.search(q.query, 10));
      onSample[b.name] = rates;
      b.close();
    }
    const baselineBuild = Object.fromEntries(baselines.map((b) => [b.name, { buildMs: b.buildMs }]));
    baselines.length = 0; // lets the ICD-10-CM baselines go before the short queries' ones are built

    const short = runShort(catalog, index);
    const llmTargets = llmcoderTargets(full, before);
    const warnings: string[] = [];
    if (before) {
      const o = before.ours?.options;
      if (o && (o.system !== 'icd10cm' || o.limit !== 10))
        warnings.push(`--before was run with other options (${JSON.stringify(o)}): its figures may not compare`);
      const rows = before.datasets?.llmcoderDev?.rows;
      if (typeof rows === 'number' && rows !== llm.length)
        warnings.push(`--before scored ${rows} llmcoder-dev rows, this run ${llm.length}`);
    }

    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      catalog: { source: loaded.source, importSeconds: loaded.importSeconds, icd10cmCodesRelease: cm.release },
      index: { buildMs },
      datasets: {
        llmcoderDev: { rows: llm.length, notInRelease: llm.filter((q) => q.notInRelease).length },
        alphabeticIndex: {
          release: idx.release,
          tune: idx.tune.length,
          heldOut: idx.heldOut.length,
          skippedRows: idx.skipped,
          rule: 'term path (main term + subterms, nonessential modifiers dropped) → complete billable code in force; fnv1a("split|" + lower-cased path) % 100 < 20 → tune, else held out',
        },
        baselineCorpus: { documents: docs.length, what: 'ICD-10-CM titles of the billable codes in force' },
        samplePerKind: SAMPLE_PER_KIND,
        indexSample: INDEX_SAMPLE > 0 ? INDEX_SAMPLE : 'all',
      },
      ours: { options: { system: 'icd10cm', limit: 10 }, all: full, allMs: oursAllMs },
      sample: onSample,
      baselines: baselineBuild,
      baselineSettings: {
        minisearch: 'fields [title], fuzzy 0.2, prefix true, combineWith OR',
        fts5: "fts5(title, tokenize='porter'), every query word quoted and OR-combined, ORDER BY bm25 LIMIT 10",
      },
      llmcoderTargets: {
        before: BEFORE_FILE ? { file: resolve(BEFORE_FILE), date: before?.date } : null,
        what: `top-1 of every kind (${kinds.join(', ')}) at most ${LLMCODER_TARGETS.top1Drop} below the before file's (only with --before); sentence top-10 ≥ ${LLMCODER_TARGETS.sentenceTop10}`,
        list: llmTargets,
        pass: llmTargets.every((x) => x.pass),
        ...(warnings.length > 0 ? { warnings } : {}),
      },
      short,
      totalSeconds: (performance.now() - started) / 1000,
    };

    const rowsAll = Object.entries(full).map(([k, r]) => [
      k,
      String(r.queries),
      String(r.notInRelease),
      pct(r.top1),
      pct(r.top5),
      pct(r.top10),
      (r.ms / Math.max(1, r.queries)).toFixed(2),
    ]);
    process.stdout.write(`\nOurs, all rows (index built in ${buildMs.toFixed(0)} ms)\n`);
    process.stdout.write(
      `${table(['set', 'queries', 'not in release', 'top-1', 'top-5', 'top-10', 'ms/query'], rowsAll)}\n`,
    );
    const rowsSample: string[][] = [];
    for (const k of Object.keys(samples)) {
      for (const [engine, rates] of Object.entries(onSample)) {
        const r = rates[k] as HitRates;
        rowsSample.push([
          k,
          engine,
          String(r.queries),
          pct(r.top1),
          pct(r.top5),
          pct(r.top10),
          (r.ms / Math.max(1, r.queries)).toFixed(2),
        ]);
      }
    }
    process.stdout.write(`\nFixed sample (${SAMPLE_PER_KIND} per set): ours vs baselines\n`);
    process.stdout.write(
      `${table(['set', 'engine', 'queries', 'top-1', 'top-5', 'top-10', 'ms/query'], rowsSample)}\n`,
    );
    printShort(short);
    process.stdout.write(
      `\nTargets${BEFORE_FILE ? ` (before: ${resolve(BEFORE_FILE)})` : ' (no --before: the llmcoder-dev per-kind top-1 comparison is not made)'}\n`,
    );
    process.stdout.write(`${targetTable([...llmTargets, ...short.targets.list])}\n`);
    for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
    const out = resolve(projectRoot, 'bench/results/search-eval-latest.json');
    writeResults(out, results);
    process.stdout.write(`\n${results.totalSeconds.toFixed(1)} s in all; wrote ${out}\n`);
  }
} finally {
  loaded.cleanup();
}
