// One guidance PDF → its document (kind, edition, coverage) and passages. The kind and edition come from the
// document's text; the parsers of each kind cut it into sections.
import { createHash } from 'node:crypto';
import { guidelinesEdition, manualEdition, recogniseDocument } from './edition.js';
import { parseGuidelineSections } from './icd10cm-guidelines.js';
import { parseManualSections } from './ncci-policy-manual.js';
import { readPdfPages } from './pdf-text.js';
import { stripRunningLines } from './running-lines.js';
import type { CollectedSection } from './section-collector.js';
import {
  GUIDANCE_DOCUMENT_KINDS,
  type GuidanceDocument,
  type GuidanceDocumentKind,
  type GuidancePassage,
  type ParsedGuidanceDocument,
} from './types.js';

/**
 * Whether a file of the code-set folder is offered to the guidance reader, by where it is: a PDF under a folder
 * named like the published documents ("guidance/icd10cm-guidelines-fy2027/…", "ncci/policy-manual-2026/…").
 * The text then decides what it is.
 */
export function isGuidanceCandidate(displayPath: string): boolean {
  if (!/\.pdf$/i.test(displayPath)) return false;
  const folders = displayPath.split('/').slice(0, -1).join('/').toLowerCase();
  return /(?:^|\/)(?:icd-?10-?cm-guidelines[^/]*|policy-manual[^/]*)$/.test(folders);
}

export type GuidancePdfResult = { read: ParsedGuidanceDocument } | { skipped: string };

function titleOf(kind: GuidanceDocumentKind): string {
  return GUIDANCE_DOCUMENT_KINDS.find((k) => k.kind === kind)?.title ?? kind;
}

/** Reads one PDF; `skipped` says why it is not a guidance document this reader knows. Throws when not a PDF. */
export async function readGuidancePdf(bytes: Uint8Array, displayPath: string): Promise<GuidancePdfResult> {
  const pages = stripRunningLines(await readPdfPages(bytes));
  const kind = recogniseDocument(pages);
  if (!kind) return { skipped: 'a PDF that is neither the ICD-10-CM Official Guidelines nor the NCCI Policy Manual' };
  const edition =
    kind === 'icd10cm-guidelines' ? guidelinesEdition(pages, displayPath) : manualEdition(pages, displayPath);
  if (!edition) return { skipped: `${titleOf(kind)}, but no edition could be read from its text or its path` };

  let sections: CollectedSection[];
  let coverage: GuidanceDocument['coverage'] = 'complete';
  let scope: string | undefined;
  const issues = [];
  if (kind === 'icd10cm-guidelines') {
    const r = parseGuidelineSections(pages, displayPath);
    sections = r.sections;
    issues.push(...r.issues);
  } else {
    const r = parseManualSections(pages, displayPath);
    sections = r.sections;
    issues.push(...r.issues);
    if (r.excerpt) {
      coverage = 'excerpt';
      const chapters = r.chapters.map((c) => (c === 'Introduction' ? c : `Chapter ${c}`)).join(', ');
      scope = `${chapters}, pages ${r.firstPageLabel} to ${r.lastPageLabel}`;
    }
  }
  const slug = edition.edition.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const document: GuidanceDocument = {
    id: `${kind}-${slug}${coverage === 'excerpt' ? '-excerpt' : ''}`,
    kind,
    title: titleOf(kind),
    edition: edition.edition,
    editionDate: edition.date,
    editionSource: edition.source,
    coverage,
    ...(scope ? { scope } : {}),
    file: displayPath,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages: pages.length,
    passages: sections.length,
  };
  return { read: { document, passages: toPassages(document, sections), issues } };
}

function toPassages(document: GuidanceDocument, sections: readonly CollectedSection[]): GuidancePassage[] {
  const headings = new Map(sections.map((s) => [s.section, s.heading]));
  return sections.map((s) => ({
    documentId: document.id,
    document: document.kind,
    documentTitle: document.title,
    edition: document.edition,
    section: s.section,
    heading: s.heading,
    parents: s.parentSections.map((p) => ({ section: p, heading: headings.get(p) ?? '' })),
    page: s.page,
    endPage: s.endPage,
    pageLabel: s.pageLabel,
    endPageLabel: s.endPageLabel,
    text: s.text,
  }));
}
