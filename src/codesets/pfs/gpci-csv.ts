// CMS Medicare PFS Geographic Practice Cost Indices by state and locality, comma CSV form (GPCIyyyy.csv = the
// final rule's Addendum E; written against GPCI2026.csv of the RVU26C package): a title row, a header row (MAC,
// State, Locality Number, Locality Name, yyyy PW GPCI (with 1.0 Floor), yyyy PE GPCI, yyyy MP GPCI), one row per
// locality, then footnote rows ("*Work GPCI reflects a 1.5 floor in Alaska ..."). Subset: those seven columns,
// found by label. Footnote rows are kept as notes (they are not issues) and the asterisks after a locality name
// are resolved to their footnote.

import {
  type CsvRow,
  cellAt,
  csvRows,
  dataRows,
  findHeaderRow,
  type HeaderSpec,
  IssueLog,
  localityId,
  localityNumberOf,
  macNumber,
  normalizeLabel,
  parseDecimal,
  splitFootnoteMark,
  titleAbove,
  withFootnote,
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

const HEADER: HeaderSpec<Column> = {
  patterns: COLUMN_PATTERNS,
  labels: COLUMN_LABELS,
  what: 'GPCI',
  searchLines: HEADER_SEARCH_LINES,
};

/** One data row as a record, or undefined with an issue for its first bad cell. */
function toRow(row: CsvRow, cols: Readonly<Record<Column, number>>, log: IssueLog): GpciRow | undefined {
  const cell = (c: Column): string => cellAt(row, cols, c);
  const line = row.line;
  const mac = macNumber(cell('mac'), line, COLUMN_LABELS.mac, log);
  if (mac === undefined) return undefined;
  const state = cell('state').toUpperCase();
  if (!/^[A-Z]{2}$/.test(state)) {
    log.add(line, COLUMN_LABELS.state, `"${state}" is not a state abbreviation`);
    return undefined;
  }
  const localityNumber = localityNumberOf(cell('localityNumber'), line, COLUMN_LABELS.localityNumber, log);
  if (localityNumber === undefined) return undefined;
  const { text: localityName, mark } = splitFootnoteMark(cell('localityName'));
  const workGpci = parseDecimal(cell('workGpci'));
  const peGpci = parseDecimal(cell('peGpci'));
  const mpGpci = parseDecimal(cell('mpGpci'));
  if (localityName === '') log.add(line, COLUMN_LABELS.localityName, 'the locality name is empty');
  else if (workGpci === undefined) log.add(line, COLUMN_LABELS.workGpci, `"${cell('workGpci')}" is not a number`);
  else if (peGpci === undefined) log.add(line, COLUMN_LABELS.peGpci, `"${cell('peGpci')}" is not a number`);
  else if (mpGpci === undefined) log.add(line, COLUMN_LABELS.mpGpci, `"${cell('mpGpci')}" is not a number`);
  else
    return {
      mac,
      state,
      localityNumber,
      localityName,
      footnoteMark: mark,
      workGpci,
      peGpci,
      mpGpci,
      id: localityId(mac, localityNumber),
      line,
    };
  return undefined;
}

export function parseGpci(text: string, file: string): GpciParsed {
  const rows = csvRows(text);
  const header = findHeaderRow(rows, HEADER, file);
  const log = new IssueLog(file);
  const notes: string[] = [];
  const pending: GpciRow[] = [];
  for (const row of dataRows(rows, header.index + 1, header.lastColumn, log, notes)) {
    const record = toRow(row, header.columns, log);
    if (record) pending.push(record);
  }

  const records: GpciRow[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const row of pending) {
    records.push(withFootnote(row, row.footnoteMark, notes));
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
  const title = titleAbove(rows, header.index);
  if (title !== undefined) result.title = title;
  const year = /^(\d{4}) /.exec(normalizeLabel(rows[header.index]?.fields[header.columns.workGpci] ?? ''))?.[1];
  if (year !== undefined) result.year = Number(year);
  return result;
}
