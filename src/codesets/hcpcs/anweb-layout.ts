// CMS HCPCS Level II "contractor record" (ANWEB file), per the CMS RIF record layouts HCPCS2019_recordlayout.txt
// (HCPCS_CNTRCTR_19_REC) and HCPC2026_recordlayout.txt (HCPCS_CNTRCTR_26_REC), which give identical positions.
// Subset: every field of the 320-character record except the fillers (positions 260 and 294-320).
// Field names are the column headers CMS uses in the xlsx form of the same file, so the text and the xlsx
// parsers read one vocabulary.

export interface AnwebField {
  /** column header in the xlsx form */
  name: string;
  /** first position, 1-based, in the fixed-width record */
  start: number;
  /** last position, 1-based, inclusive */
  end: number;
}

/** Record length of the fixed-width form; one 2026 record is longer (trailing spaces), so never rely on it. */
export const ANWEB_RECORD_LENGTH = 320;

function field(name: string, start: number, length: number): AnwebField {
  return { name, start, end: start + length - 1 };
}

/** A repeated field ("OCCURS MAX n" in the layout): NAME1..NAMEn, each `length` wide, back to back. */
function repeated(name: string, start: number, length: number, count: number): AnwebField[] {
  return Array.from({ length: count }, (_, i) => field(`${name}${i + 1}`, start + i * length, length));
}

export const ANWEB_FIELDS: readonly AnwebField[] = [
  field('HCPC', 1, 5),
  field('SEQNUM', 6, 5),
  field('RECID', 11, 1),
  field('LONG DESCRIPTION', 12, 80),
  field('SHORT DESCRIPTION', 92, 28),
  ...repeated('PRICE', 120, 2, 4),
  field('MULT_PI', 128, 1),
  ...repeated('CIM', 129, 6, 3),
  ...repeated('MCM', 147, 8, 3),
  field('STATUTE', 171, 10),
  ...repeated('LABCERT', 181, 3, 8),
  ...repeated('XREF', 205, 5, 5),
  field('COV', 230, 1),
  field('ASC_GRP', 231, 2),
  field('ASC_DT', 233, 8),
  field('OPPS', 241, 3),
  field('OPPS_PI', 244, 1),
  field('OPPS_DT', 245, 8),
  field('PROCNOTE', 253, 4),
  field('BETOS', 257, 3),
  ...repeated('TOS', 261, 1, 5),
  field('ANEST_BU', 266, 3),
  field('ADD DT', 269, 8),
  field('ACT EFF DT', 277, 8),
  field('TERM DT', 285, 8),
  field('ACTION CD', 293, 1),
];

/** Names of the numbered columns of a repeated field, e.g. repeatedNames('TOS', 5) -> TOS1..TOS5. */
export function repeatedNames(name: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${name}${i + 1}`);
}

/** Record identification codes (position 11). */
export const RECORD_ID = {
  codeFirstLine: '3',
  codeContinuation: '4',
  modifierFirstLine: '7',
  modifierContinuation: '8',
} as const;

/** Reads one field of one row, untrimmed; '' when the row does not have it. */
export type AnwebRow = (fieldName: string) => string;
