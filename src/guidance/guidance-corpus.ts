// The guidance corpus a process serves from: the passages the import stored beside the catalog build, checked
// against the checksum the import recorded, with the search index built once at load (about 0.1 s; nothing is
// parsed per question). A catalog imported before guidance was read, or without any guidance document, loads as a
// corpus that says which documents it lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertAsRecorded, type Catalog } from '../catalog/index.js';
import {
  GUIDANCE_CORPUS_FORMAT,
  GUIDANCE_DOCUMENT_KINDS,
  type GuidanceCorpusData,
  type GuidanceDocument,
  type GuidanceDocumentKind,
  type GuidancePassage,
} from '../codesets/guidance/index.js';
import { AppError } from '../shared/index.js';
import { GuidanceIndex } from './guidance-index.js';

export class GuidanceCorpus {
  readonly documents: readonly GuidanceDocument[];
  readonly missing: readonly { kind: GuidanceDocumentKind; title: string }[];
  readonly passages: readonly GuidancePassage[];
  readonly index: GuidanceIndex;
  /** a note for every answer when the corpus itself is incomplete (an old build, no documents at all) */
  readonly notice: string | undefined;
  private readonly bySection = new Map<string, number[]>();
  /**
   * For each passage, the first passage of the same document with the same text, or -1. The NCCI manual repeats
   * its general policy paragraphs in every chapter: one of them answers, the others are named beside it.
   */
  readonly duplicateOf: Int32Array;
  private readonly masks = new Map<string, Uint8Array>();

  constructor(data: Pick<GuidanceCorpusData, 'documents' | 'missing' | 'passages'>, notice?: string) {
    this.documents = data.documents;
    this.missing = data.missing;
    this.passages = data.passages;
    this.notice = notice;
    this.index = new GuidanceIndex(data.passages, (p) => p.text !== '');
    this.duplicateOf = new Int32Array(data.passages.length).fill(-1);
    const firstWithText = new Map<string, number>();
    data.passages.forEach((p, i) => {
      const words = p.text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
      if (words.length < 40) return;
      const key = `${p.documentId}|${words}`;
      const first = firstWithText.get(key);
      if (first === undefined) firstWithText.set(key, i);
      else this.duplicateOf[i] = first;
    });
    data.passages.forEach((p, i) => {
      const key = p.section.toLowerCase();
      const list = this.bySection.get(key);
      if (list) list.push(i);
      else this.bySection.set(key, [i]);
    });
  }

  /** The corpus stored with the catalog in force. Throws CATALOG_CHECKSUM_MISMATCH / CATALOG_CORRUPT when damaged. */
  static open(catalog: Catalog): GuidanceCorpus {
    const summary = catalog.manifest.guidance;
    if (!summary) {
      return new GuidanceCorpus(
        { documents: [], missing: allMissing(), passages: [] },
        'This catalog was imported before guideline and policy documents were read: run "codedesk import" again to add them',
      );
    }
    const path = join(catalog.buildDir, summary.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new AppError('CATALOG_CORRUPT', { path, why: e instanceof Error ? e.message : String(e) });
    }
    const recorded = catalog.checksum(summary.file);
    if (recorded) assertAsRecorded(path, bytes, recorded, 'sha256');
    let data: GuidanceCorpusData;
    try {
      data = JSON.parse(bytes.toString('utf8')) as GuidanceCorpusData;
    } catch (e) {
      throw new AppError('CATALOG_CORRUPT', { path, why: e instanceof Error ? e.message : String(e) });
    }
    if (data.format !== GUIDANCE_CORPUS_FORMAT || !Array.isArray(data.passages)) {
      throw new AppError('CATALOG_CORRUPT', {
        path,
        why: `guidance corpus format ${String(data.format)} is not ${GUIDANCE_CORPUS_FORMAT}`,
      });
    }
    return new GuidanceCorpus(data);
  }

  /** One flag per passage, built once per `key` with `include` and kept. */
  mask(key: string, include: (p: GuidancePassage, i: number) => boolean): Uint8Array {
    let mask = this.masks.get(key);
    if (!mask) {
      mask = Uint8Array.from(this.passages, (p, i) => (include(p, i) ? 1 : 0));
      this.masks.set(key, mask);
    }
    return mask;
  }

  /** The passages keyed by a section (every edition that has it), in corpus order. */
  passagesAt(section: string): GuidancePassage[] {
    return (this.bySection.get(section.toLowerCase()) ?? []).map((i) => this.passages[i] as GuidancePassage);
  }

  /** The newest edition of a document kind that the corpus holds in full, else its newest excerpt. */
  newestEdition(kind: GuidanceDocumentKind): GuidanceDocument | undefined {
    const rank = (d: GuidanceDocument) => `${d.editionDate}|${d.coverage === 'complete' ? 1 : 0}`;
    return this.documents
      .filter((d) => d.kind === kind)
      .reduce<GuidanceDocument | undefined>((best, d) => (!best || rank(d) > rank(best) ? d : best), undefined);
  }
}

function allMissing(): { kind: GuidanceDocumentKind; title: string }[] {
  return GUIDANCE_DOCUMENT_KINDS.map((k) => ({ kind: k.kind, title: k.title }));
}
