// CMS Medicare NCCI Procedure-to-Procedure (PTP) edit tables, practitioner (ccipra-v<ver>r<rev>-f<part>) and
// outpatient hospital (ccioph-...), as published quarterly: tab-delimited text (.txt, CRLF) and .xlsx, one file per
// code-range part. No official file is staged here, so this follows the published layout: a copyright line
// ("CPT only copyright <year> American Medical Association. All rights reserved."), "Column1/Column2 Edits", then
// the column headings spread over four lines, each heading cut into pieces under its column:
//   Column 1 | Column 2 | *=in existence / prior to 1996 | Effective / Date | Deletion / Date / *=no data |
//   Modifier / 0=not allowed / 1=allowed / 9=not applicable | PTP Edit Rationale
// then one edit per row: codes, "*" or blank, YYYYMMDD, YYYYMMDD or "*" (no data), 0/1/9, rationale.
// The heading pieces are joined per column and columns are mapped by name, so a one-line heading (or one cell per
// heading in the xlsx) reads the same. Subset: all seven columns.

import { AppError, type Parsed, type ParseIssue } from '../../shared/index.js';
import { yyyymmddToIso } from './dates.js';
import { headerText, isBlankRow, loadWorkbook, sheetRows, type TableRow, tabRows } from './table-rows.js';
import type { PtpEdit, PtpModifierIndicator, PtpSetting } from './types.js';

/** CCMI -> meaning, in CodeDesk's words after the NCCI Policy Manual for Medicare Services, ch. I sec. E (p. I-14). */
export const PTP_MODIFIER_MEANINGS: Readonly<Record<PtpModifierIndicator, string>> = {
  0: 'Not allowed: no NCCI PTP-associated modifier bypasses this edit',
  1: 'Allowed: an NCCI PTP-associated modifier may bypass this edit when the clinical circumstances justify it',
  9: 'Not applicable: the edit was deleted as of its effective date, so it never applied',
};

/** How far down the "Column 1 / Column 2" heading line must appear. */
const HEADER_SEARCH_ROWS = 30;
/** Rows read ahead to find the heading: the search rows plus room for the heading's continuation lines. */
const LOOKAHEAD_ROWS = HEADER_SEARCH_ROWS + 10;

type PtpColumn = 'column1' | 'column2' | 'before1996' | 'effective' | 'deletion' | 'modifier' | 'rationale';

/** Column names used in issues, and how each (joined) heading is recognised. */
const COLUMNS: readonly { key: PtpColumn; name: string; required: boolean; matches: (h: string) => boolean }[] = [
  { key: 'column1', name: 'Column 1', required: true, matches: (h) => h === 'column 1' },
  { key: 'column2', name: 'Column 2', required: true, matches: (h) => h === 'column 2' },
  {
    key: 'before1996',
    name: '*=in existence prior to 1996',
    required: false,
    matches: (h) => h.includes('prior to 1996') || h.startsWith('*=in existence'),
  },
  { key: 'effective', name: 'Effective Date', required: true, matches: (h) => h.startsWith('effective') },
  { key: 'deletion', name: 'Deletion Date', required: true, matches: (h) => h.startsWith('deletion') },
  { key: 'modifier', name: 'Modifier', required: true, matches: (h) => h.startsWith('modifier') },
  { key: 'rationale', name: 'PTP Edit Rationale', required: false, matches: (h) => h.includes('rationale') },
];

const CODE = /^[0-9A-Z]{5}$/;

interface Header {
  /** index of the first row after the heading lines */
  dataStart: number;
  /** the heading of each column, its pieces joined */
  headings: string[];
  columns: Map<PtpColumn, number>;
  /** 1-based line of the "Column 1" heading line */
  line: number;
}

/**
 * The heading: the first row whose first two cells read "Column 1" and "Column 2", plus the rows under it that
 * carry only heading pieces (first two cells blank, or repeating "Column 1"/"Column 2" as a merged xlsx cell does).
 */
function findHeader(rows: readonly TableRow[]): Header | undefined {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const start = rows.slice(0, last).findIndex((r) => {
    const cells = r.fields.map(headerText);
    return cells[0] === 'column 1' && cells[1] === 'column 2';
  });
  if (start < 0) return undefined;
  const first = rows[start] as TableRow;
  const pieces: string[][] = first.fields.map((f) => [headerText(f)].filter((p) => p !== ''));
  let end = start + 1;
  for (; end < rows.length; end++) {
    const cells = (rows[end] as TableRow).fields.map(headerText);
    const continues = (i: number): boolean => cells[i] === undefined || cells[i] === '' || cells[i] === pieces[i]?.[0];
    if (!continues(0) || !continues(1) || cells.every((c) => c === '')) break;
    cells.forEach((cell, i) => {
      const column = pieces[i] ?? [];
      pieces[i] = column;
      if (cell !== '' && cell !== column.at(-1)) column.push(cell);
    });
  }
  const headings = pieces.map((p) => (p ?? []).join(' '));
  const columns = new Map<PtpColumn, number>();
  for (const c of COLUMNS) {
    const col = headings.findIndex(c.matches);
    if (col >= 0) columns.set(c.key, col);
  }
  return { dataStart: end, headings, columns, line: first.line };
}

function parseModifier(text: string): PtpModifierIndicator | undefined {
  return text === '0' || text === '1' || text === '9' ? (Number(text) as PtpModifierIndicator) : undefined;
}

/** Parses rows as they come: only the first LOOKAHEAD_ROWS are held, to find the heading. */
function parseRows(rows: Iterable<TableRow>, file: string): Parsed<PtpEdit> {
  const rest = rows[Symbol.iterator]();
  const ahead: TableRow[] = [];
  for (let next = rest.next(); !next.done; next = rest.next()) {
    ahead.push(next.value);
    if (ahead.length >= LOOKAHEAD_ROWS) break;
  }
  const header = findHeader(ahead);
  if (!header) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no PTP heading line ("Column 1", "Column 2", ...) in the first ${HEADER_SEARCH_ROWS} lines`,
    });
  }
  const missing = COLUMNS.filter((c) => !header.columns.has(c.key));
  const missingRequired = missing.filter((c) => c.required);
  if (missingRequired.length > 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `the PTP heading has no column ${missingRequired.map((c) => c.name).join(', ')} (read: ${header.headings.join(' | ')})`,
    });
  }
  const records: PtpEdit[] = [];
  const issues: ParseIssue[] = [];
  if (missing.length > 0) {
    const names = missing.map((c) => c.name).join(', ');
    issues.push({
      file,
      line: header.line,
      message: `the heading has no column ${names}; those fields are left empty`,
    });
  }
  const reader = new RowReader(header, file, issues);
  const take = (row: TableRow): void => {
    if (isBlankRow(row)) return;
    const edit = reader.edit(row);
    if (edit) records.push(edit);
  };
  for (let i = header.dataStart; i < ahead.length; i++) take(ahead[i] as TableRow);
  for (let next = rest.next(); !next.done; next = rest.next()) take(next.value);
  return { records, issues };
}

const FIELD_NAMES = new Map<PtpColumn, string>(COLUMNS.map((c) => [c.key, c.name]));

/**
 * Reads edits row by row. A real table part holds hundreds of thousands of rows with a few thousand distinct dates
 * and a few dozen rationales, so their readings are remembered; no closure is made per row.
 */
class RowReader {
  private readonly dates = new Map<string, string | undefined>();
  private readonly rationales = new Map<string, string>();
  private readonly col: Record<PtpColumn, number>;

  constructor(
    header: Header,
    private readonly file: string,
    private readonly issues: ParseIssue[],
  ) {
    const at = (key: PtpColumn): number => header.columns.get(key) ?? -1;
    this.col = {
      column1: at('column1'),
      column2: at('column2'),
      before1996: at('before1996'),
      effective: at('effective'),
      deletion: at('deletion'),
      modifier: at('modifier'),
      rationale: at('rationale'),
    };
  }

  private cell(row: TableRow, key: PtpColumn): string {
    const col = this.col[key];
    return col < 0 ? '' : (row.fields[col] ?? '').trim();
  }

  private date(text: string): string | undefined {
    if (this.dates.has(text)) return this.dates.get(text);
    const iso = yyyymmddToIso(text);
    this.dates.set(text, iso);
    return iso;
  }

  private rationale(text: string): string {
    let clean = this.rationales.get(text);
    if (clean === undefined) {
      clean = text.replace(/\s+/g, ' ');
      this.rationales.set(text, clean);
    }
    return clean;
  }

  /** One edit, or undefined (with its issues added) when a field cannot be read: a half-read edit is never kept. */
  edit(row: TableRow): PtpEdit | undefined {
    const { line } = row;
    const found: [PtpColumn, string][] = [];
    const column1Text = this.cell(row, 'column1');
    const column1 = column1Text.toUpperCase();
    if (!CODE.test(column1)) found.push(['column1', `"${column1Text}" is not a HCPCS/CPT code (5 letters or digits)`]);
    const column2Text = this.cell(row, 'column2');
    const column2 = column2Text.toUpperCase();
    if (!CODE.test(column2)) found.push(['column2', `"${column2Text}" is not a HCPCS/CPT code (5 letters or digits)`]);
    const marker = this.cell(row, 'before1996');
    if (marker !== '' && marker !== '*') found.push(['before1996', `"${marker}" is neither "*" nor blank`]);
    const effectiveText = this.cell(row, 'effective');
    const effectiveDate = this.date(effectiveText);
    if (effectiveDate === undefined) {
      found.push(['effective', `effective date "${effectiveText}" is not a YYYYMMDD date`]);
    }
    const deletionText = this.cell(row, 'deletion');
    const noDeletion = deletionText === '*' || deletionText === '';
    const deletionDate = noDeletion ? undefined : this.date(deletionText);
    if (!noDeletion && deletionDate === undefined) {
      found.push(['deletion', `deletion date "${deletionText}" is neither a YYYYMMDD date nor "*"`]);
    }
    const modifierText = this.cell(row, 'modifier');
    const modifierIndicator = parseModifier(modifierText);
    if (modifierIndicator === undefined) {
      found.push(['modifier', `modifier indicator "${modifierText}" is not 0, 1 or 9`]);
    }
    if (found.length > 0 || effectiveDate === undefined || modifierIndicator === undefined) {
      for (const [key, message] of found) {
        const field = FIELD_NAMES.get(key) as string;
        this.issues.push({ file: this.file, line, field, message: `${message}; row left out` });
      }
      return undefined;
    }
    const edit: PtpEdit = {
      column1,
      column2,
      existedBefore1996: marker === '*',
      effectiveDate,
      modifierIndicator,
      modifierMeaning: PTP_MODIFIER_MEANINGS[modifierIndicator],
      rationale: this.rationale(this.cell(row, 'rationale')),
      line,
    };
    if (deletionDate !== undefined) edit.deletionDate = deletionDate;
    return edit;
  }
}

/** Parses one part of a PTP table in its tab-delimited text form (decode the bytes with decodeText). */
export function parsePtpText(text: string, file: string): Parsed<PtpEdit> {
  return parseRows(tabRows(text), file);
}

/** Parses one part of a PTP table in its xlsx form: the first sheet with the PTP heading. */
export async function parsePtpXlsx(bytes: Uint8Array, file: string): Promise<Parsed<PtpEdit>> {
  const workbook = await loadWorkbook(bytes, file);
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (findHeader(rows)) return parseRows(rows, file);
  }
  return parseRows([], file); // throws CODESET_NOT_RECOGNIZED
}

/** Which PTP table a file is, from CMS's name: "ccipra-..." practitioner, "ccioph-..." outpatient hospital. */
export function ptpSettingFromName(fileName: string): PtpSetting | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).toLowerCase();
  if (base.startsWith('ccipra') || base.includes('practitioner')) return 'practitioner';
  if (base.startsWith('ccioph') || base.includes('hospital')) return 'outpatient-hospital';
  return undefined;
}
