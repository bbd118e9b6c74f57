// CMS clinical diagnostic laboratory NCD ICD-10 coding spreadsheet (Medicare Coverage Database, "Lab NCDs - ICD-10"
// code list; checked on release 2026100, "2026100-Initial-ICD10-NCD-Spreadsheet-20250721.xlsx", and its Section 508
// twin "-508.xlsx"). One sheet: title and legend rows (resolution code definitions; red marks this release's
// changes, which the 508 version marks with a leading "*" instead), a header written over two rows ("NCD / Number",
// "NCD / DESCRIPTION", "CPT/HCPCS / CODES", "CPT/HCPCS / EFF DATE", "CPT/HCPCS / TERM DATE", "ICD-10 / CODE",
// "ICD-10 EFF / DATE", "ICD-10 TERM / DATE", "RESOLUTION / CODE 1/"), then one row per ICD-10-CM code of each NCD
// (190.12-190.34; 190.20, 190.21 and 190.23 split into A and B lists). The NCD number is on every row, the title
// on the NCD's first row only; the NCD's CPT/HCPCS codes run down their own column beside its first rows and are not
// paired with the ICD-10-CM code on the same row. "@@@@@@@" in the ICD-10 column stands for every code not listed.
// Columns are found by header name; resolution meanings come from the sheet's legend.
import ExcelJS from 'exceljs';
import { AppError, cellText, dotIcd10cm, type ParseIssue } from '../../shared/index.js';
import type { LabNcd, LabNcdCoverage, LabNcdResolution, LabNcdRow, LabNcdSheet } from './types.js';

const HEADER_SEARCH_ROWS = 40;
const ALL_OTHER_CODES = '@@@@@@@';
const CM_SHAPE = /^[A-Z]\d[0-9A-Z]{1,5}$/;

const COVERAGE: Record<LabNcdResolution, LabNcdCoverage> = {
  1: 'covered',
  2: 'denied',
  3: 'not medically necessary',
};

/** Used only when a sheet has no legend; the 2026100 legend reads exactly so. */
const DEFAULT_LEGEND: Record<LabNcdResolution, string> = {
  1: 'ICD-10-CM codes covered by Medicare.',
  2: 'ICD-10-CM codes denied.',
  3: 'ICD-10-CM codes that do not support medical necessity.',
};

type Field =
  | 'ncd'
  | 'title'
  | 'hcpcs'
  | 'hcpcsEffective'
  | 'hcpcsTermination'
  | 'icd'
  | 'effective'
  | 'termination'
  | 'resolution';

/** Which combined header text names which field (tested on upper-cased, space-collapsed header text). */
const HEADER_RULES: [Field, (h: string) => boolean][] = [
  ['hcpcsEffective', (h) => /CPT|HCPCS/.test(h) && /EFF/.test(h)],
  ['hcpcsTermination', (h) => /CPT|HCPCS/.test(h) && /TERM/.test(h)],
  ['hcpcs', (h) => /CPT|HCPCS/.test(h) && /CODE/.test(h)],
  ['effective', (h) => /ICD/.test(h) && /EFF/.test(h)],
  ['termination', (h) => /ICD/.test(h) && /TERM/.test(h)],
  ['icd', (h) => /ICD/.test(h) && /CODE/.test(h)],
  ['title', (h) => /^NCD\b/.test(h) && /DESC|TITLE/.test(h)],
  ['ncd', (h) => /^NCD\b/.test(h) && /NUMBER|\bNO\b|#/.test(h)],
  ['resolution', (h) => /RESOLUTION/.test(h)],
];
const REQUIRED: Field[] = ['ncd', 'icd', 'resolution'];

function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toUpperCase();
}

function rowTexts(row: ExcelJS.Row): Map<number, string> {
  const texts = new Map<number, string>();
  row.eachCell((cell, col) => {
    const text = cellText(cell.value).trim();
    if (text !== '') texts.set(col, text);
  });
  return texts;
}

interface Header {
  /** last header row */
  lastRow: number;
  columns: Map<Field, number>;
}

/** The header row, joined with the row under it when the header is written over two rows ("NCD" over "Number"). */
function findHeader(sheet: ExcelJS.Worksheet): Header | undefined {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const top = rowTexts(sheet.getRow(r));
    const texts = [...top.values()].map(normalizeHeader);
    if (!texts.some((t) => /^NCD\b/.test(t)) || !texts.some((t) => /RESOLUTION/.test(t))) continue;
    for (const rows of [2, 1]) {
      const under = rows === 2 ? rowTexts(sheet.getRow(r + 1)) : new Map<number, string>();
      const columns = new Map<Field, number>();
      const cols = new Set([...top.keys(), ...under.keys()]);
      for (const col of [...cols].sort((a, b) => a - b)) {
        const header = normalizeHeader(`${top.get(col) ?? ''} ${under.get(col) ?? ''}`);
        const rule = HEADER_RULES.find(([field, test]) => !columns.has(field) && test(header));
        if (rule) columns.set(rule[0], col);
      }
      if (REQUIRED.every((f) => columns.has(f))) return { lastRow: r + rows - 1, columns };
    }
  }
  return undefined;
}

function isRed(argb: string | undefined): boolean {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return false;
  const [r, g, b] = [argb.slice(2, 4), argb.slice(4, 6), argb.slice(6, 8)].map((h) => Number.parseInt(h, 16));
  return (r ?? 0) >= 0x99 && (g ?? 255) < 0x60 && (b ?? 255) < 0x60;
}

/** A cell marked as changed: red text (the main file) or a leading "*" (the Section 508 file). */
function isMarked(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  if (value === null || value === undefined) return false;
  if (isRed(cell.font?.color?.argb)) return true;
  if (typeof value === 'object' && 'richText' in value && value.richText.some((run) => isRed(run.font?.color?.argb))) {
    return true;
  }
  return cellText(value).trim().startsWith('*');
}

function text(cell: ExcelJS.Cell): string {
  return cellText(cell.value)
    .trim()
    .replace(/^\*\s*/, '');
}

function isoOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date cell: a date, an Excel day number, or text "MM/DD/YY", "MM/DD/YYYY", "YYYY-MM-DD", "YYYYMMDD". */
function readDate(cell: ExcelJS.Cell): { iso?: string; error?: string } {
  const value = cell.value;
  if (value instanceof Date) return { iso: isoOfDate(value) };
  if (typeof value === 'number') {
    return { iso: isoOfDate(new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000)) };
  }
  const t = text(cell);
  if (t === '') return {};
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (us) {
    const yy = Number(us[3]);
    const year = (us[3] ?? '').length === 2 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy;
    return { iso: `${year}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}` };
  }
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(t);
  if (iso) return { iso: `${iso[1]}-${iso[2]}-${iso[3]}` };
  return { error: `"${t}" is not a date` };
}

/** "190.12" from the number 190.12 (two decimals, as CMS numbers NCDs: 190.3 would be "190.30"), text as written. */
function ncdNumber(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === 'number') return value.toFixed(2);
  return text(cell).toUpperCase();
}

/** CPT/HCPCS code: five characters; a numeric cell gets back the leading zeros a number loses. */
function hcpcsCode(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(5, '0');
  return text(cell).toUpperCase();
}

interface Legend {
  title?: string;
  changeNote?: string;
  resolutions: Partial<Record<LabNcdResolution, string>>;
}

function readLegend(sheet: ExcelJS.Worksheet, lastRow: number): Legend {
  const legend: Legend = { resolutions: {} };
  for (let r = 1; r < lastRow; r++) {
    for (const t of rowTexts(sheet.getRow(r)).values()) {
      const resolution = /^\*?\s*([123])\s*-\s*(.+)$/.exec(t);
      if (resolution) {
        legend.resolutions[Number(resolution[1]) as LabNcdResolution] = (resolution[2] ?? '').trim();
      } else if (/indicates .*change/i.test(t)) {
        legend.changeNote ??= t.replace(/^\*/, '');
      } else if (!legend.title && /NATIONAL COVERAGE/i.test(t)) {
        legend.title = t;
      }
    }
  }
  return legend;
}

/** The cells of a row by field, without creating the empty ones (exceljs's getCell would). */
function cellsOf<K extends string>(row: ExcelJS.Row, columns: Record<K, number>): Record<K, ExcelJS.Cell | undefined> {
  const cells = {} as Record<K, ExcelJS.Cell | undefined>;
  for (const key of Object.keys(columns) as K[]) {
    const col = columns[key];
    cells[key] = col > 0 ? row.findCell(col) : undefined;
  }
  return cells;
}

async function loadWorkbook(bytes: Uint8Array | Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // exceljs declares its own Buffer (an ArrayBuffer); a Node Buffer is what it reads at runtime.
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (e) {
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `not a readable xlsx workbook (${String(e)})` });
  }
  return workbook;
}

/** Parse the lab NCD ICD-10 coding spreadsheet (xlsx bytes); `file` names it in issues. */
export async function parseLabNcdSpreadsheet(bytes: Uint8Array | Buffer, file: string): Promise<LabNcdSheet> {
  const workbook = await loadWorkbook(bytes, file);
  const found = workbook.worksheets
    .map((sheet) => ({ sheet, header: findHeader(sheet) }))
    .find((s): s is { sheet: ExcelJS.Worksheet; header: Header } => s.header !== undefined);
  if (!found) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no sheet has a header naming the NCD, ICD-10 code and resolution columns in its first ${HEADER_SEARCH_ROWS} rows`,
    });
  }
  const { sheet, header } = found;
  const issues: ParseIssue[] = [];
  const legend = readLegend(sheet, header.lastRow);
  const missingLegend = ([1, 2, 3] as const).filter((n) => legend.resolutions[n] === undefined);
  if (missingLegend.length > 0) {
    issues.push({
      file,
      line: header.lastRow,
      field: 'legend',
      message: `no legend for resolution ${missingLegend.join(', ')}; used the 2026 meanings`,
    });
  }
  const meanings: Record<LabNcdResolution, string> = { ...DEFAULT_LEGEND, ...legend.resolutions };

  const col = (field: Field) => header.columns.get(field) ?? 0;
  const columns = {
    ncd: col('ncd'),
    title: col('title'),
    hcpcs: col('hcpcs'),
    hcpcsEffective: col('hcpcsEffective'),
    hcpcsTermination: col('hcpcsTermination'),
    icd: col('icd'),
    effective: col('effective'),
    termination: col('termination'),
    resolution: col('resolution'),
  };
  const ncds = new Map<string, LabNcd & { codes: string[] }>();
  const records: LabNcdRow[] = [];
  let lastNcd: string | undefined;

  for (let r = header.lastRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const cells = cellsOf(row, columns);
    const issue = (field: string, message: string) => issues.push({ file, line: r, field, message });
    const { ncd: ncdCell, icd: icdCell, hcpcs: hcpcsCell, title: titleCell } = cells;
    const icdText = icdCell ? text(icdCell) : '';
    const hcpcsText = hcpcsCell ? text(hcpcsCell) : '';
    let ncd = ncdCell ? ncdNumber(ncdCell) : '';
    if (ncd === '') {
      if (icdText === '' && hcpcsText === '') continue; // blank or footnote row
      if (!lastNcd) {
        issue('ncd', 'row without an NCD number before any NCD');
        continue;
      }
      ncd = lastNcd;
    }
    lastNcd = ncd;
    let entry = ncds.get(ncd);
    if (!entry) {
      entry = { ncd, title: '', hcpcs: [], line: r, codes: [] };
      ncds.set(ncd, entry);
    }
    const title = titleCell ? text(titleCell) : '';
    if (title !== '') {
      if (entry.title === '') entry.title = title;
      else if (entry.title !== title)
        issue('title', `NCD ${ncd} is titled "${entry.title}" and "${title}"; kept the first`);
    }
    const marked = [ncdCell, titleCell, icdCell, cells.effective, cells.termination, cells.resolution].some(
      (c) => c !== undefined && isMarked(c),
    );

    if (hcpcsCell && hcpcsText !== '') {
      const code = hcpcsCode(hcpcsCell);
      if (!/^[0-9A-Z]{5}$/.test(code)) {
        issue('CPT/HCPCS code', `"${hcpcsText}" is not a CPT/HCPCS code`);
      } else {
        const effectiveCell = cells.hcpcsEffective;
        const terminationCell = cells.hcpcsTermination;
        const effective = effectiveCell ? readDate(effectiveCell) : {};
        const termination = terminationCell ? readDate(terminationCell) : {};
        if (effective.error) issue('CPT/HCPCS effective date', effective.error);
        if (termination.error) issue('CPT/HCPCS termination date', termination.error);
        entry.hcpcs.push({
          code,
          ...(effective.iso ? { effective: effective.iso } : {}),
          ...(termination.iso ? { termination: termination.iso } : {}),
          changed: [hcpcsCell, effectiveCell, terminationCell].some((c) => c !== undefined && isMarked(c)),
          line: r,
        });
        entry.codes.push(code);
      }
    }

    if (icdText === '') {
      if (hcpcsText === '') issue('ICD-10 code', 'row without an ICD-10-CM code');
      continue;
    }
    const otherCodes = icdText === ALL_OTHER_CODES;
    const icd = icdText.toUpperCase().replace('.', '');
    if (!otherCodes && !CM_SHAPE.test(icd)) {
      issue('ICD-10 code', `"${icdText}" is not an ICD-10-CM code`);
      continue;
    }
    const resolutionCell = cells.resolution;
    const resolution = Number(resolutionCell ? text(resolutionCell) : '');
    if (resolution !== 1 && resolution !== 2 && resolution !== 3) {
      issue('resolution', `resolution "${resolutionCell ? text(resolutionCell) : ''}" is not 1, 2 or 3`);
      continue;
    }
    const effectiveCell = cells.effective;
    const terminationCell = cells.termination;
    const effective = effectiveCell ? readDate(effectiveCell) : {};
    const termination = terminationCell ? readDate(terminationCell) : {};
    if (effective.error) issue('ICD-10 effective date', effective.error);
    if (termination.error) issue('ICD-10 termination date', termination.error);
    records.push({
      ncd,
      ncdTitle: '',
      hcpcsCodes: entry.codes,
      icd10cm: otherCodes ? null : dotIcd10cm(icd),
      otherCodes,
      ...(effective.iso ? { effective: effective.iso } : {}),
      ...(termination.iso ? { termination: termination.iso } : {}),
      resolution,
      coverage: COVERAGE[resolution],
      resolutionMeaning: meanings[resolution],
      changed: marked,
      line: r,
    });
  }
  // Titles sit on an NCD's first row only; give every row its NCD's title.
  for (const record of records) record.ncdTitle = ncds.get(record.ncd)?.title ?? '';
  if (records.length === 0 && ncds.size === 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'the header is there but no NCD row follows it' });
  }
  return {
    records,
    issues,
    ncds: [...ncds.values()].map(({ codes: _codes, ...ncd }) => ncd),
    ...(legend.title ? { title: legend.title } : {}),
    ...(legend.changeNote ? { changeNote: legend.changeNote } : {}),
    resolutionLegend: meanings,
  };
}
