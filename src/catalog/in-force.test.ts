import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { appErrorOf } from '../shared/test-support/app-error.js';
import type { Catalog } from './catalog.js';
import { codeHistory } from './code-history.js';
import { isoDay, releaseGaps, systemInForce } from './in-force.js';
import { lookupOnDate } from './lookup-dated.js';
import { importedCatalog } from './test-support/imported-catalog.js';
import { miniCodesets } from './test-support/mini-codesets.js';

// The miniature code sets: ICD-10-CM FY2023 (2022-10-01 to 2023-09-30) and FY2026 (2025-10-01 to 2026-09-30),
// HCPCS 2026-01 (2026-01-01 to 2026-03-31). "Today" is always a fixed clock reading passed in.
describe('the release in force on a date, and a stale one', () => {
  const mini = importedCatalog(miniCodesets);
  let catalog: Catalog;
  before(() => {
    catalog = mini.catalog();
  });
  const errorOf = appErrorOf;

  test('isoDay is the UTC day of the clock reading', () => {
    assert.equal(isoDay(new Date('2026-12-07T23:59:59Z')), '2026-12-07');
    assert.equal(isoDay(new Date('2027-01-01T00:00:00Z')), '2027-01-01');
  });

  test('a date inside a release: that release, not stale', () => {
    const r = systemInForce(catalog, 'icd10cm', '2023-03-01');
    assert.equal(r?.release.id, 'icd10cm:2023');
    assert.equal(r?.stale, false);
    assert.equal(r?.notice, undefined);
    assert.equal(systemInForce(catalog, 'icd10cm', '2026-09-30')?.stale, false);
  });

  test('a date past the newest release: stale, naming the day it ended and how to load newer files', () => {
    const r = systemInForce(catalog, 'icd10cm', '2026-10-01');
    assert.equal(r?.release.id, 'icd10cm:2026');
    assert.equal(r?.stale, true);
    assert.equal(r?.pastNewest, true);
    assert.match(r?.notice ?? '', /the newest loaded, ICD-10-CM FY2026, ended on 2026-09-30/);
    assert.match(r?.notice ?? '', /codedesk data fetch/);
    const h = systemInForce(catalog, 'hcpcs', '2026-12-07');
    assert.match(h?.notice ?? '', /HCPCS Level II 2026-01, ended on 2026-03-31/);
  });

  test('a date between loaded releases: stale, naming the years not loaded, without the fetch advice', () => {
    const r = systemInForce(catalog, 'icd10cm', '2024-05-01');
    assert.equal(r?.release.id, 'icd10cm:2023');
    assert.equal(r?.stale, true);
    assert.equal(r?.pastNewest, false);
    assert.match(r?.notice ?? '', /FY2024–FY2025, 2023-10-01 to 2025-09-30, is not loaded/);
  });

  test('the gaps between loaded releases, by the years the system counts', () => {
    assert.deepEqual(releaseGaps(catalog, 'icd10cm'), [
      { from: '2023-10-01', to: '2025-09-30', label: 'FY2024–FY2025', before: 'icd10cm:2026' },
    ]);
    assert.deepEqual(releaseGaps(catalog, 'hcpcs'), []);
  });

  test('a date before every loaded release is refused, naming the oldest release', () => {
    const e = errorOf(() => systemInForce(catalog, 'icd10cm', '2022-09-30'));
    assert.equal(e.code, 'CATALOG_NO_RELEASE');
    assert.match(e.message, /oldest loaded, ICD-10-CM FY2023, is in force from 2022-10-01/);
  });

  test('lookupOnDate: today by default, stale when today is past the loaded releases', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const r = lookupOnDate(catalog, { system: 'icd10cm', code: 'E11.9' }, now);
    assert.equal(r.date, '2026-12-07');
    assert.equal(r.release.id, 'icd10cm:2026');
    assert.equal(r.release.stale, true);
    assert.equal(r.release.endedOn, '2026-09-30');
    const w = r.warnings.find((x) => x.code === 'release.stale');
    assert.match(w?.message ?? '', /ended on 2026-09-30.*codedesk data fetch/);
    const inForce = lookupOnDate(catalog, { system: 'icd10cm', code: 'E11.9' }, new Date('2026-05-01T00:00:00Z'));
    assert.equal(inForce.release.stale, false);
    assert.equal(inForce.release.endedOn, undefined);
    assert.ok(!inForce.warnings.some((x) => x.code === 'release.stale'));
  });

  test('lookupOnDate: an older date shows the older release', () => {
    const r = lookupOnDate(catalog, { code: 'E11.9', date: '2023-01-15' }, new Date('2026-12-07T00:00:00Z'));
    assert.equal(r.date, '2023-01-15');
    assert.equal(r.release.id, 'icd10cm:2023');
    assert.equal(r.release.stale, false);
  });

  test('lookupOnDate: a malformed date or one before every release is an error, never a default', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    assert.equal(errorOf(() => lookupOnDate(catalog, { code: 'E11.9', date: '2026-13-01' }, now)).code, 'BAD_DATE');
    assert.equal(errorOf(() => lookupOnDate(catalog, { code: 'E11.9', date: '12/07/2026' }, now)).code, 'BAD_DATE');
    assert.equal(
      errorOf(() => lookupOnDate(catalog, { code: 'E11.9', system: 'icd10cm', date: '2015-01-01' }, now)).code,
      'CATALOG_NO_RELEASE',
    );
    // without a system, from the code's own system
    assert.equal(
      errorOf(() => lookupOnDate(catalog, { code: 'E11.9', date: '2015-01-01' }, now)).code,
      'CATALOG_NO_RELEASE',
    );
  });

  test('a code deleted in FY2026 and one added in FY2026, against the previous loaded release', () => {
    const gone = codeHistory(catalog, { system: 'icd10cm', code: 'E11.99' });
    assert.deepEqual(
      gone.map((h) => [h.release, h.change, h.present]),
      [
        ['icd10cm:2023', 'listed', true],
        ['icd10cm:2026', 'deleted', false],
      ],
    );
    const added = codeHistory(catalog, { system: 'icd10cm', code: 'E11.A' });
    assert.deepEqual(
      added.map((h) => [h.release, h.change]),
      [
        ['icd10cm:2023', 'absent'],
        ['icd10cm:2026', 'added'],
      ],
    );
    assert.ok(added[1]?.codeTitle);
  });
});
