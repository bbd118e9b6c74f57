// CMS Restructured BETOS Classification System (RBCS) data file (data.cms.gov "Restructured BETOS Classification
// System", e.g. RBCS_RY_2025.csv, release year 2025): a comma CSV, one header row and one row per code and RBCS
// assignment, 17 fields. Subset: every field is read; only the latest assignment of each code
// (RBCS_Latest_Assignment = 1) is kept, earlier ones are counted. Column names are matched without regard to case
// (CMS writes "HCPCS_Cd", copies of the file have "hcpcs_cd"); dates are MM/DD/YYYY, 12/31/9999 meaning open.

import { AppError, type ParseIssue, splitLines } from '../../shared/index.js';
import { splitCsvLine } from '../cpt/index.js';
import { RBCS_MAJOR_MEANINGS, type RbcsParsed, type RbcsRecord } from './types.js';

const REQUIRED = [
  'hcpcs_cd',
  'rbcs_id',
  'rbcs_cat',
  'rbcs_cat_desc',
  'rbcs_cat_subcat',
  'rbcs_subcat_desc',
  'rbcs_famnumb',
  'rbcs_family_desc',
  'rbcs_major_ind',
  'rbcs_latest_assignment',
] as const;
const OPTIONAL = [
  'hcpcs_cd_add_dt',
  'hcpcs_cd_end_dt',
  'first_rbcs_release_year',
  'rbcs_analysis_start_dt',
  'rbcs_analysis_end_dt',
  'alt_assignment_method',
  'rbcs_id_ever_reassigned',
] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

const CODE = /^[A-Z0-9]{5}$/;
const OPEN_END = '9999-12-31';

/** Whether a file's first line is an RBCS header (its first two columns, any case). */
export function isRbcsHeader(head: string): boolean {
  return /^"?hcpcs_cd"?\s*,\s*"?rbcs_id"?\s*,/i.test(head);
}

function columnsOf(header: string, file: string): Partial<Record<Column, number>> {
  const names = splitCsvLine(header).fields.map((f) => f.trim().toLowerCase());
  const columns: Partial<Record<Column, number>> = {};
  for (const name of [...REQUIRED, ...OPTIONAL]) {
    const i = names.indexOf(name);
    if (i >= 0) columns[name] = i;
  }
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length > 0)
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `not an RBCS file: the header lacks ${missing.join(', ')}`,
    });
  return columns;
}

/** "01/31/2025" -> "2025-01-31"; "" -> null; undefined when not a date. */
function isoDate(value: string): string | null | undefined {
  if (value === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

class RowError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function readRow(fields: string[], columns: Partial<Record<Column, number>>, line: number): RbcsRecord {
  const cell = (c: Column): string => {
    const i = columns[c];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const date = (c: Column): string | null => {
    const d = isoDate(cell(c));
    if (d === undefined) throw new RowError(c, `"${cell(c)}" is not a date (MM/DD/YYYY)`);
    return d === OPEN_END ? null : d;
  };
  const flag = (c: Column): boolean => {
    const v = cell(c);
    if (v !== '' && v !== '0' && v !== '1') throw new RowError(c, `"${v}" is not 0 or 1`);
    return v === '1';
  };
  const code = cell('hcpcs_cd').toUpperCase();
  if (!CODE.test(code)) throw new RowError('hcpcs_cd', `"${code}" is not a HCPCS or CPT code`);
  const category = cell('rbcs_cat');
  const subcategory = cell('rbcs_cat_subcat');
  const familyNumber = cell('rbcs_famnumb');
  const major = cell('rbcs_major_ind');
  if (!/^[A-Z]$/.test(category)) throw new RowError('rbcs_cat', `"${category}" is not an RBCS category letter`);
  if (!/^[A-Z]{2}$/.test(subcategory) || subcategory[0] !== category)
    throw new RowError('rbcs_cat_subcat', `"${subcategory}" is not a subcategory of category "${category}"`);
  if (!/^\d{3}$/.test(familyNumber)) throw new RowError('rbcs_famnumb', `"${familyNumber}" is not a family number`);
  if (!(major in RBCS_MAJOR_MEANINGS)) throw new RowError('rbcs_major_ind', `"${major}" is not M, O or N`);
  const year = cell('first_rbcs_release_year');
  if (year !== '' && !/^\d{4}$/.test(year)) throw new RowError('first_rbcs_release_year', `"${year}" is not a year`);
  return {
    code,
    rbcsId: cell('rbcs_id'),
    category,
    categoryName: cell('rbcs_cat_desc'),
    subcategory,
    subcategoryName: cell('rbcs_subcat_desc'),
    familyNumber,
    familyName: cell('rbcs_family_desc'),
    major,
    codeAdded: date('hcpcs_cd_add_dt'),
    codeEnded: date('hcpcs_cd_end_dt'),
    firstReleaseYear: year === '' ? null : Number(year),
    assignedFrom: date('rbcs_analysis_start_dt'),
    assignedTo: date('rbcs_analysis_end_dt'),
    alternativeAssignment: flag('alt_assignment_method'),
    everReassigned: flag('rbcs_id_ever_reassigned'),
    line,
  };
}

export function parseRbcsCsv(text: string, file: string): RbcsParsed & { issues: ParseIssue[] } {
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const header = lines[0];
  if (header === undefined || !isRbcsHeader(header))
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'no RBCS header (HCPCS_Cd, RBCS_ID, …) on line 1' });
  const columns = columnsOf(header, file);
  const width = Math.max(...Object.values(columns));
  const issues: ParseIssue[] = [];
  const latest = new Map<string, RbcsRecord>();
  let earlierAssignments = 0;
  /** codes seen in earlier assignments, with the line of the first: each should have a latest one too */
  const earlierOnly = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const { fields, error } = splitCsvLine(raw);
    if (error) {
      issues.push({ file, line, message: error });
      continue;
    }
    if (fields.length <= width) {
      issues.push({ file, line, message: `expected ${width + 1} fields, found ${fields.length}` });
      continue;
    }
    const flag = (fields[columns.rbcs_latest_assignment as number] ?? '').trim();
    if (flag !== '0' && flag !== '1') {
      issues.push({ file, line, field: 'rbcs_latest_assignment', message: `"${flag}" is not 0 or 1` });
      continue;
    }
    let record: RbcsRecord;
    try {
      record = readRow(fields, columns, line);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      issues.push({ file, line, field: e.field, message: e.message });
      continue;
    }
    if (flag === '0') {
      earlierAssignments++;
      if (!earlierOnly.has(record.code)) earlierOnly.set(record.code, line);
      continue;
    }
    const before = latest.get(record.code);
    if (before) {
      issues.push({
        file,
        line,
        field: 'rbcs_latest_assignment',
        message: `${record.code} has a latest assignment already (line ${before.line}); this one is not read`,
      });
      continue;
    }
    latest.set(record.code, record);
  }
  for (const [code, line] of earlierOnly) {
    if (!latest.has(code))
      issues.push({
        file,
        line,
        field: 'rbcs_latest_assignment',
        message: `${code} has no row with RBCS_Latest_Assignment = 1; its earlier assignments are not shown`,
      });
  }
  return { records: [...latest.values()], earlierAssignments, issues };
}
