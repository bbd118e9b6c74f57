// The guidance corpus: official guideline and policy documents cut into passages by their own section numbers, so
// that an answer can quote a passage and cite document, edition, section and page as a coder would.

/** The kinds of document read; one entry per family of editions. */
export type GuidanceDocumentKind = 'icd10cm-guidelines' | 'ncci-policy-manual';

export const GUIDANCE_DOCUMENT_KINDS: readonly { kind: GuidanceDocumentKind; title: string; publisher: string }[] = [
  {
    kind: 'icd10cm-guidelines',
    title: 'ICD-10-CM Official Guidelines for Coding and Reporting',
    publisher: 'CMS and NCHS',
  },
  { kind: 'ncci-policy-manual', title: 'NCCI Policy Manual for Medicare Services', publisher: 'CMS' },
];

/** One edition of one document, as read at import. */
export interface GuidanceDocument {
  /** "icd10cm-guidelines-fy2026", "ncci-policy-manual-2026-excerpt" */
  id: string;
  kind: GuidanceDocumentKind;
  title: string;
  /** as cited: "FY 2026", "2025" */
  edition: string;
  /** what orders editions, newest last: the date the edition takes effect or was revised (ISO) */
  editionDate: string;
  /** the revision or effective-date line the edition was read from ("FY 2026 -- UPDATED October 1, 2025") */
  editionSource: string;
  /** an excerpt holds only part of the document (named in `scope`) */
  coverage: 'complete' | 'excerpt';
  /** what an excerpt covers ("Chapter I, pages I-14 to I-20") */
  scope?: string;
  /** path under the code-set folder */
  file: string;
  sha256: string;
  pages: number;
  passages: number;
}

export interface GuidancePassage {
  /** the GuidanceDocument.id the passage comes from */
  documentId: string;
  document: GuidanceDocumentKind;
  documentTitle: string;
  edition: string;
  /** the section as coders cite it: "I.C.9.a.3", "IV.H", "Appendix I", "Chapter I, Section E", "Chapter I, Section E.d" */
  section: string;
  /** the section's own heading ("Sepsis or severe sepsis with a localized infection"); may be empty */
  heading: string;
  /** the enclosing sections, outermost first ("I.C.1 Chapter 1: Certain Infectious and Parasitic Diseases ...") */
  parents: { section: string; heading: string }[];
  /** 1-based page of the file where the section starts, and where it ends */
  page: number;
  endPage: number;
  /** the page numbers as printed ("23", "I-14"), for citations */
  pageLabel: string;
  endPageLabel: string;
  /** the section's own text, without its subsections; paragraphs separated by "\n" */
  text: string;
  /**
   * Set when a newer edition of the same document carries this section in full: the id of that edition. Searches
   * leave superseded passages out unless asked for an edition.
   */
  supersededBy?: string;
}

export interface GuidanceIssue {
  file: string;
  page: number;
  message: string;
}

/** What one PDF gave: its document and passages, or why it was not read. */
export interface ParsedGuidanceDocument {
  document: GuidanceDocument;
  passages: GuidancePassage[];
  issues: GuidanceIssue[];
}
