// The `codedesk search` contract on the mini catalog: JSON fields, batch mode (one object per line, in
// order, query echoed), readable output, and BAD_INPUT with exit 2.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { type CliRun, runCli } from '../cli/test-support/run-cli.js';
import { tempDir } from '../shared/test-support/codesets.js';

describe('codedesk search', () => {
  const data = tempDir();
  const run = (args: string[]): CliRun => runCli(['search', ...args], data.path);
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => data.remove());

  test('--json prints the query and the results with the contract fields', () => {
    const r = run(['S72.0', '--json', '--limit', '3']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { query: string; results: Record<string, unknown>[] };
    assert.equal(out.query, 'S72.0');
    assert.equal(out.results.length, 3);
    const first = out.results[0] ?? {};
    for (const f of ['system', 'code', 'title', 'billable', 'score', 'matched']) assert.ok(f in first, f);
    assert.equal(first.code, 'S72.0');
    assert.equal(first.children, 3);
  });

  test('--batch prints one object per line in order', () => {
    const file = join(data.path, 'queries.txt');
    writeFileSync(file, 'e119\r\n\nDM2 w hyperglycemia\nhyperglycemai\n');
    const r = run(['--batch', file, '--json', '--system', 'icd10cm']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 4);
    const objs = lines.map((l) => JSON.parse(l) as { query: string; results: { code: string }[] });
    assert.deepEqual(
      objs.map((o) => o.query),
      ['e119', '', 'DM2 w hyperglycemia', 'hyperglycemai'],
    );
    assert.equal(objs[0]?.results[0]?.code, 'E11.9');
    assert.deepEqual(objs[1]?.results, []);
    assert.equal(objs[2]?.results[0]?.code, 'E11.65');
    assert.equal(objs[3]?.results[0]?.code, 'E11.65');
  });

  test('readable output without --json', () => {
    const r = run(['diabetes hyperglycemia']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /E11\.65/);
  });

  test('bad options are BAD_INPUT with exit 2', () => {
    for (const args of [
      ['x', '--system', 'icd9', '--json'],
      ['x', '--limit', 'ten', '--json'],
      ['x', '--date', '2026-13-01', '--json'],
      ['--json'],
      ['--batch', '/nonexistent/file', '--json'],
    ]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal((JSON.parse(r.stdout) as { error: { code: string } }).error.code, 'BAD_INPUT');
    }
  });
});
