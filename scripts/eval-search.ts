// npm run eval:search — top-1/5/10 hit rate of the Case2Code search engine on the llmcoder-dev rows (all of
// them, per variant kind) and on the term-path → code set derived from the ICD-10-CM Alphabetic Index (tuning
// 20% and held-out 80%, reported apart), beside MiniSearch and SQLite FTS5 over the ICD-10-CM titles on a
// fixed 100-per-kind sample. Prints a table and writes bench/results/search-eval-latest.json. See docs/search.md.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
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
  loadCatalog,
  loadLlmcoder,
  miniSearchBaseline,
  pct,
  sample,
  score,
  table,
  writeResults,
} from './eval-search/common.js';

// Options: --sample N (baseline sample per set, default 100), --no-baselines, --index-sample N (score ours on a
// fixed sample of N per index-derived part instead of all of it; default all).
const args = process.argv.slice(2);
const numArg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const SAMPLE_PER_KIND = numArg('--sample', 100);
const INDEX_SAMPLE = numArg('--index-sample', 0);
const WITH_BASELINES = !args.includes('--no-baselines');
const started = performance.now();
const loaded = await loadCatalog();
try {
  const { catalog } = loaded;
  const cm = cmCodesInForce(catalog);
  const llm = loadLlmcoder(cm);
  const idx = indexDerived(catalog, cm);

  let t = performance.now();
  const index = SearchIndex.open(catalog);
  const buildMs = performance.now() - t;
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
  for (const [k, items] of Object.entries(samples)) (onSample.ours as Record<string, HitRates>)[k] = score(items, ours);
  for (const b of baselines) {
    const rates: Record<string, HitRates> = {};
    for (const [k, items] of Object.entries(samples)) rates[k] = score(items, (q) => b.search(q.query, 10));
    onSample[b.name] = rates;
    b.close();
  }

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
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
    baselines: Object.fromEntries(baselines.map((b) => [b.name, { buildMs: b.buildMs }])),
    baselineSettings: {
      minisearch: 'fields [title], fuzzy 0.2, prefix true, combineWith OR',
      fts5: "fts5(title, tokenize='porter'), every query word quoted and OR-combined, ORDER BY bm25 LIMIT 10",
    },
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
  process.stdout.write(`${table(['set', 'engine', 'queries', 'top-1', 'top-5', 'top-10', 'ms/query'], rowsSample)}\n`);
  const out = resolve(projectRoot, 'bench/results/search-eval-latest.json');
  writeResults(out, results);
  process.stdout.write(`\n${results.totalSeconds.toFixed(1)} s in all; wrote ${out}\n`);
} finally {
  loaded.cleanup();
}
