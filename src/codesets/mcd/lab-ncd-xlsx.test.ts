import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../shared/errors.js';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { parseLabNcdSpreadsheet } from './lab-ncd-xlsx.js';
import type { LabNcdRow, LabNcdSheet } from './types.js';

type Cell = string | number | Date | null;
const RED = { color: { argb: 'FFC00000' } };

// Shaped like CMS's sheet: title, legend, the header over two rows, rows whose CPT/HCPCS column runs beside the
// ICD-10 column. Row 11 is red (a change), row 12 starred as the 508 version marks it, row 13 has a bad resolution.
async function workbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('sheet1');
  const rows: Cell[][] = [
    [null, null, null, 'MEDICARE NATIONAL COVERAGE DETERMINATIONS'],
    [null, null, 'Legend', null, null, null, 'Resolution Code Definitions '],
    [
      'Red in this spreadsheet indicates an January 2026 change.',
      null,
      null,
      null,
      null,
      '     1 - ICD-10-CM codes covered by Medicare.',
    ],
    [null, null, null, null, null, '     2 - ICD-10-CM codes denied. '],
    [null, null, null, null, null, '     3 - ICD-10-CM codes that do not support medical necessity.'],
    ['NCD ', 'NCD', 'CPT/HCPCS ', 'CPT/HCPCS', 'CPT/HCPCS', 'ICD-10', 'ICD-10 EFF', 'ICD-10 TERM', 'RESOLUTION'],
    ['Number', 'DESCRIPTION', 'CODES', 'EFF DATE', 'TERM DATE', 'CODE', ' DATE', 'DATE', 'CODE 1/'],
    [190.12, 'Urine Culture, Bacterial', 87086, null, null, 'A021', new Date(Date.UTC(2015, 9, 1)), null, 1],
    [190.12, null, 87088, null, null, 'D7210', new Date(Date.UTC(2020, 9, 1)), new Date(Date.UTC(2021, 5, 30)), 1],
    [190.12, null, null, null, null, 'Z0000', new Date(Date.UTC(2015, 9, 1)), null, 2],
    [190.12, null, null, null, null, 'N00B1', new Date(Date.UTC(2025, 9, 1)), null, 1],
    [190.12, null, null, null, null, '*N00B2', '*10/01/25', null, '*1'],
    [190.12, null, null, null, null, 'N390', new Date(Date.UTC(2015, 9, 1)), null, 4],
    [190.12, null, null, null, null, '@@@@@@@', new Date(Date.UTC(2015, 9, 1)), null, 3],
    ['190.20A', 'Blood Glucose Testing', 82948, '07/01/2003', null, 'E119', new Date(Date.UTC(2015, 9, 1)), null, 1],
  ];
  for (const row of rows) sheet.addRow(row);
  for (const col of [6, 7, 9]) sheet.getRow(11).getCell(col).font = RED;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parseLabNcdSpreadsheet on a hand-made sheet', async () => {
  const sheet = await parseLabNcdSpreadsheet(await workbookBytes(), 'ncd-small.xlsx');

  test('finds the two-row header by name and reads the legend', () => {
    assert.equal(sheet.title, 'MEDICARE NATIONAL COVERAGE DETERMINATIONS');
    assert.equal(sheet.changeNote, 'Red in this spreadsheet indicates an January 2026 change.');
    assert.deepEqual(sheet.resolutionLegend, {
      1: 'ICD-10-CM codes covered by Medicare.',
      2: 'ICD-10-CM codes denied.',
      3: 'ICD-10-CM codes that do not support medical necessity.',
    });
  });

  test('one record per ICD-10-CM row, with its NCD title and the NCD CPT/HCPCS codes', () => {
    assert.deepEqual(sheet.records[1], {
      ncd: '190.12',
      ncdTitle: 'Urine Culture, Bacterial',
      hcpcsCodes: ['87086', '87088'],
      icd10cm: 'D72.10',
      otherCodes: false,
      effective: '2020-10-01',
      termination: '2021-06-30',
      resolution: 1,
      coverage: 'covered',
      resolutionMeaning: 'ICD-10-CM codes covered by Medicare.',
      changed: false,
      line: 9,
    });
    assert.deepEqual(
      sheet.records.map((r) => [r.ncd, r.icd10cm, r.resolution, r.coverage, r.changed]),
      [
        ['190.12', 'A02.1', 1, 'covered', false],
        ['190.12', 'D72.10', 1, 'covered', false],
        ['190.12', 'Z00.00', 2, 'denied', false],
        ['190.12', 'N00.B1', 1, 'covered', true],
        ['190.12', 'N00.B2', 1, 'covered', true],
        ['190.12', null, 3, 'not medically necessary', false],
        ['190.20A', 'E11.9', 1, 'covered', false],
      ],
    );
    assert.equal(sheet.records[4]?.effective, '2025-10-01');
    assert.equal(sheet.records[5]?.otherCodes, true);
  });

  test('the NCD lists with their CPT/HCPCS codes and dates', () => {
    assert.deepEqual(sheet.ncds, [
      {
        ncd: '190.12',
        title: 'Urine Culture, Bacterial',
        hcpcs: [
          { code: '87086', changed: false, line: 8 },
          { code: '87088', changed: false, line: 9 },
        ],
        line: 8,
      },
      {
        ncd: '190.20A',
        title: 'Blood Glucose Testing',
        hcpcs: [{ code: '82948', effective: '2003-07-01', changed: false, line: 15 }],
        line: 15,
      },
    ]);
  });

  test('a bad row is an issue with its row number, the rest is read', () => {
    assert.deepEqual(sheet.issues, [
      { file: 'ncd-small.xlsx', line: 13, field: 'resolution', message: 'resolution "4" is not 1, 2 or 3' },
    ]);
  });

  test('a workbook without the header, or not a workbook, is not recognised', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('A').addRow(['HCPC', 'RECID', 'LONG DESCRIPTION']);
    await assert.rejects(
      parseLabNcdSpreadsheet(Buffer.from(await other.xlsx.writeBuffer()), 'anweb.xlsx'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
    await assert.rejects(
      parseLabNcdSpreadsheet(Buffer.from('not a zip'), 'x.xlsx'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

const DIR = 'mcd/lab-ncd-2026100/';
const MAIN = `${DIR}2026100-Initial-ICD10-NCD-Spreadsheet-20250721.xlsx`;
const SECTION_508 = `${DIR}2026100-Initial-ICD10-NCD-Spreadsheet-20250721-508.xlsx`;

async function parseStaged(relative: string, t: { diagnostic(message: string): void }): Promise<LabNcdSheet> {
  const bytes = readFileSync(codesetPath(relative));
  const start = performance.now();
  const sheet = await parseLabNcdSpreadsheet(bytes, relative.slice(DIR.length));
  t.diagnostic(
    `${relative.slice(DIR.length)}: ${sheet.records.length} rows in ${Math.round(performance.now() - start)} ms`,
  );
  return sheet;
}

describe('lab NCD spreadsheet, release 2026100', { skip: skipUnlessCodesets(MAIN, SECTION_508) }, () => {
  let main: LabNcdSheet | undefined;
  let accessible: LabNcdSheet | undefined;

  test('66,278 ICD-10 rows (66,285 sheet rows less 7 title, legend and header rows) in 26 NCD lists', async (t) => {
    main = await parseStaged(MAIN, t);
    assert.deepEqual(main.issues, []);
    assert.equal(main.records.length, 66_278);
    assert.deepEqual(
      main.ncds.map((n) => n.ncd),
      [
        '190.12',
        '190.13',
        '190.14',
        '190.15',
        '190.16',
        '190.17',
        '190.18',
        '190.19',
        '190.20A',
        '190.20B',
        '190.21A',
        '190.21B',
        '190.22',
        '190.23A',
        '190.23B',
        '190.24',
        '190.25',
        '190.26',
        '190.27',
        '190.28',
        '190.29',
        '190.30',
        '190.31',
        '190.32',
        '190.33',
        '190.34',
      ],
    );
    assert.equal(main.records.filter((r) => r.changed).length, 563);
    assert.equal(main.records.filter((r) => r.otherCodes).length, 26);
  });

  test('190.34 fecal occult blood: its code, K92.1 covered, Z00.00 denied, all others not medically necessary', () => {
    assert.ok(main);
    const fobt = main.ncds.find((n) => n.ncd === '190.34');
    assert.deepEqual(fobt, {
      ncd: '190.34',
      title: 'Fecal Occult Blood Test',
      hcpcs: [{ code: '82272', effective: '2006-04-01', changed: false, line: 64_859 }],
      line: 64_859,
    });
    const rows = main.records.filter((r) => r.ncd === '190.34');
    const row = (code: string | null) => rows.find((r) => r.icd10cm === code);
    assert.deepEqual(
      [row('K92.1'), row('Z00.00'), row(null)].map((r) => [r?.line, r?.resolution, r?.coverage, r?.effective]),
      [
        [65_665, 1, 'covered', '2015-10-01'],
        [66_041, 2, 'denied', '2015-10-01'],
        [66_285, 3, 'not medically necessary', '2015-10-01'],
      ],
    );
    assert.deepEqual(row('K92.1')?.hcpcsCodes, ['82272']);
  });

  test('190.15 blood counts is the other way round: listed codes do not support necessity, all others covered', () => {
    assert.ok(main);
    const counts = new Map<string, number>();
    for (const r of main.records.filter((x) => x.ncd === '190.15')) {
      const key = r.otherCodes ? `other ${r.coverage}` : r.coverage;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(counts), {
      denied: 245,
      'not medically necessary': 22_672,
      'other covered': 1,
    });
  });

  test('every NCD denies the same 245 codes', () => {
    assert.ok(main);
    const denied = new Map<string, Set<string | null>>();
    for (const r of main.records.filter((x) => x.resolution === 2)) {
      const set = denied.get(r.ncd) ?? new Set();
      set.add(r.icd10cm);
      denied.set(r.ncd, set);
    }
    const first = [...(denied.values().next().value ?? [])].sort();
    assert.equal(first.length, 245);
    for (const [ncd, set] of denied) assert.deepEqual([...set].sort(), first, ncd);
  });

  test('the Section 508 twin gives the same records (its "*" marks the changes the main file colours red)', async (t) => {
    assert.ok(main);
    accessible = await parseStaged(SECTION_508, t);
    assert.deepEqual(accessible.issues, []);
    assert.deepEqual(accessible.ncds, main.ncds);
    assert.equal(accessible.records.length, main.records.length);
    const key = (r: LabNcdRow) => JSON.stringify(r);
    const differing = accessible.records.filter((r, i) => key(r) !== key(main?.records[i] as LabNcdRow));
    assert.deepEqual(differing, []);
  });
});
