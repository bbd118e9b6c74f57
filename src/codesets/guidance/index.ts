// The official guideline and policy documents (PDF) as passages cited by section: the reader the importer uses.
// pdf.js is loaded only when a PDF is read.
export {
  buildGuidanceCorpus,
  GUIDANCE_CORPUS_FILE,
  GUIDANCE_CORPUS_FORMAT,
  type GuidanceCorpusData,
} from './corpus-data.js';
export { type GuidancePdfResult, isGuidanceCandidate, readGuidancePdf } from './guidance-document.js';
export { type PdfLine, type PdfPage, readPdfPages } from './pdf-text.js';
export { type BodyPage, stripRunningLines } from './running-lines.js';
export {
  GUIDANCE_DOCUMENT_KINDS,
  type GuidanceDocument,
  type GuidanceDocumentKind,
  type GuidanceIssue,
  type GuidancePassage,
  type ParsedGuidanceDocument,
} from './types.js';
