// npm run bench:catalog — full import time, artifact size, cold start to first lookup, resident memory after
// load, lookups per second, and what checking the artifact against its recorded checksums costs (cold start with
// layers checked on first use by size, by sha256 or not at all; Catalog.warm(); reading the search index). Prints a
// table and writes bench/results/catalog-latest.json.
// Targets (issue: foundation): import < 60 s, cold start < 1.5 s, memory < 600 MB, > 1,000,000 lookups/s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Catalog, codeKey, lookupCode, lookupCodeSummary } from '../src/catalog/index.js';
import { currentBuildDir } from '../src/catalog/store.js';
import { loadConfig, projectRoot } from '../src/config.js';

const probe = resolve(projectRoot, 'bench/child-probe.mjs');

type ProbeResult = Record<string, number> & { ms: number; maxRssMb: number; rssMb: number; heapUsedMb: number };

function child<T = ProbeResult>(args: string[], extra: string[] = []): T {
  const r = spawnSync(process.execPath, [...extra, probe, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`probe ${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const percent = (ratio: number): string => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;

const config = loadConfig();
if (!config.codesetsDir) throw new Error('No code-set folder: set CODESETS_DIR');
const dataDir = mkdtempSync(join(tmpdir(), 'codedesk-bench-'));
try {
  const imp = child(['import', dataDir, config.codesetsDir]);
  const buildDir = currentBuildDir(dataDir) as string;
  const artifactBytes = dirSize(buildDir);

  // Baseline for start-up: a Node process that does nothing.
  const nodeBoot = median(
    Array.from({ length: 5 }, () => {
      const t = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return performance.now() - t;
    }),
  );
  const coldWall: number[] = [];
  const coldInProcess: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = child(['cold', dataDir, ['E11.9', 'S72.001A', '0DTJ4ZZ', 'J1100', '99213'][i] as string]);
    coldWall.push(performance.now() - t);
    coldInProcess.push(r.ms as number);
  }
  const mem = child(['memory', dataDir], ['--expose-gc']);

  // The cost of the checksums, in fresh processes taking turns so that other load on the machine hits each alike.
  const checks = ['none', 'size', 'sha256'] as const;
  const coldBy: Record<(typeof checks)[number], number[]> = { none: [], size: [], sha256: [] };
  const coldCodes = ['E11.9', 'S72.001A', '0DTJ4ZZ', 'J1100', '99213'];
  for (let i = 0; i < 9; i++)
    for (const check of checks) coldBy[check].push(child(['cold', dataDir, coldCodes[i % 5] as string, check]).ms);
  const warmBy: Record<'none' | 'sha256', number[]> = { none: [], sha256: [] };
  for (let i = 0; i < 3; i++) {
    warmBy.none.push(child(['warm', dataDir, 'none']).ms);
    warmBy.sha256.push(child(['warm', dataDir, 'size']).ms);
  }
  child(['search-write', dataDir]);
  const searchRead = child<{ plain: number[]; checked: number[]; bytes: number }>(['search-read', dataDir]);
  const overhead = (checked: number, plain: number): number => (checked - plain) / plain;
  const cold = { none: median(coldBy.none), size: median(coldBy.size), sha256: median(coldBy.sha256) };
  const integrity = {
    coldStartInProcessMsMedian: cold,
    coldStartOverhead: { size: overhead(cold.size, cold.none), sha256: overhead(cold.sha256, cold.none) },
    warmMsMedian: { none: median(warmBy.none), sha256: median(warmBy.sha256) },
    warmOverhead: overhead(median(warmBy.sha256), median(warmBy.none)),
    searchIndexReadMsMedian: { plain: median(searchRead.plain), sha256: median(searchRead.checked) },
    searchIndexReadOverhead: overhead(median(searchRead.checked), median(searchRead.plain)),
    searchIndexMegabytes: searchRead.bytes / 2 ** 20,
    samples: {
      coldStart: coldBy,
      warm: warmBy,
      searchIndexRead: { plain: searchRead.plain, sha256: searchRead.checked },
    },
    rule: 'sha256 on every first use only if it costs under ~5% of a cold start; else at warm() and codedesk verify',
  };

  // Lookups per second, in this process, over every code of every code list (shuffled).
  const catalog = Catalog.open(dataDir);
  catalog.warm();
  const queries: { system: string; code: string }[] = [];
  for (const r of catalog.manifest.releases) {
    if (!r.layers.includes('codes')) continue;
    const pick = catalog.pick(r.system, 'codes');
    if (pick?.release.id !== r.id) continue; // the releases a default lookup uses
    for (const c of catalog.codeIndex(r).layer.codes) queries.push({ system: r.system, code: c });
  }
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [queries[i], queries[j]] = [queries[j] as (typeof queries)[number], queries[i] as (typeof queries)[number]];
  }
  const inputs = queries.map((q) => q.code.toLowerCase().replace('.', '')); // as users type them
  // Summary lookups (validity, title, billable in the release in force): the bulk path, no cache involved.
  let t0 = performance.now();
  for (let k = 0; k < 3; k++) for (const code of inputs) lookupCodeSummary(catalog, { code });
  const summaryMs = performance.now() - t0;
  t0 = performance.now();
  let t = t0;
  for (const code of inputs) lookupCode(catalog, { code });
  const firstMs = performance.now() - t;
  const rounds = 5;
  t = performance.now();
  for (let k = 0; k < rounds; k++) for (const code of inputs) lookupCode(catalog, { code });
  const repeatMs = performance.now() - t;
  // Baseline: the cheapest possible lookup, a Map.get on the normalised key.
  const map = new Map(queries.map((q) => [codeKey(q.code), q]));
  t = performance.now();
  let hits = 0;
  for (let k = 0; k < rounds; k++) for (const code of inputs) if (map.get(codeKey(code))) hits++;
  const baselineMs = performance.now() - t;

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    import: { seconds: imp.ms / 1000, peakRssMb: imp.maxRssMb, target: '< 60 s' },
    artifact: { megabytes: artifactBytes / 2 ** 20 },
    coldStart: {
      firstLookupMsMedian: median(coldWall),
      inProcessMsMedian: median(coldInProcess),
      nodeBootMsMedian: nodeBoot,
      target: '< 1500 ms',
    },
    memory: { rssMbAfterFullLoad: mem.rssMb, heapUsedMb: mem.heapUsedMb, target: '< 600 MB' },
    lookups: {
      distinctCodes: inputs.length,
      summaryPerSecond: (inputs.length * 3) / (summaryMs / 1000),
      fullFirstTimePerSecond: inputs.length / (firstMs / 1000),
      fullRepeatedPerSecond: (inputs.length * rounds) / (repeatMs / 1000),
      baselineMapGetPerSecond: (hits || 1) / (baselineMs / 1000),
      summaryVsBaseline: (inputs.length * 3) / summaryMs / ((hits || 1) / baselineMs),
      fullRepeatedVsBaseline: baselineMs / repeatMs,
      target: '> 1,000,000 per second',
    },
    integrity,
  };
  const rows: [string, string][] = [
    ['full import', `${results.import.seconds.toFixed(1)} s (peak RSS ${results.import.peakRssMb.toFixed(0)} MB)`],
    ['artifact size', `${results.artifact.megabytes.toFixed(1)} MB`],
    [
      'cold start → first lookup',
      `${results.coldStart.firstLookupMsMedian.toFixed(0)} ms wall (node boot alone ${nodeBoot.toFixed(0)} ms)`,
    ],
    ['memory after full load', `${results.memory.rssMbAfterFullLoad.toFixed(0)} MB RSS`],
    ['summary lookups/s', Math.round(results.lookups.summaryPerSecond).toLocaleString('en-US')],
    ['full lookups/s, first time', Math.round(results.lookups.fullFirstTimePerSecond).toLocaleString('en-US')],
    ['full lookups/s, repeated', Math.round(results.lookups.fullRepeatedPerSecond).toLocaleString('en-US')],
    ['Map.get baseline/s', Math.round(results.lookups.baselineMapGetPerSecond).toLocaleString('en-US')],
    [
      'cold start, checks on 1st use',
      `none ${cold.none.toFixed(0)} ms, size ${cold.size.toFixed(0)} ms (${percent(integrity.coldStartOverhead.size)}), sha256 ${cold.sha256.toFixed(0)} ms (${percent(integrity.coldStartOverhead.sha256)})`,
    ],
    [
      'warm(), sha256 of every layer',
      `${integrity.warmMsMedian.sha256.toFixed(0)} ms against ${integrity.warmMsMedian.none.toFixed(0)} ms unchecked (${percent(integrity.warmOverhead)})`,
    ],
    [
      'search index read, sha256',
      `${integrity.searchIndexReadMsMedian.sha256.toFixed(0)} ms against ${integrity.searchIndexReadMsMedian.plain.toFixed(0)} ms unchecked (${percent(integrity.searchIndexReadOverhead)}, ${integrity.searchIndexMegabytes.toFixed(0)} MB)`,
    ],
  ];
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(28)} ${v}\n`);
  const out = resolve(projectRoot, 'bench/results/catalog-latest.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwritten ${out}\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
