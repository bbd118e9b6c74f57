// Claim Check's shared types: the claim as users send it (contracts.md, "Claims"), the normalized claim the
// rules read, and findings with their citation. Rules are pure functions over the catalog: (claim, context)
// → findings, no I/O, no clock.
import type { Catalog } from '../catalog/index.js';

/** The claim document as accepted (JSON from the API, the CLI, or the web form). */
export interface ClaimInput {
  dateOfService: string;
  patient?: { age?: number; sex?: 'F' | 'M' | 'U' };
  placeOfService?: string;
  setting?: 'practitioner' | 'outpatient-hospital';
  /** principal / first-listed first */
  diagnoses: string[];
  lines: ClaimLineInput[];
}

export interface ClaimLineInput {
  code: string;
  modifiers?: string[];
  units?: number;
  /** 1-based positions in `diagnoses` */
  diagnosisPointers?: number[];
  dateOfService?: string;
}

/** After normalization: codes upper-cased and, for ICD-10-CM, dotted as printed; defaults filled in. */
export interface Claim {
  dateOfService: string;
  patient: { age?: number; sex?: 'F' | 'M' | 'U' };
  placeOfService?: string;
  setting: 'practitioner' | 'outpatient-hospital';
  diagnoses: string[];
  lines: ClaimLine[];
}

export interface ClaimLine {
  /** 1-based line number, as a coder reads the claim */
  line: number;
  /** the code as the catalog prints it (or as sent, upper-cased, when unknown) */
  code: string;
  /** icd10pcs is not a line code; hcpcs or cpt, or undefined when the code is unknown */
  system: 'hcpcs' | 'cpt' | undefined;
  modifiers: string[];
  /** as sent; the units rule reports anything but a positive integer */
  units: number;
  diagnosisPointers: number[];
  /** the line's own date, else the claim's */
  dateOfService: string;
}

export type RuleId =
  | 'code.unknown'
  | 'code.not-billable'
  | 'code.not-in-force'
  | 'code.seventh-character'
  | 'ptp'
  | 'mue'
  | 'addon.no-primary'
  | 'dx.excludes1'
  | 'dx.code-first'
  | 'dx.use-additional'
  | 'mce.sex'
  | 'mce.age'
  | 'mce.manifestation-principal'
  | 'mce.unacceptable-principal'
  | 'modifier.unknown'
  | 'modifier.mismatch'
  | 'coverage.lab-ncd'
  | 'pointer.invalid'
  | 'units.invalid'
  | 'line.duplicate'
  | 'release.stale';

export type Severity = 'error' | 'warning' | 'review' | 'info';

/** Where a finding comes from: the source (e.g. "NCCI MUE"), its release id, the file, and the record in it. */
export interface Citation {
  source: string;
  release: string;
  file: string;
  /** a line number, a row key or the record's own text — whatever finds it in the file */
  record: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** 1-based claim line numbers concerned (empty for claim-level findings) */
  lines: number[];
  /** the codes concerned (procedure codes, diagnoses, modifiers) */
  codes: string[];
  /** what is wrong and what to do, for a coder */
  message: string;
  citation: Citation;
}

export interface RuleContext {
  catalog: Catalog;
}

/** One edit: findings for a claim; never throws for a claim that passed normalization. */
export type Rule = (claim: Claim, context: RuleContext) => Finding[];

export interface ClaimCheckResult {
  claim: Claim;
  findings: Finding[];
  summary: { errors: number; warnings: number; reviews: number };
}
