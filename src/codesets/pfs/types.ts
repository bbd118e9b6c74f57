// Record shapes produced by the Medicare Physician Fee Schedule (PFS) readers: the national relative value file
// (PPRRVUyyyy), the GPCI table (Addendum E / GPCIyyyy), the anesthesia conversion factors (ANESyyyy) and the
// locality-county crosswalk (yyLOCCO). Extend, never rename: the catalog and the payment calculator read these.

import type { Parsed } from '../../shared/index.js';

/**
 * One row of the national relative value file: one HCPCS/CPT code with one modifier (blank = global service,
 * 26 = professional component, TC = technical component, 53 = discontinued procedure). Every column is kept.
 * Numbers are numbers; indicator and code-like columns keep the file's text ("XXX", "09", "9").
 */
export interface PfsRvuRow {
  /** HCPCS: a CPT number (5 digits, or 4 digits + F/T/U/M) or a Level II code */
  hcpcs: string;
  /** MOD: '' for the global service, else 26, TC or 53 */
  modifier: string;
  /** DESCRIPTION as shipped; empty for CPT and CDT rows in the staged file (copyright text removed). Never filled. */
  description: string;
  /** STATUS CODE (A, B, C, E, I, J, M, N, P, R, T, X, ...) */
  statusCode: string;
  /** NOT USED FOR MEDICARE PAYMENT: true where the file shows "+" (RVUs shown but not used for payment) */
  notUsedForMedicare: boolean;
  workRvu: number;
  peNonFacilityRvu: number;
  /** NON-FAC NA INDICATOR: "NA" = rarely or never performed in a non-facility setting */
  peNonFacilityNa: boolean;
  peFacilityRvu: number;
  /** FACILITY NA INDICATOR: "NA" = rarely or never performed in a facility setting */
  peFacilityNa: boolean;
  mpRvu: number;
  /** NON-FACILITY TOTAL as shipped (work + non-facility PE + MP, even where the NA flag is set) */
  nonFacilityTotal: number;
  /** FACILITY TOTAL as shipped */
  facilityTotal: number;
  /** PCTC IND (0-9), see PCTC_MEANINGS */
  pctcIndicator: string;
  /** GLOB DAYS: 000, 010, 090, MMM, XXX, YYY or ZZZ, see GLOBAL_DAYS_MEANINGS */
  globalDays: string;
  /** PRE OP share of the global package, as a fraction (0.10 = 10 %) */
  preOp: number;
  intraOp: number;
  postOp: number;
  /** MULT PROC (modifier 51 rules), see MULT_PROC_MEANINGS */
  multipleProcedure: string;
  /** BILAT SURG (modifier 50 rules), see BILATERAL_MEANINGS */
  bilateral: string;
  /** ASST SURG, see ASSISTANT_MEANINGS */
  assistant: string;
  /** CO- SURG (modifier 62), see CO_SURGEON_MEANINGS */
  coSurgeon: string;
  /** TEAM SURG (modifier 66), see TEAM_MEANINGS */
  teamSurgery: string;
  /** PRIC IND as shipped ("9" on every RVU26C row); the CY2025 layout document does not describe this column */
  pricingIndicator: string;
  /** ENDO BASE: the endoscopic base code for multiple-procedure indicator 3, else '' */
  endoscopicBase: string;
  /** CONV FACTOR of this row (one value for the whole file since 2002) */
  conversionFactor: number;
  /** PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES (01, 02, 03, ..., 09 = concept does not apply) */
  physicianSupervisionDiagnostic: string;
  /** CALCULATION FLAG ("0" on every row since July 2014) */
  calculationFlag: string;
  /** DIAGNOSTIC IMAGING FAMILY INDICATOR (88 = subject to the imaging reductions, 99 = concept does not apply) */
  diagnosticImagingFamily: string;
  /** NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT (an RVU; 0 where the OPPS imaging cap does not apply) */
  oppsNonFacilityPe: number;
  /** FACILITY PE USED FOR OPPS PAYMENT AMOUNT */
  oppsFacilityPe: number;
  /** MP USED FOR OPPS PAYMENT AMOUNT */
  oppsMp: number;
  /** 1-based line in the file */
  line: number;
}

export interface PfsRvuParsed extends Parsed<PfsRvuRow> {
  /** the CONV FACTOR column's value, when the file has rows (checked to be the same on every row) */
  conversionFactor?: number;
  /** the release line above the header, e.g. "RELEASED 06/30/2026" */
  releaseNote?: string;
  /** the title line, e.g. "2026 National Physician Fee Schedule Relative Value File July Release" */
  title?: string;
}

/** One Medicare payment locality of the GPCI table (Addendum E). */
export interface GpciRow {
  /** Medicare Administrative Contractor number, 5 digits */
  mac: string;
  /** two-letter state abbreviation */
  state: string;
  /** locality number, zero-padded to 2 digits as in the file */
  localityNumber: string;
  /** locality name without its footnote asterisks ("ALASKA", not "ALASKA*") */
  localityName: string;
  /** the asterisks that followed the name ('' when none) */
  footnoteMark: string;
  /** the footnote text the mark points to, when the file has it */
  footnote?: string;
  /** PW (physician work) GPCI, with the floors the file applies */
  workGpci: number;
  peGpci: number;
  mpGpci: number;
  /** `${mac}-${localityNumber}` */
  id: string;
  line: number;
}

export interface GpciParsed extends Parsed<GpciRow> {
  /** the title line ("ADDENDUM E. FINAL CY 2026 GEOGRAPHIC PRACTICE COST INDICES ...") */
  title?: string;
  /** the year in the GPCI column labels ("2026 PW GPCI ...") */
  year?: number;
  /** the note rows below the table, as shipped (trimmed); footnotes, not issues */
  notes: string[];
}

/** One locality's anesthesia conversion factor (ANESyyyy). */
export interface AnesthesiaCfRow {
  /** contractor (MAC) number, 5 digits */
  mac: string;
  /** locality number, 2 digits */
  localityNumber: string;
  /** locality name without trailing asterisks */
  localityName: string;
  /** the asterisks that followed the name ('' when none); the ANES file itself carries no footnote text */
  footnoteMark: string;
  /** dollars per anesthesia unit (base + time units) in this locality */
  conversionFactor: number;
  /** `${mac}-${localityNumber}` */
  id: string;
  line: number;
}

export interface AnesthesiaCfParsed extends Parsed<AnesthesiaCfRow> {
  /** the national anesthesia conversion factor the header states ("National Anes CF of 20.3178") */
  nationalConversionFactor?: number;
}

/** One entry of a locality's county list (the Counties cell of yyLOCCO, split). */
export type CountyEntry =
  /** a named county (or county equivalent: "BALTIMORE CITY", "ALEXANDRIA CITY"); state set when the cell names a
   *  state other than the row's ("... IN VIRGINIA") */
  | { kind: 'county'; name: string; state?: string }
  /** every county of the state ("ALL COUNTIES", "ALL COUNTY EQUIVALENTS"), less any named exceptions */
  | { kind: 'all'; text: string; meaning: string; except: string[] }
  /** every county of the state not named by another locality ("ALL OTHER COUNTIES"), less any named exceptions */
  | { kind: 'rest-of-state'; text: string; meaning: string; except: string[] };

/** One payment locality of the locality-county crosswalk (yyLOCCO). */
export interface LocalityCountyRow {
  /** Medicare Administrative Contractor number, zero-padded to 5 digits (the CSV drops leading zeros) */
  mac: string;
  /** locality number, zero-padded to 2 digits (the CSV drops leading zeros) */
  localityNumber: string;
  /** `${mac}-${localityNumber}` */
  id: string;
  /** state name as written on the first row of its group ("CALIFORNIA", "HAWAII/GUAM"); carried down to the rows
   *  below it where the file leaves the cell blank */
  state: string;
  /** fee schedule area without trailing asterisks ("STATEWIDE", "REST OF STATE", "MANHATTAN") */
  feeScheduleArea: string;
  footnoteMark: string;
  footnote?: string;
  /** the Counties cell as shipped (trimmed) */
  countiesText: string;
  counties: CountyEntry[];
  line: number;
}

export interface LocalityCountyParsed extends Parsed<LocalityCountyRow> {
  title?: string;
  /** the note rows below the table, as shipped (trimmed) */
  notes: string[];
}

/** A fee schedule amount for one row in one locality; null where no amount applies, with the reason in words. */
export interface PaymentResult {
  nonFacility: number | null;
  facility: number | null;
  /** why an amount is null, and caveats on computed amounts (T, R status; OPPS imaging cap) */
  reasons: string[];
}

/** A coded indicator and its meaning in words. */
export interface IndicatorDescription {
  code: string;
  meaning: string;
}

export interface RowIndicatorDescriptions {
  status: IndicatorDescription;
  pctc: IndicatorDescription;
  globalDays: IndicatorDescription;
  multipleProcedure: IndicatorDescription;
  bilateral: IndicatorDescription;
  assistant: IndicatorDescription;
  coSurgeon: IndicatorDescription;
  teamSurgery: IndicatorDescription;
  physicianSupervision: IndicatorDescription;
  diagnosticImagingFamily: IndicatorDescription;
}
