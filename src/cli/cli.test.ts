// The command-line contract (docs/cli.md): JSON on stdout, exit 0 on success, exit 2 with
// {"error":{"code","message"}} on bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';

const main = resolve(projectRoot, 'src/cli/main.ts');

function codedesk(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('codedesk CLI', () => {
  const data = tempDir();
  const env = { CODEDESK_DATA_DIR: data.path };
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => data.remove());

  test('--help lists the commands', () => {
    const r = codedesk(['--help']);
    assert.equal(r.status, 0);
    for (const c of ['import', 'lookup', 'releases', 'data']) assert.match(r.stdout, new RegExp(`\\b${c}\\b`));
  });

  test('lookup --json prints the contract fields and exits 0', () => {
    const r = codedesk(['lookup', 'e119', '--json'], env);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const field of [
      'system',
      'code',
      'title',
      'billable',
      'release',
      'parent',
      'children',
      'notes',
      'sevenChrDef',
      'indexTerms',
    ]) {
      assert.ok(field in out, `field ${field}`);
    }
    assert.equal(out.code, 'E11.9');
    assert.equal(out.billable, true);
  });

  test('a bad code exits 2 with an error object on stdout', () => {
    for (const [args, code] of [
      [['lookup', 'Q99.999', '--json'], 'CATALOG_UNKNOWN_CODE'],
      [['lookup', 'E11.99', '--json'], 'CATALOG_CODE_DELETED'],
      [['lookup', 'E11.9', '--date', '2026-13-01', '--json'], 'BAD_DATE'],
      [['lookup', 'E11.9', '--system', 'icd9', '--json'], 'CATALOG_UNKNOWN_SYSTEM'],
    ] as const) {
      const r = codedesk([...args], env);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      const out = JSON.parse(r.stdout) as { error: { code: string; message: string } };
      assert.equal(out.error.code, code);
      assert.ok(out.error.message.length > 10);
    }
  });

  test('releases --json lists source, version, dates and counts', () => {
    const r = codedesk(['releases', '--json'], env);
    assert.equal(r.status, 0, r.stderr);
    const list = JSON.parse(r.stdout) as {
      source: string;
      version: string;
      effectiveFrom: string;
      effectiveTo: string;
      counts: object;
    }[];
    const cm = list.find((x) => x.source === 'icd10cm' && x.version === '2026');
    assert.deepEqual([cm?.effectiveFrom, cm?.effectiveTo], ['2025-10-01', '2026-09-30']);
    assert.ok(cm && 'codes' in cm.counts);
  });

  test('without a built catalog, lookup says to run import (exit 2)', () => {
    const empty = tempDir();
    try {
      const r = codedesk(['lookup', 'E11.9', '--json'], { CODEDESK_DATA_DIR: empty.path });
      assert.equal(r.status, 2);
      assert.match(r.stdout, /CATALOG_NOT_BUILT/);
    } finally {
      empty.remove();
    }
  });

  test('import --from a missing folder exits 2 and names it', () => {
    const r = codedesk(['import', '--from', '/nonexistent/codesets', '--json', '--quiet'], env);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /IMPORT_SOURCE_MISSING.*nonexistent/);
  });
});
