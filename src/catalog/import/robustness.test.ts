// Malformed input yields a clear error naming file and line, and never costs the catalog in force: builds
// are written aside and switched atomically, even when the import process is killed with SIGKILL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { projectRoot } from '../../config.js';
import { isAppError } from '../../shared/index.js';
import { codesetsDir, skipUnlessCodesets, tempDir } from '../../shared/test-support/codesets.js';
import { buildZip } from '../../shared/test-support/zip-writer.js';
import { Catalog } from '../catalog.js';
import { lookupCode } from '../lookup.js';
import { catalogRoot } from '../store.js';
import { miniCodesets } from '../test-support/mini-codesets.js';
import { importCatalog } from './import-catalog.js';

const currentPointer = (dataDir: string): string => readFileSync(join(catalogRoot(dataDir), 'CURRENT'), 'utf8').trim();

async function importError(from: string, dataDir: string): Promise<{ code: string; message: string }> {
  try {
    await importCatalog({ from, dataDir });
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  assert.fail('the import should have failed');
}

describe('import of malformed or unusual input', () => {
  const data = tempDir();
  let goodBuild: string;

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
    goodBuild = currentPointer(data.path);
  });
  after(() => data.remove());

  /** A copy of the small code-set folder, changed by `change`. */
  function variant(change: (dir: string) => void): { path: string; remove: () => void } {
    const dir = tempDir('codedesk-codesets-');
    cpSync(miniCodesets, dir.path, { recursive: true });
    change(dir.path);
    return dir;
  }

  function assertPreviousCatalogIntact(): void {
    assert.equal(currentPointer(data.path), goodBuild);
    const catalog = Catalog.open(data.path);
    assert.equal(lookupCode(catalog, { code: 'E11.9' }).title, 'Type 2 diabetes mellitus without complications');
    const builds = readdirSync(join(catalogRoot(data.path), 'builds'));
    assert.ok(!builds.some((b) => b.endsWith('.partial')), `no partial build left: ${builds.join(', ')}`);
  }

  test('a truncated tabular XML names the file and line, and the catalog in force stays', async () => {
    const dir = variant((d) => {
      const p = join(d, 'icd10cm/2023/icd10cm_tabular_2023.xml');
      const text = readFileSync(p, 'utf8');
      writeFileSync(p, text.slice(0, Math.floor(text.length / 2)));
    });
    try {
      const e = await importError(dir.path, data.path);
      assert.equal(e.code, 'CODESET_MALFORMED');
      assert.match(e.message, /icd10cm\/2023\/icd10cm_tabular_2023\.xml, line \d+/);
      assertPreviousCatalogIntact();
    } finally {
      dir.remove();
    }
  });

  test('a .zip that is not a zip archive is refused by name', async () => {
    const dir = variant((d) => writeFileSync(join(d, 'icd10cm/2026/2026-code-descriptions.zip'), 'this is not a zip'));
    try {
      const e = await importError(dir.path, data.path);
      assert.equal(e.code, 'CODESET_NOT_RECOGNIZED');
      assert.match(e.message, /2026-code-descriptions\.zip/);
      assertPreviousCatalogIntact();
    } finally {
      dir.remove();
    }
  });

  test('a bad fixed-width line is reported with its line and the rest imports', async () => {
    const dir = variant((d) => {
      const p = join(d, 'icd10cm/2026/icd10cm_order_2026.txt');
      writeFileSync(p, `${readFileSync(p, 'latin1')}garbage line that is not an order record\r\n`, 'latin1');
    });
    const out = tempDir();
    try {
      const { manifest } = await importCatalog({ from: dir.path, dataDir: out.path });
      const issue = manifest.report.issues.find((i) => i.file === 'icd10cm/2026/icd10cm_order_2026.txt');
      assert.equal(issue?.samples[0]?.line, 13);
      assert.equal(manifest.releases.find((r) => r.id === 'icd10cm:2026')?.counts.codes, 12);
    } finally {
      dir.remove();
      out.remove();
    }
  });

  test('a licensed CPT file with a byte-order mark, in the same release as the fee schedule file', async () => {
    const dir = variant((d) => {
      const text = readFileSync(join(d, 'cpt/2026/cpt-licensed-invented.tsv'), 'utf8');
      mkdirSync(join(d, 'cpt/2026-07'), { recursive: true });
      writeFileSync(join(d, 'cpt/2026-07/cpt-licensed-invented.tsv'), `\uFEFF${text}`);
      rmSync(join(d, 'cpt/2026'), { recursive: true });
    });
    const out = tempDir();
    try {
      await importCatalog({ from: dir.path, dataDir: out.path });
      const catalog = Catalog.open(out.path);
      const licensed = lookupCode(catalog, { code: '99990' });
      assert.equal(licensed.release.id, 'cpt:2026-07');
      assert.equal(licensed.title, 'Invented descriptor for testing the licensed-file importer only');
      assert.equal(lookupCode(catalog, { code: '99213' }).cpt?.descriptorLicensed, false);
    } finally {
      dir.remove();
      out.remove();
    }
  });

  test('an unknown file is skipped and reported with the reason', async () => {
    const dir = variant((d) =>
      writeFileSync(join(d, 'icd10cm/2026/notes-from-a-colleague.txt'), 'remember to check E11\n'),
    );
    const out = tempDir();
    try {
      const { manifest } = await importCatalog({ from: dir.path, dataDir: out.path });
      const skipped = manifest.report.skipped.find((s) => s.file === 'icd10cm/2026/notes-from-a-colleague.txt');
      assert.match(skipped?.reason ?? '', /not a code-set file/);
    } finally {
      dir.remove();
      out.remove();
    }
  });

  test('official files still inside their zip archive import like extracted ones', async () => {
    const zipped = tempDir('codedesk-zipped-');
    const out = tempDir();
    try {
      const members = ['icd10cm_order_2026.txt'].map((name) => ({
        name: `Code Descriptions/${name}`,
        data: readFileSync(join(miniCodesets, 'icd10cm/2026', name)),
      }));
      cpSync(join(miniCodesets, 'icd10cm/2023'), join(zipped.path, 'icd10cm/2023'), { recursive: true });
      const zipDir = join(zipped.path, 'icd10cm/2026');
      cpSync(join(miniCodesets, 'hcpcs'), join(zipped.path, 'hcpcs'), { recursive: true });
      mkdirSync(zipDir, { recursive: true });
      writeFileSync(join(zipDir, '2026-code-descriptions-tabular-order.zip'), buildZip(members));
      const { manifest } = await importCatalog({ from: zipped.path, dataDir: out.path });
      const r = manifest.releases.find((x) => x.id === 'icd10cm:2026');
      assert.equal(r?.counts.billable, 6);
      assert.equal(
        r?.files[0]?.path,
        'icd10cm/2026/2026-code-descriptions-tabular-order.zip!/Code Descriptions/icd10cm_order_2026.txt',
      );
      const catalog = Catalog.open(out.path);
      assert.equal(lookupCode(catalog, { code: 'E11.A' }).release.id, 'icd10cm:2026');
    } finally {
      zipped.remove();
      out.remove();
    }
  });
});

describe('an import killed with SIGKILL leaves the previous catalog working', { skip: skipUnlessCodesets() }, () => {
  test('kill -9 while parsing and while writing layers', async () => {
    const data = tempDir();
    try {
      await importCatalog({ from: miniCodesets, dataDir: data.path });
      const before = currentPointer(data.path);
      for (const phase of ['parse', 'write']) {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'import', '--from', codesetsDir],
          { env: { ...process.env, CODEDESK_DATA_DIR: data.path }, stdio: ['ignore', 'ignore', 'pipe'] },
        );
        await new Promise<void>((done, fail) => {
          let seen = '';
          child.stderr.on('data', (chunk: Buffer) => {
            seen += chunk.toString();
            if (seen.includes(`import: ${phase}`)) {
              // let it get properly into the phase, then kill without warning
              setTimeout(() => child.kill('SIGKILL'), phase === 'write' ? 150 : 1500);
            }
          });
          child.on('exit', (_code, signal) =>
            signal === 'SIGKILL' ? done() : fail(new Error(`import ended before the kill (${phase}): ${seen}`)),
          );
        });
        assert.equal(currentPointer(data.path), before, `CURRENT unchanged after a kill during ${phase}`);
        const catalog = Catalog.open(data.path);
        assert.equal(
          lookupCode(catalog, { code: 'E11.A' }).title,
          'Type 2 diabetes mellitus without complications in remission',
        );
        assert.equal(
          catalog.manifest.releases.some((r) => r.id === 'icd10pcs:2026'),
          false,
          'still the small catalog',
        );
      }
      // The next import completes, switches, and clears what the killed ones left behind.
      await importCatalog({ from: miniCodesets, dataDir: data.path });
      const builds = readdirSync(join(catalogRoot(data.path), 'builds'));
      assert.ok(!builds.some((b) => b.endsWith('.partial')), builds.join(', '));
      assert.ok(existsSync(join(catalogRoot(data.path), 'builds', currentPointer(data.path), 'manifest.json')));
    } finally {
      data.remove();
    }
  });
});
