// CMS Medicare Physician Fee Schedule national relative value file (PPRRVUyyyy_*.csv, e.g. RVU26C
// PPRRVU2026_Jul_nonQPP.csv): latin-1 comma CSV, title and copyright rows, a header block whose labels are stacked
// over several rows ("STATUS" above "CODE"), then one row per HCPCS/CPT code and modifier. Subset: only the HCPCS,
// MOD, DESCRIPTION and STATUS CODE columns, so CPT numbers can enter the catalog; the RVUs are not read.

import { AppError, type Parsed, type ParseIssue, splitLines } from '../../shared/index.js';
import { isCptCode } from './code-format.js';
import { splitCsvLine } from './csv.js';
import type { PfsCodeNumber } from './types.js';

/** How far down the file the header row must appear (RVU26C has 9 rows above it). */
const HEADER_SEARCH_LINES = 30;
const COLUMN_LABELS = { code: 'HCPCS', modifier: 'MOD', description: 'DESCRIPTION', statusCode: 'STATUS CODE' };
type Column = keyof typeof COLUMN_LABELS;

const HCPCS_CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;
const STATUS_CODE = /^[A-Z]$/;

function normalizeLabel(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** The full label of each column: its cell in the header row, under the non-empty cells stacked right above it. */
function stackedLabels(rows: string[][], headerIndex: number): string[] {
  const header = rows[headerIndex] ?? [];
  return header.map((_, col) => {
    const parts: string[] = [];
    for (let r = headerIndex; r >= 0; r--) {
      const cell = normalizeLabel(rows[r]?.[col] ?? '');
      if (cell === '') break;
      parts.unshift(cell);
    }
    return parts.join(' ');
  });
}

interface Header {
  /** 0-based index of the header row (the one that starts HCPCS, MOD, DESCRIPTION) */
  index: number;
  columns: Record<Column, number>;
}

function findHeader(lines: readonly string[], file: string): Header {
  const rows = lines.slice(0, HEADER_SEARCH_LINES).map((line) => splitCsvLine(line).fields);
  const index = rows.findIndex((fields) => fields.map(normalizeLabel).includes(COLUMN_LABELS.code));
  const labels = index < 0 ? [] : stackedLabels(rows, index);
  const columns: Partial<Record<Column, number>> = {};
  for (const [column, label] of Object.entries(COLUMN_LABELS) as [Column, string][]) {
    const col = labels.indexOf(label);
    if (col >= 0) columns[column] = col;
  }
  const { code, modifier, description, statusCode } = columns;
  if (code === undefined || modifier === undefined || description === undefined || statusCode === undefined) {
    const wanted = Object.values(COLUMN_LABELS).join(', ');
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no PFS relative value header (${wanted}) in the first ${HEADER_SEARCH_LINES} lines`,
    });
  }
  return { index, columns: { code, modifier, description, statusCode } };
}

export function parsePfsCodeNumbers(text: string, file: string): Parsed<PfsCodeNumber> {
  const lines = splitLines(text);
  const header = findHeader(lines, file);
  const lastColumn = Math.max(...Object.values(header.columns));
  const records: PfsCodeNumber[] = [];
  const issues: ParseIssue[] = [];
  const issue = (line: number, field: string | undefined, message: string): void => {
    issues.push(field === undefined ? { file, line, message } : { file, line, field, message });
  };
  for (let i = header.index + 1; i < lines.length; i++) {
    const lineNumber = i + 1;
    const { fields, error } = splitCsvLine(lines[i] ?? '');
    if (fields.every((f) => f.trim() === '')) continue;
    if (error) {
      issue(lineNumber, undefined, error);
      continue;
    }
    if (fields.length <= lastColumn) {
      issue(lineNumber, undefined, `expected at least ${lastColumn + 1} fields, found ${fields.length}`);
      continue;
    }
    const cell = (column: Column): string => (fields[header.columns[column]] ?? '').trim();
    const code = cell('code');
    const modifier = cell('modifier');
    const statusCode = cell('statusCode');
    if (!HCPCS_CODE.test(code)) {
      issue(lineNumber, COLUMN_LABELS.code, `"${code}" is not a HCPCS or CPT code`);
    } else if (modifier !== '' && !MODIFIER.test(modifier)) {
      issue(lineNumber, COLUMN_LABELS.modifier, `"${modifier}" is not a modifier`);
    } else if (!STATUS_CODE.test(statusCode)) {
      issue(lineNumber, COLUMN_LABELS.statusCode, `"${statusCode}" is not a status code`);
    } else {
      records.push({
        code,
        modifier,
        isCpt: isCptCode(code),
        description: cell('description'),
        statusCode,
        line: lineNumber,
      });
    }
  }
  return { records, issues };
}
