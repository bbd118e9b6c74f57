import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../shared/errors.js';
import { ANWEB_FIELDS } from './anweb-layout.js';
import { parseHcpcsAnwebXlsx } from './anweb-xlsx.js';

// A tiny workbook shaped like CMS's: note rows, a header row, then one row per code. The columns are put in an
// order of our own (and most are left out) to prove they are mapped by header name.
const HEADER = ['RECID', 'HCPC', 'SEQNUM', 'LONG DESCRIPTION', 'SHORT DESCRIPTION', 'PRICE1', 'PRICE2', 'TOS1', 'TOS2'];
const TAIL = ['BETOS', 'COV', 'ADD_DT', 'ACT EFF DT', 'TERM DT', 'ACTION CD'];
const ABSENT = ANWEB_FIELDS.map((f) => f.name).filter((name) => ![...HEADER, ...TAIL, 'ADD DT'].includes(name));

async function workbookBytes(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('A');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const anwebRows: (string | number | null)[][] = [
  ['***Disclaimers'],
  [],
  ['*Inclusion or exclusion of a procedure does not imply any health insurance coverage.'],
  [],
  [...HEADER, ...TAIL],
  [
    '7',
    '   GA',
    '0010',
    'Waiver of liability statement issued as required by payer policy',
    'Waiver of liability',
    null,
    null,
    null,
    null,
    null,
    'C',
    '20020701',
    '20170101',
    null,
    'N',
  ],
  [
    '3',
    'G0503',
    '0010',
    'Subsequent psychiatric collaborative care management, first 60 minutes',
    'Subseq  psych care man,60mi',
    '13',
    null,
    '1',
    null,
    'M5D',
    'C',
    '20170101',
    '20180101',
    '20171231',
    'N',
  ],
  // CMS's 2019 and 2020 sheets continue G0503 on a RECID 4 row
  ['4', 'G0503', '0020', 'goals and are prepared for discharge from active treatment'],
  // a date CMS typed as a number, and a row with an unknown record id
  [
    3,
    'C9301',
    '0010',
    'Obecabtagene autoleucel, per therapeutic dose',
    'Obecabtagene car pos t',
    '53',
    '11',
    '1',
    'P',
    'O1E',
    'D',
    20250401,
    '20250701',
    '20250630',
    'N',
  ],
  ['9', 'X0000', '0010', 'not a record'],
];

describe('parseHcpcsAnwebXlsx on a generated workbook', () => {
  test('finds the header below the note rows and maps columns by name', async () => {
    const { records, issues } = await parseHcpcsAnwebXlsx(await workbookBytes(anwebRows), 'anweb.xlsx');
    assert.deepEqual(
      records.map((r) => [r.kind, r.code, r.line]),
      [
        ['modifier', 'GA', 6],
        ['code', 'G0503', 7],
        ['code', 'C9301', 9],
      ],
    );
    const c9301 = records.find((r) => r.code === 'C9301');
    assert.deepEqual(c9301?.pricing, ['53', '11']);
    assert.deepEqual(c9301?.typeOfService, ['1', 'P']);
    assert.equal(c9301?.betos, 'O1E');
    assert.equal(c9301?.addDate, '2025-04-01', 'numeric cell');
    assert.equal(c9301?.terminationDate, '2025-06-30');
    assert.equal(records.find((r) => r.code === 'GA')?.actionEffectiveDate, '2017-01-01');
    assert.deepEqual(
      issues.map((i) => [i.line, i.field ?? null]),
      [
        [5, null],
        [10, 'RECID'],
      ],
    );
    assert.equal(issues[0]?.message, `the header row has no column ${ABSENT.join(', ')}; those fields are left empty`);
  });

  test('a RECID 4 row continues the long description of the row above', async () => {
    const { records } = await parseHcpcsAnwebXlsx(await workbookBytes(anwebRows), 'anweb.xlsx');
    assert.equal(
      records.find((r) => r.code === 'G0503')?.longDescription,
      'Subsequent psychiatric collaborative care management, first 60 minutes goals and are prepared for discharge from active treatment',
    );
  });

  test('a workbook without the ANWEB header row is refused with CODESET_NOT_RECOGNIZED', async () => {
    const bytes = await workbookBytes([
      ['AOC_Edit_Type', 'Add-On_Code', 'Primary_Code'],
      ['1', '99999', '99998'],
    ]);
    await assert.rejects(
      parseHcpcsAnwebXlsx(bytes, 'aoc.xlsx'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /aoc\.xlsx/.test(e.message),
    );
  });

  test('bytes that are not a workbook are refused with CODESET_NOT_RECOGNIZED', async () => {
    await assert.rejects(
      parseHcpcsAnwebXlsx(new TextEncoder().encode('HCPC,SEQNUM,RECID\n'), 'anweb.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});
