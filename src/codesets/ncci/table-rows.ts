// The rows of the NCCI files as arrays of cell texts, whatever the file's form: a tab-delimited text file (PTP
// tables), a comma-separated file whose quoted cells may span lines (MUE tables: the AMA notice and the
// "HCPCS/<newline>CPT Code" heading), or the first rows of an xlsx sheet (exceljs 4.x). Each row keeps the line
// (text: where the record starts) or sheet row it came from, for issue messages.

import ExcelJS from 'exceljs';
import { AppError, cellText, splitLines } from '../../shared/index.js';
import { splitCsvLine } from '../cpt/index.js';

export interface TableRow {
  /** cell texts, untrimmed, left to right */
  fields: string[];
  /** 1-based line of the text file where the row starts, or row number of the sheet */
  line: number;
  /** set when the row is not valid CSV; `fields` then holds what could be read */
  error?: string;
}

/** A quoted CSV cell may span at most this many physical lines before an unclosed quote is reported. */
const MAX_LINES_PER_CSV_RECORD = 50;

function quoteCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Tab-delimited rows, one per line (CRLF or LF; a final line break ends the last row), produced one at a time so
 * a PTP table part of several hundred thousand lines is never held as rows all at once.
 */
export function* tabRows(text: string): Generator<TableRow> {
  let line = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    line++;
    yield { fields: text.slice(start, stop).split('\t'), line };
    start = end + 1;
  }
}

/**
 * Comma-separated records (RFC 4180 quoting). A record whose quotes are unbalanced at the end of a line continues
 * on the next line, the line break kept inside the cell; a quote never closed within MAX_LINES_PER_CSV_RECORD lines
 * is reported on that one line, which is then read alone, so one stray quote costs one row, not the file.
 */
export function csvRows(text: string): TableRow[] {
  const lines = splitLines(text);
  const rows: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] ?? '';
    let record = first;
    let end = i;
    let open = quoteCount(first) % 2 === 1;
    while (open && end + 1 < lines.length && end - i + 1 < MAX_LINES_PER_CSV_RECORD) {
      end++;
      const next = lines[end] ?? '';
      record += `\n${next}`;
      if (quoteCount(next) % 2 === 1) open = false;
    }
    if (open) {
      record = first;
      end = i;
    }
    const { fields, error } = splitCsvLine(record);
    rows.push(error === undefined ? { fields, line: i + 1 } : { fields, line: i + 1, error });
    i = end;
  }
  return rows;
}

/** Loads an xlsx workbook; bytes that are not one give CODESET_NOT_RECOGNIZED. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
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

/** The non-empty rows of a sheet as cell texts (column A first). */
export function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    // row.values is indexed by column number (index 0 unused); reading it avoids a Cell object per field
    const values = row.values as ExcelJS.CellValue[];
    const fields: string[] = [];
    for (let col = 1; col < values.length; col++) fields.push(cellText(values[col]));
    rows.push({ fields, line: rowNumber });
  });
  return rows;
}

/** Header text compared loosely: case, runs of white space (line breaks inside a cell included) and ends ignored. */
export function headerText(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whether every cell of the row is blank. */
export function isBlankRow(row: TableRow): boolean {
  return row.fields.every((f) => f.trim() === '');
}
