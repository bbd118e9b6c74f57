// Record shapes produced by the clinical laboratory NCD spreadsheet parser. Extend, never rename.
import type { Parsed } from '../../shared/index.js';

/** The spreadsheet's resolution codes: 1 covered, 2 denied, 3 does not support medical necessity. */
export type LabNcdResolution = 1 | 2 | 3;
export type LabNcdCoverage = 'covered' | 'denied' | 'not medically necessary';

/** One CPT/HCPCS code an NCD applies to, with its own dates. */
export interface LabNcdHcpcs {
  code: string;
  /** YYYY-MM-DD */
  effective?: string;
  termination?: string;
  /** marked as changed in this release (red text, or "*" in the Section 508 version) */
  changed: boolean;
  /** sheet row */
  line: number;
}

/** One lab NCD list of the sheet (190.20A and 190.20B are separate lists of NCD 190.20). */
export interface LabNcd {
  /** as the sheet writes it, with two decimals: "190.12", "190.20A" */
  ncd: string;
  title: string;
  hcpcs: LabNcdHcpcs[];
  /** sheet row of the NCD's first row */
  line: number;
}

/** One ICD-10-CM row of the sheet. */
export interface LabNcdRow {
  ncd: string;
  ncdTitle: string;
  /**
   * The NCD's CPT/HCPCS codes (the same array for every row of the NCD). The sheet lists them down their own column
   * beside the NCD's first rows; a CPT code is not paired with the ICD-10-CM code printed on its row.
   */
  hcpcsCodes: readonly string[];
  /** dotted ICD-10-CM code; null on the "@@@@@@@" row, which stands for every code the NCD does not list */
  icd10cm: string | null;
  /** the "@@@@@@@" row: the resolution of every ICD-10-CM code not listed for the NCD */
  otherCodes: boolean;
  /** YYYY-MM-DD */
  effective?: string;
  termination?: string;
  resolution: LabNcdResolution;
  coverage: LabNcdCoverage;
  /** the sheet's own legend for the resolution code ("ICD-10-CM codes covered by Medicare.") */
  resolutionMeaning: string;
  /** marked as changed in this release (red text, or "*" in the Section 508 version) */
  changed: boolean;
  /** sheet row */
  line: number;
}

export interface LabNcdSheet extends Parsed<LabNcdRow> {
  /** the NCD lists in sheet order */
  ncds: LabNcd[];
  /** the sheet's title row ("MEDICARE NATIONAL COVERAGE DETERMINATIONS") */
  title?: string;
  /** the legend's note on changes ("Red in this spreadsheet indicates an January 2026 change.") */
  changeNote?: string;
  /** resolution code -> the legend's meaning, as printed */
  resolutionLegend: Record<LabNcdResolution, string>;
}
