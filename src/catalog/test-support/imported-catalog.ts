// For a describe block: import a code-set folder into a throw-away data folder before its tests, open the
// catalog, and remove the folder after. Call it inside the describe callback.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { codesetsDir, tempDir } from '../../shared/test-support/codesets.js';
import { Catalog } from '../catalog.js';
import { importCatalog } from '../import/import-catalog.js';
import type { ReleaseInfo } from '../model.js';
import { realCatalogDir } from './real-catalog.js';

export function importedCatalog(from: string): { catalog: () => Catalog; release: (id: string) => ReleaseInfo } {
  const dir = tempDir();
  let catalog: Catalog | undefined;
  before(async () => {
    // the official files are built once for every test file that reads them (see real-catalog.ts)
    if (from === codesetsDir) catalog = Catalog.open(await realCatalogDir(from));
    else {
      await importCatalog({ from, dataDir: dir.path });
      catalog = Catalog.open(dir.path);
    }
  });
  after(() => dir.remove());
  const get = (): Catalog => {
    assert.ok(catalog, 'catalog imported');
    return catalog;
  };
  return {
    catalog: get,
    release: (id) => {
      const r = get().releasesById.get(id);
      assert.ok(r, `release ${id} loaded`);
      return r;
    },
  };
}
