// No PTP table could be obtained for ../shared/data: lookups say "PTP edits not loaded". Dropping a table in
// the CMS layout into the folder turns the edits on, with no code change.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { projectRoot, tempDir } from '../../shared/test-support/codesets.js';
import { Catalog } from '../catalog.js';
import { importCatalog } from '../import/import-catalog.js';
import { lookupCode } from '../lookup.js';
import { miniCodesets } from '../test-support/mini-codesets.js';
import { type CodeMedicare, codeMedicare } from './code-medicare.js';

const ptpFixture = join(projectRoot, 'src/codesets/ncci/fixtures/ccipra-v322r0-f1-sample.txt');

describe('PTP edits dropped into the code-set folder', () => {
  const without = tempDir();
  const withPtp = tempDir();
  const folder = tempDir('codedesk-codesets-');
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: without.path });
    cpSync(miniCodesets, folder.path, { recursive: true });
    mkdirSync(join(folder.path, 'ncci/ptp'), { recursive: true });
    cpSync(ptpFixture, join(folder.path, 'ncci/ptp/ccipra-v322r0-f1.txt'));
    await importCatalog({ from: folder.path, dataDir: withPtp.path });
  });
  after(() => {
    without.remove();
    withPtp.remove();
    folder.remove();
  });

  test('without a PTP table a lookup says so plainly', () => {
    const m = lookupCode(Catalog.open(without.path), { code: '93000' }).medicare as CodeMedicare;
    assert.deepEqual(m.ptp, {
      loaded: false,
      message: 'PTP edits not loaded: no NCCI procedure-to-procedure table is in the code-set folder',
    });
  });

  test('with the table, edits in force on the date appear, deleted ones only on earlier dates', () => {
    const catalog = Catalog.open(withPtp.path);
    assert.ok(catalog.releasesById.get('ncci:2026-07')?.layers.includes('ncci-ptp-practitioner'));
    const ecg = lookupCode(catalog, { code: '93000' }).medicare as CodeMedicare;
    assert.ok(ecg.ptp.loaded);
    if (ecg.ptp.loaded) {
      const p = ecg.ptp.settings.practitioner;
      assert.equal(p?.asColumn1, 1);
      assert.deepEqual(p?.pairs[0], {
        column1: '93000',
        column2: '93005',
        modifierIndicator: 0,
        modifierMeaning: p?.pairs[0]?.modifierMeaning,
        effectiveDate: '1996-01-01',
      });
    }
    const deletedLater = lookupCode(catalog, { code: '33935' }).medicare as CodeMedicare;
    assert.ok(deletedLater.ptp.loaded && deletedLater.ptp.settings.practitioner?.asColumn1 === 0);
    // (the catalog's CPT list starts in 2026, so ask the Medicare join directly for a 2003 date of service)
    const back = codeMedicare(catalog, '33935', '2003-06-01');
    assert.ok(back.ptp.loaded && back.ptp.settings.practitioner?.asColumn1 === 1);
  });
});
