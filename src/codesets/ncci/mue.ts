// CMS Medicare NCCI Medically Unlikely Edits (MUE) tables, quarterly releases (checked on 2026 Q2, effective
// 2026-04-01): MCR_MUE_PractitionerServices_Eff_<date>.csv / .xlsx,
// MCR_MUE_OutpatientHospitalServices_Eff_<date>.csv and MCR_MUE_DMESupplierServices_Eff_<date>.csv.
// Layout: row 1 is the AMA copyright notice (in the CSV one quoted cell over several lines), row 2 the header
// ("HCPCS/<line break>CPT Code", "<Setting> Services MUE Values", "MUE Adjudication Indicator", "MUE Rationale"),
// then one row per code. The indicator cell holds the digit and its name ("2 Date of Service Edit: Policy").
// CSV text is Latin-1 (decode with decodeText). Subset: all four columns, mapped by header name.

import { AppError, type Parsed, type ParseIssue } from '../../shared/index.js';
import { csvRows, headerText, isBlankRow, loadWorkbook, sheetRows, type TableRow } from './table-rows.js';
import type { MueAdjudicationIndicator, MueAdjudicationMeaning, MueRow, MueServiceType } from './types.js';

/** MAI digit -> meaning, per the NCCI Policy Manual (ch. I sec. V): 1 claim line edit, 2 and 3 date of service edits. */
export const MUE_ADJUDICATION_MEANINGS: Readonly<Record<MueAdjudicationIndicator, MueAdjudicationMeaning>> = {
  1: 'Line edit',
  2: 'Date of service edit: policy',
  3: 'Date of service edit: clinical',
};

/** How far down the header row must appear (row 2 in every release seen). */
const HEADER_SEARCH_ROWS = 20;

type MueColumn = 'code' | 'value' | 'indicator' | 'rationale';

/** Column names used in issues, and how each header cell is recognised. */
const COLUMNS: readonly { key: MueColumn; name: string; matches: (header: string) => boolean }[] = [
  { key: 'code', name: 'HCPCS/CPT Code', matches: (h) => h.replace(/ /g, '') === 'hcpcs/cptcode' },
  { key: 'value', name: 'MUE Values', matches: (h) => /\bmue values?$/.test(h) },
  { key: 'indicator', name: 'MUE Adjudication Indicator', matches: (h) => h.includes('adjudication indicator') },
  { key: 'rationale', name: 'MUE Rationale', matches: (h) => h.includes('rationale') },
];

const CODE = /^[0-9A-Z]{5}$/;

interface Header {
  index: number;
  columns: Map<MueColumn, number>;
}

function findHeader(rows: readonly TableRow[]): Header | undefined {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index++) {
    const cells = (rows[index] as TableRow).fields.map(headerText);
    const columns = new Map<MueColumn, number>();
    for (const c of COLUMNS) {
      const col = cells.findIndex(c.matches);
      if (col >= 0) columns.set(c.key, col);
    }
    if (columns.size === COLUMNS.length) return { index, columns };
  }
  return undefined;
}

interface IndicatorCell {
  indicator?: MueAdjudicationIndicator;
  /** whether the words after the digit name the digit's meaning ("2 Date of Service Edit: Policy") */
  wordsAgree: boolean;
}

/** Reads "2 Date of Service Edit: Policy"; a table holds three distinct texts, so each is read once per file. */
function readIndicator(cell: string, seen: Map<string, IndicatorCell>): IndicatorCell {
  let read = seen.get(cell);
  if (!read) {
    const match = /^([123])(?:\s|$)/.exec(cell);
    if (!match) read = { wordsAgree: false };
    else {
      const indicator = Number(match[1]) as MueAdjudicationIndicator;
      const words = cell.slice(1).replace(/\s+/g, ' ').trim().toLowerCase();
      read = { indicator, wordsAgree: words === '' || words === MUE_ADJUDICATION_MEANINGS[indicator].toLowerCase() };
    }
    seen.set(cell, read);
  }
  return read;
}

function cellAt(row: TableRow, col: number): string {
  return (row.fields[col] ?? '').trim();
}

function issueAt(file: string, line: number, key: MueColumn, message: string): ParseIssue {
  const field = COLUMNS.find((c) => c.key === key)?.name as string;
  return { file, line, field, message };
}

function parseRows(rows: readonly TableRow[], file: string): Parsed<MueRow> {
  const header = findHeader(rows);
  if (!header) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no MUE header row (HCPCS/CPT Code, MUE Values, MUE Adjudication Indicator, MUE Rationale) in the first ${HEADER_SEARCH_ROWS} rows`,
    });
  }
  const records: MueRow[] = [];
  const issues: ParseIssue[] = [];
  const codeCol = header.columns.get('code') as number;
  const valueCol = header.columns.get('value') as number;
  const indicatorCol = header.columns.get('indicator') as number;
  const rationaleCol = header.columns.get('rationale') as number;
  const indicators = new Map<string, IndicatorCell>();
  // Per-row work stays in this loop, free of closures: 15,000 rows are read in a few milliseconds.
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) continue;
    const { line } = row;
    if (row.error !== undefined) {
      issues.push({ file, line, message: `${row.error}; row left out` });
      continue;
    }
    const rowIssues: ParseIssue[] = [];
    const codeText = cellAt(row, codeCol);
    const code = codeText.toUpperCase();
    if (!CODE.test(code)) {
      rowIssues.push(issueAt(file, line, 'code', `"${codeText}" is not a HCPCS/CPT code (5 letters or digits)`));
    }
    const valueText = cellAt(row, valueCol);
    const mueValue = /^\d+$/.test(valueText) ? Number(valueText) : undefined;
    if (mueValue === undefined) {
      rowIssues.push(issueAt(file, line, 'value', `MUE value "${valueText}" is not a whole number of units`));
    }
    const indicatorText = cellAt(row, indicatorCol);
    const { indicator, wordsAgree } = readIndicator(indicatorText, indicators);
    if (indicator === undefined) {
      const message = `adjudication indicator "${indicatorText}" does not start with 1, 2 or 3`;
      rowIssues.push(issueAt(file, line, 'indicator', message));
    }
    if (rowIssues.length > 0 || mueValue === undefined || indicator === undefined) {
      for (const issue of rowIssues) issues.push({ ...issue, message: `${issue.message}; row left out` });
      continue;
    }
    if (!wordsAgree) {
      const message = `"${indicatorText}": the words do not match indicator ${indicator}; the digit is kept`;
      issues.push(issueAt(file, line, 'indicator', message));
    }
    records.push({
      code,
      mueValue,
      adjudicationIndicator: indicator,
      adjudicationMeaning: MUE_ADJUDICATION_MEANINGS[indicator],
      rationale: cellAt(row, rationaleCol).replace(/\s+/g, ' '),
      line,
    });
  }
  return { records, issues };
}

/** Parses an MUE table in CSV form (text decoded from Latin-1, e.g. with decodeText). */
export function parseMueCsv(text: string, file: string): Parsed<MueRow> {
  return parseRows(csvRows(text), file);
}

/** Parses an MUE table in xlsx form: the first sheet with the MUE header row. */
export async function parseMueXlsx(bytes: Uint8Array, file: string): Promise<Parsed<MueRow>> {
  const workbook = await loadWorkbook(bytes, file);
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (findHeader(rows)) return parseRows(rows, file);
  }
  return parseRows([], file); // throws CODESET_NOT_RECOGNIZED
}

/**
 * Which MUE table a file is, from its name: CMS's "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv",
 * "...OutpatientHospitalServices...", "...DMESupplierServices...", or any name (a zip's, say) that says practitioner,
 * hospital or DME, whatever its case and separators. Undefined when the name says none of the three.
 */
export function mueServiceTypeFromName(fileName: string): MueServiceType | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name.includes('practitioner')) return 'practitioner';
  if (name.includes('hospital')) return 'outpatient-hospital';
  if (name.includes('dme')) return 'dme-supplier';
  return undefined;
}
