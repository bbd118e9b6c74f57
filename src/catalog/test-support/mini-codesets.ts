import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../config.js';
import { type TempDir, tempDir } from '../../shared/test-support/codesets.js';

/** The hand-made miniature code-set folder the catalog and CLI tests import from. */
export const miniCodesets = resolve(projectRoot, 'src/catalog/fixtures/mini');

/** A few rows of the 2018 diagnosis GEMs over the miniature code set's codes (not in it: tests of a catalog without GEMs read it). */
export const miniGems = resolve(projectRoot, 'src/catalog/fixtures/mini-gems');

/** The miniature code sets and the GEM rows in one temporary folder, for tests of every operation; remove() after. */
export function miniCodesetsWithGems(): TempDir {
  const dir = tempDir('codedesk-codesets-');
  cpSync(miniCodesets, dir.path, { recursive: true });
  cpSync(miniGems, dir.path, { recursive: true });
  return dir;
}
