// `codedesk lookup --date` (docs/cli.md): the release in force on the date, release.stale with the day the release
// ended and how to load newer files, and exit 2 with the error catalogue's code for a malformed date or one before
// every loaded release. On the mini catalog (ICD-10-CM FY2023 and FY2026).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { runCli } from './test-support/run-cli.js';

describe('codedesk lookup --date', () => {
  const data = tempDir();
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => data.remove());
  const lookup = (...args: string[]) => runCli(['lookup', ...args], data.path);

  test('an older date answers from the release in force then', () => {
    const r = lookup('E11.9', '--date', '2023-01-15', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.date, '2023-01-15');
    assert.equal(out.release.id, 'icd10cm:2023');
    assert.equal(out.release.stale, false);
  });

  test('a date past every loaded release: stale, the end date, how to load newer files (JSON and text)', () => {
    const r = lookup('E11.9', '--date', '2027-01-15', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.release.stale, true);
    assert.equal(out.release.endedOn, '2026-09-30');
    const w = out.warnings.find((x: { code: string }) => x.code === 'release.stale');
    assert.match(w.message, /ended on 2026-09-30.*codedesk data fetch/);
    const text = lookup('E11.9', '--date', '2027-01-15');
    assert.equal(text.status, 0, text.stderr);
    assert.match(
      text.stdout,
      /! No loaded ICD-10-CM release covers 2027-01-15: the newest loaded, ICD-10-CM FY2026, ended on 2026-09-30/,
    );
  });

  test('without --date the answer names the date it is for (today)', () => {
    const r = lookup('E11.9', '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(JSON.parse(r.stdout).date, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('a malformed date or one before every loaded release: exit 2 with the error code', () => {
    for (const [date, code] of [
      ['2026-13-01', 'BAD_DATE'],
      ['01/15/2023', 'BAD_DATE'],
      ['2015-06-01', 'CATALOG_NO_RELEASE'],
    ] as const) {
      const r = lookup('E11.9', '--date', date, '--json');
      assert.equal(r.status, 2, date);
      assert.equal(JSON.parse(r.stdout).error.code, code, date);
    }
    const text = lookup('E11.9', '--date', '2015-06-01');
    assert.equal(text.status, 2);
    assert.match(text.stderr + text.stdout, /oldest loaded, ICD-10-CM FY2023, is in force from 2022-10-01/);
  });
});
