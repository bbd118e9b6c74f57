// The catalog of the excerpts of the official files (src/catalog/fixtures/excerpts, see
// src/shared/test-support/excerpts.ts): imported once per test process into a temp folder that is removed when the
// process exits, for the tests of Claim Check, the Medicare joins and the web where the official files are absent.
import path from 'node:path';
import { tempDir } from '../../shared/test-support/codesets.js';
import { writeExcerptCodesets } from '../../shared/test-support/excerpts.js';
import { importCatalog } from '../import/import-catalog.js';

let imported: Promise<string> | undefined;

/** The data folder of the excerpt catalog. Read-only for callers: open databases elsewhere. */
export function excerptCatalogDir(): Promise<string> {
  imported ??= (async () => {
    const dir = tempDir('codedesk-excerpts-');
    process.once('exit', () => dir.remove());
    const codesets = path.join(dir.path, 'codesets');
    const data = path.join(dir.path, 'data');
    await writeExcerptCodesets(codesets);
    await importCatalog({ from: codesets, dataDir: data });
    return data;
  })();
  return imported;
}
