// CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, a cell with a comma, quote or line break quoted,
// quotes doubled), safe to open: a cell starting with =, +, -, @, a tab or a carriage return would be read by Excel,
// LibreOffice or Google Sheets as a formula ("CSV injection"), so it is prefixed with an apostrophe, which they show
// as text. What an applicant typed goes into these cells.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
