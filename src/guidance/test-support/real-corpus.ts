// The guidance corpus read from the official PDFs under the code-set folder, as the import reads them, for tests,
// the evaluation and the benchmark. Reading the three PDFs takes several seconds, so the corpus is kept in the
// temp folder, keyed by the files' names, sizes and modification times and by the reader's own source files (a
// changed parser reads again), and read from there next time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  buildGuidanceCorpus,
  type GuidanceCorpusData,
  isGuidanceCandidate,
  type ParsedGuidanceDocument,
  readGuidancePdf,
} from '../../codesets/guidance/index.js';
import { codesetsDir, projectRoot } from '../../shared/test-support/codesets.js';
import { GuidanceCorpus } from '../guidance-corpus.js';

function guidancePdfs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (isGuidanceCandidate(relative(root, p).split(sep).join('/'))) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** The corpus data of the guidance PDFs under `root` (the code-set folder by default). */
export async function realGuidanceData(root: string = codesetsDir): Promise<GuidanceCorpusData> {
  const files = guidancePdfs(root);
  const readerDir = join(projectRoot, 'src', 'codesets', 'guidance');
  const reader = readdirSync(readerDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(readerDir, f), 'utf8'));
  const key = createHash('sha256')
    .update(files.map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join('\n'))
    .update(reader.join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cache = join(tmpdir(), `codedesk-guidance-corpus-${key}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as GuidanceCorpusData;
  const parsed: ParsedGuidanceDocument[] = [];
  for (const f of files) {
    const r = await readGuidancePdf(readFileSync(f), relative(root, f).split(sep).join('/'));
    if ('read' in r) parsed.push(r.read);
  }
  const data = buildGuidanceCorpus(parsed);
  writeFileSync(cache, JSON.stringify(data));
  return data;
}

export async function realGuidanceCorpus(root?: string): Promise<GuidanceCorpus> {
  return new GuidanceCorpus(await realGuidanceData(root));
}
