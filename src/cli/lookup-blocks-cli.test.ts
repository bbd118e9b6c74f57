// `codedesk lookup` with an ICD-10-CM section or chapter range in place of a code, and with --chapter N, as a user
// runs it (a child process) on the mini catalog: chapter 4 (E00-E89, section E08-E13), chapter 19 (S00-T88).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { runCli } from './test-support/run-cli.js';

describe('codedesk lookup: chapters and sections', () => {
  const data = tempDir();
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => data.remove());

  test('lookup E08-E13 --json: the section, its chapter, its categories', () => {
    const r = runCli(['lookup', 'E08-E13', '--json'], data.path);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      [out.system, out.kind, out.code, out.title, out.parent.code, out.children.map((c: { code: string }) => c.code)],
      ['icd10cm', 'section', 'E08-E13', 'Diabetes mellitus', 'E00-E89', ['E11']],
    );
    assert.equal(typeof out.release.stale, 'boolean');
  });

  test('lookup --chapter 19 and lookup S00-T88: the same chapter; its text names it', () => {
    const byNumber = runCli(['lookup', '--chapter', '19', '--json'], data.path);
    assert.equal(byNumber.status, 0, byNumber.stderr);
    const byRange = runCli(['lookup', 's00-t88', '--json'], data.path);
    assert.deepEqual(JSON.parse(byRange.stdout), JSON.parse(byNumber.stdout));
    assert.equal(JSON.parse(byNumber.stdout).code, 'S00-T88');
    const text = runCli(['lookup', '--chapter', '19'], data.path);
    assert.match(text.stdout, /^S00-T88 {2}Chapter 19: Injury, poisoning/);
    assert.match(text.stdout, /S70-S79 +Injuries to the hip and thigh/);
  });

  test('an unknown section, a bad chapter, a code and a chapter together: exit 2 with the error', () => {
    for (const [args, code] of [
      [['lookup', 'E08-E14', '--json'], 'CATALOG_UNKNOWN_BLOCK'],
      [['lookup', '--chapter', '30', '--json'], 'CATALOG_UNKNOWN_BLOCK'],
      [['lookup', '--chapter', 'x', '--json'], 'BAD_INPUT'],
      [['lookup', 'E11.9', '--chapter', '4', '--json'], 'BAD_INPUT'],
      [['lookup', '--json'], 'BAD_INPUT'],
    ] as const) {
      const r = runCli([...args], data.path);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(JSON.parse(r.stdout).error.code, code, args.join(' '));
    }
  });
});
