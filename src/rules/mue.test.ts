// The mue rule on the real NCCI MUE tables of 2026 Q2 (practitioner and outpatient hospital). Each case names a
// code and the indicator it has in the table; the limit is read from the table through the catalog, so the cases
// test "at the limit" and "one over" whatever the quarter's values are. The same cases run on the excerpts of the
// tables.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { mueLayerFor, mueRow, pickLayer } from './catalog-data.js';
import { mueRule } from './mue.js';
import { describeOnCatalogs } from './test-support/catalogs.js';
import { claimOf, DOS, runRule } from './test-support/claims.js';
import type { Claim } from './types.js';

describeOnCatalogs('mue on the real tables', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  function limitOf(code: string, setting: Claim['setting'] = 'practitioner') {
    const picked = pickLayer(catalog, 'ncci', mueLayerFor(setting), DOS);
    const row = picked && mueRow(picked.layer, code);
    assert.ok(row, `${code} has an MUE`);
    return row;
  }

  // [code, indicator in the table, words the message must carry about appeal]
  const perDay: [string, 1 | 2 | 3, string][] = [
    ['27447', 2, 'reopening or appeal will not succeed'],
    ['64483', 2, 'reopening or appeal will not succeed'],
    ['99213', 3, 'may pay units above the MUE on reopening or appeal'],
    ['96372', 3, 'may pay units above the MUE on reopening or appeal'],
    ['J3301', 3, 'medically necessary'],
  ];
  for (const [code, mai, appeal] of perDay) {
    test(`${code} (MAI ${mai}): the limit passes, one more unit is an error`, () => {
      const row = limitOf(code);
      assert.equal(row.adjudicationIndicator, mai);
      assert.deepEqual(runRule(mueRule, claimOf([{ code, units: row.mueValue }]), catalog), []);
      const findings = runRule(mueRule, claimOf([{ code, units: row.mueValue + 1 }]), catalog);
      assert.equal(findings.length, 1);
      const f = findings[0];
      assert.equal(f?.severity, 'error');
      assert.deepEqual(f?.codes, [code]);
      assert.ok(f?.message.includes(`MAI ${mai}, date of service edit`), f?.message);
      assert.ok(f?.message.includes(`MUE of ${row.mueValue} per day`), f?.message);
      assert.ok(f?.message.includes(appeal), f?.message);
      assert.deepEqual(f?.citation, {
        source: 'Medicare NCCI MUE (practitioner services)',
        release: 'ncci:2026-04',
        file: 'ncci/2026Q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv',
        record: `line ${row.line}: ${code}, MUE ${row.mueValue}, MAI ${mai} (${row.adjudicationMeaning}), rationale ${row.rationale}`,
      });
    });
  }

  test('a date-of-service MUE sums the units of every line of the code on that date', () => {
    const { mueValue } = limitOf('99213');
    const split = claimOf([
      { code: '99213', units: mueValue },
      { code: '99213', units: 1, modifiers: ['76'] },
    ]);
    const findings = runRule(mueRule, split, catalog);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.lines, [1, 2]);
    assert.ok(findings[0]?.message.includes(`${mueValue + 1} units`));
    // on another date the units count apart
    const twoDays = claimOf([
      { code: '99213', units: mueValue },
      { code: '99213', units: 1, dateOfService: '2026-05-02' },
    ]);
    assert.deepEqual(runRule(mueRule, twoDays, catalog), []);
  });

  test('MAI 1 (line edit): each line against the MUE; the over line is named', () => {
    const row = limitOf('A6460');
    assert.equal(row.adjudicationIndicator, 1);
    assert.deepEqual(runRule(mueRule, claimOf([{ code: 'A6460', units: row.mueValue }]), catalog), []);
    const findings = runRule(mueRule, claimOf(['99213', { code: 'A6460', units: row.mueValue + 1 }]), catalog);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'error');
    assert.deepEqual(findings[0]?.lines, [2]);
    assert.match(
      findings[0]?.message ?? '',
      /MAI 1, claim line edit\)\. The whole line is denied; the denial may be appealed/,
    );
  });

  test('MAI 1: units split over lines need modifiers showing separate services', () => {
    const { mueValue } = limitOf('A6460');
    const bare = runRule(
      mueRule,
      claimOf([
        { code: 'A6460', units: mueValue },
        { code: 'A6460', units: 1 },
      ]),
      catalog,
    );
    assert.equal(bare.length, 1);
    assert.equal(bare[0]?.severity, 'warning');
    assert.deepEqual(bare[0]?.lines, [1, 2]);
    assert.match(bare[0]?.message ?? '', /lines 1, 2 have none/);
    const sided = runRule(
      mueRule,
      claimOf([
        { code: 'A6460', units: mueValue, modifiers: ['RT'] },
        { code: 'A6460', units: 1, modifiers: ['LT'] },
      ]),
      catalog,
    );
    assert.deepEqual(sided, []);
    // one bare line and one marked repeat is the normal way to report it
    const repeat = runRule(
      mueRule,
      claimOf([
        { code: 'A6460', units: mueValue },
        { code: 'A6460', units: 1, modifiers: ['59'] },
      ]),
      catalog,
    );
    assert.deepEqual(repeat, []);
  });

  test('the setting picks the table: practitioner vs outpatient hospital', () => {
    const practitioner = limitOf('11046', 'practitioner');
    const hospital = limitOf('11046', 'outpatient-hospital');
    assert.ok(hospital.mueValue < practitioner.mueValue, 'the 2026 Q2 tables differ for 11046');
    const units = hospital.mueValue + 1;
    assert.deepEqual(runRule(mueRule, claimOf([{ code: '11046', units }]), catalog), []);
    const findings = runRule(mueRule, claimOf([{ code: '11046', units }], { setting: 'outpatient-hospital' }), catalog);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.citation.source, 'Medicare NCCI MUE (outpatient hospital services)');
    assert.equal(findings[0]?.citation.file, 'ncci/2026Q2/MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv');
  });

  test('an MUE of 0 says the code is not expected at all', () => {
    const row = limitOf('20930');
    assert.equal(row.mueValue, 0);
    const [f] = runRule(mueRule, claimOf([{ code: '20930', units: 1 }]), catalog);
    assert.match(f?.message ?? '', /An MUE of 0 means CMS expects no units of 20930 on practitioner claims/);
  });

  test('controls: codes without an MUE row, and invalid units, give no MUE finding', () => {
    assert.deepEqual(runRule(mueRule, claimOf([{ code: 'Z9999', units: 999 }]), catalog), []);
    assert.deepEqual(runRule(mueRule, claimOf([{ code: '27447', units: 1.5 }]), catalog), []);
    assert.deepEqual(runRule(mueRule, claimOf([{ code: '27447', units: -3 }]), catalog), []);
  });
});
