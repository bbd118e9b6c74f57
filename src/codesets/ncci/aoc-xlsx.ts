// CMS Medicare NCCI Add-on Code (AOC) edit table, xlsx form (AOC_V<year>Q<n>-MCR.xlsx, published since June 2023
// beside the fixed-width text file; checked on 2026 Q2, effective 2026-04-01). One sheet: row 1 the AMA notice,
// row 2 the header (AOC_Edit_Type, Add-On_Code, AOC_DelDT, Primary_Code, Primary_Code_DelDT, AOC_Edit_EffDT,
// AOC_Edit_DelDT, Special_Instruction_Notes), then one row per add-on/primary pair. Dates are Julian YYYYDDD;
// Primary_Code "CCCCC" means the contractor (MAC) defines the primaries. Subset: all eight columns, by header name.
// Edit types, per the NCCI Policy Manual for Medicare Services, ch. I sec. W (rev. 2/28/2025, pp. I-35 to I-36).

import { AppError, type Parsed, type ParseIssue } from '../../shared/index.js';
import { julianToIso } from './dates.js';
import { isBlankRow, loadWorkbook, sheetRows, type TableRow } from './table-rows.js';
import type { AddOnEdit, AddOnEditType } from './types.js';

/** Edit type -> what it means for the primary codes, in CodeDesk's words after the Policy Manual, ch. I sec. W. */
export const ADD_ON_EDIT_TYPE_MEANINGS: Readonly<Record<AddOnEditType, string>> = {
  1: 'Only the listed primary codes are acceptable',
  2: 'No primary codes are listed: the contractor (MAC) defines the acceptable primaries',
  3: 'Some primary codes are listed: the contractor (MAC) may accept other primaries as well',
};

/** What CMS writes in Primary_Code when the contractor defines the primaries. */
const CONTRACTOR_DEFINED = 'CCCCC';

const HEADER_SEARCH_ROWS = 20;
const CODE = /^[0-9A-Z]{5}$/;

type AocColumn = 'type' | 'addOn' | 'addOnDel' | 'primary' | 'primaryDel' | 'effective' | 'deletion' | 'notes';

/** File column names (used in issues too) and whether a sheet without them is still an AOC table. */
const COLUMNS: readonly { key: AocColumn; name: string; required: boolean }[] = [
  { key: 'type', name: 'AOC_Edit_Type', required: true },
  { key: 'addOn', name: 'Add-On_Code', required: true },
  { key: 'addOnDel', name: 'AOC_DelDT', required: false },
  { key: 'primary', name: 'Primary_Code', required: true },
  { key: 'primaryDel', name: 'Primary_Code_DelDT', required: false },
  { key: 'effective', name: 'AOC_Edit_EffDT', required: true },
  { key: 'deletion', name: 'AOC_Edit_DelDT', required: false },
  { key: 'notes', name: 'Special_Instruction_Notes', required: false },
];

/** "Add-On_Code", "ADD ON CODE" and "addoncode" name the same column. */
function normalizeHeader(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

interface Header {
  index: number;
  line: number;
  columns: Map<AocColumn, number>;
}

function findHeader(rows: readonly TableRow[]): Header | undefined {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index++) {
    const row = rows[index] as TableRow;
    const cells = row.fields.map(normalizeHeader);
    const columns = new Map<AocColumn, number>();
    for (const c of COLUMNS) {
      const col = cells.indexOf(normalizeHeader(c.name));
      if (col >= 0) columns.set(c.key, col);
    }
    if (COLUMNS.every((c) => !c.required || columns.has(c.key))) return { index, line: row.line, columns };
  }
  return undefined;
}

/** A note wrapped whole in double quotes (as some cells are) loses them; white space runs become one space. */
function cleanNote(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}

function parseRows(rows: readonly TableRow[], file: string): Parsed<AddOnEdit> {
  const header = findHeader(rows);
  if (!header) {
    const required = COLUMNS.filter((c) => c.required).map((c) => c.name);
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no sheet has a header row with ${required.join(', ')} in its first ${HEADER_SEARCH_ROWS} rows`,
    });
  }
  const records: AddOnEdit[] = [];
  const issues: ParseIssue[] = [];
  const missing = COLUMNS.filter((c) => !header.columns.has(c.key)).map((c) => c.name);
  if (missing.length > 0) {
    const message = `the header row has no column ${missing.join(', ')}; those fields are left empty`;
    issues.push({ file, line: header.line, message });
  }
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) continue;
    const edit = editOfRow(row, header, file, issues);
    if (edit) records.push(edit);
  }
  return { records, issues };
}

function cellAt(row: TableRow, header: Header, key: AocColumn): string {
  const col = header.columns.get(key);
  return col === undefined ? '' : (row.fields[col] ?? '').trim();
}

const FIELD_NAMES = new Map<AocColumn, string>(COLUMNS.map((c) => [c.key, c.name]));

type Problems = [AocColumn, string][];

/** A Julian date cell: undefined when blank (a problem if required) or unreadable (a problem). */
function dateAt(row: TableRow, header: Header, key: AocColumn, required: boolean, found: Problems): string | undefined {
  const text = cellAt(row, header, key);
  if (text === '') {
    if (required) found.push([key, 'the date is blank']);
    return undefined;
  }
  const iso = julianToIso(text);
  if (iso === undefined) found.push([key, `"${text}" is not a Julian date (YYYYDDD)`]);
  return iso;
}

/** One edit, or undefined (with its issues added) when a field cannot be read: a half-read edit is never kept. */
function editOfRow(row: TableRow, header: Header, file: string, issues: ParseIssue[]): AddOnEdit | undefined {
  const { line } = row;
  const found: Problems = [];
  const typeText = cellAt(row, header, 'type');
  const editType = /^[123]$/.test(typeText) ? (Number(typeText) as AddOnEditType) : undefined;
  if (editType === undefined) found.push(['type', `edit type "${typeText}" is not 1, 2 or 3`]);
  const addOnText = cellAt(row, header, 'addOn');
  const addOnCode = addOnText.toUpperCase();
  if (!CODE.test(addOnCode)) found.push(['addOn', `"${addOnText}" is not a HCPCS/CPT code (5 letters or digits)`]);
  const primaryText = cellAt(row, header, 'primary');
  const primary = primaryText.toUpperCase();
  const primaryIsContractorDefined = primary === CONTRACTOR_DEFINED;
  if (!primaryIsContractorDefined && !CODE.test(primary)) {
    found.push(['primary', `"${primaryText}" is neither a HCPCS/CPT code nor ${CONTRACTOR_DEFINED}`]);
  }
  const addOnDeletionDate = dateAt(row, header, 'addOnDel', false, found);
  const primaryDeletionDate = dateAt(row, header, 'primaryDel', false, found);
  const effectiveDate = dateAt(row, header, 'effective', true, found);
  const deletionDate = dateAt(row, header, 'deletion', false, found);
  if (found.length > 0 || editType === undefined || effectiveDate === undefined) {
    for (const [key, message] of found) {
      issues.push({ file, line, field: FIELD_NAMES.get(key) as string, message: `${message}; row left out` });
    }
    return undefined;
  }

  const primaryField = FIELD_NAMES.get('primary') as string;
  if (editType === 1 && primaryIsContractorDefined) {
    const message = `a type 1 edit should list its primary, not ${CONTRACTOR_DEFINED}; kept as contractor-defined`;
    issues.push({ file, line, field: primaryField, message });
  } else if (editType === 2 && !primaryIsContractorDefined) {
    const message = `a type 2 edit lists no primaries, yet this row names ${primary}; kept as listed`;
    issues.push({ file, line, field: primaryField, message });
  }
  const edit: AddOnEdit = {
    editType,
    editTypeMeaning: ADD_ON_EDIT_TYPE_MEANINGS[editType],
    addOnCode,
    primaryIsContractorDefined,
    effectiveDate,
    line,
  };
  if (addOnDeletionDate !== undefined) edit.addOnDeletionDate = addOnDeletionDate;
  if (!primaryIsContractorDefined) edit.primaryCode = primary;
  if (primaryDeletionDate !== undefined) edit.primaryDeletionDate = primaryDeletionDate;
  if (deletionDate !== undefined) edit.deletionDate = deletionDate;
  const notes = cleanNote(cellAt(row, header, 'notes'));
  if (notes !== '') edit.notes = notes;
  return edit;
}

/** Parses the AOC edit table in its xlsx form: the first sheet with the AOC header row. */
export async function parseAddOnCodeEdits(bytes: Uint8Array, file: string): Promise<Parsed<AddOnEdit>> {
  const workbook = await loadWorkbook(bytes, file);
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (findHeader(rows)) return parseRows(rows, file);
  }
  return parseRows([], file); // throws CODESET_NOT_RECOGNIZED
}
