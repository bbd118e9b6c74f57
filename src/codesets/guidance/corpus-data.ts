// The guidance corpus as the import stores it beside the catalog build: every edition read, the passages of all of
// them, which document kinds are missing, and which passages a newer edition supersedes. Older editions are kept
// (an answer may be asked for an edition), but searches read the newest text of each section.
import {
  GUIDANCE_DOCUMENT_KINDS,
  type GuidanceDocument,
  type GuidanceDocumentKind,
  type GuidanceIssue,
  type GuidancePassage,
  type ParsedGuidanceDocument,
} from './types.js';

/** Bump when the meaning of a field changes: a corpus of another format is refused at load (re-import). */
export const GUIDANCE_CORPUS_FORMAT = 1;
export const GUIDANCE_CORPUS_FILE = 'guidance-corpus.json';

export interface GuidanceCorpusData {
  format: typeof GUIDANCE_CORPUS_FORMAT;
  documents: GuidanceDocument[];
  /** the kinds of document of which no edition was found: said plainly wherever the corpus answers */
  missing: { kind: GuidanceDocumentKind; title: string }[];
  passages: GuidancePassage[];
  issues: GuidanceIssue[];
}

/**
 * The unit a newer edition replaces: a whole section of the NCCI manual ("Chapter I, Section E", paragraphs
 * included), else the first two levels of a guideline path ("I.C").
 */
function unitOf(passage: GuidancePassage): string {
  const ncci = /^(Chapter [IVXL]+, Section [A-Z]+)/.exec(passage.section);
  if (ncci) return ncci[1] as string;
  return passage.section.split('.').slice(0, 2).join('.');
}

/** Newest first; at one date a complete edition before an excerpt. */
function newestFirst(a: GuidanceDocument, b: GuidanceDocument): number {
  if (a.editionDate !== b.editionDate) return a.editionDate < b.editionDate ? 1 : -1;
  return a.coverage === b.coverage ? a.id.localeCompare(b.id) : a.coverage === 'complete' ? -1 : 1;
}

/**
 * Marks what newer editions supersede. A complete edition supersedes every older edition of its kind. An excerpt
 * supersedes, in older editions, the sections it holds in full: all but its last (which may be cut off where the
 * excerpt ends).
 */
function markSuperseded(documents: GuidanceDocument[], passages: GuidancePassage[]): void {
  const byDocument = new Map<string, GuidancePassage[]>();
  for (const p of passages) {
    const list = byDocument.get(p.documentId);
    if (list) list.push(p);
    else byDocument.set(p.documentId, [p]);
  }
  for (const { kind } of GUIDANCE_DOCUMENT_KINDS) {
    const editions = documents.filter((d) => d.kind === kind).sort(newestFirst);
    let everythingBy: string | undefined;
    const unitsBy = new Map<string, string>();
    for (const doc of editions) {
      const own = byDocument.get(doc.id) ?? [];
      for (const p of own) {
        const by = everythingBy ?? unitsBy.get(unitOf(p));
        if (by) p.supersededBy = by;
      }
      if (everythingBy) continue;
      if (doc.coverage === 'complete') {
        everythingBy = doc.id;
        continue;
      }
      const units = [...new Set(own.map(unitOf))];
      for (const unit of units.slice(0, -1)) if (!unitsBy.has(unit)) unitsBy.set(unit, doc.id);
    }
  }
}

/**
 * The corpus from the documents read. Two files of the same edition (the same id) are one too many: the first
 * is kept and the second reported.
 */
export function buildGuidanceCorpus(parsed: readonly ParsedGuidanceDocument[]): GuidanceCorpusData {
  const documents: GuidanceDocument[] = [];
  const passages: GuidancePassage[] = [];
  const issues: GuidanceIssue[] = [];
  for (const p of parsed) {
    const twin = documents.find((d) => d.id === p.document.id);
    if (twin) {
      issues.push({
        file: p.document.file,
        page: 1,
        message: `the same edition as ${twin.file} (${p.document.title}, ${p.document.edition}); left out`,
      });
      continue;
    }
    documents.push(p.document);
    passages.push(...p.passages.map((x) => ({ ...x })));
    issues.push(...p.issues);
  }
  markSuperseded(documents, passages);
  const missing = GUIDANCE_DOCUMENT_KINDS.filter((k) => !documents.some((d) => d.kind === k.kind)).map((k) => ({
    kind: k.kind,
    title: k.title,
  }));
  return { format: GUIDANCE_CORPUS_FORMAT, documents, missing, passages, issues };
}
