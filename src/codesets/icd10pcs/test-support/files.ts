// Shared by the tests of this folder: where the hand-made fixtures and the staged official files are, and a
// lazy loader so each big file is read and parsed once per test file however many tests look at it.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../../..');

export const dataDir = process.env.CODESETS_DIR ?? path.resolve(projectRoot, '../shared/data');

export function readFixture(name: string): string {
  return readFileSync(path.join(here, '../fixtures', name), 'utf8');
}

/** For node:test's `skip` option: false when every staged file is there, else why the test cannot run. */
export function skipUnlessData(...relatives: string[]): string | false {
  const absent = relatives.filter((r) => !existsSync(path.join(dataDir, r)));
  if (absent.length === 0) return false;
  return `official ICD-10-PCS files not found under ${dataDir} (${absent.join(', ')}); set CODESETS_DIR to run`;
}

export interface Loaded<T> {
  value: T;
  /** parse time alone, file reading excluded */
  parseMs: number;
}

/** Reads a staged file on first use (UTF-8, or Latin-1 when asked) and parses it once. */
export function lazyParse<T>(
  relative: string,
  parse: (text: string, file: string) => T,
  encoding: 'utf8' | 'latin1' = 'utf8',
): () => Loaded<T> {
  let loaded: Loaded<T> | undefined;
  return () => {
    if (!loaded) {
      const file = path.join(dataDir, relative);
      const text = readFileSync(file, encoding);
      const start = performance.now();
      const value = parse(text, path.basename(file));
      loaded = { value, parseMs: Math.round(performance.now() - start) };
    }
    return loaded;
  };
}

/** Milliseconds taken by f, for the timing notes the integration tests print. */
export function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: Math.round(performance.now() - start) };
}
