// codedesk verify (docs/cli.md): every file of the catalog build in force against the checksums recorded at
// import. Exit 0 when all match (a build from before checksums: 0 with a warning), 1 when a file was edited,
// damaged or removed, naming it; --json prints {buildId, ok, checked, problems[{file, code, message}], warnings}.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { currentBuildDir } from '../catalog/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { runCli } from './test-support/run-cli.js';

interface VerifyReport {
  buildId: string;
  ok: boolean;
  checked: number;
  problems: { file: string; code: string; message: string }[];
  warnings: string[];
}

describe('codedesk verify', () => {
  const data = tempDir();
  const run = (args: string[]) => runCli(['verify', ...args], data.path);
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => data.remove());

  test('a build as imported: exit 0, every file checked', () => {
    const r = run(['--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as VerifyReport;
    assert.equal(out.ok, true);
    assert.ok(out.checked >= 10, String(out.checked));
    assert.deepEqual([out.problems, out.warnings], [[], []]);
    const text = run([]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /files checked; every one matches/);
  });

  test('regression: an edited layer went unnoticed; verify names it, says to import again, exit 1', () => {
    const buildDir = currentBuildDir(data.path) as string;
    const file = join(buildDir, 'layers/icd10cm_2026.codes.json');
    const bytes = readFileSync(file);
    try {
      writeFileSync(file, bytes.toString('utf8').replace('"Fracture of femur"', '"Fracture of tibia"'));
      const r = run(['--json']);
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout) as VerifyReport;
      assert.equal(out.ok, false);
      assert.deepEqual(
        out.problems.map((p) => [p.file, p.code]),
        [['layers/icd10cm_2026.codes.json', 'CATALOG_CHECKSUM_MISMATCH']],
      );
      const text = run([]);
      assert.equal(text.status, 1);
      assert.match(text.stdout, /layers\/icd10cm_2026\.codes\.json/);
      assert.match(text.stdout, /codedesk import/);
    } finally {
      writeFileSync(file, bytes);
    }
  });

  test('a build from before checksums: exit 0 with a warning that edits cannot be detected', () => {
    const manifestFile = join(currentBuildDir(data.path) as string, 'manifest.json');
    const text = readFileSync(manifestFile, 'utf8');
    try {
      const manifest = JSON.parse(text) as Record<string, unknown>;
      delete manifest.checksums;
      writeFileSync(manifestFile, JSON.stringify(manifest));
      const r = run(['--json']);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as VerifyReport;
      assert.equal(out.ok, true);
      assert.equal(out.warnings.length, 1);
      const plain = run([]);
      assert.equal(plain.status, 0);
      assert.match(plain.stderr, /warning: .*no checksums/);
    } finally {
      writeFileSync(manifestFile, text);
    }
  });

  test('no catalog: CATALOG_NOT_BUILT, exit 2', () => {
    const empty = tempDir();
    try {
      const r = runCli(['verify', '--json'], empty.path);
      assert.equal(r.status, 2);
      assert.equal(JSON.parse(r.stdout).error.code, 'CATALOG_NOT_BUILT');
    } finally {
      empty.remove();
    }
  });
});
