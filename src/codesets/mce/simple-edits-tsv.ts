// NOT an official CMS file: a third party's tab-separated transcription of the "simple" code-list edits of the
// Medicare Code Editor documentation ("MCE_Simple_Code_Edits_v37.txt", MCE v37 = FY2020, from the repository
// nlindner/CMS_Issued_Codes_For_SQL). Header row: MCE_Version, ICD_Version, MCE_Section (the edit number),
// MCE_Subsection (a letter, or "_" for none), MCE_Edit_Type (e.g. "Female_Only"), ICD_Code_Type (D diagnosis,
// P procedure), ICD_Code (undotted), ICD_Desc. One row per code.
// Subset: ICD-10 rows. The transcription gives no edit names, age ranges or prose: edit names come from the CMS
// numbering (MCE_EDIT_NAMES, as the v43.1 definitions print them), list names are the MCE_Edit_Type labels, and
// the lists of edits that pair procedures with diagnoses (8B, 11B, 11D, 11G) are not in it.
import { AppError, dotIcd10cm, type ParseIssue, splitLines } from '../../shared/index.js';
import type { MceCode, MceCodeList, MceDefinitions, MceEdit } from './types.js';

/** The MCE edit names by number, as CMS's "Definitions of Medicare Code Edits" v43.1 prints them. */
export const MCE_EDIT_NAMES: ReadonlyMap<number, string> = new Map([
  [1, 'Invalid diagnosis or procedure code'],
  [2, 'External causes of morbidity codes as principal diagnosis'],
  [3, 'Duplicate of PDX'],
  [4, 'Age conflict'],
  [5, 'Sex conflict'],
  [6, 'Manifestation code as principal diagnosis'],
  [7, 'Non-specific principal diagnosis'],
  [8, 'Questionable admission'],
  [9, 'Unacceptable principal diagnosis'],
  [10, 'Non-specific O.R. procedure'],
  [11, 'Non-covered procedure'],
  [12, 'Open biopsy check'],
  [13, 'Bilateral procedure'],
  [14, 'Invalid age'],
  [15, 'Invalid sex'],
  [16, 'Invalid discharge status'],
  [17, 'Limited coverage'],
  [18, 'Wrong procedure performed'],
  [19, 'Procedure inconsistent with LOS'],
  [20, 'Unspecified code'],
]);

const COLUMNS = [
  'MCE_Version',
  'ICD_Version',
  'MCE_Section',
  'MCE_Subsection',
  'MCE_Edit_Type',
  'ICD_Code_Type',
  'ICD_Code',
  'ICD_Desc',
] as const;
type Column = (typeof COLUMNS)[number];

const CM_SHAPE = /^[A-Z]\d[0-9A-Z]{1,5}$/;
const PCS_SHAPE = /^[0-9A-HJ-NP-Z]{7}$/;

function cellReader(cells: string[], columnOf: Map<Column, number>): (c: Column) => string {
  return (c) => (cells[columnOf.get(c) ?? -1] ?? '').trim();
}

/** Parse the tab-separated transcription into the shape of the CMS definitions (official: false). */
export function parseMceSimpleEdits(text: string, file: string): MceDefinitions {
  const lines = splitLines(text);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const columnOf = new Map<Column, number>();
  for (const name of COLUMNS) {
    const at = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (at >= 0) columnOf.set(name, at);
  }
  const missing = COLUMNS.filter((c) => !columnOf.has(c));
  if (missing.length > 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `the header row lacks ${missing.join(', ')} (an MCE simple-edits transcription has ${COLUMNS.join(', ')})`,
    });
  }
  const issues: ParseIssue[] = [];
  const edits = new Map<number, MceEdit>();
  const lists = new Map<string, MceCodeList>();
  const versions = new Set<string>();

  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    const cell = cellReader(cells, columnOf);
    if (cells.length < header.length) {
      issues.push({ file, line, message: `${cells.length} fields, the header has ${header.length}` });
      continue;
    }
    if (cell('ICD_Version') !== '10') {
      issues.push({ file, line, field: 'ICD_Version', message: `ICD version "${cell('ICD_Version')}" is not 10` });
      continue;
    }
    const editNumber = Number(cell('MCE_Section'));
    if (!Number.isInteger(editNumber) || editNumber < 1 || editNumber > 20) {
      issues.push({ file, line, field: 'MCE_Section', message: `"${cell('MCE_Section')}" is not an edit number 1-20` });
      continue;
    }
    const type = cell('ICD_Code_Type');
    if (type !== 'D' && type !== 'P') {
      issues.push({ file, line, field: 'ICD_Code_Type', message: `"${type}" is not D or P` });
      continue;
    }
    const codeType = type === 'D' ? 'dx' : 'pcs';
    const rawCode = cell('ICD_Code').toUpperCase();
    if (!(codeType === 'dx' ? CM_SHAPE : PCS_SHAPE).test(rawCode)) {
      issues.push({
        file,
        line,
        field: 'ICD_Code',
        message: `"${cell('ICD_Code')}" is not an ICD-10-${codeType === 'dx' ? 'CM' : 'PCS'} code`,
      });
      continue;
    }
    versions.add(cell('MCE_Version'));

    let edit = edits.get(editNumber);
    if (!edit) {
      edit = { number: editNumber, name: MCE_EDIT_NAMES.get(editNumber) ?? '', sections: [], lists: [], line };
      edits.set(editNumber, edit);
    }
    const subsection = cell('MCE_Subsection');
    const section = /^[A-Z]$/.test(subsection) ? subsection : undefined;
    const editType = cell('MCE_Edit_Type');
    const key = [editNumber, subsection, editType, codeType].join('\t');
    let list = lists.get(key);
    if (!list) {
      const sex = /^female/i.test(editType) ? 'female' : /^male/i.test(editType) ? 'male' : undefined;
      list = {
        name: editType,
        ...(section ? { section } : {}),
        codeType,
        ...(sex ? { sex } : {}),
        editType,
        line,
        codes: [],
      };
      lists.set(key, list);
      edit.lists.push(list);
      if (section && !edit.sections.some((s) => s.letter === section)) edit.sections.push({ letter: section, line });
    }
    const code: MceCode = {
      code: codeType === 'dx' ? dotIcd10cm(rawCode) : rawCode,
      description: cell('ICD_Desc'),
      line,
    };
    list.codes.push(code);
  }
  if (versions.size > 1) {
    issues.push({ file, line: 2, field: 'MCE_Version', message: `several MCE versions: ${[...versions].join(', ')}` });
  }
  return {
    title: 'Medicare Code Editor simple code edits (third-party transcription)',
    version: [...versions][0] ?? '',
    official: false,
    source: 'third-party transcription of the CMS Medicare Code Editor code lists; not a CMS file',
    edits: [...edits.values()].sort((a, b) => a.number - b.number),
    changes: [],
    issues,
  };
}
