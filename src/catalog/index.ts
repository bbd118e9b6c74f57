export { Catalog, codeKey, type CodeIndex, type ReleasePick } from './catalog.js';
export { importCatalog, type ImportOptions, type ImportProgress, type ImportResult } from './import/import-catalog.js';
export {
  candidateSystems,
  lookupCode,
  type CodeLookup,
  type CodeRef,
  type LookupQuery,
  type LookupWarning,
  type ReleaseRef,
} from './lookup.js';
export type { CatalogManifest, ImportReport, ReleaseInfo } from './model.js';
export { CODE_SYSTEMS, type CodeSystem, isCodeSystem, SYSTEM_NAMES } from './releases.js';
export { catalogRoot, currentBuildDir } from './store.js';
