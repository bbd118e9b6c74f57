// Record shapes produced by the Medicare Code Editor (MCE) parsers. Extend, never rename.
import type { ParseIssue } from '../../shared/index.js';

/** ICD-10-CM diagnosis codes or ICD-10-PCS procedure codes. */
export type MceCodeType = 'dx' | 'pcs';

/** Inclusive patient age range in years. */
export interface MceAgeRange {
  min: number;
  max: number;
}

export interface MceCode {
  /** ICD-10-CM dotted ("E11.9"); ICD-10-PCS as printed ("10D00Z0") */
  code: string;
  /** the description as printed (CMS abbreviates many) */
  description: string;
  /** 1-based line (text) or row (tab-separated transcription) of the code */
  line: number;
  /** printed with an asterisk: on the unacceptable principal diagnosis list, "acceptable" when a secondary dx is coded */
  asterisk?: true;
}

export interface MceCodeList {
  /** the heading printed over the codes, without a leading "A. "; a list with no heading of its own takes its section's or edit's */
  name: string;
  /** the lettered sub-section of the edit the list sits in ("A" … "G"), when there is one */
  section?: string;
  codeType: MceCodeType;
  /** for the age conflict lists (newborn, pediatric, maternity, adult) */
  ageRange?: MceAgeRange;
  /** for the sex conflict lists (third-party v37 transcription only: v43.1 prints none) */
  sex?: 'male' | 'female';
  /** the transcription's MCE_Edit_Type label ("Female_Only"), v37 only */
  editType?: string;
  /** prose printed between the list's heading and its codes */
  description?: string;
  /** line of the heading (or of the first code, for a list with no heading) */
  line: number;
  codes: MceCode[];
}

/** A lettered sub-section of an edit ("B. Non-covered procedure codes"), listed even when it has no codes. */
export interface MceSection {
  letter: string;
  /** heading without its letter and without the "(discontinued as of …)" note */
  title?: string;
  /** prose under the heading */
  description?: string;
  /** e.g. "discontinued as of 04/01/2022" */
  discontinued?: string;
  line: number;
}

/** One value of a fixed list an edit prints (the valid discharge statuses of edit 16). */
export interface MceValue {
  value: string;
  meaning: string;
  line: number;
}

export interface MceEdit {
  /** 1-20 */
  number: number;
  /** without the parenthesised status note: "Sex conflict" */
  name: string;
  /** the edit's prose, paragraphs joined with "\n" */
  description?: string;
  /** as printed, e.g. "deactivated as of 10/01/2024" (edit 5, sex conflict, in v43.1) */
  deactivated?: string;
  /** as printed, e.g. "discontinued as of 10/01/2007" */
  discontinued?: string;
  /** YYYY-MM-DD from the deactivated/discontinued note, when it gives a date */
  inactiveSince?: string;
  sections: MceSection[];
  lists: MceCodeList[];
  values?: MceValue[];
  line: number;
}

/** One group of chapter 2 ("Code list changes"): codes added to or removed from an edit's list since the last release. */
export interface MceChange {
  edit: number;
  section?: string;
  /** heading as printed, without the "9." / "11D." marker */
  title: string;
  /** "added", "removed", or the sentence as printed when it says neither */
  change: 'added' | 'removed' | string;
  codeType: MceCodeType;
  codes: MceCode[];
  line: number;
}

export interface MceDefinitions {
  /** "Definitions of Medicare Code Edits", or a label for the transcription */
  title: string;
  /** MCE version: "43.1", "37" */
  version: string;
  /** the release note printed with the version ("April 2026"), when there is one */
  release?: string;
  /** false for a third-party transcription */
  official: boolean;
  /** what the file is, in words */
  source: string;
  edits: MceEdit[];
  changes: MceChange[];
  issues: ParseIssue[];
}
