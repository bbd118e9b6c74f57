// The excerpts of the official files (src/catalog/fixtures/excerpts) import as the official files do: every file
// recognised and read by its parser without an issue, every release the staged data has (but the four whose files
// are not excerpted), every cross-check of the import passing. The tests that run on the excerpts where the official
// files are absent (Claim Check, the web, the parsers' known records) rely on this.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from './catalog.js';
import { excerptCatalogDir } from './test-support/excerpt-codesets.js';

describe('the excerpts of the official files', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('import without a skipped file, a parse issue or a failed verification', () => {
    const { report } = catalog.manifest;
    assert.deepEqual(report.skipped, []);
    assert.deepEqual(report.issues, []);
    assert.ok(report.verifications.length > 0);
    assert.deepEqual(
      report.verifications.filter((v) => !v.ok),
      [],
    );
  });

  test('the releases of the staged data, but the GEMs of 2016 and the ICD-10 files not excerpted', () => {
    assert.deepEqual(
      catalog.manifest.releases.map((r) => r.id),
      [
        'cpt:2026-07',
        'gems:2018',
        'hcpcs:2019',
        'hcpcs:2020-10',
        'hcpcs:2026-01',
        'icd10cm:2021',
        'icd10cm:2021-01',
        'icd10cm:2023',
        'icd10cm:2026',
        'icd10pcs:2026',
        'mcd:2026-01',
        'mce:2020',
        'mce:2026-04',
        'ncci:2026-04',
        'pfs:2025',
        'pfs:2026',
        'pfs:2026-07',
        'rbcs:2025',
      ],
    );
  });
});
