// Data fidelity of the built catalog against the official files in ../shared/data: every release, its
// counts, the cross-file verifications, and spot lookups of notes, 7th characters, placeholder X, index
// paths and tables. Reads the real build shared by the test files (test-support/real-catalog.ts).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { isAppError } from '../shared/index.js';
import { codesetsDir, skipUnlessCodesets } from '../shared/test-support/codesets.js';
import type { Catalog } from './catalog.js';
import { lookupCode } from './lookup.js';
import type { IndexLayer } from './model.js';
import { importedCatalog } from './test-support/imported-catalog.js';

describe('catalog built from every release in ../shared/data', { skip: skipUnlessCodesets() }, () => {
  const imported = importedCatalog(codesetsDir);
  let catalog: Catalog;
  before(() => {
    catalog = imported.catalog();
  });
  const release = imported.release;
  const errorCode = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (isAppError(e)) return e.code;
      throw e;
    }
    return 'no error';
  };

  test('ICD-10-CM billable counts equal the official files of each release', () => {
    assert.equal(release('icd10cm:2021').counts.tabularBillable, 72_621);
    assert.equal(release('icd10cm:2021-01').counts.billable, 72_621);
    assert.equal(release('icd10cm:2023').counts.tabularBillable, 73_639);
    assert.equal(release('icd10cm:2023').counts.billable, 73_639);
    assert.equal(release('icd10cm:2026').counts.billable, 74_719);
    assert.equal(release('icd10cm:2026').counts.codes, 98_186);
    assert.equal(release('icd10cm:2023').counts.chapters, 22);
    assert.equal(release('icd10cm:2023').counts.sections, 296);
    assert.equal(release('icd10cm:2023').counts.tabularDiags, 45_869);
  });

  test('ICD-10-PCS tables expand to the order-file counts; HCPCS codes and modifiers match', () => {
    assert.equal(release('icd10pcs:2026').counts.codes, 79_115);
    assert.equal(release('icd10pcs:2025').counts.codes, 78_948);
    assert.equal(release('hcpcs:2019').counts.codes, 6_440);
    assert.equal(release('hcpcs:2019').counts.modifiers, 360);
    assert.equal(release('hcpcs:2026-01').counts.codes, 8_623);
    assert.equal(release('hcpcs:2026-01').counts.modifiers, 383);
    assert.equal(release('hcpcs:2020-10').counts.codes, 6_825);
    assert.equal(release('hcpcs:2020-10').counts.modifiers, 371);
  });

  test('every cross-file verification passes, and each names its releases', () => {
    const v = catalog.manifest.report.verifications;
    const checks = v.map((x) => `${x.release}: ${x.check}`);
    assert.ok(checks.some((c) => c.startsWith('icd10cm:2021: tabular expanded = order file of icd10cm:2021-01')));
    assert.ok(checks.some((c) => c.startsWith('icd10pcs:2026: tables expanded = order file')));
    assert.ok(checks.some((c) => c.startsWith('hcpcs:2026-01: ANWEB text = ANWEB xlsx')));
    for (const x of v) assert.ok(x.ok, `${x.release} ${x.check}: ${x.detail}`);
  });

  test('releases carry their effective dates', () => {
    assert.deepEqual(
      [release('icd10cm:2026').effectiveFrom, release('icd10cm:2026').effectiveTo],
      ['2025-10-01', '2026-09-30'],
    );
    assert.equal(release('icd10cm:2026-04').effectiveFrom, '2026-04-01');
    assert.deepEqual(
      [release('hcpcs:2026-01').effectiveFrom, release('hcpcs:2026-01').effectiveTo],
      ['2026-01-01', '2026-03-31'],
    );
  });

  test('the FY2023 Alphabetic Index: 8,060 main terms, 61,983 code references, E34.828 kept and flagged 4 times', () => {
    const index = catalog.layer(release('icd10cm:2023'), 'cm-index') as IndexLayer;
    assert.equal(index.terms.filter((t) => t.p === -1).length, 8_060);
    assert.equal(index.terms.filter((t) => t.c).length, 61_983);
    assert.equal(index.terms.filter((t) => t.c === 'E34.828').length, 4);
    const flagged = catalog.manifest.report.flaggedReferences;
    assert.equal(flagged.byRelease['icd10cm:2023'], 4);
    assert.ok(flagged.samples.some((s) => s.code === 'E34.828' && s.path[0]?.startsWith('Short, shortening')));
  });

  test('notes by kind come from the FY2023 tabular for a FY2026 code, labelled', () => {
    const r = lookupCode(catalog, { code: 'E11.9' });
    assert.equal(r.release.id, 'icd10cm:2026');
    assert.equal(r.notesRelease?.id, 'icd10cm:2023');
    const e11 = r.inheritedNotes.find((n) => n.from === 'E11');
    assert.ok(e11?.notes.excludes1?.includes('gestational diabetes (O24.4-)'));
    assert.ok(e11?.notes.useAdditionalCode?.some((n) => n.includes('Z79.4')));
    assert.ok(r.warnings.some((w) => w.code === 'notes.older-release'));
    assert.ok(r.indexTerms.some((t) => t.path[0]?.startsWith('Diabetes, diabetic') && t.code === 'E11.9'));
  });

  test('7th characters are inherited down chapter 19 and placeholder X codes resolve', () => {
    const fracture = lookupCode(catalog, { code: 'S72.001A' });
    assert.equal(
      fracture.title,
      'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
    );
    assert.equal(fracture.sevenChrFrom, 'S72');
    assert.equal(fracture.sevenChrDef.find((v) => v.char === 'A')?.meaning, 'initial encounter for closed fracture');
    const skull = lookupCode(catalog, { code: 's020xxa' });
    assert.equal(skull.code, 'S02.0XXA');
    assert.equal(skull.parent?.code, 'S02.0');
    assert.equal(skull.sevenChrFrom, 'S02');
    const header = lookupCode(catalog, { code: 'S72.001' });
    assert.equal(header.billable, false);
    assert.equal(header.sevenChrDef.length > 0, true);
  });

  test('index paths with nonessential modifiers, dashed incomplete codes and table columns', () => {
    const abasia = lookupCode(catalog, { code: 'F44.4' });
    assert.ok(abasia.indexTerms.some((t) => t.path[0] === 'Abasia (-astasia) (hysterical)'));
    const breast = lookupCode(catalog, { code: 'C50.911' });
    assert.ok(breast.indexTerms.some((t) => t.incomplete && t.code === 'C50.91-'));
    const fusel = lookupCode(catalog, { code: 'T51.3X1A' });
    const drug = fusel.indexTerms.find((t) => t.source === 'drug');
    assert.equal(drug?.column, 'Poisoning Accidental (unintentional)');
    assert.equal(drug?.release, 'icd10cm:2026-04');
    const neoplasm = lookupCode(catalog, { code: 'C71.9' });
    assert.ok(
      neoplasm.indexTerms.some((t) => t.source === 'neoplasm' && t.column === 'Malignant Primary'),
      JSON.stringify(neoplasm.indexTerms.slice(0, 3)),
    );
  });

  test('see and see-also references stay in the index layer', () => {
    const index = catalog.layer(release('icd10cm:2023'), 'cm-index') as IndexLayer;
    assert.ok(index.terms.some((t) => t.t === 'Abandonment' && t.see === 'Maltreatment'));
    assert.ok(index.terms.some((t) => t.t === 'Abdomen, abdominal' && t.seeAlso === 'condition'));
  });

  test('a code deleted since FY2023 and one new since are told apart by date', () => {
    const old = catalog.codeIndex(release('icd10cm:2023'));
    const current = catalog.codeIndex(release('icd10cm:2026'));
    const deleted = old.layer.codes.find(
      (c, i) => old.layer.billable[i] === '1' && !current.byKey.has(c.replace('.', '')),
    );
    const added = current.layer.codes.find(
      (c, i) => current.layer.billable[i] === '1' && !old.byKey.has(c.replace('.', '')),
    );
    assert.ok(deleted && added);
    assert.equal(
      errorCode(() => lookupCode(catalog, { code: deleted })),
      'CATALOG_CODE_DELETED',
    );
    assert.equal(lookupCode(catalog, { code: deleted, date: '2023-01-01' }).release.id, 'icd10cm:2023');
    assert.equal(
      errorCode(() => lookupCode(catalog, { code: added, date: '2023-01-01' })),
      'CATALOG_CODE_NOT_YET_VALID',
    );
    assert.equal(
      errorCode(() => lookupCode(catalog, { code: 'E34.828' })),
      'CATALOG_UNKNOWN_CODE',
    );
  });

  test('a deleted code names its replacements from the CDC conversion table', () => {
    const old = catalog.codeIndex(release('icd10cm:2023'));
    const current = catalog.codeIndex(release('icd10cm:2026'));
    const conversion = catalog.layer(release('icd10cm:2026'), 'cm-conversion');
    const replaced = new Map<string, string[]>();
    for (const e of conversion.entries)
      for (const p of e.previous) replaced.set(p, [...(replaced.get(p) ?? []), e.code]);
    const deleted = old.layer.codes.find((c) => !current.byKey.has(c.replace('.', '')) && replaced.has(c));
    assert.ok(deleted, 'a code deleted since FY2023 with a listed replacement');
    try {
      lookupCode(catalog, { code: deleted });
      assert.fail('expected CATALOG_CODE_DELETED');
    } catch (e) {
      assert.ok(isAppError(e) && e.code === 'CATALOG_CODE_DELETED');
      assert.ok(e.message.includes(`Replaced by ${(replaced.get(deleted) ?? []).join(', ')}`), e.message);
    }
    const added = lookupCode(catalog, { code: 'B88.01' });
    assert.deepEqual(added.conversion, { effective: '2025-10-01', previousCodes: ['B88.0'], release: 'icd10cm:2026' });
  });

  test('the release in force follows the date of service, with release.stale between releases', () => {
    assert.equal(lookupCode(catalog, { code: 'E11.9', date: '2020-11-01' }).release.id, 'icd10cm:2021');
    const gap = lookupCode(catalog, { code: 'E11.9', date: '2024-06-01' });
    assert.equal(gap.release.id, 'icd10cm:2023');
    assert.ok(gap.warnings.some((w) => w.code === 'release.stale' && w.message.includes('ICD-10-CM FY2023')));
    assert.equal(lookupCode(catalog, { code: 'J1100', date: '2019-06-01' }).release.id, 'hcpcs:2019');
    assert.equal(lookupCode(catalog, { code: 'J1100' }).release.id, 'hcpcs:2026-01');
  });

  test('ICD-10-PCS: title from the axis labels, each character explained with its definition', () => {
    const r = lookupCode(catalog, { code: '0DTJ4ZZ' });
    assert.equal(r.system, 'icd10pcs');
    assert.equal(r.title, 'Resection of Appendix, Percutaneous Endoscopic Approach');
    assert.equal(r.parent?.code, '0DT');
    const operation = r.pcs?.axes.find((a) => a.pos === 3);
    assert.equal(operation?.label, 'Resection');
    assert.match(operation?.definition ?? '', /Cutting out or off, without replacement, all of a body part/i);
    assert.ok(r.indexTerms.some((t) => t.path[0] === 'Resection' && t.incomplete));
  });

  test('HCPCS Level II record fields and CPT numbers without descriptors', () => {
    const j = lookupCode(catalog, { code: 'J1100' });
    assert.equal(j.title, 'Injection, dexamethasone sodium phosphate, 1 mg');
    assert.ok(j.hcpcs && typeof j.hcpcs.betos === 'string');
    const cpt = lookupCode(catalog, { code: '99213' });
    assert.equal(cpt.system, 'cpt');
    assert.equal(cpt.title, null);
    assert.equal(cpt.cpt?.descriptorLicensed, false);
  });
});
