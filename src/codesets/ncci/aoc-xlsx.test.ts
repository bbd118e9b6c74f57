import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../shared/errors.js';
import { ADD_ON_EDIT_TYPE_MEANINGS, parseAddOnCodeEdits } from './aoc-xlsx.js';
import { addOnEditInForce } from './edit-rules.js';
import type { AddOnEdit } from './types.js';

// A workbook shaped like CMS's AOC_V<year>Q<n>-MCR.xlsx: the AMA notice merged over row 1, the header in row 2, one
// row per add-on/primary pair. The columns are put in an order of our own to prove they are mapped by name.
const HEADER = [
  'Add-On_Code',
  'AOC_Edit_Type',
  'Primary_Code',
  'AOC_Edit_EffDT',
  'AOC_Edit_DelDT',
  'AOC_DelDT',
  'Primary_Code_DelDT',
  'Special_Instruction_Notes',
];

type Cell = string | number | null;

async function workbookBytes(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('AOC_V2026Q2-MCR_xlsx');
  for (const row of rows) sheet.addRow(row);
  sheet.mergeCells('A1:H1');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const rows: Cell[][] = [
  ['Current Procedural Terminology (CPT) codes ... copyright 2025 American Medical Association.\nCPT\u00ae ...'],
  HEADER,
  ['99292', '1', '99291', '2013091', null, null, null, null], // 3
  ['0054T', '2', 'CCCCC', '2013091', null, null, null, 'Contractor Defined Primary Codes'], // 4
  ['64727', '3', '64702', 2013091, null, null, null, null], // 5: a date typed as a number
  ['64727', '3', 'CCCCC', '2013091', null, null, null, 'Contractor Defined Primary Codes'], // 6
  ['20701', '1', '11010', '2020001', '2022365', null, null, null], // 7: deleted on 12-31 ...
  ['20701', '3', '11010', '2023001', null, null, null, null], // 8: ... re-added as type 3 on 01-01
  ['96131', '1', '96130', '2019001', '2019001', null, null, '(Temporarily suspended retroactive to 1/1/2019)'], // 9
  ['U0005', '1', 'U0004', '2021274', '2023181', '2023181', '2023365', null], // 10
  ['69990', '1', '61304', '2013091', null, null, null, '"Based on Internet-Only Manual, Pub. 100-04"'], // 11
  [null, null, null, null, null, null, null, null], // 12: blank
  ['99999', '4', '99998', '2013091', null, null, null, null], // 13: bad type
  ['9929', '1', '99291', '2013091', null, null, null, null], // 14: bad add-on code
  ['99292', '1', '99291', '2023400', null, null, null, null], // 15: bad Julian date
  ['99292', '1', '99291', null, null, null, null, null], // 16: no effective date
  ['G0506', '1', 'CCCCC', '2017001', null, null, null, null], // 17: type 1 with CCCCC, kept
];

function find(edits: AddOnEdit[], line: number): AddOnEdit {
  const edit = edits.find((e) => e.line === line);
  assert.ok(edit, `row ${line} was read`);
  return edit;
}

describe('parseAddOnCodeEdits on a generated workbook', () => {
  test('a type 1 edit with its one primary, Julian date converted', async () => {
    const { records } = await parseAddOnCodeEdits(await workbookBytes(rows), 'aoc.xlsx');
    assert.deepEqual(find(records, 3), {
      editType: 1,
      editTypeMeaning: 'Only the listed primary codes are acceptable',
      addOnCode: '99292',
      primaryCode: '99291',
      primaryIsContractorDefined: false,
      effectiveDate: '2013-04-01',
      line: 3,
    });
  });

  test('CCCCC is kept as its meaning: no primary code, contractor-defined', async () => {
    const { records } = await parseAddOnCodeEdits(await workbookBytes(rows), 'aoc.xlsx');
    const type2 = find(records, 4);
    assert.equal(type2.editType, 2);
    assert.equal(type2.primaryCode, undefined);
    assert.equal(type2.primaryIsContractorDefined, true);
    assert.equal(type2.editTypeMeaning, ADD_ON_EDIT_TYPE_MEANINGS[2]);
    assert.equal(type2.notes, 'Contractor Defined Primary Codes');
    const type3 = records.filter((e) => e.addOnCode === '64727');
    assert.deepEqual(
      type3.map((e) => [e.editType, e.primaryCode ?? null, e.primaryIsContractorDefined, e.effectiveDate]),
      [
        [3, '64702', false, '2013-04-01'],
        [3, null, true, '2013-04-01'],
      ],
    );
    assert.match(type3[0]?.editTypeMeaning ?? '', /^Some primary codes are listed/);
  });

  test('deletion dates of the edit, the add-on and the primary are read; a wrapping pair of quotes is dropped', async () => {
    const { records } = await parseAddOnCodeEdits(await workbookBytes(rows), 'aoc.xlsx');
    const u0005 = find(records, 10);
    assert.equal(u0005.effectiveDate, '2021-10-01');
    assert.equal(u0005.deletionDate, '2023-06-30');
    assert.equal(u0005.addOnDeletionDate, '2023-06-30');
    assert.equal(u0005.primaryDeletionDate, '2023-12-31');
    assert.equal(find(records, 11).notes, 'Based on Internet-Only Manual, Pub. 100-04');
    assert.equal(find(records, 9).notes, '(Temporarily suspended retroactive to 1/1/2019)');
  });

  test('addOnEditInForce: through the deletion date, the re-added edit from the next day', async () => {
    const { records } = await parseAddOnCodeEdits(await workbookBytes(rows), 'aoc.xlsx');
    const old = find(records, 7);
    const readded = find(records, 8);
    assert.equal(addOnEditInForce(old, '2019-12-31'), false);
    assert.equal(addOnEditInForce(old, '2022-12-31'), true);
    assert.equal(addOnEditInForce(old, '2023-01-01'), false);
    assert.equal(addOnEditInForce(readded, '2022-12-31'), false);
    assert.equal(addOnEditInForce(readded, '2023-01-01'), true);
    assert.equal(addOnEditInForce(find(records, 3), '2026-04-01'), true);
  });

  test('an edit deleted on its effective date (suspended retroactively) never applies', async () => {
    const { records } = await parseAddOnCodeEdits(await workbookBytes(rows), 'aoc.xlsx');
    const suspended = find(records, 9);
    assert.equal(suspended.effectiveDate, '2019-01-01');
    assert.equal(suspended.deletionDate, '2019-01-01');
    assert.equal(addOnEditInForce(suspended, '2019-01-01'), false);
    assert.equal(addOnEditInForce(suspended, '2020-06-01'), false);
  });

  test('bad rows give issues with their row and column and are left out; the blank row is skipped', async () => {
    const { records, issues } = await parseAddOnCodeEdits(await workbookBytes(rows), 'aoc.xlsx');
    assert.deepEqual(
      records.map((e) => e.line),
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 17],
    );
    assert.deepEqual(
      issues.map((i) => [i.line, i.field, i.message]),
      [
        [13, 'AOC_Edit_Type', 'edit type "4" is not 1, 2 or 3; row left out'],
        [14, 'Add-On_Code', '"9929" is not a HCPCS/CPT code (5 letters or digits); row left out'],
        [15, 'AOC_Edit_EffDT', '"2023400" is not a Julian date (YYYYDDD); row left out'],
        [16, 'AOC_Edit_EffDT', 'the date is blank; row left out'],
        [17, 'Primary_Code', 'a type 1 edit should list its primary, not CCCCC; kept as contractor-defined'],
      ],
    );
  });

  test('a header without the optional columns: one issue on the header row, the edits still read', async () => {
    const bytes = await workbookBytes([
      ['notice'],
      ['AOC_Edit_Type', 'Add-On_Code', 'Primary_Code', 'AOC_Edit_EffDT'],
      ['1', '99292', '99291', '2013091'],
    ]);
    const { records, issues } = await parseAddOnCodeEdits(bytes, 'aoc.xlsx');
    assert.equal(records.length, 1);
    assert.deepEqual(issues, [
      {
        file: 'aoc.xlsx',
        line: 2,
        message:
          'the header row has no column AOC_DelDT, Primary_Code_DelDT, AOC_Edit_DelDT, Special_Instruction_Notes; those fields are left empty',
      },
    ]);
  });

  test('a workbook of another kind, or bytes that are no workbook, are CODESET_NOT_RECOGNIZED', async () => {
    const mue = await workbookBytes([
      ['HCPCS/\nCPT Code', 'Practitioner Services MUE Values'],
      ['99213', '2'],
    ]);
    await assert.rejects(
      parseAddOnCodeEdits(mue, 'mue.xlsx'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /mue\.xlsx/.test(e.message),
    );
    await assert.rejects(
      parseAddOnCodeEdits(new TextEncoder().encode('AOC_Edit_Type,Add-On_Code\n'), 'aoc.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});
