import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { parseCmConversionTable } from './conversion-table.js';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Conversion');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('ICD-10-CM conversion table', () => {
  test('reads current code, effective date and every previous code in the free text', async () => {
    const bytes = await workbook([
      [null, 'Invented notice row for this fixture'],
      [null, 'Current code assignment', 'Effective', 'Previous Code(s) Assignment'],
      [null, 'C56.3', 2021, 'C56.1 and C56.2'],
      [null, 'M04.8', 2016, 'None'],
      [null, 'W453XXA', 2022, 'W45.8XXA'],
      [null, 'X12.34', new Date(Date.UTC(2023, 3, 1)), 'X12.3'],
    ]);
    const { records, issues } = await parseCmConversionTable(bytes, 'fixture.xlsx');
    assert.deepEqual(records[0], { code: 'C56.3', effective: '2021-10-01', previous: ['C56.1', 'C56.2'], line: 3 });
    assert.deepEqual(records[1]?.previous, []);
    assert.equal(records[2]?.code, 'W45.3XXA');
    assert.equal(records[3]?.effective, '2023-04-01');
    assert.deepEqual(
      issues.map((i) => i.line),
      [5],
    );
  });

  test('a workbook without the header row is not a conversion table', async () => {
    const bytes = await workbook([['HCPC', 'SEQNUM', 'RECID']]);
    await assert.rejects(parseCmConversionTable(bytes, 'other.xlsx'), /CODESET_NOT_RECOGNIZED|not a recognised/);
  });

  const file = 'icd10cm/2026/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx';
  test('the FY2026 table: 5,892 new codes with their previous assignments', {
    skip: skipUnlessCodesets(file),
  }, async () => {
    const { records } = await parseCmConversionTable(readFileSync(codesetPath(file)), file);
    assert.equal(records.length, 5_892);
    const demodex = records.find((r) => r.code === 'B88.01');
    assert.deepEqual(demodex, { code: 'B88.01', effective: '2025-10-01', previous: ['B88.0'], line: 17 });
  });
});
