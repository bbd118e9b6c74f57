// CMS Medicare PFS locality-county crosswalk, comma CSV form (yyLOCCO.csv; written against 25LOCCO.csv of
// RVU25A): a title row ("COUNTIES INCLUDED IN 2025 LOCALITIES ..."), a header row (Medicare Adminstrative
// Contractor [sic], Locality Number, State, Fee Schedule Area, Counties), groups of locality rows separated by
// empty rows, then footnote rows ("*  Payment locality is serviced by two carriers."). The CSV is an Excel export:
// leading zeros of the contractor and locality numbers are gone ("2102", "5") and are restored here; the state is
// written on the first row of its group only and is carried down. Subset: those five columns, found by label.
//
// The Counties cell is a list in free text; it is split into entries:
// - "ALL COUNTIES", "ALL COUNTY EQUIVALENTS"             -> { kind: 'all' }
// - "ALL OTHER COUNTIES"                                  -> { kind: 'rest-of-state' } (counties no other locality
//                                                            of the state names)
// - either of those followed by "EXCEPT A, B AND C"       -> the same, with except: [A, B, C]
// - otherwise names separated by ",", "/", " AND " and ";" -> { kind: 'county' }; a ";"-group ending "IN <STATE>"
//   gives its names that state ("ALEXANDRIA CITY, ARLINGTON ... IN VIRGINIA"); a trailing " CNTY" is dropped.
// Names are kept as shipped, misspellings included ("ORAGNGE" for Orange in 25LOCCO).
// A row that repeats an earlier row exactly (25LOCCO repeats Missouri's REST OF STATE) is dropped with an issue.

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
  splitFootnoteMark,
  titleAbove,
  withFootnote,
} from './csv-table.js';
import type { CountyEntry, LocalityCountyParsed, LocalityCountyRow } from './types.js';

const HEADER_SEARCH_LINES = 20;

const COLUMN_PATTERNS = {
  mac: /CONTRACTOR|^MAC$|CARRIER/,
  localityNumber: /^LOCALITY( NUMBER)?$/,
  state: /^STATE$/,
  feeScheduleArea: /^FEE SCHEDULE AREA$/,
  counties: /^COUNT(Y|IES)$/,
} as const;
type Column = keyof typeof COLUMN_PATTERNS;
const COLUMN_LABELS: Record<Column, string> = {
  mac: 'Medicare Administrative Contractor',
  localityNumber: 'Locality Number',
  state: 'State',
  feeScheduleArea: 'Fee Schedule Area',
  counties: 'Counties',
};

const ALL_MEANING = 'every county (or county equivalent) of the state is in this locality';
const REST_MEANING = 'every county of the state that no other locality of the state names is in this locality';

const HEADER: HeaderSpec<Column> = {
  patterns: COLUMN_PATTERNS,
  labels: COLUMN_LABELS,
  what: 'locality-county',
  searchLines: HEADER_SEARCH_LINES,
};

/** "A, B, AND C" / "A/B/C" / "A AND B" -> [A, B, C]; " CNTY" suffixes dropped. */
function splitNames(text: string): string[] {
  return text
    .split(/\s*[,/]\s*|\s+AND\s+/)
    .map((n) =>
      n
        .replace(/^AND\s+/, '')
        .replace(/\s+CNTY$/, '')
        .trim(),
    )
    .filter((n) => n !== '');
}

/** Splits a Counties cell into entries (see the file comment). */
export function parseCountyList(cell: string): CountyEntry[] {
  const text = cell.trim().toUpperCase().replace(/\s+/g, ' ');
  if (text === '') return [];
  const blanket = /^ALL (OTHER COUNTIES|COUNTIES|COUNTY EQUIVALENTS)\b,?\s*(?:EXCEPT\b\s*(.*))?$/.exec(text);
  if (blanket) {
    const except = splitNames(blanket[2] ?? '');
    const rest = blanket[1] === 'OTHER COUNTIES';
    const head = text.replace(/,?\s*EXCEPT\b.*$/, '');
    return [
      rest
        ? { kind: 'rest-of-state', text: head, meaning: REST_MEANING, except }
        : { kind: 'all', text: head, meaning: ALL_MEANING, except },
    ];
  }
  const entries: CountyEntry[] = [];
  for (const group of text.split(/\s*;\s*/)) {
    const inState = /^(.*)\s+IN\s+([A-Z][A-Z .]*)$/.exec(group);
    const names = splitNames(inState ? (inState[1] ?? '') : group);
    for (const name of names) {
      entries.push(inState ? { kind: 'county', name, state: (inState[2] ?? '').trim() } : { kind: 'county', name });
    }
  }
  return entries;
}

/** The cell of a column, trimmed, runs of white space made one space. */
function cellOf(row: CsvRow, cols: Readonly<Record<Column, number>>, c: Column): string {
  return cellAt(row, cols, c).replace(/\s+/g, ' ');
}

/** One data row as a record (in `state`, carried down from the rows above), or undefined with an issue. */
function toRow(
  row: CsvRow,
  cols: Readonly<Record<Column, number>>,
  state: string,
  log: IssueLog,
): LocalityCountyRow | undefined {
  const cell = (c: Column): string => cellOf(row, cols, c);
  const line = row.line;
  const mac = macNumber(cell('mac'), line, COLUMN_LABELS.mac, log);
  if (mac === undefined) return undefined;
  const localityNumber = localityNumberOf(cell('localityNumber'), line, COLUMN_LABELS.localityNumber, log);
  if (localityNumber === undefined) return undefined;
  const { text: feeScheduleArea, mark } = splitFootnoteMark(cell('feeScheduleArea'));
  const countiesText = cell('counties');
  if (state === '') log.add(line, COLUMN_LABELS.state, 'no state on this row or on a row above it');
  else if (feeScheduleArea === '') log.add(line, COLUMN_LABELS.feeScheduleArea, 'the fee schedule area is empty');
  else if (countiesText === '') log.add(line, COLUMN_LABELS.counties, 'the county list is empty');
  else
    return {
      mac,
      localityNumber,
      id: localityId(mac, localityNumber),
      state,
      feeScheduleArea,
      footnoteMark: mark,
      countiesText,
      counties: parseCountyList(countiesText),
      line,
    };
  return undefined;
}

export function parseLocalityCounties(text: string, file: string): LocalityCountyParsed {
  const rows = csvRows(text);
  const header = findHeaderRow(rows, HEADER, file);
  const log = new IssueLog(file);
  const notes: string[] = [];
  const pending: { row: LocalityCountyRow; key: string }[] = [];
  let state = '';

  for (const row of dataRows(rows, header.index + 1, header.lastColumn, log, notes)) {
    const rowState = cellOf(row, header.columns, 'state');
    if (rowState !== '') state = rowState;
    const record = toRow(row, header.columns, state, log);
    if (record) {
      const key = [record.id, state, record.feeScheduleArea, record.footnoteMark, record.countiesText].join('\u0000');
      pending.push({ row: record, key });
    }
  }

  const records: LocalityCountyRow[] = [];
  const seen = new Map<string, { line: number; key: string }>();
  for (const { row, key } of pending) {
    const earlier = seen.get(row.id);
    if (earlier && earlier.key === key) {
      log.add(
        row.line,
        undefined,
        `repeats line ${earlier.line} (locality ${row.id}, ${row.feeScheduleArea}); dropped`,
      );
      continue;
    }
    if (earlier) {
      log.add(row.line, 'id', `locality id ${row.id} is also on line ${earlier.line} with other content; both kept`);
    } else {
      seen.set(row.id, { line: row.line, key });
    }
    records.push(withFootnote(row, row.footnoteMark, notes));
  }

  const result: LocalityCountyParsed = { records, issues: log.sortedIssues(), notes };
  const title = titleAbove(rows, header.index);
  if (title !== undefined) result.title = title;
  return result;
}
