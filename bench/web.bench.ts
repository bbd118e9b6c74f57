// npm run bench:web — the web application on the full catalog, in process through inject() (no network):
// latency of code pages (server-rendered HTML) for codes of every system, of the code API, of search pages and
// of the search API, each beside a baseline in the same run: GET /health (the framework's own floor).
// Writes bench/results/web-latest.json.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fnv1a, loadCatalog, table, writeResults } from '../scripts/eval-search/common.js';
import { Catalog, CODE_SYSTEMS } from '../src/catalog/index.js';
import { loadConfig, projectRoot } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';
import { SearchIndex } from '../src/search/index.js';
import { buildApp } from '../src/web/index.js';

const loaded = await loadCatalog();
try {
  const { catalog } = loaded;
  const t = performance.now();
  catalog.warm();
  const search = SearchIndex.open(Catalog.open(loaded.dataDir));
  const database = await openDatabase({ dataDir: loaded.dataDir });
  const app = await buildApp(loadConfig({ CODEDESK_DATA_DIR: loaded.dataDir, RATE_LIMIT_PER_MINUTE: '1000000' }), {
    catalog,
    search,
    database,
    logger: false,
  });
  const startMs = performance.now() - t;
  // codes: a fixed hash sample of every system's code list in force
  const codes: { system: string; code: string }[] = [];
  for (const system of CODE_SYSTEMS) {
    const pick = catalog.pick(system, 'codes');
    if (!pick) continue;
    for (const code of catalog.layer(pick.release, 'codes').codes) {
      if (fnv1a(`web|${system}|${code}`) % 400 === 0) codes.push({ system, code });
    }
  }
  const queries = [
    'heart attack',
    'E11.9',
    'pnuemonia',
    'copd exac',
    'fracture of right femur',
    'J1100',
    'appendectomy',
  ];
  const measure = async (urls: string[], accept = 'application/json') => {
    for (const u of urls.slice(0, 20)) await app.inject({ url: u, headers: { accept } });
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    let bytes = 0;
    for (const url of urls) {
      const s = performance.now();
      const r = await app.inject({ url, headers: { accept } });
      times.push(performance.now() - s);
      if (r.statusCode >= 500) throw new Error(`${url}: ${r.statusCode}`);
      statuses[r.statusCode] = (statuses[r.statusCode] ?? 0) + 1;
      bytes += r.body.length;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
    return {
      requests: times.length,
      statuses,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      meanBytes: Math.round(bytes / times.length),
    };
  };
  const path = (c: { system: string; code: string }) => `/${c.system}/${encodeURIComponent(c.code)}`;
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    startMs,
    codes: codes.length,
    baselineHealth: await measure(Array(500).fill('/health')),
    codePages: await measure(
      codes.map((c) => `/codes${path(c)}`),
      'text/html',
    ),
    codeApi: await measure(codes.map((c) => `/api/v1/codes${path(c)}`)),
    searchPages: await measure(
      Array.from({ length: 300 }, (_, i) => `/search?q=${encodeURIComponent(queries[i % queries.length] as string)}`),
      'text/html',
    ),
    searchApi: await measure(
      Array.from(
        { length: 300 },
        (_, i) => `/api/v1/search?q=${encodeURIComponent(queries[i % queries.length] as string)}`,
      ),
    ),
  };
  const rows = (['baselineHealth', 'codePages', 'codeApi', 'searchPages', 'searchApi'] as const).map((k) => [
    k,
    String(results[k].requests),
    results[k].p50Ms.toFixed(2),
    results[k].p99Ms.toFixed(2),
    String(results[k].meanBytes),
  ]);
  process.stdout.write(`\n${table(['what', 'requests', 'p50 ms', 'p99 ms', 'mean bytes'], rows)}\n`);
  process.stdout.write(`app ready in ${startMs.toFixed(0)} ms (catalog warm, search index, database)\n`);
  writeResults(resolve(projectRoot, 'bench/results/web-latest.json'), results);
  await app.close();
  await database.close();
} finally {
  loaded.cleanup();
}
