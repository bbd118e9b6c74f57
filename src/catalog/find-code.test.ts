// The catalog's surface for other folders: findCode, isBillable, codeHistory and the memoised Catalog.pick, on the
// small hand-made catalog (E11.99 only in FY2023, E11.A only in FY2026) and on the excerpts of the official files
// (S30.1XXA deleted in FY2026 with CDC's successors).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from './catalog.js';
import { codeHistory } from './code-history.js';
import { findCode, isBillable } from './find-code.js';
import { excerptCatalogDir } from './test-support/excerpt-codesets.js';
import { importedCatalog } from './test-support/imported-catalog.js';
import { miniCodesets } from './test-support/mini-codesets.js';

describe('findCode, isBillable and codeHistory on the small catalog', () => {
  const imported = importedCatalog(miniCodesets);
  let catalog: Catalog;
  before(() => {
    catalog = imported.catalog();
  });

  test('found: the entry in the release in force, as printed, with its list position and source line', () => {
    const found = findCode(catalog, { system: 'icd10cm', code: 'e1165' });
    assert.equal(found.status, 'found');
    if (found.status !== 'found') return;
    assert.equal(found.list.release.id, 'icd10cm:2026');
    assert.deepEqual(
      { ...found.entry, release: found.entry.release.id },
      {
        system: 'icd10cm',
        code: 'E11.65',
        title: 'Type 2 diabetes mellitus with hyperglycemia',
        billable: true,
        release: 'icd10cm:2026',
        position: found.list.byKey.get('E1165'),
        line: 3,
        sourceFile: 'icd10cm/2026/icd10cm_order_2026.txt',
      },
    );
    assert.equal(found.stale, undefined);
  });

  test('deleted: the last release that had it and the first without it', () => {
    const deleted = findCode(catalog, { system: 'icd10cm', code: 'E11.99' });
    assert.equal(deleted.status, 'deleted');
    if (deleted.status !== 'deleted') return;
    assert.equal(deleted.lastRelease.id, 'icd10cm:2023');
    assert.equal(deleted.firstWithout.id, 'icd10cm:2026');
    assert.equal(deleted.entry.code, 'E11.99');
    assert.equal(deleted.entry.release, deleted.lastRelease);
    assert.deepEqual(deleted.replacedBy, [], 'no conversion table in this catalog');
    assert.equal(findCode(catalog, { system: 'icd10cm', code: 'E11.99', date: '2023-03-01' }).status, 'found');
  });

  test('not yet valid: the first release that has it', () => {
    const early = findCode(catalog, { system: 'icd10cm', code: 'E11.A', date: '2023-03-01' });
    assert.equal(early.status, 'not-yet-valid');
    if (early.status !== 'not-yet-valid') return;
    assert.equal(early.firstRelease.id, 'icd10cm:2026');
    assert.equal(early.list.release.id, 'icd10cm:2023');
  });

  test('unknown: never a code, or no code list of the system loaded; a stale list says so', () => {
    const unknown = findCode(catalog, { system: 'icd10cm', code: 'Q99.999' });
    assert.equal(unknown.status, 'unknown');
    assert.equal(unknown.list?.release.id, 'icd10cm:2026');
    const none = findCode(catalog, { system: 'icd10pcs', code: '0DTJ4ZZ' });
    assert.deepEqual(none, { status: 'unknown', system: 'icd10pcs' });
    const stale = findCode(catalog, { system: 'icd10cm', code: 'E11.9', date: '2027-01-15' });
    assert.match(stale.stale ?? '', /No loaded ICD-10-CM release covers 2027-01-15/);
  });

  test('isBillable: in the list in force and not a header', () => {
    assert.equal(isBillable(catalog, { system: 'icd10cm', code: 'E11.65' }), true);
    assert.equal(isBillable(catalog, { system: 'icd10cm', code: 'E11.6' }), false, 'a header');
    assert.equal(isBillable(catalog, { system: 'icd10cm', code: 'E11.99' }), false, 'deleted');
    assert.equal(isBillable(catalog, { system: 'icd10cm', code: 'E11.99', date: '2023-03-01' }), true);
    assert.equal(isBillable(catalog, { system: 'icd10pcs', code: '0DTJ4ZZ' }), false, 'no list loaded');
  });

  test('codeHistory: every release of the system, oldest first, with presence, billability and the change', () => {
    assert.deepEqual(codeHistory(catalog, { system: 'icd10cm', code: 'E11.99' }), [
      {
        release: 'icd10cm:2023',
        title: 'ICD-10-CM FY2023',
        effectiveFrom: '2022-10-01',
        effectiveTo: '2023-09-30',
        present: true,
        billable: true,
        change: 'listed',
        codeTitle: "Invented code present only in this fixture's older release",
      },
      {
        release: 'icd10cm:2026',
        title: 'ICD-10-CM FY2026',
        effectiveFrom: '2025-10-01',
        effectiveTo: '2026-09-30',
        present: false,
        billable: false,
        change: 'deleted',
      },
    ]);
    assert.deepEqual(
      codeHistory(catalog, { system: 'icd10cm', code: 'E11.6' }).map((h) => [h.present, h.billable]),
      [
        [true, false],
        [true, false],
      ],
    );
  });

  test('Catalog.pick: the same frozen pick for the same question, none for a source not loaded', () => {
    const a = catalog.pick('icd10cm', 'codes', '2026-05-01');
    assert.equal(catalog.pick('icd10cm', 'codes', '2026-05-01'), a);
    assert.ok(Object.isFrozen(a));
    assert.equal(a?.release.id, 'icd10cm:2026');
    assert.equal(catalog.pick('icd10cm', 'codes'), catalog.pick('icd10cm', 'codes'));
    assert.equal(catalog.pick('ncci', 'ncci-aoc', '2026-05-01'), undefined);
    // many dates: the memo starts afresh past its bound and answers the same
    for (let d = 1; d <= 28; d++)
      for (let m = 1; m <= 12; m++) catalog.pick('icd10cm', 'codes', `2020-${pad(m)}-${pad(d)}`);
    assert.equal(catalog.pick('icd10cm', 'codes', '2026-05-01')?.release.id, 'icd10cm:2026');
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

describe('findCode on the excerpts of the official files', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('a deleted ICD-10-CM code names its successors from CDC conversion table', () => {
    const deleted = findCode(catalog, { system: 'icd10cm', code: 'S30.1XXA', date: '2026-05-01' });
    assert.equal(deleted.status, 'deleted');
    if (deleted.status !== 'deleted') return;
    assert.equal(deleted.lastRelease.id, 'icd10cm:2023');
    assert.equal(deleted.firstWithout.id, 'icd10cm:2026');
    assert.deepEqual(deleted.replacedBy, ['S30.11XA', 'S30.12XA', 'S30.13XA']);
  });

  test('a HCPCS code added in 2026 is not valid yet in October 2020', () => {
    const early = findCode(catalog, { system: 'hcpcs', code: 'A2001', date: '2020-11-01' });
    assert.equal(early.status, 'not-yet-valid');
    if (early.status === 'not-yet-valid') assert.equal(early.firstRelease.id, 'hcpcs:2026-01');
  });
});
