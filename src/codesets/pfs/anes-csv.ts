// CMS Medicare PFS anesthesia conversion factors by locality (ANESyyyy, part of the RVUyyA package; written
// against ANES2025.csv and ANES2025.txt of RVU25A).
// - CSV form: a header row "Contractor,Locality,Locality Name,National Anes CF of 20.3178" (the fourth label states
//   the national anesthesia CF), then one row per locality with cells padded by a trailing space ("10112 ,00 ,
//   ALABAMA,19.31 "), then an empty row. Subset: those four columns, found by label.
// - TXT twin: no header, fixed columns "MAC(5)  locality(2)  name(40, cut off)  CF in cents" ("1931" = 19.31),
//   CRLF, and a DOS end-of-file byte (0x1A) at the end. It does not state the national CF and its names are cut
//   to 40 characters (some lose their asterisks), so the CSV is the form to read; the TXT reader is for checking.

import { AppError, splitLines } from '../../shared/index.js';
import {
  cellAt,
  csvRows,
  dataRows,
  findHeaderRow,
  type HeaderSpec,
  IssueLog,
  localityId,
  localityNumberOf,
  macNumber,
  parseDecimal,
  splitFootnoteMark,
} from './csv-table.js';
import type { AnesthesiaCfParsed, AnesthesiaCfRow } from './types.js';

const HEADER_SEARCH_LINES = 20;

const COLUMN_PATTERNS = {
  mac: /^CONTRACTOR$|\bMAC\b|^CARRIER$/,
  localityNumber: /^LOCALITY( NUMBER)?$/,
  localityName: /^LOCALITY NAME$/,
  conversionFactor: /\bCF\b|CONVERSION FACTOR/,
} as const;
type Column = keyof typeof COLUMN_PATTERNS;
const COLUMN_LABELS: Record<Column, string> = {
  mac: 'Contractor',
  localityNumber: 'Locality',
  localityName: 'Locality Name',
  conversionFactor: 'Anes CF',
};

const HEADER: HeaderSpec<Column> = {
  patterns: COLUMN_PATTERNS,
  labels: COLUMN_LABELS,
  what: 'anesthesia conversion factor',
  searchLines: HEADER_SEARCH_LINES,
};

interface RawLocality {
  mac: string;
  locality: string;
  name: string;
  cf: number | undefined;
  cfText: string;
}

function toRow(raw: RawLocality, line: number, log: IssueLog): AnesthesiaCfRow | undefined {
  const mac = macNumber(raw.mac, line, COLUMN_LABELS.mac, log);
  if (mac === undefined) return undefined;
  const localityNumber = localityNumberOf(raw.locality, line, COLUMN_LABELS.localityNumber, log);
  if (localityNumber === undefined) return undefined;
  const { text: localityName, mark } = splitFootnoteMark(raw.name);
  if (localityName === '') log.add(line, COLUMN_LABELS.localityName, 'the locality name is empty');
  else if (raw.cf === undefined) log.add(line, COLUMN_LABELS.conversionFactor, `"${raw.cfText}" is not a number`);
  else
    return {
      mac,
      localityNumber,
      localityName,
      footnoteMark: mark,
      conversionFactor: raw.cf,
      id: localityId(mac, localityNumber),
      line,
    };
  return undefined;
}

export function parseAnesthesiaCf(text: string, file: string): AnesthesiaCfParsed {
  const rows = csvRows(text);
  const header = findHeaderRow(rows, HEADER, file);
  const cols = header.columns;
  const log = new IssueLog(file);
  const records: AnesthesiaCfRow[] = [];
  for (const row of dataRows(rows, header.index + 1, header.lastColumn, log)) {
    const cell = (c: Column): string => cellAt(row, cols, c);
    const record = toRow(
      {
        mac: cell('mac'),
        locality: cell('localityNumber'),
        name: cell('localityName'),
        cf: parseDecimal(cell('conversionFactor')),
        cfText: cell('conversionFactor'),
      },
      row.line,
      log,
    );
    if (record) records.push(record);
  }
  const result: AnesthesiaCfParsed = { records, issues: log.issues };
  const label = rows[header.index]?.fields[cols.conversionFactor] ?? '';
  const national = /NATIONAL ANES\w*\s+CF\s+OF\s+(\d+(?:\.\d+)?)/i.exec(label)?.[1];
  if (national !== undefined) result.nationalConversionFactor = Number(national);
  return result;
}

/** MAC, locality, name (may hold spaces), CF in cents: "10112       00    ALABAMA        1931". */
const TXT_LINE = /^\s*(\d{5})\s+(\d{2})\s+(.*?)\s+(\d+)\s*$/;
/** Looser: starts like a record (MAC and locality), whatever follows. */
const TXT_START = /^\s*\d{5}\s+\d{2}\s/;

/** DOS end-of-file character (Ctrl-Z) that ends the TXT file. */
const END_OF_FILE = String.fromCharCode(0x1a);

function stripEndOfFile(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === END_OF_FILE || /\s/.test(text[end - 1] ?? ''))) end--;
  return text.slice(0, end);
}

/** The fixed-width TXT twin of ANESyyyy.csv. Names are cut to 40 characters there; the CF is in cents. */
export function parseAnesthesiaCfTxt(text: string, file: string): AnesthesiaCfParsed {
  const lines = splitLines(stripEndOfFile(text));
  if (!lines.slice(0, HEADER_SEARCH_LINES).some((l) => TXT_LINE.test(l))) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no anesthesia conversion factor line (contractor, locality, name, CF in cents) in the first ${HEADER_SEARCH_LINES} lines`,
    });
  }
  const log = new IssueLog(file);
  const records: AnesthesiaCfRow[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const m = TXT_LINE.exec(raw);
    if (!m) {
      log.add(
        i + 1,
        TXT_START.test(raw) ? COLUMN_LABELS.conversionFactor : undefined,
        'not a contractor, locality, name and CF line',
      );
      return;
    }
    const cents = m[4] ?? '';
    const record = toRow(
      { mac: m[1] ?? '', locality: m[2] ?? '', name: m[3] ?? '', cf: Number(cents) / 100, cfText: cents },
      i + 1,
      log,
    );
    if (record) records.push(record);
  });
  return { records, issues: log.issues };
}
