// The full catalog built from the official files (../shared/data), shared by every test file that needs it:
// an import takes about 35 s, and several test files read the same build. It goes into a cache folder under
// the system temp folder whose name hashes the official files (paths, sizes, mtimes) and the import code
// (src/codesets, src/catalog, src/shared; tests excluded), so a change to either builds afresh. Test files run in parallel processes, so the
// first one builds under a lock folder (mkdir is atomic) and the others wait for its "complete" marker.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { codesetsDir, projectRoot } from '../../shared/test-support/codesets.js';
import { importCatalog } from '../import/import-catalog.js';

const PREFIX = 'codedesk-real-catalog-';
const COMPLETE = 'complete';
/** a lock older than this is from a test process that died mid-build */
const STALE_LOCK_MS = 10 * 60_000;

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function cacheKey(from: string): string {
  const hash = createHash('sha256');
  for (const file of walk(from, [])) {
    const s = statSync(file);
    hash.update(`${path.relative(from, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  const src = path.join(projectRoot, 'src');
  const importCode = ['codesets', 'catalog', 'shared'].flatMap((folder) => walk(path.join(src, folder), []));
  for (const file of importCode) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.includes(`${path.sep}test-support${path.sep}`))
      continue;
    hash.update(path.relative(src, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes finished caches of other keys (older sources or code), so the temp folder does not fill up. */
function removeOtherCaches(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX) || name.startsWith(keep)) continue;
    const dir = path.join(tmpdir(), name);
    if (existsSync(path.join(dir, COMPLETE))) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The data folder of the full catalog built from `from` (default: the official files), without a prebuilt
 * search index (SearchIndex.open builds one in memory). Read-only for callers: open databases elsewhere.
 */
export async function realCatalogDir(from: string = codesetsDir): Promise<string> {
  const key = cacheKey(from);
  const dir = path.join(tmpdir(), `${PREFIX}${key}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(path.join(dir, COMPLETE))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(path.join(dir, COMPLETE))) return dir;
      rmSync(dir, { recursive: true, force: true });
      removeOtherCaches(`${PREFIX}${key}`);
      await importCatalog({ from, dataDir: dir });
      writeFileSync(path.join(dir, COMPLETE), new Date().toISOString());
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
