// The catalog artifact checks itself: import records the sha256 and size of every file it writes in the
// manifest; a layer edited or damaged afterwards (valid JSON or not) is refused with an error naming the file
// and telling the operator to import again, never served. Loading a layer on first use compares its size (free);
// Catalog.warm() and verifyCatalog compare the sha256. A build from before checksums still loads.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isAppError } from '../shared/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { Catalog } from './catalog.js';
import { importCatalog } from './import/import-catalog.js';
import { lookupCode } from './lookup.js';
import { currentBuildDir } from './store.js';
import { miniCodesets } from './test-support/mini-codesets.js';
import { verifyCatalog } from './verify-catalog.js';

const CODES_LAYER = 'layers/icd10cm_2026.codes.json';

function assertChecksumError(f: () => unknown, file: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(isAppError(e), String(e));
    assert.equal(e.code, 'CATALOG_CHECKSUM_MISMATCH');
    assert.ok(e.message.includes(file), e.message);
    assert.match(e.message, /codedesk import/);
    return true;
  });
}

describe('catalog integrity', () => {
  const data = tempDir();
  let buildDir: string;
  let pristine: Buffer;
  let manifestText: string;
  const layerPath = (): string => join(buildDir, CODES_LAYER);
  /** Puts the build back as imported after each change. */
  const restore = (): void => {
    writeFileSync(layerPath(), pristine);
    writeFileSync(join(buildDir, 'manifest.json'), manifestText);
  };

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
    buildDir = currentBuildDir(data.path) as string;
    pristine = readFileSync(layerPath());
    manifestText = readFileSync(join(buildDir, 'manifest.json'), 'utf8');
  });
  after(() => data.remove());

  test('import records the sha256 and size of every layer file in the manifest', () => {
    const catalog = Catalog.open(data.path);
    const checksums = catalog.manifest.checksums ?? {};
    for (const r of catalog.manifest.releases)
      for (const l of r.layers) {
        const entry = Object.entries(checksums).find(
          ([path]) => path.endsWith(`.${l}.json`) && path.startsWith('layers/'),
        );
        assert.ok(entry, `${r.id} ${l}`);
      }
    assert.equal(checksums[CODES_LAYER]?.bytes, pristine.length);
    assert.match(checksums[CODES_LAYER]?.sha256 ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(verifyCatalog(catalog).problems, []);
  });

  test('regression: a one-byte flip in a layer (still valid JSON) was served silently; warm() and verify refuse it', () => {
    try {
      const text = pristine.toString('utf8');
      const at = text.indexOf('without complications"');
      assert.ok(at > 0);
      writeFileSync(layerPath(), `${text.slice(0, at)}witHout${text.slice(at + 7)}`);
      assert.doesNotThrow(() => JSON.parse(readFileSync(layerPath(), 'utf8')), 'still valid JSON');
      assertChecksumError(() => Catalog.open(data.path).warm(), CODES_LAYER);
      // loaded on first use, then warmed: the file is checked all the same
      const lazy = Catalog.open(data.path);
      lookupCode(lazy, { code: 'E11.9' });
      assertChecksumError(() => lazy.warm(), CODES_LAYER);
      const report = verifyCatalog(Catalog.open(data.path));
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.problems.map((p) => [p.file, p.code]),
        [[CODES_LAYER, 'CATALOG_CHECKSUM_MISMATCH']],
      );
    } finally {
      restore();
    }
  });

  test('regression: a layer edited to other valid JSON was served silently; the first lookup refuses it', () => {
    try {
      const layer = JSON.parse(pristine.toString('utf8')) as { titles: string[] };
      layer.titles = layer.titles.map((t) => t.replace('without complications', 'with every complication'));
      writeFileSync(layerPath(), JSON.stringify(layer));
      assertChecksumError(() => lookupCode(Catalog.open(data.path), { code: 'E11.9' }), CODES_LAYER);
    } finally {
      restore();
    }
  });

  test('a layer cut short is CATALOG_CHECKSUM_MISMATCH; without checksums, CATALOG_CORRUPT; both say to import again', () => {
    try {
      writeFileSync(layerPath(), pristine.subarray(0, 100));
      assertChecksumError(() => lookupCode(Catalog.open(data.path), { code: 'E11.9' }), CODES_LAYER);
      const manifest = JSON.parse(manifestText) as Record<string, unknown>;
      delete manifest.checksums;
      writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest));
      assert.throws(
        () => lookupCode(Catalog.open(data.path), { code: 'E11.9' }),
        (e: unknown) =>
          isAppError(e) &&
          e.code === 'CATALOG_CORRUPT' &&
          e.message.includes(CODES_LAYER) &&
          /codedesk import/.test(e.message),
      );
    } finally {
      restore();
    }
  });

  test('a build from before checksums still loads and warms; verify says it cannot detect edits', () => {
    try {
      const manifest = JSON.parse(manifestText) as Record<string, unknown>;
      delete manifest.checksums;
      writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest));
      const catalog = Catalog.open(data.path);
      assert.equal(lookupCode(catalog, { code: 'E11.9' }).title, 'Type 2 diabetes mellitus without complications');
      assert.doesNotThrow(() => catalog.warm());
      const report = verifyCatalog(Catalog.open(data.path));
      assert.equal(report.ok, true);
      assert.deepEqual(report.problems, []);
      assert.equal(report.warnings.length, 1);
      assert.match(report.warnings[0] ?? '', /no checksums.*codedesk import/);
    } finally {
      restore();
    }
  });

  test('a missing layer file is a problem verify names', () => {
    try {
      const manifest = JSON.parse(manifestText) as { checksums: Record<string, unknown> };
      manifest.checksums['layers/not-there.codes.json'] = { sha256: '0'.repeat(64), bytes: 1 };
      writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest));
      const report = verifyCatalog(Catalog.open(data.path));
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.problems.map((p) => p.file),
        ['layers/not-there.codes.json'],
      );
    } finally {
      restore();
    }
  });
});
