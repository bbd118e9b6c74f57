// Text of one spreadsheet cell as exceljs (4.x) returns it, for the CMS HCPCS ANWEB xlsx files (2019-2026).
// Subset: what those files hold (strings, and numbers where CMS typed a date or code as a number) plus the other
// exceljs value kinds, so an odd cell gives text, never "[object Object]".

import type ExcelJS from 'exceljs';

function yyyymmddOfDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}${m}${d}`;
}

/** The cell's text: numbers in plain decimal (20250401 -> "20250401"), dates as YYYYMMDD, '' for empty. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return yyyymmddOfDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return '';
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  return '';
}
