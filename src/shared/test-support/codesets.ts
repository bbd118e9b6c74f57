// Test support shared by every folder: where the staged official code-set files are (CODESETS_DIR, else
// ../shared/data beside the project; never written to), skip reasons for node:test when they are absent,
// a lazy loader so each big file is read and parsed once per test file, and throw-away folders.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../config.js';

export { projectRoot };

/** The folder of staged official files, whether or not this machine has it. */
export const codesetsDir: string = process.env.CODESETS_DIR ?? path.resolve(projectRoot, '../shared/data');

/** Whether the folder of staged official files exists on this machine. */
export const hasCodesets: boolean = existsSync(codesetsDir);

/** Absolute path of a file under the code-set folder. */
export function codesetPath(relative: string): string {
  return path.join(codesetsDir, relative);
}

/**
 * For node:test's `skip` option: false when every file is there, else the reason the test cannot run.
 * With no files named, asks for the folder itself.
 */
export function skipUnlessCodesets(...relatives: string[]): false | string {
  if (relatives.length === 0) {
    return hasCodesets ? false : `no official files at ${codesetsDir}; set CODESETS_DIR to run`;
  }
  const missing = relatives.filter((r) => !existsSync(codesetPath(r)));
  if (missing.length === 0) return false;
  return `official files not found under ${codesetsDir} (${missing.join(', ')}); set CODESETS_DIR to run`;
}

export interface Loaded<T> {
  value: T;
  /** parse time alone, file reading excluded */
  parseMs: number;
}

/** Reads a staged file on first use (UTF-8, or Latin-1 when asked), parses it once, then hands back the same result. */
export function lazyParse<T>(
  relative: string,
  parse: (text: string, file: string) => T,
  encoding: 'utf8' | 'latin1' = 'utf8',
  /** where the file is: the staged folder, or another folder of files of the same names (the excerpts) */
  locate: (relative: string) => string = codesetPath,
): () => Loaded<T> {
  let loaded: Loaded<T> | undefined;
  return () => {
    if (!loaded) {
      const file = locate(relative);
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

export interface TempDir {
  path: string;
  /** deletes the folder and everything in it */
  remove(): void;
}

/** A new empty folder under the system temp folder. */
export function tempDir(prefix = 'codedesk-test-'): TempDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
