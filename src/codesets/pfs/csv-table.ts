// Helpers shared by the PFS CSV readers (PPRRVU, GPCI, ANES, LOCCO): CMS's comma CSV exports with title rows
// above a header, labels that may be stacked over several rows, data rows, then footnote rows. Lines are split
// with the CPT folder's RFC 4180 splitter (one physical line at a time; CMS's PFS files never quote a line break).

import type { ParseIssue } from '../../shared/parse-types.js';
import { splitLines } from '../../shared/text.js';
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

/** Left-pads a run of digits with zeros ("2102" -> "02102"); undefined unless 1..width digits. */
export function padDigits(value: string, width: number): string | undefined {
  const v = value.trim();
  if (!/^\d+$/.test(v) || v.length > width) return undefined;
  return v.padStart(width, '0');
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
