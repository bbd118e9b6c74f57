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

  test('lookup of a HCPCS code prints its official record, each value with its meaning', () => {
    const r = codedesk(['lookup', 'J1100'], env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ {2}Pricing indicator: 51 Drugs$/m);
    assert.match(
      r.stdout,
      /^ {2}Type of service: 1 Medical care; P Lump sum purchase of DME, prosthetics, orthotics$/m,
    );
    assert.match(r.stdout, /^ {2}Added: 1982-01-01$/m);
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

  test('fee --json prices a code in a locality; bad modifiers and localities exit 2', () => {
    const r = codedesk(['fee', '99213', '--locality', 'manhattan', '--json'], env);
    assert.equal(r.status, 0, r.stderr);
    const fee = JSON.parse(r.stdout) as {
      locality: { id: string };
      payment: { nonFacility: number };
      conversionFactor: number;
    };
    assert.equal(fee.locality.id, '13202-01');
    assert.equal(fee.conversionFactor, 33.4009);
    // (1.30 × 1.063 + 1.46 × 1.318 + 0.09 × 1.285) × 33.4009 = 114.2919… → 114.29
    assert.equal(fee.payment.nonFacility, 114.29);
    for (const [args, code] of [
      [['fee', '99213', '--modifier', '26', '--locality', 'manhattan', '--json'], 'FEE_NO_MODIFIER_ROW'],
      [['fee', '99213', '--locality', 'nowhere', '--json'], 'LOCALITY_UNKNOWN'],
    ] as const) {
      const bad = codedesk([...args], env);
      assert.equal(bad.status, 2, bad.stdout);
      assert.equal((JSON.parse(bad.stdout) as { error: { code: string } }).error.code, code);
    }
  });

  test('localities --json lists the GPCI localities', () => {
    const r = codedesk(['localities', '--json'], env);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { localities: { id: string; name: string; state: string }[] };
    assert.deepEqual(
      out.localities.map((l) => l.id),
      ['13202-01', '04412-99'],
    );
  });

  test('crosswalk without GEM files says they are not loaded (exit 2)', () => {
    const r = codedesk(['crosswalk', 'R65.21', '--from', 'icd10', '--to', 'icd9', '--json'], env);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /DATA_NOT_LOADED/);
    const bad = codedesk(['crosswalk', 'R65.21', '--from', 'icd10', '--to', 'icd10', '--json'], env);
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /CROSSWALK_UNSUPPORTED/);
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
