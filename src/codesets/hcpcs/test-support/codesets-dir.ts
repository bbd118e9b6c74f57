// Test support: where the official CMS code-set files are (the staged data folder described in its MANIFEST.md).
// Integration tests skip, saying why, when the folder or a file is absent.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const codesetsDir = process.env.CODESETS_DIR ?? path.resolve(projectRoot, '../shared/data');

/** Absolute path of a file under the code-set folder. */
export function codesetFile(relative: string): string {
  return path.join(codesetsDir, relative);
}

/** For node:test's `skip` option: false when every file exists, else the reason the test cannot run. */
export function skipUnlessPresent(...relatives: string[]): false | string {
  const missing = relatives.filter((r) => !existsSync(codesetFile(r)));
  return missing.length === 0 ? false : `official files absent from ${codesetsDir}: ${missing.join(', ')}`;
}
