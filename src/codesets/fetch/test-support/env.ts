// Where the staged official files are (never written to), and throw-away folders for test output.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The staged data folder, or undefined when this machine has none (tests that need it skip). */
export const dataDir: string | undefined = (() => {
  const dir = process.env.CODESETS_DIR ?? resolve(projectRoot, '../shared/data');
  return existsSync(join(dir, 'MANIFEST.md')) ? dir : undefined;
})();

export const skipWithoutData: false | string = dataDir ? false : 'no staged code-set files (set CODESETS_DIR)';

export async function tempDir(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'codedesk-fetch-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
