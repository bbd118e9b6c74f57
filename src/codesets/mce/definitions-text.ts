// CMS "Definitions of Medicare Code Edits", ICD-10 version, as text (checked on v43.1, April 2026: "Definitions of
// Medicare Code Edits_v_43_1.txt", cp1252, LF). Layout: a title block with "v43.1 April 2026", a table of contents
// (heading TAB page), "Chapter 1: Edit code lists" opening with the numbered list of edits 1-20, then each edit as
// "N. Name (status note)" followed by prose, lettered sub-sections ("A. Non-covered procedure codes"), list headings
// ("Procedure", "Diagnoses list", "1. Cesarean section procedure codes") and code lines "CODE TAB description"
// (ICD-10-CM undotted, or ICD-10-PCS; "*" before a code marks it); "Chapter 2: Code list changes" lists what was
// added or removed since the last release; an index follows and is not read.
// Subset: the edits, their code lists and lettered sub-sections, the age ranges of the age-conflict lists, edit 16's
// discharge status values, chapter 2's changes. Prose is kept as printed, not interpreted (e.g. "over age 60").
import { AppError, dotIcd10cm, type ParseIssue, splitLines } from '../../shared/index.js';
import { repairCp1252 } from './cp1252.js';
import type {
  MceAgeRange,
  MceChange,
  MceCode,
  MceCodeList,
  MceCodeType,
  MceDefinitions,
  MceEdit,
  MceSection,
} from './types.js';

const TITLE = 'Definitions of Medicare Code Edits';
const CM_SHAPE = /^[A-Z]\d[0-9A-Z]{1,5}$/;
const PCS_SHAPE = /^[0-9A-HJ-NP-Z]{7}$/;
const CODE_LINE = /^(\*?)([0-9A-Z]{3,7}) *\t+\s*(.*\S)$/;
const NUMBERED = /^(\d{1,2})\. (.+)$/;
const LETTERED = /^([A-Z])\. (.+)$/;
const STATUS = /^(.*\S)\s*\(((deactivated|discontinued) as of ([^)]*))\)$/i;

/** A heading is short and does not end a sentence; "A. Some diagnoses are not usually sufficient …" is prose. */
function isHeading(text: string): boolean {
  return text.length <= 90 && !/[.:]$/.test(text);
}

function isoOfUsDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : undefined;
}

/** "Sex conflict (deactivated as of 10/01/2024)" -> name and status note. */
function splitStatus(heading: string): {
  name: string;
  kind?: 'deactivated' | 'discontinued';
  note?: string;
  since?: string;
} {
  const m = STATUS.exec(heading);
  if (!m) return { name: heading };
  const kind = m[3]?.toLowerCase() === 'deactivated' ? 'deactivated' : 'discontinued';
  return { name: m[1] ?? heading, kind, note: m[2] ?? '', since: isoOfUsDate(m[4] ?? '') };
}

function ageRangeOfHeading(name: string): MceAgeRange | undefined {
  const m = /\(age (\d+) through (\d+)\)/i.exec(name);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : undefined;
}

/** "* Pediatric. Age range is 0–17 years inclusive (…)" or "* Perinatal/Newborn. Age 0 years only; …". */
function ageCategoryOfBullet(text: string): { label: string; range: MceAgeRange } | undefined {
  const m = /^\*\s*([^.]+)\.\s*Age (?:range is )?(\d+)(?:\s*[–-]\s*(\d+))? years?/i.exec(text);
  if (!m) return undefined;
  const min = Number(m[2]);
  return { label: (m[1] ?? '').trim(), range: { min, max: m[3] === undefined ? min : Number(m[3]) } };
}

interface RawCode {
  raw: string;
  description: string;
  line: number;
  asterisk: boolean;
}

/** dx or pcs from the codes' shapes; the heading's words decide only when every code fits both. */
function codeTypeOf(codes: RawCode[], words: string): MceCodeType | undefined {
  const cm = codes.every((c) => CM_SHAPE.test(c.raw));
  const pcs = codes.every((c) => PCS_SHAPE.test(c.raw));
  if (cm && !pcs) return 'dx';
  if (pcs && !cm) return 'pcs';
  if (/procedure/i.test(words) && !/diagnos/i.test(words)) return 'pcs';
  if (/diagnos/i.test(words)) return 'dx';
  const cmCount = codes.filter((c) => CM_SHAPE.test(c.raw)).length;
  const pcsCount = codes.filter((c) => PCS_SHAPE.test(c.raw)).length;
  if (cmCount === 0 && pcsCount === 0) return undefined;
  return cmCount >= pcsCount ? 'dx' : 'pcs';
}

class DefinitionsReader {
  readonly issues: ParseIssue[] = [];
  readonly edits: MceEdit[] = [];
  readonly changes: MceChange[] = [];
  private edit: MceEdit | undefined;
  private editDescription: string[] = [];
  private ageCategories: { label: string; range: MceAgeRange }[] = [];
  private section: MceSection | undefined;
  private sectionDescription: string[] = [];
  private heading: { text: string; line: number } | undefined;
  /** prose since the last heading or list, for a list that opens right after it */
  private prose: { text: string; line: number }[] = [];
  private list: { name: string; section?: string; line: number; description?: string; codes: RawCode[] } | undefined;
  private pendingLists: NonNullable<DefinitionsReader['list']>[] = [];
  /** number of the edit last started (0 before edit 1) */
  private lastEditNumber = 0;

  constructor(private readonly file: string) {}

  issue(line: number, message: string, field?: string): void {
    this.issues.push(
      field === undefined ? { file: this.file, line, message } : { file: this.file, line, field, message },
    );
  }

  /** Chapter 1, one line. `editNames` maps the edit numbers of the chapter's opening list to their headings. */
  readEditLine(text: string, line: number, editNames: Map<number, string>): void {
    if (text === '') return;
    const code = CODE_LINE.exec(text);
    if (code) {
      this.addCode({ raw: code[2] ?? '', description: code[3] ?? '', line, asterisk: code[1] === '*' }, line);
      return;
    }
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      const n = Number(numbered[1]);
      const known = editNames.get(n);
      // With the chapter's list of edits, a heading must repeat one of its lines; without it, edits must run 1, 2, 3 …
      const isEdit =
        known === undefined
          ? n === this.lastEditNumber + 1 && isHeading(numbered[2] ?? '')
          : known === text && n > this.lastEditNumber;
      if (isEdit) {
        this.startEdit(n, numbered[2] ?? '', line);
        return;
      }
    }
    if (!this.edit) {
      this.issue(line, `text before the first edit: "${text.slice(0, 60)}"`);
      return;
    }
    const value = /^(\d{2}) = (.+)$/.exec(text);
    if (value) {
      this.closeList();
      this.edit.values ??= [];
      this.edit.values.push({ value: value[1] ?? '', meaning: value[2] ?? '', line });
      return;
    }
    const lettered = LETTERED.exec(text);
    if (lettered) {
      this.startSection(lettered[1] ?? '', lettered[2] ?? '', line);
      return;
    }
    if (isHeading(text)) {
      this.closeList();
      this.dropHeading();
      this.heading = { text, line };
      this.prose = [];
      return;
    }
    // prose
    this.closeList();
    const age = ageCategoryOfBullet(text);
    if (age) this.ageCategories.push(age);
    if (this.heading) {
      this.prose.push({ text, line });
      return;
    }
    // A sentence ending in ":" introduces the codes that follow; it describes the list when one opens next.
    this.description().push(text);
    this.prose = text.endsWith(':') ? [{ text, line }] : [];
  }

  private description(): string[] {
    return this.section ? this.sectionDescription : this.editDescription;
  }

  /** A heading followed by no code: report it, and keep the prose under it with the edit or section. */
  private dropHeading(): void {
    if (!this.heading) return;
    this.issue(this.heading.line, `heading "${this.heading.text}" has no codes under it`);
    this.description().push(...this.prose.map((p) => p.text));
    this.heading = undefined;
    this.prose = [];
  }

  private addCode(code: RawCode, line: number): void {
    if (!this.edit) {
      this.issue(line, `code ${code.raw} before the first edit`, 'code');
      return;
    }
    if (!this.list) {
      const intro = this.prose.map((p) => p.text).join('\n');
      this.list = {
        name: this.heading?.text ?? this.section?.title ?? this.edit.name,
        line: this.heading?.line ?? line,
        codes: [],
      };
      if (this.section) this.list.section = this.section.letter;
      if (intro !== '') this.list.description = intro;
      // an introducing sentence went to the edit's (or section's) prose too; it belongs to the list
      if (!this.heading && this.prose.length === 1 && this.description().at(-1) === intro) this.description().pop();
      this.heading = undefined;
      this.prose = [];
    }
    this.list.codes.push(code);
  }

  private closeList(): void {
    if (!this.list) return;
    this.pendingLists.push(this.list);
    this.list = undefined;
  }

  private startSection(letter: string, rest: string, line: number): void {
    this.closeList();
    this.flushSection();
    const section: MceSection = { letter, line };
    if (isHeading(rest)) {
      const status = splitStatus(rest);
      section.title = status.name;
      if (status.note) section.discontinued = status.note;
      this.dropHeading();
    } else {
      // "B. The following ICD-10-PCS procedure codes … are considered …": the letter opens prose; a heading just
      // before it ("Questionable obstetric admission") is the section's title.
      if (this.heading) section.title = this.heading.text;
      this.sectionDescription = [rest];
    }
    this.section = section;
    this.heading = undefined;
    this.prose = [];
  }

  private flushSection(): void {
    if (this.section && this.sectionDescription.length > 0) {
      this.section.description = this.sectionDescription.join('\n');
    }
    if (this.section) this.edit?.sections.push(this.section);
    this.section = undefined;
    this.sectionDescription = [];
  }

  private startEdit(number: number, heading: string, line: number): void {
    this.finishEdit();
    const status = splitStatus(heading);
    const edit: MceEdit = { number, name: status.name, sections: [], lists: [], line };
    this.lastEditNumber = number;
    if (status.kind === 'deactivated') edit.deactivated = status.note;
    if (status.kind === 'discontinued') edit.discontinued = status.note;
    if (status.since) edit.inactiveSince = status.since;
    this.edit = edit;
  }

  finishEdit(): void {
    const edit = this.edit;
    if (!edit) return;
    this.closeList();
    this.dropHeading();
    this.flushSection();
    if (this.editDescription.length > 0) edit.description = this.editDescription.join('\n');
    for (const pending of this.pendingLists) {
      const list = this.toList(pending, edit);
      if (list) edit.lists.push(list);
    }
    this.edits.push(edit);
    this.edit = undefined;
    this.editDescription = [];
    this.ageCategories = [];
    this.pendingLists = [];
    this.heading = undefined;
    this.prose = [];
  }

  private toList(pending: NonNullable<DefinitionsReader['list']>, edit: MceEdit): MceCodeList | undefined {
    const sectionTitle = edit.sections.find((s) => s.letter === pending.section)?.title ?? '';
    const codeType = codeTypeOf(pending.codes, `${pending.name} ${sectionTitle} ${edit.name}`);
    if (!codeType) {
      this.issue(pending.line, `list "${pending.name}" of edit ${edit.number} holds no ICD-10 code`);
      return undefined;
    }
    const ageRange = this.ageRangeOf(pending, pending.name);
    return {
      name: pending.name,
      ...(pending.section ? { section: pending.section } : {}),
      codeType,
      ...(ageRange ? { ageRange } : {}),
      ...(pending.description ? { description: pending.description } : {}),
      line: pending.line,
      codes: this.toCodes(pending.codes, codeType),
    };
  }

  private ageRangeOf(pending: { line: number }, name: string): MceAgeRange | undefined {
    const fromHeading = ageRangeOfHeading(name);
    const category = this.ageCategories.find((c) => name.toLowerCase().startsWith(c.label.toLowerCase()));
    if (fromHeading && category && (fromHeading.min !== category.range.min || fromHeading.max !== category.range.max)) {
      this.issue(
        pending.line,
        `"${name}" gives ages ${fromHeading.min}-${fromHeading.max} but the edit's text says ${category.range.min}-${category.range.max}; kept the heading's`,
        'ageRange',
      );
    }
    return fromHeading ?? category?.range;
  }

  toCodes(codes: RawCode[], codeType: MceCodeType): MceCode[] {
    const shape = codeType === 'dx' ? CM_SHAPE : PCS_SHAPE;
    return codes.map((c) => {
      if (!shape.test(c.raw)) {
        this.issue(
          c.line,
          `"${c.raw}" is not an ICD-10-${codeType === 'dx' ? 'CM' : 'PCS'} code like the rest of its list`,
          'code',
        );
      }
      const code: MceCode = {
        code: codeType === 'dx' ? dotIcd10cm(c.raw) : c.raw,
        description: c.description,
        line: c.line,
      };
      if (c.asterisk) code.asterisk = true;
      return code;
    });
  }
}

/** The numbered list that opens chapter 1 ("Below is a list of edits described in this chapter."). */
function readEditList(lines: string[], from: number): { names: Map<number, string>; end: number } {
  const names = new Map<number, string>();
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  if (!/^Below is a list of edits/i.test((lines[i] ?? '').trim())) return { names, end: from };
  for (i++; i < lines.length; i++) {
    const m = NUMBERED.exec((lines[i] ?? '').trim());
    if (!m) break;
    names.set(Number(m[1]), (lines[i] ?? '').trim());
  }
  return { names, end: i };
}

function readChanges(
  lines: string[],
  from: number,
  to: number,
  reader: DefinitionsReader,
  edits: MceEdit[],
): MceChange[] {
  const changes: MceChange[] = [];
  let context: { edit: number; section?: string; title: string } | undefined;
  type Group = Omit<MceChange, 'codeType' | 'codes'> & { raw: RawCode[] };
  let current: Group | undefined;
  const groups: Group[] = [];
  for (let i = from; i < to; i++) {
    const text = (lines[i] ?? '').replace(/\s+$/, '');
    const line = i + 1;
    if (text === '' || /^Changes to edits$/i.test(text) || /^This chapter summarizes/i.test(text)) continue;
    const code = CODE_LINE.exec(text);
    if (code) {
      if (!current) {
        reader.issue(line, `code ${code[2]} outside any change group`, 'code');
        continue;
      }
      current.raw.push({ raw: code[2] ?? '', description: code[3] ?? '', line, asterisk: code[1] === '*' });
      continue;
    }
    const head = /^(\d{1,2})([A-Z])?\. (.+)$/.exec(text);
    if (head) {
      context = { edit: Number(head[1]), title: head[3] ?? '' };
      if (head[2]) context.section = head[2];
      current = undefined;
      continue;
    }
    const action = /^The following codes? (?:was|were) (added|removed)/i.exec(text);
    if (action && context) {
      current = { ...context, change: (action[1] ?? '').toLowerCase(), line, raw: [] };
      groups.push(current);
      continue;
    }
    if (context) {
      current = { ...context, change: text, line, raw: [] };
      groups.push(current);
      continue;
    }
    reader.issue(line, `not understood in the code list changes: "${text.slice(0, 60)}"`);
  }
  for (const { raw, ...group } of groups) {
    const edit = edits.find((e) => e.number === group.edit);
    const fallback = edit?.lists.find((l) => group.section === undefined || l.section === group.section)?.codeType;
    const codeType = codeTypeOf(raw, group.title) ?? fallback ?? 'dx';
    changes.push({ ...group, codeType, codes: reader.toCodes(raw, codeType) });
  }
  return changes;
}

/** Parse the CMS "Definitions of Medicare Code Edits" text (decoded; cp1252 slips from a Latin-1 decoding are repaired). */
export function parseMceDefinitions(text: string, file: string): MceDefinitions {
  const lines = splitLines(repairCp1252(text)).map((l) => l.replace(/\s+$/, ''));
  const head = lines.slice(0, 30);
  if (!head.some((l) => l.trim() === TITLE)) {
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: `no "${TITLE}" title in the first lines` });
  }
  const reader = new DefinitionsReader(file);
  let version = '';
  let release: string | undefined;
  const versionLine = head.findIndex((l) => /^v\d+(?:\.\d+)*\b/i.test(l.trim()));
  const versionMatch = /^v(\d+(?:\.\d+)*)\s*(.*)$/i.exec((head[versionLine] ?? '').trim());
  if (versionMatch) {
    version = versionMatch[1] ?? '';
    if (versionMatch[2]) release = versionMatch[2];
  } else {
    reader.issue(1, 'no version line ("v43.1 April 2026") in the title block', 'version');
  }

  // The table of contents repeats the chapter headings with a TAB and page number; the chapters themselves do not.
  const chapter1 = lines.findIndex((l) => /^Chapter 1:/i.test(l) && !l.includes('\t'));
  if (chapter1 < 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'no "Chapter 1: Edit code lists"' });
  }
  const chapter2Found = lines.findIndex((l, i) => i > chapter1 && /^Chapter 2:/i.test(l) && !l.includes('\t'));
  const chapter2 = chapter2Found < 0 ? lines.length : chapter2Found;
  const indexFound = lines.findIndex((l, i) => i > chapter2 && l.trim() === 'Index');
  const indexStart = indexFound < 0 ? lines.length : indexFound;

  const { names, end } = readEditList(lines, chapter1 + 1);
  if (names.size === 0) reader.issue(chapter1 + 1, 'chapter 1 does not open with the numbered list of edits');
  for (let i = end; i < chapter2; i++) reader.readEditLine(lines[i] ?? '', i + 1, names);
  reader.finishEdit();
  for (const [n, heading] of names) {
    if (!reader.edits.some((e) => e.number === n))
      reader.issue(chapter1 + 1, `edit ${n} ("${heading}") is listed but not described`);
  }
  const changes = chapter2 < lines.length ? readChanges(lines, chapter2 + 1, indexStart, reader, reader.edits) : [];
  return {
    title: TITLE,
    version,
    ...(release ? { release } : {}),
    official: true,
    source: `CMS ${TITLE}, ICD-10 version`,
    edits: reader.edits,
    changes,
    // lists are checked when their edit ends, so put the issues back in file order
    issues: reader.issues.sort((a, b) => a.line - b.line),
  };
}
