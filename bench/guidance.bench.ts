// npm run bench:guidance — the guideline and policy search in process: time to build the in-memory index from the
// stored passages (what a server pays once at load), and the latency of searchGuidance (p50/p99/max) over the
// evaluation questions and their lower-case, typo and shorthand variants, on the full corpus read from the official
// PDFs under the code-set folder. Target: < 5 ms per question. Prints a table and writes
// bench/results/guidance-latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../src/config.js';
import { GUIDANCE_QUESTIONS } from '../src/guidance/eval/guidance-questions.js';
import { GuidanceCorpus, passageBySection, searchGuidance } from '../src/guidance/index.js';
import { realGuidanceData } from '../src/guidance/test-support/real-corpus.js';

const ROUNDS = 20;
const TARGET_MS = 5;

/** A question with one letter dropped from its longest word: a typo as typed. */
function withTypo(q: string): string {
  const words = q.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const at = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, at) + w.slice(at + 1) : w)).join(' ');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

const data = await realGuidanceData();
const buildStart = performance.now();
const corpus = new GuidanceCorpus(data);
const buildMs = performance.now() - buildStart;

const queries = GUIDANCE_QUESTIONS.flatMap((g) => [g.q, g.q.toUpperCase(), withTypo(g.q)]);
for (const q of queries) searchGuidance(corpus, q); // warm-up: JIT and the filter masks
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of queries) {
    const start = performance.now();
    searchGuidance(corpus, q);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const lookups: number[] = [];
for (const p of corpus.passages) {
  const start = performance.now();
  passageBySection(corpus, p.section);
  lookups.push(performance.now() - start);
}
lookups.sort((a, b) => a - b);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  documents: corpus.documents.map((d) => `${d.id} (${d.passages} passages)`).join(', '),
  passages: corpus.passages.length,
  indexBuildMs: Math.round(buildMs),
  search: {
    queries: times.length,
    p50Ms: +percentile(times, 0.5).toFixed(3),
    p99Ms: +percentile(times, 0.99).toFixed(3),
    maxMs: +(times[times.length - 1] as number).toFixed(3),
    targetMs: TARGET_MS,
  },
  sectionLookup: { p50Ms: +percentile(lookups, 0.5).toFixed(4), p99Ms: +percentile(lookups, 0.99).toFixed(4) },
};
console.table({
  'index build (ms)': result.indexBuildMs,
  'searchGuidance p50 (ms)': result.search.p50Ms,
  'searchGuidance p99 (ms)': result.search.p99Ms,
  'searchGuidance max (ms)': result.search.maxMs,
  'passageBySection p99 (ms)': result.sectionLookup.p99Ms,
});
const dir = join(projectRoot, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'guidance-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
if (result.search.p99Ms > TARGET_MS) {
  process.stderr.write(`searchGuidance p99 ${result.search.p99Ms} ms is over the ${TARGET_MS} ms target\n`);
  process.exitCode = 1;
}
