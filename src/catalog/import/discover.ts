// Walks a code-set folder and lists every file in it, including the members of zip archives, so the
// importer reads official files exactly as published: extracted or still zipped.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { listZip, readZipMember } from '../../codesets/archive/index.js';
import { AppError } from '../../shared/index.js';

export interface SourceFile {
  /** path shown to users: relative to the code-set folder; zip members as "archive.zip!/member" */
  displayPath: string;
  /** file name without folders */
  name: string;
  /** the innermost folder name (a release hint such as "2026-01"), for zip members the archive's folder */
  folder: string;
  size: number;
  read(): Promise<Buffer>;
}

export interface DiscoveredFiles {
  files: SourceFile[];
  /** archives that could not be opened: reported, never silently ignored */
  problems: { file: string; message: string }[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

export async function discoverFiles(root: string): Promise<DiscoveredFiles> {
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) throw new AppError('IMPORT_SOURCE_MISSING', { dir: root });
  const paths: string[] = [];
  await walk(root, paths);
  paths.sort();
  const files: SourceFile[] = [];
  const problems: DiscoveredFiles['problems'] = [];
  for (const p of paths) {
    const rel = relative(root, p).split(sep).join('/');
    const folder = basename(dirname(p));
    if (p.toLowerCase().endsWith('.zip')) {
      try {
        const members = await listZip(p);
        for (const m of members) {
          const memberName = basename(m.name);
          if (memberName.startsWith('.') || m.name.startsWith('__MACOSX/')) continue;
          files.push({
            displayPath: `${rel}!/${m.name}`,
            name: memberName,
            folder,
            size: m.size,
            read: () => readZipMember(p, m.name),
          });
        }
      } catch (e) {
        problems.push({ file: rel, message: e instanceof Error ? e.message : String(e) });
      }
      continue;
    }
    const size = (await stat(p)).size;
    files.push({ displayPath: rel, name: basename(p), folder, size, read: () => readFile(p) });
  }
  return { files, problems };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
