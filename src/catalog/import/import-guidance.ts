// The guidance documents of an import: the ICD-10-CM Official Guidelines and the NCCI Policy Manual PDFs found in
// the code-set folder are read into passages here, at import, and stored as one file beside the build's layers
// (its checksum recorded in the manifest like theirs), so that serving only loads them. Which documents were
// read, and which kinds are missing, go into the manifest for `codedesk import` and anyone loading the corpus.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildGuidanceCorpus,
  GUIDANCE_CORPUS_FILE,
  type GuidanceCorpusData,
  isGuidanceCandidate,
  type ParsedGuidanceDocument,
  readGuidancePdf,
} from '../../codesets/guidance/index.js';
import { AppError } from '../../shared/index.js';
import type { GuidanceSummary, ImportReport } from '../model.js';
import type { SourceFile } from './discover.js';

const ISSUE_SAMPLES = 5;

export class GuidanceIntake {
  private readonly parsed: ParsedGuidanceDocument[] = [];

  /** Reads the file when it is a guidance PDF; false when it is not this intake's to read. */
  async offer(file: SourceFile, report: ImportReport): Promise<boolean> {
    if (!isGuidanceCandidate(file.displayPath)) return false;
    const bytes = await file.read();
    let result: Awaited<ReturnType<typeof readGuidancePdf>>;
    try {
      result = await readGuidancePdf(bytes, file.displayPath);
    } catch (e) {
      // like any official file that is not what it says it is, a PDF that cannot be opened stops the import
      throw new AppError('CODESET_MALFORMED', {
        file: file.displayPath,
        line: 0,
        why: `not a readable PDF (${e instanceof Error ? e.message : String(e)})`,
      });
    }
    if ('skipped' in result) {
      report.skipped.push({ file: file.displayPath, reason: result.skipped });
      return true;
    }
    this.parsed.push(result.read);
    report.filesRead++;
    return true;
  }

  /** The corpus of every document offered, its issues added to the report. */
  finish(report: ImportReport): GuidanceCorpusData {
    const corpus = buildGuidanceCorpus(this.parsed);
    const byFile = new Map<string, typeof corpus.issues>();
    for (const issue of corpus.issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
    for (const [file, issues] of byFile) {
      report.issues.push({
        file,
        count: issues.length,
        samples: issues.slice(0, ISSUE_SAMPLES).map((i) => ({ line: i.page, field: 'page', message: i.message })),
      });
    }
    return corpus;
  }
}

/** Writes the corpus into the build folder (the manifest's checksums then cover it) and says what it holds. */
export async function writeGuidanceCorpus(buildDir: string, corpus: GuidanceCorpusData): Promise<GuidanceSummary> {
  await writeFile(join(buildDir, GUIDANCE_CORPUS_FILE), JSON.stringify(corpus));
  return {
    file: GUIDANCE_CORPUS_FILE,
    documents: corpus.documents,
    missing: corpus.missing,
    passages: corpus.passages.length,
  };
}
