// The shapes of a code lookup's answer (lookupCode, lookupCodeSummary) and releaseRef, apart from the lookup itself
// so that the modules filling in system details (lookup-cm.ts, lookup-pcs.ts) need not import the lookup that
// calls them.
import type { IndexTermHit } from './index-terms.js';
import type { CodeMedicare } from './medicare/code-medicare.js';
import type { IcdMedicare } from './medicare/icd-medicare.js';
import type { ReleaseInfo } from './model.js';
import type { RbcsClassification } from './rbcs-types.js';
import type { CodeSystem } from './releases.js';

export interface LookupQuery {
  system?: string;
  code: string;
  /** date of service, YYYY-MM-DD; newest releases when absent */
  date?: string;
}

export interface ReleaseRef {
  id: string;
  title: string;
  version: string;
  effectiveFrom: string;
  effectiveTo: string;
}

export interface CodeRef {
  system: CodeSystem;
  code: string;
  title: string | null;
  billable: boolean;
}

/** lookupCodeSummary's answer: a code in the release in force, without the details */
export interface CodeSummary extends CodeRef {
  release: string;
  stale: boolean;
}

export interface LookupWarning {
  code: string;
  message: string;
}

export interface IndexTermResult extends IndexTermHit {
  source: 'index' | 'neoplasm' | 'drug' | 'eindex' | 'pcs-index';
  release: string;
}

export interface CodeLookup {
  system: CodeSystem;
  code: string;
  /** null only for a CPT code without a licensed descriptor file */
  title: string | null;
  shortTitle?: string;
  billable: boolean;
  kind: 'code' | 'header' | 'modifier';
  release: ReleaseRef & { stale: boolean };
  warnings: LookupWarning[];
  parent: CodeRef | null;
  children: CodeRef[];
  /** from the top (chapter / section) down to the parent */
  hierarchy: { level: string; code: string; title: string }[];
  notes: Record<string, string[]>;
  /** the release the notes come from (null when the system has none) */
  notesRelease: ReleaseRef | null;
  /** notes of the ancestors that apply to this code, nearest first */
  inheritedNotes: { from: string; level: string; title: string; notes: Record<string, string[]> }[];
  sevenChrDef: { char: string; meaning: string }[];
  sevenChrNote?: string[];
  sevenChrFrom?: string;
  indexTerms: IndexTermResult[];
  /** where the title came from */
  source: { release: string; file: string; line: number };
  pcs?: PcsDetails;
  hcpcs?: Record<string, unknown>;
  /** HCPCS: the whole official record, each coded value with its meaning from the record layout */
  hcpcsRecord?: HcpcsFullRecord;
  cpt?: { descriptorLicensed: boolean; note?: string; descriptorRelease?: string };
  /** ICD-10-CM: the CDC conversion table's entry for a code created since ICD-10-CM began */
  conversion?: { effective: string; previousCodes: string[]; release: string };
  /** CPT and HCPCS: fee schedule, add-on, MUE and PTP data; ICD: crosswalks and code-editor lists */
  medicare?: CodeMedicare | IcdMedicare;
  /** CPT and HCPCS: CMS's public RBCS category › subcategory › family (a CMS category, never a descriptor) */
  classification?: RbcsClassification;
  /** the same classification under the name of its source file (RBCS) */
  rbcs?: RbcsClassification;
  /** the same characters are also a code of another system */
  alsoMatches?: CodeRef[];
}

export interface HcpcsRecordValue {
  value: string;
  /** from the record layout (or, for a processing note, the proc_notes file); null when no loaded file gives it */
  meaning: string | null;
  /** the heading the layout lists the value under ("Clinical Lab Fee Schedule") */
  group?: string;
  /** the file the meaning was read from */
  from?: string;
}

export interface HcpcsRecordField {
  /** the parsed record's property: pricing, coverage, betos, typeOfService, addDate, ... */
  field: string;
  label: string;
  /** the field's name and description in the record layout */
  layoutTitle?: string;
  description?: string;
  values: HcpcsRecordValue[];
}

export interface HcpcsFullRecord {
  release: string;
  kind: 'code' | 'modifier';
  longDescription: string;
  shortDescription: string;
  /** only the fields the record fills, in the layout's order */
  fields: HcpcsRecordField[];
  sources: { record: { file: string; line: number }; layout: string | null; procNotes: string | null };
  /** plain statements of what is not loaded (no layout, no processing notes) */
  missing: string[];
}

export function releaseRef(r: ReleaseInfo): ReleaseRef {
  return { id: r.id, title: r.title, version: r.version, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo };
}

/** ICD-10-PCS: the meaning of each character of the code, from the tables and definitions in force. */
export interface PcsAxisDetail {
  pos: number;
  title: string;
  code: string;
  label: string;
  definition?: string;
  explanation?: string;
  includes?: string[];
}

export interface PcsDetails {
  tablesRelease?: string;
  definitionsRelease?: string;
  axes: PcsAxisDetail[];
}
