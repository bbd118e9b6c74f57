export {
  type BrowseEntry,
  type BrowseResult,
  browseCodes,
  type CmTree,
  cmCategoriesInRange,
  cmTree,
  type HcpcsGroup,
  hcpcsGroupsOf,
} from './browse.js';
export { type HcpcsModifierEntry, type HcpcsModifierList, listHcpcsModifiers } from './browse-hcpcs.js';
export {
  Catalog,
  type CatalogOptions,
  type CodeEntry,
  type CodeIndex,
  codeKey,
  type ReleasePick,
} from './catalog.js';
export { assertAsRecorded, type CheckDepth } from './checksum.js';
export { type CloseCode, closeCodes } from './close-codes.js';
export { type AddendaEntry, type CodeHistoryEntry, codeHistory } from './code-history.js';
export { type CodeClassification, type DescribeOptions, describeCode } from './describe.js';
export {
  type CodeDeleted,
  type CodeFinding,
  type CodeFound,
  type CodeNotYetValid,
  type CodeUnknown,
  type FindCodeQuery,
  findCode,
  isBillable,
} from './find-code.js';
export {
  type CodeListOnDate,
  codeListsOnDate,
  isoDay,
  LOAD_NEWER_FILES,
  type ReleaseGap,
  releaseGaps,
  type SystemInForce,
  systemInForce,
} from './in-force.js';
export { candidateSystems, lookupCode, lookupCodeSummary } from './lookup.js';
export {
  type BlockItemRef,
  type BlockKind,
  type BlockLookup,
  type BlockQuery,
  isBlockLookup,
  isBlockRange,
  lookupCmBlock,
} from './lookup-block.js';
export { cmReplacements } from './lookup-cm.js';
export { type DatedLookup, lookupOnDate } from './lookup-dated.js';
export {
  type CodeLookup,
  type CodeRef,
  type CodeSummary,
  type HcpcsFullRecord,
  type HcpcsRecordField,
  type HcpcsRecordValue,
  type LookupQuery,
  type LookupWarning,
  type ReleaseRef,
  releaseRef,
} from './lookup-types.js';
export { medicareCodeSystem } from './medicare/aoc-index.js';
export type { CodeFileDates, FileDate } from './medicare/code-dates.js';
export { type CodeMedicare, codeMedicare } from './medicare/code-medicare.js';
export {
  CROSSWALK_KINDS,
  CROSSWALK_SYSTEMS,
  type CrosswalkQuery,
  type CrosswalkResult,
  crosswalk,
  unsupportedDirection,
  unsupportedKind,
} from './medicare/crosswalk.js';
export { computeFee, type FeeQuery, type FeeResult } from './medicare/fee.js';
export { type IcdMedicare, icdMedicare } from './medicare/icd-medicare.js';
export {
  findLocality,
  type LocalityInfo,
  type LocalityList,
  type LocalityQuery,
  listLocalities,
  selectLocalities,
} from './medicare/localities.js';
export {
  type LocalityChoice,
  type LocalityPayment,
  localityChoices,
  localityPayment,
} from './medicare/locality-payment.js';
export type {
  CatalogManifest,
  CmTabularLayer,
  CodesLayer,
  FileChecksum,
  HcpcsRecordsLayer,
  ImportReport,
  IndexLayer,
  LabNcdLayer,
  LayerKind,
  LayerPayloads,
  MceLayer,
  NcciAocLayer,
  NcciMueLayer,
  NcciPtpLayer,
  PfsRvuLayer,
  ReleaseInfo,
  TabularDiag,
} from './model.js';
export {
  browseRbcs,
  RBCS_NO_FAMILY,
  type RbcsBrowse,
  type RbcsClassification,
  type RbcsCodeEntry,
  type RbcsNode,
  type RbcsRelease,
  rbcsClassification,
} from './rbcs.js';
export {
  CODE_SYSTEMS,
  type CodeSystem,
  isCodeSystem,
  isValidIsoDate,
  SOURCE_NAMES,
  type SourceId,
  SYSTEM_HEADINGS,
  SYSTEM_NAMES,
  unknownSystemError,
} from './releases.js';
export { lowerBound } from './sorted-keys.js';
export { catalogRoot, currentBuildDir } from './store.js';
export { assertCatalogIntact, type IntegrityProblem, type IntegrityReport, verifyCatalog } from './verify-catalog.js';
