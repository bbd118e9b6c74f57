import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../shared/errors.js';
import { decodeText } from '../../shared/text.js';
import { mueServiceTypeFromName, parseMueCsv, parseMueXlsx } from './mue.js';
import type { MueRow } from './types.js';

const SAMPLE = 'MCR_MUE_PractitionerServices_sample.csv';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

async function workbookBytes(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('PractitionerSvcEff-04-01-2026');
  for (const row of rows) sheet.addRow(row);
  sheet.mergeCells('A1:D1');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const withoutLine = ({ line: _line, ...rest }: MueRow): Omit<MueRow, 'line'> => rest;

describe('parseMueCsv on a hand-made file in the CMS layout', () => {
  test('skips the 7-line AMA notice and the 2-line header; reads code, value, indicator and rationale', () => {
    const text = fixture(SAMPLE);
    assert.ok(text.includes('CPT\u00ae'), 'the Latin-1 registered sign is decoded');
    const { records } = parseMueCsv(text, SAMPLE);
    assert.deepEqual(records[0], {
      code: '0001U',
      mueValue: 1,
      adjudicationIndicator: 2,
      adjudicationMeaning: 'Date of service edit: policy',
      rationale: 'Code Descriptor / CPT Instruction',
      line: 10,
    });
    assert.deepEqual(
      records.map((r) => [r.line, r.code, r.mueValue, r.adjudicationIndicator, r.adjudicationMeaning]),
      [
        [10, '0001U', 1, 2, 'Date of service edit: policy'],
        [11, '36415', 2, 3, 'Date of service edit: clinical'],
        [12, 'A0425', 250, 1, 'Line edit'],
        [13, 'J1100', 120, 3, 'Date of service edit: clinical'],
        [18, '99291', 1, 2, 'Date of service edit: policy'],
        [19, '99292', 4, 3, 'Date of service edit: clinical'],
      ],
    );
    assert.equal(records.find((r) => r.code === '99291')?.rationale, 'Nature of Service/Procedure', 'quoted cells');
  });

  test('each bad row gives an issue with its line and column, and is left out', () => {
    const { issues } = parseMueCsv(fixture(SAMPLE), SAMPLE);
    assert.deepEqual(
      issues.map((i) => [i.line, i.field]),
      [
        [15, 'HCPCS/CPT Code'],
        [16, 'MUE Values'],
        [17, 'MUE Adjudication Indicator'],
        [19, 'MUE Adjudication Indicator'],
      ],
    );
    assert.equal(issues[0]?.file, SAMPLE);
    assert.equal(issues[0]?.message, '"9921" is not a HCPCS/CPT code (5 letters or digits); row left out');
    assert.match(issues[3]?.message ?? '', /words do not match indicator 3; the digit is kept/);
  });

  test('a header on one line, columns in another order, CRLF: mapped by name all the same', () => {
    const text =
      'MUE Rationale,HCPCS/CPT Code,MUE Adjudication Indicator,Outpatient Hospital Services MUE Values\r\n' +
      'Clinical: Data,97110,3 Date of Service Edit: Clinical,6\r\n';
    const { records, issues } = parseMueCsv(text, 'oph.csv');
    assert.deepEqual(issues, []);
    assert.deepEqual(records.map(withoutLine), [
      {
        code: '97110',
        mueValue: 6,
        adjudicationIndicator: 3,
        adjudicationMeaning: 'Date of service edit: clinical',
        rationale: 'Clinical: Data',
      },
    ]);
  });

  test('a file without the MUE header is refused with CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parseMueCsv('HCPCS,MOD,DESCRIPTION\nA0021,,Outside state ambulance serv\n', 'pfs.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /pfs\.csv/.test(e.message),
    );
  });
});

describe('parseMueXlsx on a generated workbook', () => {
  const rows: (string | number | null)[][] = [
    ['Current Procedural Terminology (CPT) codes ... copyright 2025 American Medical Association.\n\nCPT\u00ae ...'],
    ['HCPCS/\nCPT Code', 'Practitioner Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
    ['0001U', '1', '2 Date of Service Edit: Policy', 'Code Descriptor / CPT Instruction'],
    ['36415', 2, '3 Date of Service Edit: Clinical', 'CMS Policy'],
    ['A0425', 250, '1 Line Edit', 'Clinical: Data'],
    ['J1100', '120', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
  ];

  test('reads the rows below the header, numbers typed as numbers or text alike, rows numbered', async () => {
    const { records, issues } = await parseMueXlsx(await workbookBytes(rows), 'mue.xlsx');
    assert.deepEqual(issues, []);
    assert.deepEqual(
      records.map((r) => [r.line, r.code, r.mueValue]),
      [
        [3, '0001U', 1],
        [4, '36415', 2],
        [5, 'A0425', 250],
        [6, 'J1100', 120],
      ],
    );
  });

  test('agrees with the CSV form row for row', async () => {
    const xlsx = await parseMueXlsx(await workbookBytes(rows), 'mue.xlsx');
    const csv = parseMueCsv(fixture(SAMPLE), SAMPLE);
    assert.deepEqual(xlsx.records.map(withoutLine), csv.records.slice(0, 4).map(withoutLine));
  });

  test('bytes that are not a workbook are refused with CODESET_NOT_RECOGNIZED', async () => {
    await assert.rejects(
      parseMueXlsx(new TextEncoder().encode(fixture(SAMPLE)), 'mue.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

describe('mueServiceTypeFromName', () => {
  test('names CMS gives the three tables, csv, xlsx and zip', () => {
    assert.equal(mueServiceTypeFromName('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv'), 'practitioner');
    assert.equal(mueServiceTypeFromName('MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx'), 'practitioner');
    assert.equal(
      mueServiceTypeFromName('ncci/2026Q2/MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv'),
      'outpatient-hospital',
    );
    assert.equal(mueServiceTypeFromName('MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv'), 'dme-supplier');
    assert.equal(
      mueServiceTypeFromName('medicare-ncci-2026q2-outpatient-hospital-services-mue-table.zip'),
      'outpatient-hospital',
    );
    assert.equal(mueServiceTypeFromName('AOC_V2026Q2-MCR.xlsx'), undefined);
  });
});
