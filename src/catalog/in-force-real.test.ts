// Dates of service on the catalog built from the official files in ../shared/data: which release answers a date,
// the years not loaded between the staged releases, and the notices, with "today" fixed (never the real clock).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { appErrorOf } from '../shared/test-support/app-error.js';
import { codesetsDir, skipUnlessCodesets } from '../shared/test-support/codesets.js';
import type { Catalog } from './catalog.js';
import { codeHistory } from './code-history.js';
import { codeListsOnDate, releaseGaps } from './in-force.js';
import { lookupOnDate } from './lookup-dated.js';
import { importedCatalog } from './test-support/imported-catalog.js';

describe('dates of service on the official files', { skip: skipUnlessCodesets() }, () => {
  const real = importedCatalog(codesetsDir);
  let catalog: Catalog;
  before(() => {
    catalog = real.catalog();
  });

  test('the years between the staged releases are named as not loaded', () => {
    // ICD-10-CM: FY2021 (and its January update), FY2023, FY2026 are staged; HCPCS: 2019, 2020-10, 2026-01
    assert.deepEqual(
      releaseGaps(catalog, 'icd10cm').map((g) => g.label),
      ['FY2022', 'FY2024–FY2025'],
    );
    assert.deepEqual(
      releaseGaps(catalog, 'hcpcs').map((g) => [g.label, g.from, g.to]),
      [
        ['2020', '2020-01-01', '2020-09-30'],
        ['2021–2025', '2021-01-01', '2025-12-31'],
      ],
    );
  });

  test('on 2026-12-07 every staged code list has ended; the home page says when each did', () => {
    const lists = codeListsOnDate(catalog, '2026-12-07');
    const ended = Object.fromEntries(lists.map((l) => [l.system, [l.status, l.release.effectiveTo]]));
    assert.deepEqual(ended.icd10cm, ['stale', '2026-09-30']);
    assert.deepEqual(ended.hcpcs, ['stale', '2026-03-31']);
  });

  test('a lookup on an older date answers from the release in force then; before 2019 HCPCS is refused', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    assert.equal(
      lookupOnDate(catalog, { system: 'hcpcs', code: 'J1100', date: '2020-11-15' }, now).release.id,
      'hcpcs:2020-10',
    );
    const gap = lookupOnDate(catalog, { system: 'hcpcs', code: 'J1100', date: '2023-05-01' }, now);
    assert.equal(gap.release.stale, true);
    assert.match(
      gap.warnings.find((w) => w.code === 'release.stale')?.message ?? '',
      /2021–2025, 2021-01-01 to 2025-12-31, is not loaded/,
    );
    assert.equal(
      appErrorOf(() => lookupOnDate(catalog, { system: 'hcpcs', code: 'J1100', date: '2018-06-01' }, now)).code,
      'CATALOG_NO_RELEASE',
    );
  });

  test('code history: E11.A added in a release after FY2023', () => {
    const h = codeHistory(catalog, { system: 'icd10cm', code: 'E11.A' });
    assert.deepEqual(
      h.map((e) => [e.release, e.change]),
      [
        ['icd10cm:2021', 'absent'],
        ['icd10cm:2021-01', 'absent'],
        ['icd10cm:2023', 'absent'],
        ['icd10cm:2026', 'added'],
      ],
    );
    // FY2026's addenda say so, with their line
    const fy2026 = h.find((e) => e.release === 'icd10cm:2026');
    assert.equal(fy2026?.addenda?.file, 'icd10cm/2026/icd10cm_order_addenda_2026.txt');
    assert.deepEqual(
      fy2026?.addenda?.changes.map((c) => [c.action, c.billable, c.line]),
      [['add', true, 14]],
    );
    assert.equal(fy2026?.changedInUnloadedRelease, undefined);
  });

  test('code history from the addenda: a revision with the title it replaced; a change in a year not loaded', () => {
    const revised = codeHistory(catalog, { system: 'icd10cm', code: 'L02.212' }).at(-1);
    assert.deepEqual(
      revised?.addenda?.changes.map((c) => [c.action, c.previousTitle, c.title]),
      [
        [
          'revise',
          'Cutaneous abscess of back [any part, except buttock]',
          'Cutaneous abscess of back [any part, except buttock and flank]',
        ],
      ],
    );
    // E66.811 is in FY2026's list, not FY2023's, and FY2026's addenda do not list it: added in FY2024 or FY2025
    const earlier = codeHistory(catalog, { system: 'icd10cm', code: 'E66.811' }).at(-1);
    assert.equal(earlier?.change, 'added');
    assert.deepEqual(earlier?.addenda?.changes, []);
    assert.equal(earlier?.changedInUnloadedRelease, true);
    // ICD-10-PCS: a FY2026 deletion, cited from the PCS addenda
    const deleted = codeHistory(catalog, { system: 'icd10pcs', code: 'X2A5312' }).at(-1);
    assert.equal(deleted?.release, 'icd10pcs:2026');
    assert.equal(deleted?.present, false);
    assert.equal(deleted?.addenda?.changes[0]?.action, 'delete');
  });
});
