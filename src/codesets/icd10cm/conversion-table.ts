// CDC/NCHS ICD-10-CM Conversion Table (xlsx, e.g. ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx): for each code
// created since ICD-10-CM began, its effective date and the code(s) previously assigned to the same condition.
// Subset: the one sheet's three columns (current code, effective, previous code(s)); the previous-codes cell is
// free text ("C56.1 and C56.2", "E66.01, E66.8"), so every code-shaped token in it is taken.
import ExcelJS from 'exceljs';
import { AppError, cellText, dotIcd10cm, type Parsed, type ParseIssue } from '../../shared/index.js';

export interface CmConversionEntry {
  /** the current code, dotted */
  code: string;
  /** YYYY-MM-DD: a bare year Y in the table means October 1 of Y (the table's own rule), a date is kept */
  effective: string;
  /** codes previously assigned, dotted */
  previous: string[];
  line: number;
}

// A letter, then a digit and a character, or (QA0 since FY2026) a letter and a digit; never a word like AND.
const CODE_SHAPE = '[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\\.[0-9A-Z]{1,4})?';
const CODE_TOKEN = new RegExp(`\\b${CODE_SHAPE}\\b`, 'g');
const WHOLE_CODE = new RegExp(`^${CODE_SHAPE}$`);
const HEADER_SEARCH_ROWS = 20;

function effectiveOf(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value).trim();
  // "Unless otherwise specified the code effective date is October 1 of the year listed."
  return /^\d{4}$/.test(text) ? `${text}-10-01` : text;
}

export async function parseCmConversionTable(bytes: Uint8Array, file: string): Promise<Parsed<CmConversionEntry>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `not an xlsx workbook (${(e as Error).message})` });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'the workbook has no sheet' });
  let headerRow = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount) && headerRow === 0; r++) {
    const texts: string[] = [];
    sheet.getRow(r).eachCell((cell) => {
      texts.push(cellText(cell.value).toLowerCase());
    });
    if (texts.some((t) => t.includes('current code')) && texts.some((t) => t.includes('previous code'))) headerRow = r;
  }
  if (headerRow === 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: 'no "Current code assignment … Previous Code(s)" header row',
    });
  }
  const columns: number[] = [];
  sheet.getRow(headerRow).eachCell((cell, col) => {
    if (cellText(cell.value).trim() !== '') columns.push(col);
  });
  const [codeCol, effectiveCol, previousCol] = columns as [number, number, number];
  const records: CmConversionEntry[] = [];
  const issues: ParseIssue[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    let code = cellText(row.getCell(codeCol).value).trim().toUpperCase();
    if (code === '') continue;
    if (!code.includes('.') && code.length > 3 && WHOLE_CODE.test(dotIcd10cm(code))) {
      issues.push({
        file,
        line: r,
        field: 'current code',
        message: `"${code}" is written without its dot; read as ${dotIcd10cm(code)}`,
      });
      code = dotIcd10cm(code);
    }
    if (!WHOLE_CODE.test(code)) {
      issues.push({ file, line: r, field: 'current code', message: `"${code}" is not an ICD-10-CM code` });
      continue;
    }
    const previousText = cellText(row.getCell(previousCol).value).trim();
    const previous = previousText.toUpperCase().match(CODE_TOKEN) ?? [];
    if (previous.length === 0 && !/^none$/i.test(previousText)) {
      issues.push({ file, line: r, field: 'previous codes', message: `no previous code given for ${code}` });
    }
    records.push({ code, effective: effectiveOf(row.getCell(effectiveCol).value), previous, line: r });
  }
  return { records, issues };
}
