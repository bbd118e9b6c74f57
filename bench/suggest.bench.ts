// npm run bench:suggest — type-ahead's word completions (TermSuggestions): the build at process start (in a fresh
// process: the build alone, with the layers it reads already read, and with reading them, as the server and the
// CLI start), the memory it keeps, the latency of suggest on text typed one character at a time, and the CLI's
// cold start to a first answer. Prints a table and writes bench/results/suggest-latest.json. See docs/search.md.
// Targets: p99 ≤ 2 ms per call, build ≤ 1.5 s at process start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fnv1a, latency, loadCatalog, sample, table, writeResults } from '../scripts/eval-search/common.js';
import type { Catalog, IndexLayer } from '../src/catalog/index.js';
import { projectRoot } from '../src/config.js';
import { TermSuggestions } from '../src/search/index.js';

const QUERIES = 5000;
const RUNS = 5;

/** What a coder types, one character at a time: index terms (as "subterm main term") picked by hash, each prefix. */
function typedQueries(catalog: Catalog, n: number): string[] {
  const out: { query: string }[] = [];
  for (const [system, kind] of [
    ['icd10cm', 'cm-index'],
    ['icd10cm', 'cm-eindex'],
    ['icd10pcs', 'pcs-index'],
  ] as const) {
    const pick = catalog.pick(system, kind);
    if (!pick) continue;
    const rows = (catalog.layer(pick.release, kind) as IndexLayer).terms;
    rows.forEach((row, r) => {
      if (!row.t.trim() || fnv1a(`typed|${kind}|${r}`) % 53 !== 0) return;
      const parent = row.p >= 0 ? (rows[row.p]?.t.split(/[ ,]/)[0] ?? '') : '';
      const text = `${row.t.split(',')[0]} ${parent}`
        .toLowerCase()
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+/g, ' ');
      for (let k = 1; k <= text.trim().length; k++) out.push({ query: text.slice(0, k) });
    });
  }
  return sample(out, n).map((x) => x.query);
}

/** The same queries of one or two characters, and with a system filter: the widest prefixes there are. */
function widest(): { q: string; system?: 'icd10cm' | 'icd10pcs' | 'hcpcs' }[] {
  const out: { q: string; system?: 'icd10cm' | 'icd10pcs' | 'hcpcs' }[] = [];
  for (const c of 'abcdefghijklmnopqrstuvwxyz') {
    out.push({ q: c }, { q: `${c} ` }, { q: `with ${c}` }, { q: `of ${c}` }, { q: `${c}a` });
    for (const system of ['icd10cm', 'icd10pcs', 'hcpcs'] as const) out.push({ q: c, system });
  }
  return out;
}

/**
 * A fresh process building the structure: the build's time and, before it, the time to read the layers it reads
 * (the three indexes and the two code lists) when `separate`, else 0 (they are read within the build).
 */
function buildInChild(
  dataDir: string,
  separate: boolean,
): { buildMs: number; layersMs: number; phrases: number } | null {
  const script = `
    import { Catalog } from ${JSON.stringify(resolve(projectRoot, 'dist/catalog/index.js'))};
    import { TermSuggestions } from ${JSON.stringify(resolve(projectRoot, 'dist/search/index.js'))};
    const catalog = Catalog.open(${JSON.stringify(dataDir)});
    const t0 = performance.now();
    if (${separate}) {
      for (const [system, kind] of [['icd10cm', 'cm-index'], ['icd10cm', 'cm-eindex'], ['icd10pcs', 'pcs-index']]) {
        const pick = catalog.pick(system, kind);
        if (pick) catalog.layer(pick.release, kind);
      }
      for (const system of ['icd10cm', 'icd10pcs']) {
        const pick = catalog.pick(system, 'codes');
        if (pick) catalog.codeIndex(pick.release);
      }
    }
    const t1 = performance.now();
    const s = TermSuggestions.open(catalog);
    console.log(JSON.stringify({ layersMs: t1 - t0, buildMs: performance.now() - t1, phrases: s.size }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? 'null');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function coldCli(dataDir: string): { msMedian: number; runs: number[] } | { note: string } {
  const bin = resolve(projectRoot, 'bin/codedesk.js');
  if (!existsSync(join(projectRoot, 'dist/cli/main.js'))) return { note: 'not built (npm run build)' };
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'suggest', 'heart a', '--json'], {
      env: { ...process.env, CODEDESK_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    if (r.status !== 0 || !r.stdout.includes('"suggestions"')) return { note: `failed: ${r.stderr.slice(0, 200)}` };
    runs.push(performance.now() - t);
  }
  return { msMedian: median(runs), runs };
}

const loaded = await loadCatalog();
try {
  const { catalog, dataDir } = loaded;
  const load = loadavg()[0] ?? 0;
  const warmChild = Array.from({ length: RUNS }, () => buildInChild(dataDir, true));
  const coldChild = Array.from({ length: 3 }, () => buildInChild(dataDir, false));
  // in this process: the memory the structure keeps (layers read first, garbage collected around it)
  catalog.warm();
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = TermSuggestions.open(catalog);
  globalThis.gc?.();
  const keptMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const typed = latency(typedQueries(catalog, QUERIES), (q) => index.suggest(q));
  const wide = latency(
    widest().map((x) => JSON.stringify(x)),
    (x) => {
      const { q, system } = JSON.parse(x) as { q: string; system?: 'icd10cm' };
      return index.suggest(q, { limit: 20, ...(system ? { system } : {}) });
    },
  );
  const cli = coldCli(dataDir);
  const builds = warmChild.flatMap((b) => (b ? [b.buildMs] : []));
  const coldBuilds = coldChild.flatMap((b) => (b ? [b.layersMs + b.buildMs] : []));
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadAverage1m: load },
    catalog: { source: loaded.source, dataDir },
    phrases: index.size,
    build: {
      note: 'a fresh process per run; "warm": the build alone, its layers read before it; "cold": reading them too (the server builds right after opening the catalog, the CLI on first use)',
      warmMsMedian: median(builds),
      warmMsRuns: builds,
      coldMsMedian: median(coldBuilds),
      coldMsRuns: coldBuilds,
      heapKeptMb: keptMb,
    },
    typed,
    widest: wide,
    coldCli: cli,
    targets: { p99Ms: 2, buildMs: 1500 },
  };
  console.log(
    table(
      ['measure', 'value'],
      [
        ['phrases', String(index.size)],
        ['build, its layers read before, median of 5 processes (ms)', median(builds).toFixed(0)],
        ['build reading its layers, median of 3 processes (ms)', median(coldBuilds).toFixed(0)],
        ['heap kept (MB)', keptMb.toFixed(1)],
        [
          `typed: ${typed.queries} queries p50 / p99 / max (ms)`,
          `${typed.p50Ms.toFixed(4)} / ${typed.p99Ms.toFixed(4)} / ${typed.maxMs.toFixed(3)}`,
        ],
        [
          `widest: ${wide.queries} queries p50 / p99 / max (ms)`,
          `${wide.p50Ms.toFixed(4)} / ${wide.p99Ms.toFixed(4)} / ${wide.maxMs.toFixed(3)}`,
        ],
        ['CLI cold start, codedesk suggest (ms, median)', 'msMedian' in cli ? cli.msMedian.toFixed(0) : cli.note],
        ['load average (1 min) at start', load.toFixed(2)],
      ],
    ),
  );
  writeResults(resolve(projectRoot, 'bench/results/suggest-latest.json'), results);
} finally {
  loaded.cleanup();
}
