// What a CPT page shows beyond the fee: the MUE adjudication indicators' meanings, the RVU file's other columns in
// words, the dates the add-on edit table and the lab NCD spreadsheet give for a code, the amounts in a locality
// (against amounts worked out by hand from the excerpt's rows) and the picker's choices; on the excerpts of the
// official files, and on the mini catalog, which has no NCD spreadsheet.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { MUE_ADJUDICATION_EXPLANATIONS } from '../../codesets/ncci/edit-rules.js';
import { GLOBAL_DAYS_MEANINGS, RVU_COLUMN_MEANINGS } from '../../codesets/pfs/index.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { Catalog } from '../catalog.js';
import { importCatalog } from '../import/import-catalog.js';
import { lookupCode } from '../lookup.js';
import { excerptCatalogDir } from '../test-support/excerpt-codesets.js';
import { miniCodesets } from '../test-support/mini-codesets.js';
import { codeFileDates } from './code-dates.js';
import type { CodeMedicare } from './code-medicare.js';
import { localityChoices, localityPayment } from './locality-payment.js';

function medicare(catalog: Catalog, system: 'cpt' | 'hcpcs', code: string): CodeMedicare {
  return lookupCode(catalog, { system, code }).medicare as CodeMedicare;
}

describe('indicator and MAI meanings', () => {
  test('each MUE adjudication indicator says what it does to a claim, as the NCCI Policy Manual puts it', () => {
    assert.match(MUE_ADJUDICATION_EXPLANATIONS[1], /^Claim line edit: .*another line with an appropriate modifier/);
    assert.match(MUE_ADJUDICATION_EXPLANATIONS[2], /^Date of service edit based on policy: .*may not override/);
    assert.match(MUE_ADJUDICATION_EXPLANATIONS[3], /^Date of service edit based on clinical benchmarks: .*may pay/);
  });

  test('the global periods without a number of days: XXX, YYY, ZZZ and MMM', () => {
    assert.match(GLOBAL_DAYS_MEANINGS.XXX ?? '', /global concept does not apply/);
    assert.match(GLOBAL_DAYS_MEANINGS.YYY ?? '', /contractor determines .* postoperative period/);
    assert.match(GLOBAL_DAYS_MEANINGS.ZZZ ?? '', /^Add-on: .*included in the global period of that service/);
    assert.match(GLOBAL_DAYS_MEANINGS.MMM ?? '', /^Maternity code/);
  });

  test("the RVU file's flag columns and the global split name their column and the modifiers they concern", () => {
    assert.match(RVU_COLUMN_MEANINGS.globalSplit, /modifier 56.*modifier 54.*modifier 55/);
    assert.match(RVU_COLUMN_MEANINGS.endoscopicBase, /multiple procedure indicator 3/);
    assert.match(RVU_COLUMN_MEANINGS.nonFacilityNa, /no non-facility amount/);
  });
});

describe("a CPT code page's data on the excerpts of the official files", () => {
  let catalog: Catalog;
  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('the MUE of each setting carries its MAI explanation', () => {
    const mue = medicare(catalog, 'cpt', '99213').mue;
    assert.equal(mue.practitioner?.indicator, 3);
    assert.equal(mue.practitioner?.explanation, MUE_ADJUDICATION_EXPLANATIONS[3]);
    assert.equal(mue.outpatientHospital?.explanation, MUE_ADJUDICATION_EXPLANATIONS[3]);
  });

  test('the payment rows carry the global surgery split, the endoscopic base and the not-used flag', () => {
    const p = medicare(catalog, 'cpt', '10060').payment;
    assert.ok(p && 'rows' in p);
    assert.deepEqual(p.rows[0]?.globalSplit, { preOp: 0.1, intraOp: 0.8, postOp: 0.1 });
    assert.equal(p.rows[0]?.notUsedForMedicare, false);
    const i = medicare(catalog, 'cpt', '99417').payment;
    assert.ok(i && 'rows' in i);
    assert.equal(i.rows[0]?.notUsedForMedicare, true);
  });

  test('dates of the add-on table: an add-on code and a primary, each with its file and row; withdrawn edits are not events', () => {
    const addOn = codeFileDates(catalog, '99292');
    const start = addOn.dates.find((d) => d.event.startsWith('Add-on code edits for 99292 take effect'));
    assert.ok(start, JSON.stringify(addOn.dates));
    assert.equal(start.date, '2013-04-01');
    assert.match(start.event, /1 primary code \(99291\)/);
    assert.equal(start.file, 'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx');
    assert.ok(start.line > 2);
    const primary = codeFileDates(catalog, '99291');
    assert.ok(primary.dates.some((d) => d.date === '2013-04-01' && /primary code of add-on 99292/.test(d.event)));
    assert.ok(primary.dates.some((d) => d.date === '2017-01-01' && /primary code of add-on 96161/.test(d.event)));
    // 96131 with 96130: one edit from 2025, one withdrawn the day it began (2019-01-01 to 2019-01-01)
    const withdrawn = codeFileDates(catalog, '96131');
    assert.deepEqual(
      withdrawn.dates.map((d) => d.date),
      ['2025-07-01'],
    );
    assert.deepEqual(
      withdrawn.read.map((r) => r.source),
      ['NCCI add-on code edit table', 'Clinical laboratory NCD spreadsheet'],
    );
  });

  test('the lab NCDs that list a code, with the row of the code in the spreadsheet', () => {
    const m = medicare(catalog, 'cpt', '85025');
    assert.equal(m.labNcdsNotLoaded, undefined);
    const ncd = m.labNcds?.find((n) => n.ncd === '190.15');
    assert.ok(ncd, JSON.stringify(m.labNcds));
    assert.equal(ncd.title, 'Blood Counts');
    assert.ok((ncd.line ?? 0) > 0);
  });

  test('the amounts in a locality are the fee formula on its GPCIs (worked by hand), and differ by locality', () => {
    const manhattan = localityPayment(catalog, { code: '99213', locality: '13202-01' });
    // (1.30 x 1.063 + 1.46 x 1.318 + 0.09 x 1.285) x 33.4009 = 114.29; facility PE 0.33: 64.55
    assert.deepEqual(manhattan.rows, [{ modifier: '', nonFacility: 114.29, facility: 64.55, reasons: [] }]);
    assert.equal(manhattan.locality.name, 'MANHATTAN');
    // the excerpts' county and anesthesia files are older than the GPCIs: true, but not about these amounts
    assert.deepEqual(manhattan.warnings, []);
    const late = localityPayment(catalog, { code: '99213', locality: '13202-01', date: '2027-03-01' });
    assert.equal(late.warnings.length, 2, 'a date past the RVU and GPCI files: both said');
    assert.match(late.warnings[0] ?? '', /No loaded Medicare Physician Fee Schedule release covers 2027-03-01/);
    const alaska = localityPayment(catalog, { code: '99213', locality: '02102-01' });
    // (1.30 x 1.500 + 1.46 x 1.065 + 0.09 x 0.551) x 33.4009 = 118.72; facility: 78.53
    assert.deepEqual(
      alaska.rows.map((r) => [r.nonFacility, r.facility]),
      [[118.72, 78.53]],
    );
    const imaging = localityPayment(catalog, { code: '70553', locality: 'manhattan' });
    assert.deepEqual(
      imaging.rows.map((r) => r.modifier),
      ['', '26', 'TC'],
    );
    assert.throws(() => localityPayment(catalog, { code: '99213', locality: 'nowhere' }), { code: 'LOCALITY_UNKNOWN' });
  });

  test("the picker's choices are the GPCI file's localities, labelled with state, name and id", () => {
    const { release, choices } = localityChoices(catalog);
    assert.equal(release, 'pfs:2026');
    assert.deepEqual(choices, [
      { id: '02102-01', label: 'AK — ALASKA (02102-01)' },
      { id: '13202-01', label: 'NY — MANHATTAN (13202-01)' },
    ]);
  });
});

describe('a CPT code on a catalog without the lab NCD spreadsheet', () => {
  test('says plainly that no NCD file is loaded', async () => {
    const dir = tempDir();
    try {
      await importCatalog({ from: miniCodesets, dataDir: dir.path });
      const m = medicare(Catalog.open(dir.path), 'cpt', '99213');
      assert.equal(m.labNcds, undefined);
      assert.match(m.labNcdsNotLoaded ?? '', /No clinical laboratory NCD spreadsheet is loaded/);
      assert.deepEqual(m.fileDates?.read, []);
    } finally {
      dir.remove();
    }
  });
});
