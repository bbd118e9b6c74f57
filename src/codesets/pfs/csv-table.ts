// Helpers shared by the PFS CSV readers (PPRRVU, GPCI, ANES, LOCCO): CMS's comma CSV exports with title rows
// above a header, labels that may be stacked over several rows, data rows, then footnote rows. Lines are split
// with the CPT folder's RFC 4180 splitter (one physical line at a time; CMS's PFS files never quote a line break).

import { AppError, type ParseIssue, splitLines } from '../../shared/index.js';
// The splitter is not exported by ../cpt/index.js; it is imported from its module rather than copied here.
import { splitCsvLine } from '../cpt/index.js';

export interface CsvRow {
  /** 1-based line number */
  line: number;
  fields: string[];
  /** set when the line is not valid CSV */
  error?: string;
}

/** One physical line split into fields; `line` is its 1-based number. */
export function csvRow(raw: string, line: number): CsvRow {
  const { fields, error } = splitCsvLine(raw);
  return error === undefined ? { line, fields } : { line, fields, error };
}

export function csvRows(text: string): CsvRow[] {
  return splitLines(text).map((raw, i) => csvRow(raw, i + 1));
}

export function isBlankRow(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/** Upper case, single spaces, trimmed: how labels are shown in messages. */
export function normalizeLabel(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** Letters and digits only: how labels are compared ("CO- SURG" = "CO-SURG" = "COSURG"). */
export function labelKey(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The full label of each column: its cell in the header row under the non-empty cells stacked right above it. */
export function stackedLabels(rows: readonly CsvRow[], headerIndex: number): string[] {
  const header = rows[headerIndex]?.fields ?? [];
  return header.map((_, col) => {
    const parts: string[] = [];
    for (let r = headerIndex; r >= 0; r--) {
      const cell = normalizeLabel(rows[r]?.fields[col] ?? '');
      if (cell === '') break;
      parts.unshift(cell);
    }
    return parts.join(' ');
  });
}

/** How each column's header cell reads (normalized, see normalizeLabel) and how messages name the column. */
export interface HeaderSpec<C extends string> {
  patterns: Readonly<Record<C, RegExp>>;
  labels: Readonly<Record<C, string>>;
  /** what the table holds, for the not-recognised message: "no <what> header (...) in the first N lines" */
  what: string;
  /** how many rows from the top may hold the header */
  searchLines: number;
}

export interface HeaderRow<C extends string> {
  /** index in the rows of the header row */
  index: number;
  /** column position of each column */
  columns: Record<C, number>;
  /** the largest of the positions: a data row needs a cell there */
  lastColumn: number;
}

/** Where each column is in one row (the first cell matching its pattern), or undefined when any is missing. */
function columnsOf<C extends string>(
  row: CsvRow,
  patterns: Readonly<Record<C, RegExp>>,
): Record<C, number> | undefined {
  const labels = row.fields.map(normalizeLabel);
  const found: Partial<Record<C, number>> = {};
  for (const [column, pattern] of Object.entries(patterns) as [C, RegExp][]) {
    const at = labels.findIndex((l) => pattern.test(l));
    if (at < 0) return undefined;
    found[column] = at;
  }
  return found as Record<C, number>;
}

/** The first row within `spec.searchLines` that has every column; throws CODESET_NOT_RECOGNIZED when none has. */
export function findHeaderRow<C extends string>(
  rows: readonly CsvRow[],
  spec: HeaderSpec<C>,
  file: string,
): HeaderRow<C> {
  for (let i = 0; i < Math.min(rows.length, spec.searchLines); i++) {
    const row = rows[i];
    const columns = row ? columnsOf(row, spec.patterns) : undefined;
    if (columns) return { index: i, columns, lastColumn: Math.max(...Object.values<number>(columns)) };
  }
  throw new AppError('CODESET_NOT_RECOGNIZED', {
    file,
    why: `no ${spec.what} header (${Object.values<string>(spec.labels).join(', ')}) in the first ${spec.searchLines} lines`,
  });
}

/** A footnote row: text in the first cell only, not starting with a digit. */
export function isNoteRow(fields: readonly string[]): boolean {
  const first = (fields[0] ?? '').trim();
  return first !== '' && !/^\d/.test(first) && fields.slice(1).every((f) => f.trim() === '');
}

/**
 * The data rows after index `from`: blank rows are skipped; a row that is not valid CSV or has no cell at
 * `lastColumn` is logged as an issue and skipped; when `notes` is given, note rows (see isNoteRow) are added to it,
 * trimmed, and skipped. Issues are logged as the rows are reached.
 */
export function* dataRows(
  rows: readonly CsvRow[],
  from: number,
  lastColumn: number,
  log: IssueLog,
  notes?: string[],
): Generator<CsvRow> {
  for (let i = from; i < rows.length; i++) {
    const row = rows[i];
    if (!row || isBlankRow(row.fields)) continue;
    if (row.error !== undefined) {
      log.add(row.line, undefined, row.error);
      continue;
    }
    if (notes && isNoteRow(row.fields)) {
      notes.push((row.fields[0] ?? '').trim());
      continue;
    }
    if (row.fields.length <= lastColumn) {
      log.add(row.line, undefined, `expected ${lastColumn + 1} fields, found ${row.fields.length}`);
      continue;
    }
    yield row;
  }
}

/** The cell of a row at a column, trimmed. */
export function cellAt<C extends string>(row: CsvRow, columns: Readonly<Record<C, number>>, column: C): string {
  return (row.fields[columns[column]] ?? '').trim();
}

/** The title of a table: the first cell of the first row, when that row is above the header and not empty. */
export function titleAbove(rows: readonly CsvRow[], headerIndex: number): string | undefined {
  const title = (rows[0]?.fields[0] ?? '').trim();
  return headerIndex > 0 && title !== '' ? title : undefined;
}

/** A plain non-negative decimal as CMS writes it: "33.4009", "0.00", ".10", "1". */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseDecimal(value: string): number | undefined {
  const v = value.trim();
  return DECIMAL.test(v) ? Number(v) : undefined;
}

/** Splits "ALASKA*" into ("ALASKA", "*"); "MONTANA**" into ("MONTANA", "**"). */
export function splitFootnoteMark(value: string): { text: string; mark: string } {
  const m = /^(.*?)\s*(\*+)\s*$/.exec(value);
  return m ? { text: (m[1] ?? '').trim(), mark: m[2] ?? '' } : { text: value.trim(), mark: '' };
}

/**
 * The footnote text a mark points to: the note that starts with exactly that many asterisks ("*Work GPCI ...",
 * "**PE GPCI ...", "***Note: ..."), without them.
 */
export function footnoteFor(mark: string, notes: readonly string[]): string | undefined {
  if (mark === '') return undefined;
  for (const note of notes) {
    const m = /^(\*+)\s*(.*)$/.exec(note);
    if (m && m[1] === mark) return (m[2] ?? '').trim();
  }
  return undefined;
}

/** The row with the footnote its mark points to (see footnoteFor), or the row itself when there is none. */
export function withFootnote<T extends { footnote?: string }>(row: T, mark: string, notes: readonly string[]): T {
  const footnote = footnoteFor(mark, notes);
  return footnote === undefined ? row : { ...row, footnote };
}

/** Left-pads a run of digits with zeros ("2102" -> "02102"); undefined unless 1..width digits. */
export function padDigits(value: string, width: number): string | undefined {
  const v = value.trim();
  if (!/^\d+$/.test(v) || v.length > width) return undefined;
  return v.padStart(width, '0');
}

/**
 * A contractor (MAC, 5 digits) number as written, zero-padded ("2102" -> "02102"); when it is not one, an issue is
 * logged under `field` and the result is undefined.
 */
export function macNumber(value: string, line: number, field: string, log: IssueLog): string | undefined {
  const mac = padDigits(value, 5);
  if (mac === undefined) log.add(line, field, `"${value.trim()}" is not a contractor number`);
  return mac;
}

/** A locality number (2 digits) as written, zero-padded ("5" -> "05"); else an issue under `field` and undefined. */
export function localityNumberOf(value: string, line: number, field: string, log: IssueLog): string | undefined {
  const localityNumber = padDigits(value, 2);
  if (localityNumber === undefined) log.add(line, field, `"${value.trim()}" is not a locality number`);
  return localityNumber;
}

/** The id of a payment locality: contractor and locality number, "01112-05". */
export function localityId(mac: string, localityNumber: string): string {
  return `${mac}-${localityNumber}`;
}

/** Collects issues for one file, with or without a field name. */
export class IssueLog {
  readonly issues: ParseIssue[] = [];
  constructor(private readonly file: string) {}

  add(line: number, field: string | undefined, message: string): void {
    this.issues.push(
      field === undefined ? { file: this.file, line, message } : { file: this.file, line, field, message },
    );
  }

  /** The issues in line order (stable: issues of one line keep the order they were found in). */
  sortedIssues(): ParseIssue[] {
    return [...this.issues].sort((a, b) => a.line - b.line);
  }
}
