// Integration tests on the official CMS NCCI files of the staged data folder (see its MANIFEST.md): the 2026 Q2
// add-on code edit table (xlsx) and the 2026 Q2 MUE tables (practitioner CSV + XLSX, outpatient hospital CSV,
// DME supplier CSV). No official PTP table is staged; ptp.test.ts covers PTP on hand-made files. The rows they name
// are also read from the excerpts of the same files (src/catalog/fixtures/excerpts); counts are the official files'.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Parsed } from '../../shared/parse-types.js';
import { type CodesetFiles, describeOnFiles } from '../../shared/test-support/excerpts.js';
import { decodeText } from '../../shared/text.js';
import { parseAddOnCodeEdits } from './aoc-xlsx.js';
import { addOnEditInForce } from './edit-rules.js';
import { mueServiceTypeFromName, parseMueCsv, parseMueXlsx } from './mue.js';
import type { AddOnEdit, MueRow } from './types.js';

const AOC = 'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx';
const MUE_PRA_CSV = 'ncci/2026Q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv';
const MUE_PRA_XLSX = 'ncci/2026Q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx';
const MUE_OPH_CSV = 'ncci/2026Q2/MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv';
const MUE_DME_CSV = 'ncci/2026Q2/MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv';

interface Timed<T> {
  value: Parsed<T>;
  /** parse time alone, file reading and decoding excluded */
  parseMs: number;
}

const cache = new Map<string, Promise<Timed<unknown>>>();

/** Each file is read and parsed once for all the tests that use it. */
function load<T>(
  files: CodesetFiles,
  relative: string,
  parse: (bytes: Buffer, file: string) => Parsed<T> | Promise<Parsed<T>>,
) {
  const key = `${files.official}|${relative}`;
  let loaded = cache.get(key) as Promise<Timed<T>> | undefined;
  if (!loaded) {
    loaded = files.bytes(relative).then(async (bytes) => {
      const start = performance.now();
      const value = await parse(bytes, path.basename(relative));
      return { value, parseMs: Math.round(performance.now() - start) };
    });
    cache.set(key, loaded as Promise<Timed<unknown>>);
  }
  return loaded;
}

/** The loaders of the official files, or of their excerpts. */
function loaders(files: CodesetFiles) {
  return {
    aoc: () => load<AddOnEdit>(files, AOC, parseAddOnCodeEdits),
    mueCsv: (relative: string) => load<MueRow>(files, relative, (bytes, file) => parseMueCsv(decodeText(bytes), file)),
    mueXlsx: () => load<MueRow>(files, MUE_PRA_XLSX, parseMueXlsx),
  };
}

function pairs(edits: AddOnEdit[], addOnCode: string): AddOnEdit[] {
  return edits.filter((e) => e.addOnCode === addOnCode);
}

function mue(rows: MueRow[], code: string): MueRow {
  const row = rows.find((r) => r.code === code);
  assert.ok(row, `${code} has an MUE`);
  return row;
}

describeOnFiles('NCCI add-on code edits, 2026 Q2 (AOC_V2026Q2-MCR.xlsx)', [], (files) => {
  const skip = files.skip(AOC);
  const { aoc } = loaders(files);

  test('9,000 edits, 830 add-on codes, by type 8,293 / 47 / 660, 7,740 not deleted; no issues', {
    skip: skip || files.onlyOfficial,
  }, async (t) => {
    const { value, parseMs } = await aoc();
    t.diagnostic(`AOC_V2026Q2-MCR.xlsx parsed in ${parseMs} ms`);
    const { records, issues } = value;
    assert.deepEqual(issues, []);
    assert.equal(records.length, 9000);
    assert.equal(new Set(records.map((e) => e.addOnCode)).size, 830);
    assert.deepEqual(
      [1, 2, 3].map((type) => records.filter((e) => e.editType === type).length),
      [8293, 47, 660],
    );
    assert.equal(records.filter((e) => e.deletionDate === undefined).length, 7740);
    assert.deepEqual([records[0]?.line, records.at(-1)?.line], [3, 9002]);
  });

  test('99292 is a type 1 add-on whose only primary is 99291, since 2013091 = 2013-04-01', { skip }, async () => {
    const { records } = (await aoc()).value;
    assert.deepEqual(
      pairs(records, '99292').map((e) => [e.editType, e.primaryCode, e.effectiveDate, e.deletionDate ?? null]),
      [[1, '99291', '2013-04-01', null]],
    );
  });

  test('CCCCC: 47 type 2 rows and 8 type 3 rows, kept as contractor-defined with no primary code', {
    skip,
  }, async () => {
    const { records } = (await aoc()).value;
    const contractor = records.filter((e) => e.primaryIsContractorDefined);
    if (files.official)
      assert.deepEqual(
        [2, 3].map((type) => contractor.filter((e) => e.editType === type).length),
        [47, 8],
      );
    assert.ok(contractor.every((e) => e.primaryCode === undefined));
    assert.ok(records.filter((e) => e.editType === 2).every((e) => e.primaryIsContractorDefined));
    // 64727 (type 3): twelve listed primaries, and the contractor may add others
    const e64727 = pairs(records, '64727');
    assert.equal(e64727.length, 13);
    assert.equal(e64727.filter((e) => e.primaryCode !== undefined).length, 12);
    assert.equal(e64727.filter((e) => e.primaryIsContractorDefined).length, 1);
    assert.ok(e64727.every((e) => e.editType === 3));
  });

  test('Julian dates: a leap-year 366th day, a mid-year deletion, the add-on and primary deletion dates', {
    skip,
  }, async () => {
    const { records } = (await aoc()).value;
    assert.ok(records.some((e) => e.deletionDate === '2020-12-31'));
    const [u0005] = pairs(records, 'U0005');
    assert.deepEqual(
      [u0005?.effectiveDate, u0005?.deletionDate, u0005?.addOnDeletionDate, u0005?.primaryDeletionDate],
      ['2021-10-01', '2023-06-30', '2023-06-30', '2023-12-31'],
    );
    const g2211 = pairs(records, 'G2211').filter((e) => e.primaryCode === '99213');
    assert.deepEqual(
      g2211.map((e) => [e.effectiveDate, e.deletionDate ?? null]),
      [
        ['2024-10-01', '2024-10-01'],
        ['2024-01-01', null],
      ],
    );
  });

  test('in force: a pair deleted on 12-31 and re-added as type 3 on 01-01; a suspended pair never', {
    skip,
  }, async () => {
    const { records } = (await aoc()).value;
    const e20701 = pairs(records, '20701').filter((e) => e.primaryCode === '11010');
    const typeOn = (day: string) => e20701.filter((e) => addOnEditInForce(e, day)).map((e) => e.editType);
    assert.deepEqual(typeOn('2019-12-31'), []);
    assert.deepEqual(typeOn('2022-12-31'), [1]);
    assert.deepEqual(typeOn('2023-01-01'), [3]);
    // 96131 with 96130: suspended retroactively to 2019-01-01 (deleted on its effective date), re-added 2025-07-01
    const e96131 = pairs(records, '96131');
    assert.deepEqual(
      e96131.map((e) => [e.effectiveDate, e.deletionDate ?? null, e.notes ?? null]),
      [
        ['2025-07-01', null, null],
        ['2019-01-01', '2019-01-01', '(Temporarily suspended retroactive to 1/1/2019)'],
      ],
    );
    const inForceOn = (day: string) => e96131.filter((e) => addOnEditInForce(e, day)).length;
    assert.deepEqual([inForceOn('2019-01-01'), inForceOn('2025-06-30'), inForceOn('2025-07-01')], [0, 0, 1]);
    const g2211 = pairs(records, 'G2211').filter((e) => e.primaryCode === '99213');
    assert.equal(g2211.filter((e) => addOnEditInForce(e, '2024-10-01')).length, 1);
  });

  test('notes: the quotes wrapping the 205 Pub. 100-04 notes are dropped', { skip }, async () => {
    const { records } = (await aoc()).value;
    const notes = records.filter((e) => e.notes?.startsWith('Based on Internet-Only Manual')).length;
    if (files.official) assert.equal(notes, 205);
    assert.ok(records.every((e) => !e.notes?.startsWith('"')));
  });
});

describeOnFiles('NCCI MUE tables, 2026 Q2', [], (files) => {
  const { mueCsv, mueXlsx } = loaders(files);

  test('practitioner CSV: 15,095 rows, no issues', {
    skip: files.skip(MUE_PRA_CSV) || files.onlyOfficial,
  }, async (t) => {
    const { value, parseMs } = await mueCsv(MUE_PRA_CSV);
    t.diagnostic(`${path.basename(MUE_PRA_CSV)} parsed in ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.records.length, 15095);
    assert.equal(value.records[0]?.line, 10, 'after the 7-line notice and the 2-line header');
    assert.deepEqual(
      [1, 2, 3].map((mai) => value.records.filter((r) => r.adjudicationIndicator === mai).length),
      [41, 5417, 9637],
    );
  });

  test('outpatient hospital CSV: 15,045 rows; DME supplier CSV: 3,083 rows', {
    skip: files.skip(MUE_OPH_CSV, MUE_DME_CSV) || files.onlyOfficial,
  }, async (t) => {
    const oph = await mueCsv(MUE_OPH_CSV);
    const dme = await mueCsv(MUE_DME_CSV);
    t.diagnostic(`${path.basename(MUE_OPH_CSV)} parsed in ${oph.parseMs} ms`);
    t.diagnostic(`${path.basename(MUE_DME_CSV)} parsed in ${dme.parseMs} ms`);
    assert.deepEqual([oph.value.issues, dme.value.issues], [[], []]);
    assert.equal(oph.value.records.length, 15045);
    assert.equal(dme.value.records.length, 3083);
  });

  test('practitioner CSV and XLSX agree row for row', {
    skip: files.skip(MUE_PRA_CSV, MUE_PRA_XLSX) || files.onlyOfficial,
  }, async (t) => {
    const xlsx = await mueXlsx();
    t.diagnostic(`${path.basename(MUE_PRA_XLSX)} parsed in ${xlsx.parseMs} ms`);
    const csv = (await mueCsv(MUE_PRA_CSV)).value;
    assert.deepEqual(xlsx.value.issues, []);
    const strip = ({ line: _line, ...rest }: MueRow) => rest;
    assert.deepEqual(xlsx.value.records.map(strip), csv.records.map(strip));
    assert.equal(xlsx.value.records[0]?.line, 3);
  });

  test('known values: J1100, A0425 (a line edit), 0001U (a policy edit) and 97110 by setting', {
    skip: files.skip(MUE_PRA_CSV, MUE_OPH_CSV, MUE_DME_CSV),
  }, async () => {
    const pra = (await mueCsv(MUE_PRA_CSV)).value.records;
    const oph = (await mueCsv(MUE_OPH_CSV)).value.records;
    const dme = (await mueCsv(MUE_DME_CSV)).value.records;
    const { line: _line, ...j1100 } = mue(pra, 'J1100');
    assert.deepEqual(j1100, {
      code: 'J1100',
      mueValue: 120,
      adjudicationIndicator: 3,
      adjudicationMeaning: 'Date of service edit: clinical',
      rationale: 'Clinical: Data',
    });
    assert.deepEqual([mue(dme, 'J1100').mueValue, mue(dme, 'J1100').rationale], [0, 'CMS Policy']);
    const a0425 = mue(pra, 'A0425');
    assert.deepEqual([a0425.mueValue, a0425.adjudicationIndicator, a0425.adjudicationMeaning], [250, 1, 'Line edit']);
    assert.deepEqual([mue(pra, '97110').mueValue, mue(oph, '97110').mueValue], [6, 8]);
    const policy = mue(pra, '0001U');
    assert.deepEqual([policy.adjudicationIndicator, policy.adjudicationMeaning], [2, 'Date of service edit: policy']);
  });

  // about the names, not the files: once
  test('the file names give the service types', { skip: files.official ? false : 'read from the names only' }, () => {
    assert.deepEqual([MUE_PRA_CSV, MUE_PRA_XLSX, MUE_OPH_CSV, MUE_DME_CSV].map(mueServiceTypeFromName), [
      'practitioner',
      'practitioner',
      'outpatient-hospital',
      'dme-supplier',
    ]);
  });
});
