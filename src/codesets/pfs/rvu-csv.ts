// CMS Medicare Physician Fee Schedule National Relative Value File, comma CSV form (PPRRVUyyyy_*.csv; written
// against RVU26C PPRRVU2026_Jul_nonQPP.csv, layout per the CY2025 RVU25A record layout document): latin-1, title,
// copyright and "RELEASED mm/dd/yyyy" rows, then a header whose labels are stacked over several rows and end with
// the row that starts "HCPCS,MOD,DESCRIPTION", then one row per code and modifier. Subset: the 32-column layout of
// CY2025-2026 (every column is read and typed; a file missing any of them is not recognised). Columns are found by
// their stacked labels, not by position.

import { AppError } from '../../shared/index.js';
import { type CsvRow, csvRows, dataRows, IssueLog, labelKey, parseDecimal, stackedLabels } from './csv-table.js';
import type { PfsRvuParsed, PfsRvuRow } from './types.js';

/** How far down the file the "HCPCS,MOD,DESCRIPTION" row must appear (RVU26C has 9 rows above it). */
const HEADER_SEARCH_LINES = 30;

type Field = Exclude<keyof PfsRvuRow, 'line'>;

/** Every column of the file, in file order, by the full stacked label that names it. */
const LABELS: Readonly<Record<Field, string>> = {
  hcpcs: 'HCPCS',
  modifier: 'MOD',
  description: 'DESCRIPTION',
  statusCode: 'STATUS CODE',
  notUsedForMedicare: 'NOT USED FOR MEDICARE PAYMENT',
  workRvu: 'WORK RVU',
  peNonFacilityRvu: 'NON-FAC PE RVU',
  peNonFacilityNa: 'NON-FAC NA INDICATOR',
  peFacilityRvu: 'FACILITY PE RVU',
  peFacilityNa: 'FACILITY NA INDICATOR',
  mpRvu: 'MP RVU',
  nonFacilityTotal: 'NON-FACILITY TOTAL',
  facilityTotal: 'FACILITY TOTAL',
  pctcIndicator: 'PCTC IND',
  globalDays: 'GLOB DAYS',
  preOp: 'PRE OP',
  intraOp: 'INTRA OP',
  postOp: 'POST OP',
  multipleProcedure: 'MULT PROC',
  bilateral: 'BILAT SURG',
  assistant: 'ASST SURG',
  coSurgeon: 'CO- SURG',
  teamSurgery: 'TEAM SURG',
  pricingIndicator: 'PRIC IND',
  endoscopicBase: 'ENDO BASE',
  conversionFactor: 'CONV FACTOR',
  physicianSupervisionDiagnostic: 'PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES',
  calculationFlag: 'CALCULATION FLAG',
  diagnosticImagingFamily: 'DIAGNOSTIC IMAGING FAMILY INDICATOR',
  oppsNonFacilityPe: 'NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT',
  oppsFacilityPe: 'FACILITY PE USED FOR OPPS PAYMENT AMOUNT',
  oppsMp: 'MP USED FOR OPPS PAYMENT AMOUNT',
};

const HCPCS_CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;
const STATUS_CODE = /^[A-Z]$/;
/** single indicators ("9") and two-character ones ("09", "6A", "88") */
const INDICATOR = /^[A-Z0-9]{1,2}$/;
/** 000, 010, 090 or MMM, XXX, YYY, ZZZ */
const GLOBAL_DAYS = /^(?:\d{3}|[A-Z]{3})$/;

interface Header {
  /** index in the rows of the "HCPCS,MOD,DESCRIPTION" row */
  index: number;
  /** column position of each field */
  positions: Record<Field, number>;
}

function findHeader(top: readonly CsvRow[], file: string): Header {
  const index = top.findIndex((r) => {
    const [a = '', b = '', c = ''] = r.fields.map(labelKey);
    return a === 'HCPCS' && b === 'MOD' && c === 'DESCRIPTION';
  });
  if (index < 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no relative value file header (a row starting HCPCS,MOD,DESCRIPTION) in the first ${HEADER_SEARCH_LINES} lines`,
    });
  }
  const labels = stackedLabels(top, index).map(labelKey);
  const positions: Partial<Record<Field, number>> = {};
  const missing: string[] = [];
  for (const [field, label] of Object.entries(LABELS) as [Field, string][]) {
    const at = labels.indexOf(labelKey(label));
    if (at < 0) missing.push(label);
    positions[field] = at;
  }
  if (missing.length > 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `the relative value file header lacks the column(s) ${missing.join('; ')}`,
    });
  }
  return { index, positions: positions as Record<Field, number> };
}

/** A preamble cell: the first one matching the pattern, trimmed. */
function preambleCell(top: readonly CsvRow[], end: number, pattern: RegExp): string | undefined {
  for (const row of top.slice(0, end)) {
    for (const cell of row.fields) {
      const v = cell.trim();
      if (pattern.test(v)) return v;
    }
  }
  return undefined;
}

/**
 * Reads the cells of one row by column key, typed; the first bad cell is remembered (later reads still return a
 * placeholder so the record literal can be built in one go, then dropped).
 */
class RowReader {
  fields: readonly string[] = [];
  error: { label: string; message: string } | undefined;

  constructor(private readonly positions: Readonly<Record<Field, number>>) {}

  reset(fields: readonly string[]): void {
    this.fields = fields;
    this.error = undefined;
  }

  private raw(key: Field): string {
    return (this.fields[this.positions[key]] ?? '').trim();
  }

  private fail(key: Field, message: string): void {
    if (this.error === undefined) this.error = { label: LABELS[key], message };
  }

  private matching(key: Field, pattern: RegExp, what: string, blankOk = false): string {
    const v = this.raw(key);
    if (!(blankOk && v === '') && !pattern.test(v)) this.fail(key, `"${v}" is not ${what}`);
    return v;
  }

  text(key: Field): string {
    return this.raw(key);
  }

  code(key: Field): string {
    return this.matching(key, HCPCS_CODE, 'a HCPCS or CPT code');
  }

  modifier(key: Field): string {
    return this.matching(key, MODIFIER, 'a modifier', true);
  }

  status(key: Field): string {
    return this.matching(key, STATUS_CODE, 'a status code');
  }

  indicator(key: Field): string {
    return this.matching(key, INDICATOR, 'an indicator code');
  }

  days(key: Field): string {
    return this.matching(key, GLOBAL_DAYS, 'a global period');
  }

  base(key: Field): string {
    return this.matching(key, HCPCS_CODE, 'an endoscopic base code', true);
  }

  plus(key: Field): boolean {
    const v = this.raw(key);
    if (v !== '' && v !== '+') this.fail(key, `"${v}" is neither blank nor "+"`);
    return v === '+';
  }

  na(key: Field): boolean {
    const v = this.raw(key);
    const na = v.toUpperCase() === 'NA';
    if (v !== '' && !na) this.fail(key, `"${v}" is neither blank nor "NA"`);
    return na;
  }

  number(key: Field): number {
    const v = this.raw(key);
    const n = parseDecimal(v);
    if (n === undefined) this.fail(key, `"${v}" is not a number`);
    return n ?? Number.NaN;
  }
}

/** One data row as a record; the reader's error says whether it is usable. */
function readRow(r: RowReader, line: number): PfsRvuRow {
  return {
    hcpcs: r.code('hcpcs'),
    modifier: r.modifier('modifier'),
    description: r.text('description'),
    statusCode: r.status('statusCode'),
    notUsedForMedicare: r.plus('notUsedForMedicare'),
    workRvu: r.number('workRvu'),
    peNonFacilityRvu: r.number('peNonFacilityRvu'),
    peNonFacilityNa: r.na('peNonFacilityNa'),
    peFacilityRvu: r.number('peFacilityRvu'),
    peFacilityNa: r.na('peFacilityNa'),
    mpRvu: r.number('mpRvu'),
    nonFacilityTotal: r.number('nonFacilityTotal'),
    facilityTotal: r.number('facilityTotal'),
    pctcIndicator: r.indicator('pctcIndicator'),
    globalDays: r.days('globalDays'),
    preOp: r.number('preOp'),
    intraOp: r.number('intraOp'),
    postOp: r.number('postOp'),
    multipleProcedure: r.indicator('multipleProcedure'),
    bilateral: r.indicator('bilateral'),
    assistant: r.indicator('assistant'),
    coSurgeon: r.indicator('coSurgeon'),
    teamSurgery: r.indicator('teamSurgery'),
    pricingIndicator: r.indicator('pricingIndicator'),
    endoscopicBase: r.base('endoscopicBase'),
    conversionFactor: r.number('conversionFactor'),
    physicianSupervisionDiagnostic: r.indicator('physicianSupervisionDiagnostic'),
    calculationFlag: r.indicator('calculationFlag'),
    diagnosticImagingFamily: r.indicator('diagnosticImagingFamily'),
    oppsNonFacilityPe: r.number('oppsNonFacilityPe'),
    oppsFacilityPe: r.number('oppsFacilityPe'),
    oppsMp: r.number('oppsMp'),
    line,
  };
}

export function parsePfsRvu(text: string, file: string): PfsRvuParsed {
  const rows = csvRows(text);
  const top = rows.slice(0, HEADER_SEARCH_LINES);
  const header = findHeader(top, file);
  const lastColumn = Math.max(...Object.values(header.positions));
  const log = new IssueLog(file);
  const records: PfsRvuRow[] = [];
  let conversionFactor: number | undefined;
  const reader = new RowReader(header.positions);

  for (const row of dataRows(rows, header.index + 1, lastColumn, log)) {
    reader.reset(row.fields);
    const rvu = readRow(reader, row.line);
    if (reader.error) {
      log.add(row.line, reader.error.label, reader.error.message);
      continue;
    }
    if (conversionFactor === undefined) {
      conversionFactor = rvu.conversionFactor;
    } else if (rvu.conversionFactor !== conversionFactor) {
      log.add(
        row.line,
        'CONV FACTOR',
        `conversion factor ${rvu.conversionFactor} differs from ${conversionFactor} on the first row (row kept)`,
      );
    }
    records.push(rvu);
  }

  const result: PfsRvuParsed = { records, issues: log.issues };
  if (conversionFactor !== undefined) result.conversionFactor = conversionFactor;
  const releaseNote = preambleCell(top, header.index, /^RELEASED\b/i);
  if (releaseNote !== undefined) result.releaseNote = releaseNote;
  const title = preambleCell(top, header.index, /RELATIVE VALUE FILE/i);
  if (title !== undefined) result.title = title;
  return result;
}
