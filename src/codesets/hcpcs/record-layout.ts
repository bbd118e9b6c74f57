// CMS RIF "HCPCS Contractor Record" layout text (HCPCS2019_recordlayout.txt, HCPC2026_recordlayout.txt): the
// numbered field definitions and what each coded value means. Subset read: each field's number, title, SAS alias
// and position, the value lists under "CODES :" (value = meaning, wrapped lines joined), the code table a field
// names ("CODE TABLE : BETOS_TB") and the tables of the "TABLE OF CODES APPENDIX". The headings inside a value
// list ("Clinical Lab Fee Schedule" over a dashed line) are kept as the group of the values below them.
// The layout is read as published, so a value CMS adds (pricing indicator 40 in 2024) is known on import.
import { AppError, type ParseIssue, splitLines } from '../../shared/index.js';

export interface LayoutValue {
  value: string;
  meaning: string;
  /** the heading the layout puts over this value, if any ("Clinical Lab Fee Schedule") */
  group?: string;
  line: number;
}

export interface LayoutField {
  number: number;
  title: string;
  /** SAS alias (PRCNGCD, CVRG_CD, ...): the layout's stable short name of the field */
  alias?: string;
  start?: number;
  end?: number;
  /** the field's own description, joined into one paragraph */
  description: string;
  values: LayoutValue[];
  /** name of a table in the appendix that lists the values (BETOS_TB) */
  codeTable?: string;
  line: number;
}

export interface LayoutTable {
  name: string;
  title: string;
  values: LayoutValue[];
}

export interface HcpcsRecordLayout {
  /** "HCPCS Contractor Record - 2026" */
  title: string;
  fields: LayoutField[];
  tables: LayoutTable[];
}

const FIELD_HEADER = /^ {2}(\d{1,2})\.\s+(\S.*?)\s*$/;
const POSITIONS = /^\s+\d+\s+(\d+)\s+(\d+)\s+(?:CHAR|NUM|GRP)\s*$/;
const VALUE = /^(\s*)([0-9A-Z]{1,3})\s*=\s*(\S.*?)\s*$/;
const ALIAS = /^\s*(DB2|SAS|STANDARD|SYSTEM|TITLE)\s+ALIAS\s*:\s*(\S*)/;
const SECTION = /^\s*(LENGTH|OCCURS|EDIT RULES|COMMENTS|CODE TABLE|SOURCE|REDEFINE)\b/;
const TABLE_HEADER = /^ ?([A-Z][A-Z0-9_]+_TB)\s{2,}(\S.*?)\s*$/;

/** Tabs in the published file sit where spaces would: expand them so indentation compares. */
function untab(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out.replace(/\s+$/, '');
}

const indentOf = (s: string): number => s.length - s.trimStart().length;

/** Reads a list of "value = meaning" lines from `from`, until `stop` says the list is over. */
function readValues(
  lines: string[],
  from: number,
  stop: (line: string) => boolean,
): { values: LayoutValue[]; next: number } {
  const values: LayoutValue[] = [];
  let group: string | undefined;
  let last: { v: LayoutValue; indent: number } | undefined;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (stop(line)) break;
    if (line.trim() === '') {
      last = undefined;
      continue;
    }
    const m = VALUE.exec(line);
    if (m) {
      const v: LayoutValue = { value: m[2] as string, meaning: m[3] as string, line: i + 1 };
      if (group) v.group = group;
      values.push(v);
      last = { v, indent: (m[1] as string).length };
      continue;
    }
    if (/^\s*-{3,}\s*$/.test(line)) continue;
    const underlined = /^\s*-{3,}\s*$/.test(lines[i + 1] ?? '');
    if (last && !underlined && indentOf(line) > last.indent) {
      last.v.meaning = `${last.v.meaning} ${line.trim()}`;
      continue;
    }
    // a heading over the values that follow ("Integumentary", "Clinical Lab Fee Schedule")
    group = line.trim();
    last = undefined;
  }
  return { values, next: i };
}

export function parseHcpcsRecordLayout(
  text: string,
  file: string,
): { layout: HcpcsRecordLayout; issues: ParseIssue[] } {
  const lines = splitLines(text).map(untab);
  const titleLine = lines.find((l) => /HCPCS Contractor Record/i.test(l));
  if (!titleLine) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'no "HCPCS Contractor Record" heading' });
  const issues: ParseIssue[] = [];
  const fields: LayoutField[] = [];
  const tables: LayoutTable[] = [];
  const appendix = lines.findIndex((l) => /TABLE OF CODES APPENDIX/.test(l));
  const end = appendix < 0 ? lines.length : appendix;
  let field: LayoutField | undefined;
  let inDescription = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i] as string;
    const header = FIELD_HEADER.exec(line);
    if (header) {
      field = { number: Number(header[1]), title: header[2] as string, description: '', values: [], line: i + 1 };
      fields.push(field);
      const pos = POSITIONS.exec(lines[i + 1] ?? '');
      if (pos) {
        field.start = Number(pos[1]);
        field.end = Number(pos[2]);
        i++;
      }
      inDescription = true;
      continue;
    }
    if (!field) continue;
    const alias = ALIAS.exec(line);
    if (alias) {
      inDescription = false;
      if (alias[1] === 'SAS' && alias[2]) field.alias = alias[2];
      continue;
    }
    const codeTable = /^\s*CODE TABLE\s*:\s*(\S+)/.exec(line);
    if (codeTable) field.codeTable = codeTable[1];
    if (/^\s*CODES\s*:/.test(line)) {
      const read = readValues(lines, i + 1, (l) => FIELD_HEADER.test(l) || SECTION.test(l) || ALIAS.test(l));
      field.values.push(...read.values);
      i = read.next - 1;
      continue;
    }
    if (SECTION.test(line)) inDescription = false;
    if (inDescription && line.trim())
      field.description = field.description ? `${field.description} ${line.trim()}` : line.trim();
  }
  for (let i = end + 1; i < lines.length; i++) {
    const header = TABLE_HEADER.exec(lines[i] as string);
    if (!header) continue;
    const read = readValues(lines, i + 1, (l) => TABLE_HEADER.test(l));
    tables.push({ name: header[1] as string, title: header[2] as string, values: read.values });
    i = read.next - 1;
  }
  // the layout pads sentences with two spaces: one is the text
  const squeeze = (v: LayoutValue) => {
    v.meaning = v.meaning.replace(/\s+/g, ' ');
  };
  for (const f of fields) {
    f.description = f.description.replace(/\s+/g, ' ');
    f.values.forEach(squeeze);
  }
  for (const t of tables) t.values.forEach(squeeze);
  if (fields.length === 0) issues.push({ file, line: 1, message: 'no numbered field definitions found' });
  for (const f of fields)
    if (f.codeTable && !tables.some((t) => t.name === f.codeTable))
      issues.push({
        file,
        line: f.line,
        field: f.alias ?? f.title,
        message: `code table ${f.codeTable} not in the appendix`,
      });
  return { layout: { title: titleLine.replace(/^[\s*]+/, '').trim(), fields, tables }, issues };
}
