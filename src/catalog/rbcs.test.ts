// RBCS on the catalog of the excerpts: a code's classification in lookups, and the browse of its tree.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { tempDir } from '../shared/test-support/codesets.js';
import { excerptsDir } from '../shared/test-support/excerpts.js';
import { Catalog } from './catalog.js';
import { importCatalog } from './import/import-catalog.js';
import { lookupCode } from './lookup.js';
import { browseRbcs, rbcsClassification } from './rbcs.js';
import { excerptCatalogDir } from './test-support/excerpt-codesets.js';

describe('RBCS classification and browse (excerpts)', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('the RBCS file is a release of its own, cited by file and line', () => {
    const release = catalog.manifest.releases.find((r) => r.system === 'rbcs');
    assert.equal(release?.id, 'rbcs:2025');
    assert.equal(release?.title, 'CMS Restructured BETOS Classification System (RBCS) 2025');
    assert.deepEqual([release?.effectiveFrom, release?.effectiveTo], ['2025-01-01', '2025-12-31']);
    assert.deepEqual(release?.layers, ['rbcs']);
    assert.equal(release?.counts.rbcsEarlierAssignments, 3);
  });

  test('27447: Procedure › Musculoskeletal › Arthroplasty - Knee, a major procedure', () => {
    const c = rbcsClassification(catalog, '27447', '2025-06-01');
    assert.ok(c);
    assert.deepEqual(
      [c.source, c.category, c.subcategory, c.family, c.familyCode, c.major, c.majorIndicator.meaning],
      ['RBCS', 'Procedure', 'Musculoskeletal', 'Arthroplasty - Knee', 'PM014', true, 'Major procedure'],
    );
    assert.deepEqual(
      [c.codeAdded, c.codeEnded, c.assignedFrom, c.assignedTo],
      ['1984-01-01', null, '2014-01-01', null],
    );
    assert.equal(c.release.id, 'rbcs:2025');
    assert.equal(c.release.stale, undefined);
    assert.match(c.sourceFile, /RBCS_RY_2025\.csv$/);
    assert.ok(c.line > 1);
  });

  test('the latest assignment wins; a code with no family says so; a date past the release is flagged', () => {
    assert.equal(rbcsClassification(catalog, 'a4719')?.family, 'Peritoneal Dialysis');
    const g2211 = rbcsClassification(catalog, 'G2211');
    assert.deepEqual(
      [g2211?.family, g2211?.familyCode, g2211?.subcategory],
      [null, null, 'Care Management/Coordination'],
    );
    assert.match(
      rbcsClassification(catalog, '99213', '2026-12-01')?.release.stale ?? '',
      /No loaded CMS Restructured BETOS Classification System \(RBCS\) release covers/,
    );
    assert.equal(rbcsClassification(catalog, '99999'), undefined);
  });

  test('lookup of a CPT and a HCPCS code carries it as `classification` and `rbcs`; ICD-10-CM does not', () => {
    const cpt = lookupCode(catalog, { system: 'cpt', code: '99213' });
    assert.equal(cpt.classification?.family, 'Office E&M - Established');
    assert.equal(cpt.rbcs, cpt.classification);
    assert.equal(cpt.title, null);
    const hcpcs = lookupCode(catalog, { system: 'hcpcs', code: 'A0425' });
    assert.equal(hcpcs.rbcs?.family, 'Medical Transport - Mileage');
    assert.equal(lookupCode(catalog, { system: 'icd10cm', code: 'E11.9' }).rbcs, undefined);
  });

  test('browse: categories → subcategories → families → codes', () => {
    const top = browseRbcs(catalog, '');
    assert.equal(top?.level, 'categories');
    assert.deepEqual(
      top?.entries.map((e) => e.key),
      ['A', 'D', 'E', 'I', 'O', 'P', 'R', 'T'],
    );
    const p = browseRbcs(catalog, 'p');
    assert.equal(p?.name, 'Procedure');
    assert.ok(p?.entries.some((e) => e.key === 'PM' && e.name === 'Musculoskeletal'));
    const pm = browseRbcs(catalog, 'PM');
    assert.deepEqual(
      pm?.entries.map((e) => [e.key, e.name, e.count]),
      [
        ['PM014', 'Arthroplasty - Knee', 1],
        ['PM039', 'Arthroscopy - Lower Extremity', 2],
      ],
    );
    assert.deepEqual(
      pm?.path.map((n) => n.key),
      ['P'],
    );
    const family = browseRbcs(catalog, 'EV001');
    assert.equal(family?.level, 'family');
    assert.deepEqual(
      family?.path.map((n) => n.name),
      ['E&M', 'Office/Outpatient Services'],
    );
    assert.deepEqual(
      family?.codes.map((c) => [c.code, c.system, c.title]),
      [
        ['99211', 'cpt', null],
        ['99212', 'cpt', null],
        ['99213', 'cpt', null],
        ['99214', 'cpt', null],
        ['99215', 'cpt', null],
      ],
    );
    // a HCPCS code carries its Level II title; CPT codes never carry text
    const ambulance = browseRbcs(catalog, 'OA003');
    assert.match(ambulance?.codes[0]?.title ?? '', /mileage/i);
    assert.equal(browseRbcs(catalog, 'EV000')?.name, 'No RBCS family');
    assert.equal(browseRbcs(catalog, 'PM999'), undefined);
    assert.equal(browseRbcs(catalog, 'PMX'), undefined);
  });
});

describe('RBCS without the file', () => {
  test('a catalog with no RBCS release answers nothing, and lookups go on without it', async () => {
    const dir = tempDir('codedesk-no-rbcs-');
    try {
      // the fee schedule's CPT numbers alone: no RBCS file
      const from = path.join(dir.path, 'codesets');
      mkdirSync(from);
      copyFileSync(
        path.join(excerptsDir, 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv'),
        path.join(from, 'PPRRVU2026_Jul_nonQPP.csv'),
      );
      const data = path.join(dir.path, 'data');
      await importCatalog({ from, dataDir: data });
      const bare = Catalog.open(data);
      assert.equal(rbcsClassification(bare, '27447'), undefined);
      assert.equal(browseRbcs(bare, ''), undefined);
      assert.equal(lookupCode(bare, { system: 'cpt', code: '27447' }).rbcs, undefined);
    } finally {
      dir.remove();
    }
  });
});
