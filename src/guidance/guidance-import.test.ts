// The guidance corpus through the real import: guideline and policy PDFs of any year found in the code-set folder
// are read at `codedesk import`, stored beside the catalog build under the manifest's checksums, listed in the
// manifest (and the kinds missing with them), and loaded by GuidanceCorpus.open without parsing anything.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { Catalog, currentBuildDir } from '../catalog/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tinyGuidelinesPdf, tinyManualExcerptPdf } from '../codesets/guidance/test-support/guidance-fixtures.js';
import { tinyPdf } from '../codesets/guidance/test-support/tiny-pdf.js';
import { isAppError } from '../shared/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { GUIDANCE_CORPUS_FILE, GuidanceCorpus, passageBySection, searchGuidance } from './index.js';

describe('guidance documents through codedesk import', () => {
  const source = tempDir('codedesk-guidance-src-');
  const data = tempDir('codedesk-guidance-data-');
  const bare = tempDir('codedesk-guidance-bare-');

  before(async () => {
    cpSync(miniCodesets, source.path, { recursive: true });
    const put = (path: string, bytes: Uint8Array) => {
      mkdirSync(join(source.path, path, '..'), { recursive: true });
      writeFileSync(join(source.path, path), bytes);
    };
    // years no code names: a newer edition dropped into the folder takes effect as it is
    put('guidance/icd10cm-guidelines-fy2031/ICD-10-CM-October-2030-Guidelines.pdf', tinyGuidelinesPdf(2031));
    put('ncci/policy-manual-2030-excerpt/modifiers.pdf', tinyManualExcerptPdf(2030));
    put('guidance/icd10cm-guidelines-fy2031/canteen-menu.pdf', tinyPdf([[{ text: 'Soup of the day', y: 700 }]]));
    await importCatalog({ from: source.path, dataDir: data.path });
  });
  after(() => {
    source.remove();
    data.remove();
    bare.remove();
  });

  test('the manifest lists the documents read, and their corpus file is under its checksums', () => {
    const manifest = Catalog.open(data.path).manifest;
    assert.deepEqual(
      manifest.guidance?.documents.map((d) => `${d.id} ${d.edition} ${d.coverage}`),
      ['icd10cm-guidelines-fy2031 FY 2031 complete', 'ncci-policy-manual-2030-excerpt 2030 excerpt'],
    );
    assert.deepEqual(manifest.guidance?.missing, []);
    assert.ok(manifest.checksums?.[GUIDANCE_CORPUS_FILE], 'checksum recorded');
    assert.ok(
      manifest.report.skipped.some((s) => s.file.endsWith('canteen-menu.pdf') && /neither/.test(s.reason)),
      'a PDF that is no guidance document is reported as skipped',
    );
    assert.ok(manifest.report.issues.some((i) => i.file.endsWith('modifiers.pdf')));
  });

  test('GuidanceCorpus.open loads the stored passages and answers from them', () => {
    const corpus = GuidanceCorpus.open(Catalog.open(data.path));
    assert.equal(passageBySection(corpus, 'section IV.B')?.heading, 'Uncertain diagnosis');
    const r = searchGuidance(corpus, 'what is modifier 59 for');
    assert.equal(r.hits[0]?.passage.section, 'Chapter I, Section E.b');
    assert.match(
      r.hits[0]?.citation ?? '',
      /NCCI Policy Manual for Medicare Services, 2030 \(excerpt\), Chapter I, Section E\.b/,
    );
  });

  test('a corpus file changed after import is refused, naming the file', () => {
    const file = join(currentBuildDir(data.path) as string, GUIDANCE_CORPUS_FILE);
    const pristine = readFileSync(file);
    try {
      writeFileSync(file, pristine.toString('utf8').replace('Uncertain diagnosis', 'Certain diagnosis!!'));
      assert.throws(
        () => GuidanceCorpus.open(Catalog.open(data.path)),
        (e: unknown) =>
          isAppError(e) && e.code === 'CATALOG_CHECKSUM_MISMATCH' && e.message.includes(GUIDANCE_CORPUS_FILE),
      );
    } finally {
      writeFileSync(file, pristine);
    }
  });

  test('without any guidance document the import says both are missing, and so does every answer', async () => {
    await importCatalog({ from: miniCodesets, dataDir: bare.path });
    const catalog = Catalog.open(bare.path);
    assert.deepEqual(
      catalog.manifest.guidance?.missing.map((m) => m.kind),
      ['icd10cm-guidelines', 'ncci-policy-manual'],
    );
    const r = searchGuidance(GuidanceCorpus.open(catalog), 'sepsis sequencing');
    assert.equal(r.hits.length, 0);
    assert.equal(r.notCovered, true);
    assert.ok(r.notes.some((n) => /no edition of the ICD-10-CM Official Guidelines/.test(n)));
    assert.ok(r.notes.some((n) => /no edition of the NCCI Policy Manual/.test(n)));
  });
});
