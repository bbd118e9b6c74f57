// Record shapes produced by the ICD-10-CM parsers. The catalog compiler depends on these: extend, never rename.

export const CM_NOTE_KINDS = [
  'includes',
  'inclusionTerm',
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
  'notes',
] as const;
export type CmNoteKind = (typeof CM_NOTE_KINDS)[number];
export type CmNotes = Partial<Record<CmNoteKind, string[]>>;

export interface SevenChrValue {
  char: string;
  meaning: string;
  /** inclusion terms the XML lists under this 7th character (<note> inside <sevenChrDef>, e.g. "open fracture NOS") */
  notes?: string[];
}

export interface CmChapter {
  /** chapter number as in the XML <name> ("1" … "22") */
  num: string;
  title: string;
  /** e.g. "A00-B99": the range the chapter's title states, else the span of its first and last section */
  range: string;
  notes: CmNotes;
}

export interface CmSection {
  /** the section id as in the XML ("A00-A09") */
  id: string;
  title: string;
  chapter: string;
  notes: CmNotes;
}

/** One code of the tabular: every <diag> at every level, plus every 7th-character code expanded from them. */
export interface CmTabularCode {
  /** dotted, upper case: "S72.001A" */
  code: string;
  /** long title as the order file writes it (for expanded codes: base title + ", " + 7th-character meaning) */
  title: string;
  /** dotted parent code; null for a category (its parent is the section) */
  parent: string | null;
  section: string;
  chapter: string;
  /** a valid leaf after 7th-character expansion */
  billable: boolean;
  /** notes written directly on this <diag> (not inherited) */
  notes: CmNotes;
  /** the 7th-character definition in force for this code (own or inherited), when the code needs a 7th character */
  sevenChrDef?: SevenChrValue[];
  sevenChrNote?: string[];
  /** which <diag> carries the sevenChrDef that applies (for "inherited from" labels) */
  sevenChrFrom?: string;
  /** for a code made by 7th-character expansion: the <diag> it was expanded from */
  expandedFrom?: string;
  /** line of the <diag> in the XML (for citations) */
  line: number;
}

export interface CmTabular {
  version: string;
  chapters: CmChapter[];
  sections: CmSection[];
  codes: CmTabularCode[];
}

/** A row of the fixed-width order file (icd10cm_order_YYYY.txt). */
export interface CmOrderRecord {
  order: number;
  /** dotted */
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
  line: number;
}

/** A term of the Alphabetic Index (or of an index table), at any depth. */
export interface CmIndexTerm {
  title: string;
  /** nonessential modifiers in parentheses, e.g. "(-astasia) (hysterical)" */
  nemod?: string;
  /** dotted code as printed; may end in "-" meaning "incomplete, go to the tabular" */
  code?: string;
  /** other codes printed with the term (manifestation in brackets etc.) */
  codes?: string[];
  see?: string;
  seeAlso?: string;
  /**
   * the category or subcategory a "see category"/"see subcategory" cross-reference sends to (<seecat>/<subcat>
   * in the XML), dotted; `see` then holds the printed words, e.g. "subcategory H93.3"
   */
  seeCode?: string;
  /** index tables only: the code per column number (1-based, as in the XML @col) */
  cells?: { col: number; code: string }[];
  subterms: CmIndexTerm[];
  line: number;
}

export interface CmIndex {
  version: string;
  /** "index" (diseases and injuries), "eindex" (external causes), "drug", "neoplasm" */
  kind: 'index' | 'eindex' | 'drug' | 'neoplasm';
  title: string;
  /** for the tables: column headings in order (col 1 is the term itself) */
  columns?: string[];
  mainTerms: CmIndexTerm[];
}
