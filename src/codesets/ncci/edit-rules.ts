// When an NCCI add-on code edit or PTP edit applies on a date of service, and (re-exported from modifiers.ts) the
// modifiers NCCI associates with PTP edits. The second public surface of codesets/ncci, beside index.ts: NCCI's
// rules without the parsers, so that code checking edits at run time does not load the spreadsheet reader the
// parsers need.
import { inForceOn } from './dates.js';
import type { AddOnEdit, PtpEdit } from './types.js';

export {
  isNcciPtpAssociatedModifier,
  NCCI_MODIFIER_LIST_SOURCE,
  NCCI_PTP_ASSOCIATED_MODIFIERS,
  NOT_NCCI_PTP_ASSOCIATED_MODIFIERS,
  ncciModifier,
} from './modifiers.js';

/**
 * Whether an AOC edit applies on a date of service (YYYY-MM-DD): from AOC_Edit_EffDT through AOC_Edit_DelDT, both
 * included (the table deletes pairs on 12-31 and re-adds them on 01-01). A row whose deletion date equals its
 * effective date was withdrawn retroactively and never applies. The add-on and primary code deletion dates are
 * not consulted: in every row of the 2026 Q2 table the edit's own deletion date is on or before them.
 */
export function addOnEditInForce(edit: AddOnEdit, dateOfService: string): boolean {
  return inForceOn(edit.effectiveDate, edit.deletionDate, dateOfService);
}

/**
 * Whether a PTP edit applies on a date of service (YYYY-MM-DD): from its effective date through its deletion date,
 * both included. Indicator 9 marks a pair deleted as of its effective date, which never applies.
 */
export function ptpEditInForce(edit: PtpEdit, dateOfService: string): boolean {
  if (!inForceOn(edit.effectiveDate, edit.deletionDate, dateOfService)) return false;
  return edit.modifierIndicator !== 9;
}

/**
 * What each MUE Adjudication Indicator (MAI) means for a claim, in words, from the NCCI Policy Manual for Medicare
 * Services, Chapter I, Section V "Medically Unlikely Edits (MUEs)" (revision 1/1/2025, pp. I-27 to I-29). Here and not
 * beside the MUE parser (mue.ts, whose short names the MUE files print) because pages and rules read it at run time.
 */
export const MUE_ADJUDICATION_EXPLANATIONS: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'Claim line edit: the units on each claim line are checked against the MUE value; the code may be reported again on another line with an appropriate modifier (59 or XE, XP, XS, XU; 76, 77, 91, anatomic), and units above the value on a line are denied',
  2: 'Date of service edit based on policy: the units of all lines for the same patient and date of service are added up; more units than the value are impossible under statute, regulation or coding policy, and contractors may not override the edit on reopening or appeal',
  3: 'Date of service edit based on clinical benchmarks: the units of all lines for the same patient and date of service are added up; more units are possible but medically highly unlikely, and a contractor may pay them when records show they were provided, correctly coded and medically necessary',
};

/** Where MUE_ADJUDICATION_EXPLANATIONS comes from, for citations. */
export const MUE_ADJUDICATION_SOURCE =
  'NCCI Policy Manual for Medicare Services, Chapter I, Section V (Medically Unlikely Edits), revision 1/1/2025';
