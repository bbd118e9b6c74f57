// CMS Medicare PFS Geographic Practice Cost Indices by state and locality, comma CSV form (GPCIyyyy.csv = the
// final rule's Addendum E; written against GPCI2026.csv of the RVU26C package): a title row, a header row (MAC,
// State, Locality Number, Locality Name, yyyy PW GPCI (with 1.0 Floor), yyyy PE GPCI, yyyy MP GPCI), one row per
// locality, then footnote rows ("*Work GPCI reflects a 1.5 floor in Alaska ..."). Subset: those seven columns,
// found by label. Footnote rows are kept as notes (they are not issues) and the asterisks after a locality name
// are resolved to their footnote.

import { AppError } from '../../shared/errors.js';
import {
  type CsvRow,
  csvRows,
  footnoteFor,
  IssueLog,
  isBlankRow,
  normalizeLabel,
  padDigits,
  parseDecimal,
  splitFootnoteMark,
} from './csv-table.js';
import type { GpciParsed, GpciRow } from './types.js';

const HEADER_SEARCH_LINES = 20;

/** Each column and how its header cell reads (normalized: upper case, single spaces). */
const COLUMN_PATTERNS = {
  mac: /\bMAC\b|CONTRACTOR|CARRIER/,
  state: /^STATE$/,
  localityNumber: /^LOCALITY NUMBER$|^LOCALITY$/,
  localityName: /^LOCALITY NAME$/,
  workGpci: /\b(?:PW|WORK) GPCI\b/,
  peGpci: /\bPE GPCI\b/,
  mpGpci: /\bMP GPCI\b/,
} as const;
type Column = keyof typeof COLUMN_PATTERNS;
const COLUMN_LABELS: Record<Column, string> = {
  mac: 'MAC',
  state: 'State',
  localityNumber: 'Locality Number',
  localityName: 'Locality Name',
  workGpci: 'PW GPCI',
  peGpci: 'PE GPCI',
  mpGpci: 'MP GPCI',
};

function columnsOf(row: CsvRow): Record<Column, number> | undefined {
  const labels = row.fields.map(normalizeLabel);
  const found: Partial<Record<Column, number>> = {};
  for (const [column, pattern] of Object.entries(COLUMN_PATTERNS) as [Column, RegExp][]) {
    const at = labels.findIndex((l) => pattern.test(l));
    if (at < 0) return undefined;
    found[column] = at;
  }
  return found as Record<Column, number>;
}

/** A footnote row: text in the first cell only. */
function isNoteRow(fields: readonly string[]): boolean {
  return (fields[0] ?? '').trim() !== '' && fields.slice(1).every((f) => f.trim() === '');
}

export function parseGpci(text: string, file: string): GpciParsed {
  const rows = csvRows(text);
  let headerIndex = -1;
  let columns: Record<Column, number> | undefined;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_LINES) && !columns; i++) {
    const row = rows[i];
    columns = row ? columnsOf(row) : undefined;
    if (columns) headerIndex = i;
  }
  if (!columns) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no GPCI header (${Object.values(COLUMN_LABELS).join(', ')}) in the first ${HEADER_SEARCH_LINES} lines`,
    });
  }
  const cols = columns;
  const log = new IssueLog(file);
  const notes: string[] = [];
  const pending: { row: GpciRow; mark: string }[] = [];
  const lastColumn = Math.max(...Object.values(cols));

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row || isBlankRow(row.fields)) continue;
    if (row.error !== undefined) {
      log.add(row.line, undefined, row.error);
      continue;
    }
    if (isNoteRow(row.fields) && !/^\s*\d/.test(row.fields[0] ?? '')) {
      notes.push((row.fields[0] ?? '').trim());
      continue;
    }
    if (row.fields.length <= lastColumn) {
      log.add(row.line, undefined, `expected ${lastColumn + 1} fields, found ${row.fields.length}`);
      continue;
    }
    const cell = (c: Column): string => (row.fields[cols[c]] ?? '').trim();
    const mac = padDigits(cell('mac'), 5);
    const localityNumber = padDigits(cell('localityNumber'), 2);
    const state = cell('state').toUpperCase();
    const { text: localityName, mark } = splitFootnoteMark(cell('localityName'));
    const workGpci = parseDecimal(cell('workGpci'));
    const peGpci = parseDecimal(cell('peGpci'));
    const mpGpci = parseDecimal(cell('mpGpci'));
    if (mac === undefined) log.add(row.line, COLUMN_LABELS.mac, `"${cell('mac')}" is not a contractor number`);
    else if (!/^[A-Z]{2}$/.test(state))
      log.add(row.line, COLUMN_LABELS.state, `"${state}" is not a state abbreviation`);
    else if (localityNumber === undefined)
      log.add(row.line, COLUMN_LABELS.localityNumber, `"${cell('localityNumber')}" is not a locality number`);
    else if (localityName === '') log.add(row.line, COLUMN_LABELS.localityName, 'the locality name is empty');
    else if (workGpci === undefined) log.add(row.line, COLUMN_LABELS.workGpci, `"${cell('workGpci')}" is not a number`);
    else if (peGpci === undefined) log.add(row.line, COLUMN_LABELS.peGpci, `"${cell('peGpci')}" is not a number`);
    else if (mpGpci === undefined) log.add(row.line, COLUMN_LABELS.mpGpci, `"${cell('mpGpci')}" is not a number`);
    else {
      pending.push({
        mark,
        row: {
          mac,
          state,
          localityNumber,
          localityName,
          footnoteMark: mark,
          workGpci,
          peGpci,
          mpGpci,
          id: `${mac}-${localityNumber}`,
          line: row.line,
        },
      });
    }
  }

  const records: GpciRow[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const { row, mark } of pending) {
    const footnote = footnoteFor(mark, notes);
    records.push(footnote === undefined ? row : { ...row, footnote });
    const first = firstLineOfId.get(row.id);
    if (first === undefined) firstLineOfId.set(row.id, row.line);
    else
      log.add(
        row.line,
        'id',
        `locality id ${row.id} (${row.state} ${row.localityName}) repeats the id of line ${first}; both rows kept`,
      );
  }

  const result: GpciParsed = { records, issues: log.sortedIssues(), notes };
  const title = (rows[0]?.fields[0] ?? '').trim();
  if (headerIndex > 0 && title !== '') result.title = title;
  const year = /^(\d{4}) /.exec(normalizeLabel(rows[headerIndex]?.fields[cols.workGpci] ?? ''))?.[1];
  if (year !== undefined) result.year = Number(year);
  return result;
}
