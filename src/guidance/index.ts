// Guideline and policy questions answered from the official documents (ICD-10-CM Official Guidelines, NCCI Policy
// Manual): the corpus the import stored with the catalog, searched in memory, every passage cited by document,
// edition, section and page.
export {
  GUIDANCE_CORPUS_FILE,
  GUIDANCE_DOCUMENT_KINDS,
  type GuidanceDocument,
  type GuidanceDocumentKind,
  type GuidancePassage,
} from '../codesets/guidance/index.js';
export { GuidanceCorpus } from './guidance-corpus.js';
export {
  COVERAGE_THRESHOLD,
  citePassage,
  DEFAULT_GUIDANCE_LIMIT,
  type GuidanceHit,
  type GuidanceSearchOptions,
  type GuidanceSearchResult,
  MAX_GUIDANCE_LIMIT,
  passageBySection,
  passagesUnder,
  searchGuidance,
} from './search-guidance.js';
export { parseSectionRef } from './section-ref.js';
