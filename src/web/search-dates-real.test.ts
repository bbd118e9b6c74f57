// Regression: a search with a date of service whose releases differed from the newest built a whole search
// index on the request path (4–12 s with the full code sets, during which the server answered nothing, not even
// /health) and kept every one, keyed by the raw date, so RSS grew by about 150 MB a date. A real
// `codedesk serve` on the full catalog is asked 50 distinct dates in a row while /health is probed.
//
// The absolute figure (p99 under 50 ms) is a benchmark's to report (npm run bench:search-dates): here, where other
// test files share the two cores, a p99 over ~130 probes swings by hundreds of milliseconds with the machine's
// load. What this test guards is the class of the bug: no /health answer waits for an index build (seconds),
// however many new dates are asked, and memory does not grow with them. The p99s are printed for the log.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { realCatalogDir } from '../catalog/test-support/real-catalog.js';
import { skipUnlessCodesets, tempDir } from '../shared/test-support/codesets.js';
import {
  distinctDates,
  probeDatedSearches,
  type ServeProcess,
  startServeProcess,
} from './test-support/serve-process.js';

describe('search dates on a running server (full catalog)', { skip: skipUnlessCodesets() }, () => {
  const dir = tempDir();
  let server: ServeProcess | undefined;

  before(async () => {
    // the shared real build is read-only: this server's database goes in its own folder beside a link to it
    mkdirSync(dir.path, { recursive: true });
    symlinkSync(join(await realCatalogDir(), 'catalog'), join(dir.path, 'catalog'));
    server = await startServeProcess(dir.path, { WEB_WORKERS: '1', RATE_LIMIT_PER_MINUTE: '100000' });
  });
  after(async () => {
    await server?.stop();
    dir.remove();
  });

  test('50 distinct dates in a row: no /health answer waits for an index build, RSS within 10% of the start', async (t) => {
    const s = server as ServeProcess;
    const baseline = await probeDatedSearches(
      s,
      Array.from({ length: 50 }, () => undefined),
    );
    const dated = await probeDatedSearches(s, distinctDates(50));
    const figures = `/health p99 ${dated.p99.toFixed(1)} ms (max ${dated.max.toFixed(1)}) over ${dated.healthMs.length} probes with dates, ${baseline.p99.toFixed(1)} ms without; RSS ${Math.round(dated.rssStart / 1e6)} → ${Math.round(dated.rssEnd / 1e6)} MB`;
    t.diagnostic(figures);
    assert.ok(dated.healthMs.length >= 50, figures);
    // an index build took 4–12 s; a loaded CI machine delays a probe by a few hundred milliseconds at most
    assert.ok(dated.max < Math.max(1000, 3 * baseline.max), figures);
    assert.ok(dated.rssEnd <= dated.rssStart * 1.1, figures);
  });
});
