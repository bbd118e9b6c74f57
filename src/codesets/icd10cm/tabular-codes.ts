// Turns the <diag> tree of the ICD-10-CM Tabular List into the flat code list: each <diag> in document order,
// each followed by the codes its 7th characters make. The 7th-character definition of the nearest ancestor
// (or the diag itself) applies; a leaf under such a definition is a header, its expansions are the billable
// codes; a leaf without one is billable itself. This is done after the whole file is read, so a definition
// that the XML happens to place after the child diags still reaches them.
import type { ParseIssue } from '../../shared/index.js';
import {
  canTakeSeventhCharacter,
  expandedTitle,
  isRuledOut,
  readSeventhCharacterRestriction,
  type SeventhCharacterRestriction,
  withSeventhCharacter,
} from './seven-character.js';
import type { CmNotes, CmTabularCode, SevenChrValue } from './types.js';

export interface DiagNode {
  code: string;
  title: string;
  section: string;
  chapter: string;
  notes: CmNotes;
  sevenChrDef?: SevenChrValue[];
  sevenChrNote?: string[];
  children: DiagNode[];
  line: number;
}

/** What a diag passes down to its descendants. */
interface Inherited {
  sevenChr: { def: SevenChrValue[]; note: string[] | undefined; from: string } | undefined;
  restrictions: readonly SeventhCharacterRestriction[];
}

/**
 * The order file (every title of a code) is plain ASCII while the XML writes "Sézary", "Charcôt"; titles of
 * codes follow the order file so the two compare equal. Notes keep the XML's spelling.
 */
function asciiTitle(title: string): string {
  return /[^\x20-\x7e]/.test(title) ? title.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : title;
}

export function buildTabularCodes(roots: DiagNode[], file: string, issues: ParseIssue[]): CmTabularCode[] {
  const codes: CmTabularCode[] = [];
  const seen = new Set<string>();

  const add = (record: CmTabularCode): void => {
    if (seen.has(record.code)) {
      issues.push({ file, line: record.line, field: 'code', message: `duplicate code ${record.code}; kept the first` });
      return;
    }
    seen.add(record.code);
    codes.push(record);
  };

  const restrictionsOf = (node: DiagNode, inherited: readonly SeventhCharacterRestriction[]) => {
    let restrictions = inherited;
    for (const note of node.notes.notes ?? []) {
      const restriction = readSeventhCharacterRestriction(note);
      if (restriction === undefined) {
        issues.push({ file, line: node.line, field: 'notes', message: `7th-character rule not understood: "${note}"` });
      } else if (restriction) {
        restrictions = [...restrictions, restriction];
      }
    }
    return restrictions;
  };

  const expand = (node: DiagNode, title: string, inherited: Inherited): void => {
    const sevenChr = inherited.sevenChr;
    if (!sevenChr) return;
    for (const value of sevenChr.def) {
      if (isRuledOut(node.code, value.char, inherited.restrictions)) continue;
      add({
        code: withSeventhCharacter(node.code, value),
        title: expandedTitle(title, { ...value, meaning: asciiTitle(value.meaning) }),
        parent: node.code,
        section: node.section,
        chapter: node.chapter,
        billable: true,
        notes: {},
        sevenChrFrom: sevenChr.from,
        expandedFrom: node.code,
        line: node.line,
      });
    }
  };

  const visit = (node: DiagNode, parent: string | null, inherited: Inherited): void => {
    const here: Inherited = {
      sevenChr: node.sevenChrDef
        ? { def: node.sevenChrDef, note: node.sevenChrNote ?? inherited.sevenChr?.note, from: node.code }
        : inherited.sevenChr,
      restrictions: restrictionsOf(node, inherited.restrictions),
    };
    const isLeaf = node.children.length === 0;
    let expandable = isLeaf && here.sevenChr !== undefined;
    if (expandable && !canTakeSeventhCharacter(node.code)) {
      // Already 7 characters long: it cannot take another, so it stands as the valid code itself.
      issues.push({
        file,
        line: node.line,
        field: 'sevenChrDef',
        message: `${node.code} already has 7 characters; the 7th characters of ${here.sevenChr?.from} were not applied`,
      });
      expandable = false;
    }
    const title = asciiTitle(node.title);
    const record: CmTabularCode = {
      code: node.code,
      title,
      parent,
      section: node.section,
      chapter: node.chapter,
      billable: isLeaf && !expandable,
      notes: node.notes,
      line: node.line,
    };
    if (here.sevenChr) {
      record.sevenChrDef = here.sevenChr.def;
      if (here.sevenChr.note) record.sevenChrNote = here.sevenChr.note;
      record.sevenChrFrom = here.sevenChr.from;
    }
    add(record);
    if (expandable) expand(node, title, here);
    for (const child of node.children) visit(child, node.code, here);
  };

  for (const root of roots) visit(root, null, { sevenChr: undefined, restrictions: [] });
  return codes;
}
