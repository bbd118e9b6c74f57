import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appErrorOf } from '../shared/test-support/app-error.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { Catalog } from './catalog.js';
import { importCatalog } from './import/import-catalog.js';
import { lookupCode } from './lookup.js';
import { miniCodesets } from './test-support/mini-codesets.js';

// A tiny hand-made set of official-format files: an FY2023 tabular and index, an FY2026 order file (where
// E11.99 no longer exists and E11.A is new), one HCPCS quarter, a fee schedule extract and an invented
// licensed CPT file.
describe('lookupCode on a small catalog', () => {
  const dir = tempDir();
  let catalog: Catalog;

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    catalog = Catalog.open(dir.path);
  });
  after(() => dir.remove());

  const errorOf = appErrorOf;

  test('finds a code with or without the dot, in any case, and infers the system', () => {
    for (const input of ['E11.9', 'e119', ' E11.9 ']) {
      const r = lookupCode(catalog, { code: input });
      assert.equal(r.system, 'icd10cm');
      assert.equal(r.code, 'E11.9');
      assert.equal(r.title, 'Type 2 diabetes mellitus without complications');
      assert.equal(r.billable, true);
      assert.equal(r.release.id, 'icd10cm:2026');
    }
  });

  test('a header code is not billable and lists its children', () => {
    const r = lookupCode(catalog, { code: 'E11.6' });
    assert.equal(r.billable, false);
    assert.deepEqual(
      r.children.map((c) => c.code),
      ['E11.65'],
    );
    assert.equal(r.parent?.code, 'E11');
  });

  test('notes come from the FY2023 tabular and say so', () => {
    const r = lookupCode(catalog, { code: 'E11' });
    assert.deepEqual(r.notes.excludes1, ['diabetes mellitus due to underlying condition (E08.-)']);
    assert.equal(r.notesRelease?.id, 'icd10cm:2023');
    assert.ok(r.warnings.some((w) => w.code === 'notes.older-release'));
    assert.deepEqual(
      r.hierarchy.map((h) => h.level),
      ['chapter', 'section'],
    );
    const child = lookupCode(catalog, { code: 'E11.65' });
    assert.equal(child.inheritedNotes[0]?.from, 'E11');
  });

  test('a code new since the loaded tabular says it has no tabular notes', () => {
    const r = lookupCode(catalog, { code: 'E11.A' });
    assert.deepEqual(r.notes, {});
    const w = r.warnings.find((x) => x.code === 'notes.not-in-tabular');
    assert.ok(w, 'warning expected');
    assert.match(w.message, /E11\.A is not in ICD-10-CM FY2023/);
    assert.equal(r.inheritedNotes[0]?.from, 'E11');
  });

  test('a 7th-character code carries the definition inherited from its category', () => {
    const r = lookupCode(catalog, { code: 'S72.001A' });
    assert.equal(r.sevenChrFrom, 'S72');
    assert.deepEqual(
      r.sevenChrDef.map((v) => v.char),
      ['A', 'D', 'S'],
    );
    assert.equal(r.parent?.code, 'S72.001');
    assert.ok(r.indexTerms.some((t) => t.incomplete && t.code === 'S72.00-'));
  });

  test('index terms lead to the code as paths with nonessential modifiers', () => {
    const r = lookupCode(catalog, { code: 'E11.65' });
    assert.deepEqual(r.indexTerms[0]?.path, [
      'Diabetes, diabetic (mellitus) (sugar)',
      'type 2',
      'with',
      'hyperglycemia',
    ]);
    assert.equal(r.indexTerms[0]?.release, 'icd10cm:2023');
  });

  test('a code deleted by the release in force is a distinct error naming releases', () => {
    const e = errorOf(() => lookupCode(catalog, { code: 'E11.99' }));
    assert.equal(e.code, 'CATALOG_CODE_DELETED');
    assert.match(e.message, /not valid in release ICD-10-CM FY2026.*last valid in ICD-10-CM FY2023/);
    // on a FY2023 date it is valid
    assert.equal(lookupCode(catalog, { code: 'E11.99', date: '2023-03-01' }).release.id, 'icd10cm:2023');
  });

  test('a code not valid yet on the date of service is a distinct error', () => {
    const e = errorOf(() => lookupCode(catalog, { code: 'E11.A', date: '2023-03-01' }));
    assert.equal(e.code, 'CATALOG_CODE_NOT_YET_VALID');
    assert.match(e.message, /first appears in ICD-10-CM FY2026, in force from 2025-10-01/);
  });

  test('a date no loaded release covers uses the newest earlier one with release.stale', () => {
    const r = lookupCode(catalog, { code: 'E11.9', date: '2024-05-01' });
    assert.equal(r.release.id, 'icd10cm:2023');
    assert.equal(r.release.stale, true);
    assert.match(r.warnings.find((w) => w.code === 'release.stale')?.message ?? '', /ICD-10-CM FY2023/);
    const later = lookupCode(catalog, { code: 'E11.9', date: '2027-01-15' });
    assert.equal(later.release.id, 'icd10cm:2026');
    assert.equal(later.release.stale, true);
  });

  test('unknown codes, bad dates and bad systems get clear errors', () => {
    assert.equal(errorOf(() => lookupCode(catalog, { code: 'Q99.999' })).code, 'CATALOG_UNKNOWN_CODE');
    assert.equal(errorOf(() => lookupCode(catalog, { code: 'E11.9', date: '2026-02-30' })).code, 'BAD_DATE');
    assert.equal(errorOf(() => lookupCode(catalog, { code: 'E11.9', system: 'icd9' })).code, 'CATALOG_UNKNOWN_SYSTEM');
    assert.equal(errorOf(() => lookupCode(catalog, { code: 'E11;9' })).code, 'BAD_INPUT');
  });

  test('HCPCS codes and modifiers come with their record fields', () => {
    const r = lookupCode(catalog, { code: 'j1100' });
    assert.equal(r.system, 'hcpcs');
    assert.equal(r.title, 'Injection, dexamethasone sodium phosphate, 1 mg');
    assert.equal(r.hcpcs?.betos, 'O1E');
    const m = lookupCode(catalog, { code: 'A1', system: 'hcpcs' });
    assert.equal(m.kind, 'modifier');
  });

  test('a CPT number shows no descriptor without a licence, and the licensed one when imported', () => {
    const r = lookupCode(catalog, { code: '99213' });
    assert.equal(r.system, 'cpt');
    assert.equal(r.title, null);
    assert.equal(r.cpt?.descriptorLicensed, false);
    assert.match(r.cpt?.note ?? '', /American Medical Association/);
    const licensed = lookupCode(catalog, { code: '99990' });
    assert.equal(licensed.title, 'Invented descriptor for testing the licensed-file importer only');
    assert.equal(licensed.cpt?.descriptorLicensed, true);
  });

  test('index references to codes absent from the code list are kept and flagged', () => {
    const flagged = catalog.manifest.report.flaggedReferences;
    assert.equal(flagged.byRelease['icd10cm:2023'], 1);
    assert.equal(flagged.samples[0]?.code, 'E34.828');
    assert.deepEqual(flagged.samples[0]?.path, ['Diabetes, diabetic (mellitus) (sugar)', 'invented reference']);
  });
});
