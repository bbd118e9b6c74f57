// Record shapes produced by the NCCI parsers (Medicare NCCI add-on code edits, medically unlikely edits and
// procedure-to-procedure edits). Dates are ISO YYYY-MM-DD; a date CMS leaves blank (or marks "*" = no data) is
// undefined. Extend these, never rename: the catalog compiler depends on them.

/** AOC edit type, as CMS numbers it in the AOC_Edit_Type column (formerly Type I, II, III). */
export type AddOnEditType = 1 | 2 | 3;

export interface AddOnEdit {
  editType: AddOnEditType;
  /** what the type means for the primary codes, in words (see ADD_ON_EDIT_TYPE_MEANINGS) */
  editTypeMeaning: string;
  /** the add-on HCPCS/CPT code */
  addOnCode: string;
  /** date the add-on code itself was deleted (AOC_DelDT) */
  addOnDeletionDate?: string;
  /** the listed primary code; undefined when CMS leaves the primaries to the contractor ("CCCCC") */
  primaryCode?: string;
  /** true where CMS wrote "CCCCC": the MAC (claims processing contractor) defines the acceptable primary codes */
  primaryIsContractorDefined: boolean;
  /** date the primary code itself was deleted (Primary_Code_DelDT) */
  primaryDeletionDate?: string;
  /** first date of service the edit applies to (AOC_Edit_EffDT) */
  effectiveDate: string;
  /** last date of service the edit applies to (AOC_Edit_DelDT); equal to effectiveDate = withdrawn, never applied */
  deletionDate?: string;
  /** Special_Instruction_Notes, when present */
  notes?: string;
  /** row of the sheet (1-based) */
  line: number;
}

/** The three Medicare MUE tables. */
export type MueServiceType = 'practitioner' | 'outpatient-hospital' | 'dme-supplier';

/** MUE Adjudication Indicator (MAI). */
export type MueAdjudicationIndicator = 1 | 2 | 3;

export type MueAdjudicationMeaning = 'Line edit' | 'Date of service edit: policy' | 'Date of service edit: clinical';

export interface MueRow {
  /** HCPCS/CPT code */
  code: string;
  /** the most units of service normally reportable (per claim line for MAI 1, per date of service for MAI 2/3) */
  mueValue: number;
  adjudicationIndicator: MueAdjudicationIndicator;
  adjudicationMeaning: MueAdjudicationMeaning;
  /** MUE Rationale as CMS words it ("Clinical: Data", "CMS Policy", ...) */
  rationale: string;
  /** line of the text file (where the record starts) or row of the sheet, 1-based */
  line: number;
}

/** The two Medicare PTP tables: practitioner (ccipra files) and outpatient hospital (ccioph files). */
export type PtpSetting = 'practitioner' | 'outpatient-hospital';

/** Correct Coding Modifier Indicator (CCMI) of a PTP edit. */
export type PtpModifierIndicator = 0 | 1 | 9;

export interface PtpEdit {
  /** Column One code: the one payable when both are reported */
  column1: string;
  /** Column Two code: denied unless an NCCI PTP-associated modifier applies (and the indicator allows it) */
  column2: string;
  /** the "*" of the "*=in existence prior to 1996" column */
  existedBefore1996: boolean;
  /** first date of service the edit applies to */
  effectiveDate: string;
  /** last date of service the edit applies to; undefined for "*" (no data: not deleted) */
  deletionDate?: string;
  modifierIndicator: PtpModifierIndicator;
  /** the indicator in words (see PTP_MODIFIER_MEANINGS) */
  modifierMeaning: string;
  /** PTP Edit Rationale as CMS words it */
  rationale: string;
  /** line of the text file or row of the sheet, 1-based */
  line: number;
}

/** The groups the NCCI Policy Manual sorts the NCCI PTP-associated modifiers into. */
export type NcciModifierGroup = 'anatomic' | 'global-surgery' | 'other';

export interface NcciModifier {
  code: string;
  group: NcciModifierGroup;
  /** one line, in CodeDesk's words */
  meaning: string;
  /** where the NCCI Policy Manual lists or explains it */
  source: string;
}
