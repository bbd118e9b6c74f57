// The shape of the built catalog artifact: a manifest plus one JSON "layer" file per kind of fact per
// release. Layers are read lazily, so start-up reads only the manifest and the first lookup only what it
// needs. The artifact is immutable once written; a new import writes a new build and switches to it.

import type { GemDirection } from '../codesets/gems/index.js';
import type { GuidanceDocument, GuidanceDocumentKind } from '../codesets/guidance/index.js';
import type { HcpcsRecord, HcpcsRecordLayout, ProcessingNote } from '../codesets/hcpcs/index.js';
import type { AddendaChange, CmChapter, CmNotes, CmSection, SevenChrValue } from '../codesets/icd10cm/index.js';
import type { PcsDefinitionTerm, PcsTables } from '../codesets/icd10pcs/index.js';
import type { LabNcd } from '../codesets/mcd/index.js';
import type { MceEdit } from '../codesets/mce/index.js';
import type { AddOnEdit, MueRow, MueServiceType, PtpEdit, PtpSetting } from '../codesets/ncci/index.js';
import type { AnesthesiaCfRow, GpciRow, LocalityCountyRow, PfsRvuRow } from '../codesets/pfs/index.js';
import type { RbcsRecord } from '../codesets/rbcs/index.js';
import type { SourceId } from './releases.js';

export const ARTIFACT_FORMAT = 2;

export type LayerKind =
  | 'codes'
  | 'cm-tabular'
  | 'cm-index'
  | 'cm-neoplasm'
  | 'cm-drug'
  | 'cm-eindex'
  | 'pcs-tables'
  | 'pcs-definitions'
  | 'pcs-index'
  | 'hcpcs-records'
  | 'addenda'
  | 'hcpcs-reference'
  | 'cpt-descriptors'
  | 'cm-conversion'
  | 'pfs-rvu'
  | 'pfs-gpci'
  | 'pfs-anes'
  | 'pfs-locco'
  | 'ncci-aoc'
  | 'ncci-mue-practitioner'
  | 'ncci-mue-outpatient-hospital'
  | 'ncci-mue-dme-supplier'
  | 'ncci-ptp-practitioner'
  | 'ncci-ptp-outpatient-hospital'
  | 'gems-dx-icd10-icd9'
  | 'gems-dx-icd9-icd10'
  | 'gems-pcs-icd10-icd9'
  | 'gems-pcs-icd9-icd10'
  | 'mce'
  | 'mcd-lab-ncd'
  | 'rbcs';

export interface SourceFileInfo {
  path: string;
  kind: string;
  sha256: string;
  size: number;
}

export interface ReleaseInfo {
  /** "icd10cm:2026", "icd10cm:2026-04", "hcpcs:2026-01" */
  id: string;
  /** the code system or Medicare source the release publishes */
  system: SourceId;
  /** the release label: "2026" (fiscal/calendar year) or "2026-04" (update or quarter) */
  version: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string;
  layers: LayerKind[];
  files: SourceFileInfo[];
  counts: Record<string, number>;
}

export interface ImportIssueSummary {
  file: string;
  count: number;
  /** the first few, verbatim */
  samples: { line: number; field?: string; message: string }[];
}

export interface FlaggedReference {
  /** the index or table release that holds the reference */
  release: string;
  layer: LayerKind;
  code: string;
  path: string[];
  line: number;
  /** why it is flagged, e.g. "not a code in ICD-10-CM FY2023" */
  reason: string;
}

export interface ImportReport {
  sourceDir: string;
  filesRead: number;
  skipped: { file: string; reason: string }[];
  issues: ImportIssueSummary[];
  flaggedReferences: { count: number; byRelease: Record<string, number>; samples: FlaggedReference[] };
  verifications: { release: string; check: string; ok: boolean; detail: string }[];
  durationMs: number;
}

/** What the import wrote into one file of the build, to tell later whether the file is still that one. */
export interface FileChecksum {
  sha256: string;
  bytes: number;
}

export interface CatalogManifest {
  format: typeof ARTIFACT_FORMAT;
  buildId: string;
  builtAt: string;
  releases: ReleaseInfo[];
  report: ImportReport;
  /**
   * Every file of the build but the manifest, by path relative to the build folder ("layers/icd10cm_2026.codes.json",
   * "search-index.bin"). Absent in builds imported before it was recorded: those load, unchecked.
   */
  checksums?: Record<string, FileChecksum>;
  /**
   * The guidance documents read at import (ICD-10-CM Official Guidelines, NCCI Policy Manual), their passages stored
   * in `file` beside the layers, and the kinds of which no edition was found. Absent in builds imported before it was
   * recorded.
   */
  guidance?: GuidanceSummary;
}

export interface GuidanceSummary {
  /** the corpus file, relative to the build folder */
  file: string;
  documents: GuidanceDocument[];
  missing: { kind: GuidanceDocumentKind; title: string }[];
  passages: number;
}

// ---- layer payloads ----

/** Every code of a release with its title and billable flag (CM headers included, as in the order file). */
export interface CodesLayer {
  /** canonical form: dotted for ICD-10-CM, as published otherwise */
  codes: string[];
  titles: string[];
  /** '' where the source has none */
  shortTitles: string[];
  /** one character per code: '1' billable/valid, '0' header */
  billable: string;
  /** source line per code (for citations), 0 when derived */
  lines: number[];
  /** the file the list came from */
  sourceFile: string;
  /** parent of each code in this list (-1 for none), for systems whose codes nest by prefix */
  parents?: number[];
}

export interface TabularDiag {
  /** code (dotted) */
  c: string;
  t: string;
  /** parent code, null for a category */
  p: string | null;
  /** index into sections */
  s: number;
  n?: CmNotes;
  /** index into sevenChr of the definition in force at this diag */
  d?: number;
  l: number;
}

export interface CmTabularLayer {
  version: string;
  sourceFile: string;
  chapters: CmChapter[];
  sections: (CmSection & { chapterIndex: number })[];
  diags: TabularDiag[];
  sevenChr: { def: SevenChrValue[]; note?: string[]; from: string }[];
}

export interface IndexTermRow {
  /** parent row, -1 for a main term */
  p: number;
  t: string;
  n?: string;
  c?: string;
  cs?: string[];
  see?: string;
  seeAlso?: string;
  /** table cells: [column number, code] */
  cells?: [number, string][];
  /** PCS index: "use" reference and table prefix */
  use?: string;
  tab?: string;
  l: number;
}

/** Code references of an index layer sorted by lookup key, as parallel arrays (binary-searched). */
export interface IndexRefs {
  keys: string[];
  rows: number[];
  /** table column (1-based), 0 for none */
  cols: number[];
  /** '1' where the reference is partial (dashed, or a PCS prefix) */
  partial: string;
}

export interface IndexLayer {
  kind: string;
  version: string;
  title: string;
  sourceFile: string;
  columns?: string[];
  terms: IndexTermRow[];
  refs?: IndexRefs;
}

export interface PcsTablesLayer {
  version: string;
  sourceFile: string;
  tables: PcsTables['tables'];
}

export interface PcsDefinitionsLayer {
  version: string;
  sourceFile: string;
  terms: PcsDefinitionTerm[];
}

/** An ICD-10 release's addenda: the changes its code list made against the fiscal year before (codesets addenda-file). */
export interface AddendaLayer {
  sourceFile: string;
  changes: AddendaChange[];
}

export interface HcpcsRecordsLayer {
  sourceFile: string;
  records: HcpcsRecord[];
}

/** What a HCPCS release's records refer to: the record layout (meanings of coded values) and processing notes. */
export interface HcpcsReferenceLayer {
  layout?: { sourceFile: string; layout: HcpcsRecordLayout };
  procNotes?: { sourceFile: string; notes: ProcessingNote[] };
}

export interface CptDescriptorsLayer {
  sourceFile: string;
  descriptors: { code: string; shortDescription?: string; longDescription: string; line: number }[];
}

export interface CmConversionLayer {
  sourceFile: string;
  entries: { code: string; effective: string; previous: string[]; line: number }[];
}

export interface PfsRvuLayer {
  sourceFile: string;
  title?: string;
  releaseNote?: string;
  conversionFactor?: number;
  rows: PfsRvuRow[];
}

export interface PfsGpciLayer {
  sourceFile: string;
  title?: string;
  year?: number;
  localities: GpciRow[];
  notes: string[];
}

export interface PfsAnesLayer {
  sourceFile: string;
  nationalConversionFactor?: number;
  rows: AnesthesiaCfRow[];
}

export interface PfsLoccoLayer {
  sourceFile: string;
  rows: LocalityCountyRow[];
  notes: string[];
}

export interface NcciAocLayer {
  sourceFile: string;
  edits: AddOnEdit[];
}

export interface NcciMueLayer {
  sourceFile: string;
  serviceType: MueServiceType;
  rows: MueRow[];
}

export interface NcciPtpLayer {
  sourceFile: string;
  setting: PtpSetting;
  edits: PtpEdit[];
}

/**
 * GEM rows as parallel arrays sorted by the source's lookup key (searched in place); the flags stay as their
 * five digits and are decoded when read. `byTarget` lists row positions sorted by the target's key.
 */
export interface GemsLayer {
  sourceFile: string;
  direction: GemDirection;
  sourceKeys: string[];
  sources: string[];
  targets: (string | null)[];
  targetRaws: string[];
  flags: string[];
  lines: number[];
  targetKeys: string[];
  byTarget: number[];
}

export interface MceLayer {
  sourceFile: string;
  title: string;
  version: string;
  official: boolean;
  source: string;
  edits: MceEdit[];
}

export interface LabNcdLayer {
  sourceFile: string;
  title?: string;
  ncds: LabNcd[];
  /** resolution code -> coverage and meaning, as the spreadsheet's legend gives them */
  resolutions: Record<string, { coverage: string; meaning: string }>;
  /** one entry per NCD and ICD-10-CM code, sorted by the code's lookup key (the CPT/HCPCS lists are in ncds) */
  dxKeys: string[];
  dxNcds: string[];
  dxResolutions: number[];
  dxLines: number[];
  /** YYYY-MM-DD or null, per entry */
  dxEffective: (string | null)[];
  dxTermination: (string | null)[];
}

/** An RBCS id's classification: category › subcategory › family ("000": none), and the major-procedure indicator. */
export type RbcsGroup = Pick<
  RbcsRecord,
  'rbcsId' | 'category' | 'categoryName' | 'subcategory' | 'subcategoryName' | 'familyNumber' | 'familyName' | 'major'
>;

/**
 * RBCS: the latest assignment of each code, as parallel arrays sorted by code (binary-searched in place); each
 * RBCS id's names once, in `groups`. Dates are YYYY-MM-DD, null when open or not given.
 */
export interface RbcsLayer {
  sourceFile: string;
  groups: RbcsGroup[];
  codes: string[];
  /** index into groups, per code */
  group: number[];
  codeAdded: (string | null)[];
  codeEnded: (string | null)[];
  assignedFrom: (string | null)[];
  assignedTo: (string | null)[];
  firstReleaseYear: (number | null)[];
  /** one character per code: '1' when CMS assigned it by its alternative method */
  alternative: string;
  /** one character per code: '1' when the code's RBCS id changed in an earlier release */
  reassigned: string;
  lines: number[];
}

export interface LayerPayloads {
  codes: CodesLayer;
  'cm-tabular': CmTabularLayer;
  'cm-index': IndexLayer;
  'cm-neoplasm': IndexLayer;
  'cm-drug': IndexLayer;
  'cm-eindex': IndexLayer;
  'pcs-tables': PcsTablesLayer;
  'pcs-definitions': PcsDefinitionsLayer;
  'pcs-index': IndexLayer;
  'hcpcs-records': HcpcsRecordsLayer;
  addenda: AddendaLayer;
  'hcpcs-reference': HcpcsReferenceLayer;
  'cpt-descriptors': CptDescriptorsLayer;
  'cm-conversion': CmConversionLayer;
  'pfs-rvu': PfsRvuLayer;
  'pfs-gpci': PfsGpciLayer;
  'pfs-anes': PfsAnesLayer;
  'pfs-locco': PfsLoccoLayer;
  'ncci-aoc': NcciAocLayer;
  'ncci-mue-practitioner': NcciMueLayer;
  'ncci-mue-outpatient-hospital': NcciMueLayer;
  'ncci-mue-dme-supplier': NcciMueLayer;
  'ncci-ptp-practitioner': NcciPtpLayer;
  'ncci-ptp-outpatient-hospital': NcciPtpLayer;
  'gems-dx-icd10-icd9': GemsLayer;
  'gems-dx-icd9-icd10': GemsLayer;
  'gems-pcs-icd10-icd9': GemsLayer;
  'gems-pcs-icd9-icd10': GemsLayer;
  mce: MceLayer;
  'mcd-lab-ncd': LabNcdLayer;
  rbcs: RbcsLayer;
}
