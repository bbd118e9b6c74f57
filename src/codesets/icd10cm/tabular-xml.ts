// ICD-10-CM Tabular List XML (CDC/NCHS icd10cm_tabular_YYYY.xml, root <ICD10CM.tabular>; checked on FY2021 and
// FY2023). Read: version, chapters, sections, every <diag> at every depth, the instructional notes of chapters,
// sections and diags by kind, sevenChrNote and sevenChrDef (with the inclusion notes some definitions carry).
// Not read: the introduction (fixed conventions text), sectionIndex (repeats the <section> elements) and the
// visual-impairment table under H54.
import type { ParseIssue } from '../../shared/index.js';
import { isCmCode, normalizeCmCode } from './code-format.js';
import { buildTabularCodes, type DiagNode } from './tabular-codes.js';
import { cleanText } from './text-content.js';
import {
  CM_NOTE_KINDS,
  type CmChapter,
  type CmNoteKind,
  type CmNotes,
  type CmSection,
  type CmTabular,
  type SevenChrValue,
} from './types.js';
import { walkXml, type XmlEvents } from './xml-stream.js';

const ROOT = 'ICD10CM.tabular';
const NOTE_KINDS: ReadonlySet<string> = new Set(CM_NOTE_KINDS);
/** "Intestinal infectious diseases (A00-A09)": the range repeats the id, so it is dropped from the title. */
const TRAILING_RANGE = /\s*\(([A-Z][0-9A-Z]{2}-[A-Z][0-9A-Z]{2})\)$/;

interface OpenChapter {
  record: CmChapter;
  sectionIds: string[];
  line: number;
}

/** Collects the tree while saxes streams; only the open path of the document is held as state. */
class TabularReader implements XmlEvents {
  version = '';
  readonly chapters: CmChapter[] = [];
  readonly sections: CmSection[] = [];
  readonly roots: DiagNode[] = [];
  readonly issues: ParseIssue[] = [];

  private readonly path: string[] = [];
  private chapter: OpenChapter | undefined;
  private section: CmSection | undefined;
  private readonly diags: DiagNode[] = [];
  /** the list the next <note> belongs to (inside includes, excludes1, …, sevenChrNote) */
  private noteList: string[] | undefined;
  private sevenChrDef: SevenChrValue[] | undefined;
  private extensionChar = '';
  /** text of the element being captured, and the depth it was opened at */
  private buffer = '';
  private captureDepth = -1;
  /** line of the element opened last, for issues raised when it closes */
  private lastLine = 1;

  constructor(private readonly file: string) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    this.lastLine = line;
    switch (name) {
      case 'version':
        if (parent === ROOT) this.capture();
        return;
      case 'chapter':
        this.chapter = { record: { num: '', title: '', range: '', notes: {} }, sectionIds: [], line };
        return;
      case 'section':
        this.openSection(attributes.id ?? '', line);
        return;
      case 'diag':
        this.openDiag(line);
        return;
      case 'name':
      case 'desc':
        if (parent === 'chapter' || parent === 'section' || parent === 'diag') this.capture();
        return;
      case 'sevenChrNote': {
        const diag = this.currentDiag();
        if (parent === 'diag' && diag) {
          diag.sevenChrNote ??= [];
          this.noteList = diag.sevenChrNote;
        }
        return;
      }
      case 'sevenChrDef':
        this.openSevenChrDef(parent, line);
        return;
      case 'extension':
        if (parent === 'sevenChrDef') {
          this.extensionChar = (attributes.char ?? '').trim().toUpperCase();
          this.capture();
        }
        return;
      case 'note':
        if (this.noteList || parent === 'sevenChrDef') this.capture();
        return;
      default:
        if (NOTE_KINDS.has(name)) this.noteList = this.notesOf(parent, name as CmNoteKind);
    }
  }

  close(name: string): void {
    const depth = this.path.length;
    this.path.pop();
    const parent = this.path[this.path.length - 1];
    const text = depth === this.captureDepth ? this.endCapture() : undefined;
    switch (name) {
      case 'version':
        if (text !== undefined) this.version = text;
        return;
      case 'chapter':
        this.closeChapter();
        return;
      case 'section':
        this.closeSection();
        return;
      case 'diag':
        this.closeDiag();
        return;
      case 'name':
        if (text !== undefined) this.setName(parent, text);
        return;
      case 'desc':
        if (text !== undefined) this.setTitle(parent, text);
        return;
      case 'sevenChrDef':
        this.sevenChrDef = undefined;
        return;
      case 'extension':
        if (text !== undefined) this.addExtension(text);
        return;
      case 'note':
        if (text !== undefined) this.addNote(parent, text);
        return;
      default:
        if (name === 'sevenChrNote' || NOTE_KINDS.has(name)) this.noteList = undefined;
    }
  }

  text(text: string): void {
    if (this.captureDepth >= 0) this.buffer += text;
  }

  private capture(): void {
    this.captureDepth = this.path.length;
    this.buffer = '';
  }

  private endCapture(): string {
    this.captureDepth = -1;
    return cleanText(this.buffer);
  }

  issue(line: number, field: string, message: string): void {
    this.issues.push({ file: this.file, line, field, message });
  }

  private currentDiag(): DiagNode | undefined {
    return this.diags[this.diags.length - 1];
  }

  private notesOf(owner: string | undefined, kind: CmNoteKind): string[] | undefined {
    let notes: CmNotes | undefined;
    if (owner === 'diag') notes = this.currentDiag()?.notes;
    else if (owner === 'section') notes = this.section?.notes;
    else if (owner === 'chapter') notes = this.chapter?.record.notes;
    if (!notes) return undefined;
    notes[kind] ??= [];
    return notes[kind];
  }

  private openSection(id: string, line: number): void {
    if (!this.chapter) this.issue(line, 'section', `section ${id} outside any chapter`);
    if (id === '') this.issue(line, 'id', 'section without an id');
    this.section = { id, title: '', chapter: this.chapter?.record.num ?? '', notes: {} };
    this.sections.push(this.section);
    this.chapter?.sectionIds.push(id);
  }

  private closeSection(): void {
    this.section = undefined;
  }

  private openDiag(line: number): void {
    if (!this.section) this.issue(line, 'diag', '<diag> outside any section');
    const node: DiagNode = {
      code: '',
      title: '',
      section: this.section?.id ?? '',
      chapter: this.chapter?.record.num ?? this.section?.chapter ?? '',
      notes: {},
      children: [],
      line,
    };
    this.siblingsOfNext().push(node);
    this.diags.push(node);
  }

  /** The list a new <diag> joins: its parent diag's children, or the top level. */
  private siblingsOfNext(): DiagNode[] {
    return this.currentDiag()?.children ?? this.roots;
  }

  private closeDiag(): void {
    const node = this.diags.pop();
    if (!node) return;
    if (node.title === '') this.issue(node.line, 'desc', `diag ${node.code || '(no name)'} has no <desc>`);
    if (isCmCode(node.code)) return;
    // Without a usable code the diag cannot be a code; its children move up so they are not lost.
    this.issue(node.line, 'name', node.code === '' ? 'diag without <name>' : `"${node.code}" is not an ICD-10-CM code`);
    const siblings = this.siblingsOfNext();
    siblings.splice(siblings.indexOf(node), 1, ...node.children);
  }

  private closeChapter(): void {
    const open = this.chapter;
    this.chapter = undefined;
    if (!open) return;
    const first = open.sectionIds[0];
    const last = open.sectionIds[open.sectionIds.length - 1];
    if (!first || !last) this.issue(open.line, 'chapter', `chapter ${open.record.num} has no sections`);
    // The chapter's own <desc> states its range ("Codes for special purposes (U00-U85)"); its sections may not
    // fill it (chapter 22's only section is U00-U49), so the sections' span is the fallback, not the rule.
    else if (open.record.range === '') open.record.range = `${first.split('-')[0]}-${last.split('-').pop()}`;
    if (open.record.num === '') this.issue(open.line, 'name', 'chapter without <name>');
    this.chapters.push(open.record);
  }

  private setName(owner: string | undefined, text: string): void {
    if (owner === 'chapter' && this.chapter) this.chapter.record.num = text;
    const diag = this.currentDiag();
    if (owner === 'diag' && diag) diag.code = normalizeCmCode(text);
  }

  private setTitle(owner: string | undefined, text: string): void {
    if (owner === 'chapter' && this.chapter) {
      this.chapter.record.title = text.replace(TRAILING_RANGE, '');
      this.chapter.record.range = TRAILING_RANGE.exec(text)?.[1] ?? '';
    } else if (owner === 'section' && this.section) this.section.title = text.replace(TRAILING_RANGE, '');
    else if (owner === 'diag') {
      const diag = this.currentDiag();
      if (diag) diag.title = text;
    }
  }

  private openSevenChrDef(owner: string | undefined, line: number): void {
    const diag = this.currentDiag();
    if (owner !== 'diag' || !diag) {
      this.issue(line, 'sevenChrDef', `<sevenChrDef> under <${owner}> ignored: only a <diag> can carry one`);
      return;
    }
    if (diag.sevenChrDef) this.issue(line, 'sevenChrDef', `${diag.code} has a second <sevenChrDef>; values merged`);
    diag.sevenChrDef ??= [];
    this.sevenChrDef = diag.sevenChrDef;
  }

  private addExtension(meaning: string): void {
    if (!this.sevenChrDef) return;
    const char = this.extensionChar;
    if (!/^[0-9A-Z]$/.test(char)) {
      this.issue(this.lastLine, 'extension', `7th character "${char}" is not one letter or digit`);
      return;
    }
    if (this.sevenChrDef.some((v) => v.char === char)) {
      this.issue(this.lastLine, 'extension', `7th character "${char}" defined twice; kept the first`);
      return;
    }
    this.sevenChrDef.push({ char, meaning });
  }

  private addNote(owner: string | undefined, text: string): void {
    if (owner === 'sevenChrDef') {
      // An inclusion term under the 7th character just above it ("B … open fracture NOS").
      const last = this.sevenChrDef?.[this.sevenChrDef.length - 1];
      if (last?.notes) last.notes.push(text);
      else if (last) last.notes = [text];
      return;
    }
    this.noteList?.push(text);
  }
}

export function parseCmTabular(text: string, file: string): { tabular: CmTabular; issues: ParseIssue[] } {
  const reader = new TabularReader(file);
  walkXml(text, file, ROOT, reader);
  if (reader.version === '') reader.issue(1, 'version', 'no <version> element');
  const codes = buildTabularCodes(reader.roots, file, reader.issues);
  return {
    tabular: { version: reader.version, chapters: reader.chapters, sections: reader.sections, codes },
    issues: reader.issues,
  };
}
