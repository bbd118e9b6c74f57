// CMS HCPCS Level II ANWEB file, xlsx form (e.g. HCPC2019_CONTR_ANWEB.xlsx, HCPC2026_JAN_ANWEB_*.xlsx and the
// quarterly files such as October 2020): one sheet, note/disclaimer rows, then a header row (HCPC, SEQNUM, RECID,
// LONG DESCRIPTION, SHORT DESCRIPTION, PRICE1..4, ..., ACTION CD) and one row per code with the long description
// unsplit (except where it exceeded what a cell held: 2019 and 2020 carry a RECID 4 row for G0503).
// Subset: the columns of the 2019-2026 contractor record layout that HcpcsRecord holds, mapped by header name.

import ExcelJS from 'exceljs';
import { AppError, cellText, type Parsed, type ParseIssue } from '../../shared/index.js';
import { AnwebAssembler } from './anweb-assembler.js';
import { ANWEB_FIELDS, type AnwebRow } from './anweb-layout.js';
import type { HcpcsRecord } from './types.js';

/** How far down the sheet the header row must appear (the 2020-10 file has 10 note rows). */
const HEADER_SEARCH_ROWS = 50;
const REQUIRED_COLUMNS = ['HCPC', 'RECID', 'LONG DESCRIPTION'];

/** "ADD_DT", "Add Dt" and "ADD DT" name the same column. */
function normalizeHeader(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, ' ');
}

/** Column numbers (1-based) by layout field name, for the fields the header row names. */
function columnsOfHeader(row: ExcelJS.Row): Map<string, number> {
  const byHeader = new Map<string, number>();
  row.eachCell((cell, col) => {
    const header = normalizeHeader(cellText(cell.value));
    if (header !== '' && !byHeader.has(header)) byHeader.set(header, col);
  });
  const columns = new Map<string, number>();
  for (const f of ANWEB_FIELDS) {
    const col = byHeader.get(normalizeHeader(f.name));
    if (col !== undefined) columns.set(f.name, col);
  }
  return columns;
}

interface SheetHeader {
  rowNumber: number;
  /** column number (1-based) by layout field name */
  columns: Map<string, number>;
}

function findHeader(sheet: ExcelJS.Worksheet): SheetHeader | undefined {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = columnsOfHeader(sheet.getRow(r));
    if (REQUIRED_COLUMNS.every((name) => columns.has(name))) return { rowNumber: r, columns };
  }
  return undefined;
}

async function loadWorkbook(bytes: Uint8Array | Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // exceljs declares its own Buffer (an ArrayBuffer); a Node Buffer is what it reads at runtime.
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (e) {
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `not a readable xlsx workbook (${String(e)})` });
  }
  return workbook;
}

export async function parseHcpcsAnwebXlsx(bytes: Uint8Array | Buffer, file: string): Promise<Parsed<HcpcsRecord>> {
  const workbook = await loadWorkbook(bytes, file);
  const sheets = workbook.worksheets.map((sheet) => ({ sheet, header: findHeader(sheet) }));
  const found = sheets.find((s): s is { sheet: ExcelJS.Worksheet; header: SheetHeader } => s.header !== undefined);
  if (!found) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no sheet has a header row with ${REQUIRED_COLUMNS.join(', ')} in its first ${HEADER_SEARCH_ROWS} rows`,
    });
  }
  const { sheet, header } = found;
  const assembler = new AnwebAssembler(file);
  const columns = [...header.columns.values()];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.rowNumber) return;
    // row.values is indexed by column number; reading it avoids creating a Cell object per field
    const cells = row.values as ExcelJS.CellValue[];
    if (columns.every((col) => cellText(cells[col]).trim() === '')) return;
    const read: AnwebRow = (name) => {
      const col = header.columns.get(name);
      return col === undefined ? '' : cellText(cells[col]);
    };
    assembler.add(read, rowNumber);
  });
  const { records, issues } = assembler.result();
  return { records, issues: [...missingColumnIssues(header, file), ...issues] };
}

function missingColumnIssues(header: SheetHeader, file: string): ParseIssue[] {
  const missing = ANWEB_FIELDS.map((f) => f.name).filter((name) => !header.columns.has(name));
  if (missing.length === 0) return [];
  const message = `the header row has no column ${missing.join(', ')}; those fields are left empty`;
  return [{ file, line: header.rowNumber, message }];
}
