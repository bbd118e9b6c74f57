export { Catalog, type CodeIndex, codeKey, type ReleasePick } from './catalog.js';
export {
  type CodeLookup,
  type CodeRef,
  type CodeSummary,
  candidateSystems,
  type LookupQuery,
  type LookupWarning,
  lookupCode,
  lookupCodeSummary,
  type ReleaseRef,
} from './lookup.js';
export type { CatalogManifest, ImportReport, ReleaseInfo } from './model.js';
export { CODE_SYSTEMS, type CodeSystem, isCodeSystem, SYSTEM_NAMES } from './releases.js';
export { catalogRoot, currentBuildDir } from './store.js';
