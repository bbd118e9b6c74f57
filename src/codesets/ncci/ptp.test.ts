import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../shared/errors.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { buildZip } from '../../shared/test-support/zip-writer.js';
import { decodeText } from '../../shared/text.js';
import { readZipMember } from '../archive/index.js';
import { ptpEditInForce } from './edit-rules.js';
import { parsePtpText, parsePtpXlsx, ptpSettingFromName } from './ptp.js';
import type { PtpEdit } from './types.js';

const PRACTITIONER = 'ccipra-v322r0-f1-sample.txt';
const HOSPITAL = 'ccioph-v322r0-f1-sample.txt';

function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

function fixture(name: string): string {
  return decodeText(fixtureBytes(name));
}

function edit(edits: PtpEdit[], column1: string, column2: string): PtpEdit {
  const found = edits.find((e) => e.column1 === column1 && e.column2 === column2);
  assert.ok(found, `${column1}/${column2} is in the file`);
  return found;
}

describe('parsePtpText on the practitioner sample (ccipra layout)', () => {
  test('skips the copyright line, the title and the 4 heading lines; reads every edit', () => {
    const { records, issues } = parsePtpText(fixture(PRACTITIONER), PRACTITIONER);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      records.map((e) => [e.line, e.column1, e.column2]),
      [
        [7, '10060', '11055'],
        [8, '29881', '29877'],
        [9, '33935', '33924'],
        [10, '33935', '33945'],
        [11, '93000', '93005'],
      ],
    );
  });

  test('an edit in existence before 1996, with no deletion date ("*" = no data)', () => {
    const { records } = parsePtpText(fixture(PRACTITIONER), PRACTITIONER);
    assert.deepEqual(edit(records, '10060', '11055'), {
      column1: '10060',
      column2: '11055',
      existedBefore1996: true,
      effectiveDate: '1996-01-01',
      modifierIndicator: 1,
      modifierMeaning:
        'Allowed: an NCCI PTP-associated modifier may bypass this edit when the clinical circumstances justify it',
      rationale: 'Standards of medical / surgical practice',
      line: 7,
    });
    const e = edit(records, '29881', '29877');
    assert.equal(e.existedBefore1996, false);
    assert.equal(e.deletionDate, undefined);
    assert.equal(e.modifierIndicator, 0);
    assert.match(e.modifierMeaning, /^Not allowed/);
  });

  test('a deleted edit applies through its deletion date, not after', () => {
    const { records } = parsePtpText(fixture(PRACTITIONER), PRACTITIONER);
    const deleted = edit(records, '33935', '33924');
    assert.equal(deleted.effectiveDate, '2000-01-01');
    assert.equal(deleted.deletionDate, '2004-12-31');
    assert.equal(ptpEditInForce(deleted, '1999-12-31'), false);
    assert.equal(ptpEditInForce(deleted, '2000-01-01'), true);
    assert.equal(ptpEditInForce(deleted, '2004-12-31'), true);
    assert.equal(ptpEditInForce(deleted, '2005-01-01'), false);
    const active = edit(records, '29881', '29877');
    assert.equal(ptpEditInForce(active, '2005-12-31'), false);
    assert.equal(ptpEditInForce(active, '2026-04-01'), true);
  });

  test('modifier indicator 9: deleted on its effective date, never in force', () => {
    const { records } = parsePtpText(fixture(PRACTITIONER), PRACTITIONER);
    const nine = edit(records, '33935', '33945');
    assert.equal(nine.modifierIndicator, 9);
    assert.match(nine.modifierMeaning, /^Not applicable/);
    assert.equal(nine.effectiveDate, nine.deletionDate);
    for (const day of ['2009-03-31', '2009-04-01', '2009-04-02', '2026-01-01']) {
      assert.equal(ptpEditInForce(nine, day), false, day);
    }
  });

  test('a date of service not written YYYY-MM-DD throws BAD_DATE', () => {
    const { records } = parsePtpText(fixture(PRACTITIONER), PRACTITIONER);
    assert.throws(
      () => ptpEditInForce(records[0] as PtpEdit, '04/01/2026'),
      (e: unknown) => isAppError(e) && e.code === 'BAD_DATE',
    );
  });
});

describe('parsePtpText on the outpatient hospital sample (ccioph layout)', () => {
  test('same layout: a blank last line is skipped; deleted and indicator-9 edits read', () => {
    const { records, issues } = parsePtpText(fixture(HOSPITAL), HOSPITAL);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      records.map((e) => [e.line, e.column1, e.column2, e.modifierIndicator, e.deletionDate ?? '*']),
      [
        [7, '0001U', '36415', 1, '*'],
        [8, '29881', '29877', 0, '*'],
        [9, '96372', '96374', 1, '2017-12-31'],
        [10, 'G0463', '99213', 9, '2014-01-01'],
      ],
    );
    assert.equal(edit(records, '0001U', '36415').rationale, 'CPT Manual or CMS manual coding instruction');
  });

  test('the file names tell the two tables apart', () => {
    assert.equal(ptpSettingFromName(PRACTITIONER), 'practitioner');
    assert.equal(ptpSettingFromName(`some/dir/${HOSPITAL}`), 'outpatient-hospital');
    assert.equal(ptpSettingFromName('CCIPRA-V322R0-F4.TXT'), 'practitioner');
    assert.equal(ptpSettingFromName('MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv'), undefined);
  });
});

describe('parsePtpText with bad rows', () => {
  test('each bad row gives an issue with its line and column and is left out; good rows around it are kept', () => {
    const { records, issues } = parsePtpText(fixture('ptp-bad-rows.txt'), 'ptp-bad-rows.txt');
    assert.deepEqual(
      records.map((e) => e.line),
      [7, 13],
    );
    assert.deepEqual(
      issues.map((i) => [i.line, i.field, i.message]),
      [
        [8, 'Column 1', '"2988" is not a HCPCS/CPT code (5 letters or digits); row left out'],
        [9, 'Effective Date', 'effective date "20150231" is not a YYYYMMDD date; row left out'],
        [10, 'Deletion Date', 'deletion date "none" is neither a YYYYMMDD date nor "*"; row left out'],
        [11, 'Modifier', 'modifier indicator "2" is not 0, 1 or 9; row left out'],
        [12, '*=in existence prior to 1996', '"Y" is neither "*" nor blank; row left out'],
      ],
    );
    assert.ok(issues.every((i) => i.file === 'ptp-bad-rows.txt'));
  });

  test('a row cut short reports each missing field', () => {
    const text = `${fixture(PRACTITIONER)}29881\t29877\r\n`;
    const { issues } = parsePtpText(text, 'short.txt');
    assert.deepEqual(
      issues.map((i) => [i.line, i.field]),
      [
        [12, 'Effective Date'],
        [12, 'Modifier'],
      ],
    );
  });
});

describe('parsePtpText on other heading shapes', () => {
  test('the headings on one line, LF endings: same edits', () => {
    const text =
      'CPT only copyright 2025 American Medical Association. All rights reserved.\n' +
      'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t' +
      'Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n' +
      '33935\t33924\t\t20000101\t20041231\t1\tStandards of medical / surgical practice\n';
    const { records, issues } = parsePtpText(text, 'one-line.txt');
    assert.deepEqual(issues, []);
    const { line: _line, ...oneLine } = records[0] as PtpEdit;
    const { line: _line7, ...sample } = edit(
      parsePtpText(fixture(PRACTITIONER), PRACTITIONER).records,
      '33935',
      '33924',
    );
    assert.deepEqual(oneLine, sample);
    assert.equal(records[0]?.line, 3);
  });

  test('a heading without the rationale column: one issue on the heading line, rationale left empty', () => {
    const text = 'Column 1\tColumn 2\tEffective Date\tDeletion Date\tModifier\n29881\t29877\t20060101\t*\t0\n';
    const { records, issues } = parsePtpText(text, 'no-rationale.txt');
    assert.deepEqual(
      issues.map((i) => [i.line, i.message]),
      [[1, 'the heading has no column *=in existence prior to 1996, PTP Edit Rationale; those fields are left empty']],
    );
    assert.deepEqual(
      records.map((e) => [e.column1, e.column2, e.existedBefore1996, e.rationale]),
      [['29881', '29877', false, '']],
    );
  });
});

describe('parsePtpText refuses other files', () => {
  test('an MUE table or an empty file is CODESET_NOT_RECOGNIZED', () => {
    const mue = 'HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n';
    for (const [text, file] of [
      [mue, 'mue.csv'],
      ['', 'empty.txt'],
    ] as const) {
      assert.throws(
        () => parsePtpText(text, file),
        (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && e.message.includes(file),
      );
    }
  });

  test('a heading without the Effective/Deletion/Modifier columns is CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parsePtpText('Column 1\tColumn 2\tNotes\n29881\t29877\tx\n', 'pairs.txt'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /Effective Date/.test(e.message),
    );
  });
});

describe('a PTP zip as CMS ships it', () => {
  test('the text member read from the zip parses the same as the file', async () => {
    const dir = tempDir();
    try {
      const zipPath = path.join(dir.path, 'ccipra-v322r0-f1.zip');
      const member = 'ccipra-v322r0-f1.TXT';
      writeFileSync(zipPath, buildZip([{ name: member, data: fixtureBytes(PRACTITIONER), method: 'deflate' }]));
      const text = decodeText(await readZipMember(zipPath, member));
      assert.deepEqual(parsePtpText(text, member).records, parsePtpText(fixture(PRACTITIONER), PRACTITIONER).records);
    } finally {
      dir.remove();
    }
  });
});

describe('parsePtpXlsx on generated workbooks', () => {
  /** The practitioner sample as sheet rows; dates and indicators typed as numbers, as a spreadsheet would. */
  function sampleRows(): (string | number | null)[][] {
    return fixture(PRACTITIONER)
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line, i) =>
        line.split('\t').map((cell) => {
          if (cell === '') return null;
          return i >= 6 && /^\d{8}$|^[019]$/.test(cell) ? Number(cell) : cell;
        }),
      );
  }

  async function workbookBytes(rows: (string | number | null)[][], merge?: (s: ExcelJS.Worksheet) => void) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ccipra-v322r0-f1');
    for (const row of rows) sheet.addRow(row);
    merge?.(sheet);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  test('same edits as the text form, numeric cells included; line = sheet row', async () => {
    const { records, issues } = await parsePtpXlsx(await workbookBytes(sampleRows()), 'ccipra.xlsx');
    assert.deepEqual(issues, []);
    assert.deepEqual(records, parsePtpText(fixture(PRACTITIONER), PRACTITIONER).records);
  });

  test('heading cells merged down over the 4 heading rows read the same', async () => {
    const rows = sampleRows();
    const bytes = await workbookBytes(rows, (sheet) => {
      sheet.mergeCells('A3:A6');
      sheet.mergeCells('B3:B6');
      sheet.mergeCells('G3:G6');
    });
    const { records, issues } = await parsePtpXlsx(bytes, 'merged.xlsx');
    assert.deepEqual(issues, []);
    assert.equal(records.length, 5);
    assert.equal(records[0]?.line, 7);
  });

  test('a workbook without the PTP heading is CODESET_NOT_RECOGNIZED', async () => {
    const bytes = await workbookBytes([
      ['AOC_Edit_Type', 'Add-On_Code', 'Primary_Code'],
      ['1', '99292', '99291'],
    ]);
    await assert.rejects(
      parsePtpXlsx(bytes, 'aoc.xlsx'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});
