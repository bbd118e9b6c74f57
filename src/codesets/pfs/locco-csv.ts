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

import { AppError } from '../../shared/errors.js';
import {
  type CsvRow,
  csvRows,
  footnoteFor,
  IssueLog,
  isBlankRow,
  normalizeLabel,
  padDigits,
  splitFootnoteMark,
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

/** A footnote row: text in the first cell only, not starting with a digit. */
function isNoteRow(fields: readonly string[]): boolean {
  const first = (fields[0] ?? '').trim();
  return first !== '' && !/^\d/.test(first) && fields.slice(1).every((f) => f.trim() === '');
}

export function parseLocalityCounties(text: string, file: string): LocalityCountyParsed {
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
      why: `no locality-county header (${Object.values(COLUMN_LABELS).join(', ')}) in the first ${HEADER_SEARCH_LINES} lines`,
    });
  }
  const cols = columns;
  const log = new IssueLog(file);
  const notes: string[] = [];
  const pending: { row: LocalityCountyRow; key: string }[] = [];
  const lastColumn = Math.max(...Object.values(cols));
  let state = '';

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row || isBlankRow(row.fields)) continue;
    if (row.error !== undefined) {
      log.add(row.line, undefined, row.error);
      continue;
    }
    if (isNoteRow(row.fields)) {
      notes.push((row.fields[0] ?? '').trim());
      continue;
    }
    if (row.fields.length <= lastColumn) {
      log.add(row.line, undefined, `expected ${lastColumn + 1} fields, found ${row.fields.length}`);
      continue;
    }
    const cell = (c: Column): string => (row.fields[cols[c]] ?? '').trim().replace(/\s+/g, ' ');
    const mac = padDigits(cell('mac'), 5);
    const localityNumber = padDigits(cell('localityNumber'), 2);
    if (cell('state') !== '') state = cell('state');
    const { text: feeScheduleArea, mark } = splitFootnoteMark(cell('feeScheduleArea'));
    const countiesText = cell('counties');
    if (mac === undefined) log.add(row.line, COLUMN_LABELS.mac, `"${cell('mac')}" is not a contractor number`);
    else if (localityNumber === undefined)
      log.add(row.line, COLUMN_LABELS.localityNumber, `"${cell('localityNumber')}" is not a locality number`);
    else if (state === '') log.add(row.line, COLUMN_LABELS.state, 'no state on this row or on a row above it');
    else if (feeScheduleArea === '') log.add(row.line, COLUMN_LABELS.feeScheduleArea, 'the fee schedule area is empty');
    else if (countiesText === '') log.add(row.line, COLUMN_LABELS.counties, 'the county list is empty');
    else {
      const record: LocalityCountyRow = {
        mac,
        localityNumber,
        id: `${mac}-${localityNumber}`,
        state,
        feeScheduleArea,
        footnoteMark: mark,
        countiesText,
        counties: parseCountyList(countiesText),
        line: row.line,
      };
      pending.push({ row: record, key: [record.id, state, feeScheduleArea, mark, countiesText].join('\u0000') });
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
    const footnote = footnoteFor(row.footnoteMark, notes);
    records.push(footnote === undefined ? row : { ...row, footnote });
  }

  const result: LocalityCountyParsed = { records, issues: log.sortedIssues(), notes };
  const title = (rows[0]?.fields[0] ?? '').trim();
  if (headerIndex > 0 && title !== '') result.title = title;
  return result;
}
