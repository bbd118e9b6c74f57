// What one release's files parsed into, before compiling: at most one file of each kind, except index
// files (the index and its three tables share a kind and are told apart by content).
import type { CptDescriptor } from '../../codesets/cpt/index.js';
import type { ParsedGem } from '../../codesets/gems/index.js';
import type { HcpcsRecord, HcpcsRecordLayout, ProcessingNote } from '../../codesets/hcpcs/index.js';
import type { AddendaChange, CmIndex, CmOrderRecord, CmTabular } from '../../codesets/icd10cm/index.js';
import type { PcsDefinitions, PcsIndex, PcsOrderRecord, PcsTables } from '../../codesets/icd10pcs/index.js';
import type { LabNcdSheet } from '../../codesets/mcd/index.js';
import type { MceDefinitions } from '../../codesets/mce/index.js';
import type { AddOnEdit, MueRow, MueServiceType, PtpEdit, PtpSetting } from '../../codesets/ncci/index.js';
import type { AnesthesiaCfParsed, GpciParsed, LocalityCountyParsed, PfsRvuParsed } from '../../codesets/pfs/index.js';
import type { RbcsParsed } from '../../codesets/rbcs/index.js';
import type { LayerKind, LayerPayloads, SourceFileInfo } from '../model.js';
import type { ReleaseLabel, SourceId } from '../releases.js';

export interface From<T> {
  file: string;
  data: T;
}

export interface ReleaseBag {
  id: string;
  system: SourceId;
  label: ReleaseLabel;
  files: SourceFileInfo[];
  cmTabular?: From<CmTabular>;
  cmOrder?: From<CmOrderRecord[]>;
  cmCodes?: From<{ code: string; title: string; line: number }[]>;
  cmIndexes: From<CmIndex>[];
  cmConversion?: From<{ code: string; effective: string; previous: string[]; line: number }[]>;
  pcsTables?: From<PcsTables>;
  pcsDefinitions?: From<PcsDefinitions>;
  pcsIndex?: From<PcsIndex>;
  pcsOrder?: From<PcsOrderRecord[]>;
  /** ICD-10-CM or -PCS addenda: the order addenda when present (they carry the valid flag), else the codes addenda */
  addenda?: From<AddendaChange[]> & { layout: 'order' | 'codes' };
  hcpcsTxt?: From<HcpcsRecord[]>;
  hcpcsXlsx?: From<HcpcsRecord[]>;
  hcpcsLayout?: From<HcpcsRecordLayout>;
  hcpcsProcNotes?: From<ProcessingNote[]>;
  pfsCodes?: From<{ code: string; modifier: string; isCpt: boolean; statusCode: string; line: number }[]>;
  cptLicensed?: From<CptDescriptor[]>;
  pfsRvu?: From<PfsRvuParsed>;
  pfsGpci?: From<GpciParsed>;
  pfsAnes?: From<AnesthesiaCfParsed>;
  pfsLocco?: From<LocalityCountyParsed>;
  ncciAoc?: From<AddOnEdit[]>;
  ncciMue: Partial<Record<MueServiceType, From<MueRow[]>>>;
  /** the xlsx form of an MUE table whose CSV is also present: cross-checked */
  ncciMueXlsx: Partial<Record<MueServiceType, From<MueRow[]>>>;
  ncciPtp: Partial<Record<PtpSetting, From<PtpEdit[]>>>;
  gems: From<ParsedGem>[];
  mce?: From<MceDefinitions>;
  labNcd?: From<LabNcdSheet>;
  rbcs?: From<RbcsParsed>;
}

export type CompiledLayers = Partial<{ [K in LayerKind]: LayerPayloads[K] }>;

export interface Verification {
  check: string;
  ok: boolean;
  detail: string;
}

export interface CompiledRelease {
  layers: CompiledLayers;
  counts: Record<string, number>;
  verifications: Verification[];
}
