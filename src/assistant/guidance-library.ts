// What the assistant needs from the official guideline and policy documents: ranked passages for a question, each
// with the document, edition, section and page to cite. The library itself is built at import from the PDFs in the
// code-set folder; the assistant only reads it, and says so plainly when it is not loaded.

export interface GuidancePassage {
  /** document id, e.g. "icd10cm-guidelines", "ncci-policy-manual" */
  document: string;
  /** the document's title as published */
  title: string;
  /** "FY 2026", "2025" */
  edition: string;
  /** as coders cite it: "I.C.9.a.3", "Chapter I, Section E" */
  section: string;
  heading: string;
  page: number;
  text: string;
}

export type GuidanceKind = 'guidelines' | 'ncci-policy';

export interface GuidanceLibrary {
  /** the documents loaded, for "what the corpus covers" */
  documents(): readonly { id: string; title: string; edition: string; kind: GuidanceKind }[];
  /** passages ranked for a question, best first */
  search(
    query: string,
    options?: { kind?: GuidanceKind; limit?: number },
  ): { passage: GuidancePassage; score: number }[];
}
