// Shared by the tests of this folder: where the hand-made fixtures and the staged official files are, and a
// lazy loader so each big file is read and parsed once per test file however many tests look at it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../..');

export const dataDir = process.env.CODESETS_DIR ?? path.resolve(projectRoot, '../shared/data');

export function readFixture(name: string): string {
  return readFileSync(path.join(here, 'fixtures', name), 'utf8');
}

export function dataPath(relative: string): string {
  return path.join(dataDir, relative);
}

/** For node:test's `skip` option: false when every file is there, else the reason the test cannot run. */
export function skipUnlessData(...relatives: string[]): string | false {
  const absent = relatives.filter((r) => !existsSync(dataPath(r)));
  if (absent.length === 0) return false;
  return `official files not found under ${dataDir} (${absent.join(', ')}); set CODESETS_DIR to run`;
}

export interface Loaded<T> {
  value: T;
  /** parse time alone, file reading excluded */
  parseMs: number;
}

/** Reads and parses a staged file on first use, then hands back the same result. */
export function lazyParse<T>(relative: string, parse: (text: string, file: string) => T): () => Loaded<T> {
  let loaded: Loaded<T> | undefined;
  return () => {
    if (!loaded) {
      const file = dataPath(relative);
      const text = readFileSync(file, 'utf8');
      const start = performance.now();
      const value = parse(text, path.basename(file));
      loaded = { value, parseMs: Math.round(performance.now() - start) };
    }
    return loaded;
  };
}
