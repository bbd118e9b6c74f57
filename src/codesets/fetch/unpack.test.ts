import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isAppError } from '../../shared/index.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { buildZip, type ZipEntry } from '../../shared/test-support/zip-writer.js';
import { flatMemberName, unpackZip } from './unpack.js';

const tmp = tempDir('codedesk-fetch-');
after(() => tmp.remove());
let n = 0;

/** A fresh case folder holding `archive.zip` built from `entries`, and an empty `out/` to unpack into. */
async function caseWith(entries: ZipEntry[]): Promise<{ dir: string; zip: string; out: string }> {
  const dir = join(tmp.path, `case-${++n}`);
  await mkdir(dir, { recursive: true });
  const zip = join(dir, 'archive.zip');
  await writeFile(zip, buildZip(entries));
  return { dir, zip, out: join(dir, 'out') };
}

async function list(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

describe('unpackZip', () => {
  test('flattens inner folders, keeps official names, expands a nested zip and skips litter', async () => {
    const inner = buildZip([{ name: 'deep/folder/c.csv', data: 'a,b\r\n1,2\r\n', method: 'deflate' }]);
    const { zip, out } = await caseWith([
      { name: 'Table and Index/' },
      { name: 'Table and Index/icd10cm_tabular_2026.xml', data: '<ICD10CM.tabular/>', method: 'deflate' },
      { name: 'Code Descriptions/icd10cm_order_2026.txt', data: '00001 A00     0 Cholera\r\n' },
      { name: '__MACOSX/Table and Index/._icd10cm_tabular_2026.xml', data: 'resource fork' },
      { name: '.DS_Store', data: 'finder' },
      { name: 'wrapped.zip', data: inner },
    ]);
    const files = await unpackZip(zip, out);
    assert.deepEqual(files.map((f) => f.name).sort(), ['c.csv', 'icd10cm_order_2026.txt', 'icd10cm_tabular_2026.xml']);
    assert.deepEqual(await list(out), ['c.csv', 'icd10cm_order_2026.txt', 'icd10cm_tabular_2026.xml']);
    assert.equal(await readFile(join(out, 'icd10cm_tabular_2026.xml'), 'utf8'), '<ICD10CM.tabular/>');
    const nested = files.find((f) => f.name === 'c.csv');
    assert.equal(nested?.member, 'wrapped.zip!/deep/folder/c.csv');
    assert.equal(nested?.size, 10);
  });

  test('a zip the caller wants as a file is written, not expanded', async () => {
    const inner = buildZip([{ name: 'x.txt', data: 'x' }]);
    const { zip, out } = await caseWith([{ name: 'official.zip', data: inner }]);
    await unpackZip(zip, out, { expand: (name) => name !== 'official.zip' });
    assert.deepEqual(await list(out), ['official.zip']);
  });

  test('include limits what is written', async () => {
    const { zip, out } = await caseWith([
      { name: 'ANES2025.csv', data: 'a' },
      { name: 'PPRRVU25_JAN.csv', data: 'b' },
    ]);
    await unpackZip(zip, out, { include: (name) => name.startsWith('ANES') });
    assert.deepEqual(await list(out), ['ANES2025.csv']);
  });

  for (const evil of ['../evil.txt', 'docs/../../evil.txt', '/tmp/evil.txt', '..\\evil.txt', 'C:/evil.txt']) {
    test(`zip-slip member "${evil}" is refused and nothing is written`, async () => {
      const { dir, zip, out } = await caseWith([
        { name: 'good.txt', data: 'fine' },
        { name: evil, data: 'escaped' },
      ]);
      await assert.rejects(unpackZip(zip, out), (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED');
      assert.deepEqual(await list(out), []);
      assert.deepEqual(await list(dir), ['archive.zip', 'out']);
      await assert.rejects(stat(join(tmp.path, 'evil.txt')));
    });
  }

  test('a zip-slip name inside a nested zip is refused too', async () => {
    const inner = buildZip([{ name: '../../evil.txt', data: 'escaped' }]);
    const { dir, zip, out } = await caseWith([{ name: 'inner.zip', data: inner }]);
    await assert.rejects(unpackZip(zip, out), (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED');
    assert.deepEqual(await list(dir), ['archive.zip', 'out']);
    assert.deepEqual(await list(out), []);
  });

  test('two different members that flatten to one name are refused; identical copies are fine', async () => {
    const clash = await caseWith([
      { name: 'a/readme.txt', data: 'one' },
      { name: 'b/readme.txt', data: 'two' },
    ]);
    await assert.rejects(
      unpackZip(clash.zip, clash.out),
      (e: unknown) => isAppError(e) && /both be written/.test(e.message),
    );
    const same = await caseWith([
      { name: 'a/readme.txt', data: 'same' },
      { name: 'b/readme.txt', data: 'same' },
    ]);
    assert.equal((await unpackZip(same.zip, same.out)).length, 1);
  });

  test('a file that is not a zip is CODESET_NOT_RECOGNIZED', async () => {
    const dir = join(tmp.path, `case-${++n}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'page.zip'), '<!doctype html><title>Licence</title>');
    await assert.rejects(
      unpackZip(join(dir, 'page.zip'), join(dir, 'out')),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

describe('flatMemberName', () => {
  test('keeps the base name of official members and drops non-files', () => {
    assert.equal(flatMemberName('a.zip', 'Table and Index/icd10cm_index_2026.xml'), 'icd10cm_index_2026.xml');
    assert.equal(
      flatMemberName('a.zip', 'HCPC2026_JAN_ANWEB_Transaction Report_12292025.xlsx'),
      'HCPC2026_JAN_ANWEB_Transaction Report_12292025.xlsx',
    );
    assert.equal(flatMemberName('a.zip', 'Table and Index/'), null);
    assert.equal(flatMemberName('a.zip', '__MACOSX/x/._y.xml'), null);
    assert.equal(flatMemberName('a.zip', 'x/.hidden'), null);
  });

  test('throws for names that would leave the folder', () => {
    for (const name of ['../x', 'a/../../x', '/etc/passwd', 'C:\\x', '..\\x', 'a\0b']) {
      assert.throws(() => flatMemberName('a.zip', name), /unsafe member name/, name);
    }
  });
});
