// npm run bench:search-dates — searches with a date of service on a real `codedesk serve` (full catalog, one
// process): ROUNDS rounds of 50 searches without a date (the baseline) and 50 searches on 50 distinct dates
// (61 days apart from mid-2018, crossing every loaded release), each while /health is probed in a loop.
// Reports /health p50/p99/max in both phases, their ratio, and the server's RSS before and after the dated
// searches. Target: /health p99 under 50 ms during the dated searches, RSS within 10% of the start.
// Writes bench/results/search-dates-latest.json.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog, table, writeResults } from '../scripts/eval-search/common.js';
import { projectRoot } from '../src/config.js';
import {
  type DatedSearchProbe,
  distinctDates,
  probeDatedSearches,
  startServeProcess,
} from '../src/web/test-support/serve-process.js';

const ROUNDS = 3;

const loaded = await loadCatalog();
const dataDir = mkdtempSync(join(tmpdir(), 'codedesk-bench-dates-'));
symlinkSync(join(loaded.dataDir, 'catalog'), join(dataDir, 'catalog'));
const server = await startServeProcess(dataDir, { WEB_WORKERS: '1', RATE_LIMIT_PER_MINUTE: '100000' });
const pct = (p: DatedSearchProbe, q: number): number =>
  p.healthMs[Math.min(p.healthMs.length - 1, Math.floor(p.healthMs.length * q))] ?? 0;
interface Phase {
  probes: number;
  p50: number;
  p99: number;
  max: number;
  rssStartMB: number;
  rssEndMB: number;
}
const rounds: { baseline: Phase; dated: Phase }[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const summary = (p: DatedSearchProbe): Phase => ({
      probes: p.healthMs.length,
      p50: Number(pct(p, 0.5).toFixed(2)),
      p99: Number(p.p99.toFixed(2)),
      max: Number(p.max.toFixed(2)),
      rssStartMB: Math.round(p.rssStart / 1e6),
      rssEndMB: Math.round(p.rssEnd / 1e6),
    });
    const baseline = summary(
      await probeDatedSearches(
        server,
        Array.from({ length: 50 }, () => undefined),
      ),
    );
    const dated = summary(await probeDatedSearches(server, distinctDates(50)));
    rounds.push({ baseline, dated });
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  loaded.cleanup();
}
const rows = rounds.map((r, i) => [
  String(i + 1),
  `${r.baseline.p50} / ${r.baseline.p99} / ${r.baseline.max}`,
  `${r.dated.p50} / ${r.dated.p99} / ${r.dated.max}`,
  (r.dated.p99 / Math.max(0.01, r.baseline.p99)).toFixed(2),
  `${r.dated.rssStartMB} → ${r.dated.rssEndMB}`,
]);
process.stdout.write(
  `${table(['round', '/health ms p50/p99/max, no date', 'with 50 distinct dates', 'p99 ratio', 'RSS MB'], rows)}\n`,
);
const worstP99 = Math.max(...rounds.map((r) => r.dated.p99));
const worstRss = Math.max(...rounds.map((r) => r.dated.rssEndMB / r.dated.rssStartMB));
process.stdout.write(
  `worst dated /health p99 ${worstP99} ms (target < 50): ${worstP99 < 50 ? 'met' : 'NOT met'}; worst RSS growth ×${worstRss.toFixed(3)} (target ≤ 1.10): ${worstRss <= 1.1 ? 'met' : 'NOT met'}\n`,
);
writeResults(resolve(projectRoot, 'bench/results/search-dates-latest.json'), {
  when: new Date().toISOString(),
  catalog: loaded.source,
  rounds,
  worstDatedP99Ms: worstP99,
  worstRssGrowth: Number(worstRss.toFixed(3)),
});
