// The content checks on tiny hand-made files (test-support/upload-fixtures.ts): each format accepted whole, and
// refused when it is another thing renamed, cut short, hostile or out of bounds — with the field and a reason in
// the message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/index.js';
import {
  DOCM_MAIN,
  docxEntries,
  elfProgram,
  jpeg,
  lyingZipBombDocx,
  minimalDocx,
  minimalPdf,
  pdfWithXrefStream,
  png,
  SHELL_SCRIPT,
  zipBombDocx,
} from '../test-support/upload-fixtures.js';
import { zipOf } from '../test-support/zip-writer.js';
import { DOCX_LIMITS, MAX_IMAGE_SIDE, UPLOAD_FORMATS, type UploadKind } from '../upload-kinds.js';
import { checkUploadContent } from './check-content.js';

/** the refusal's message; fails when the file is taken */
async function refusal(kind: UploadKind, bytes: Buffer, field?: string): Promise<string> {
  try {
    await checkUploadContent(kind, bytes, field);
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, 'UPLOAD_TYPE_REFUSED');
    assert.equal(e.status, 415);
    return e.message;
  }
  assert.fail('the file was taken');
}

describe('résumés: PDF', () => {
  test('a minimal PDF 1.4 with an xref table and a PDF 2.0 with an xref stream are taken as application/pdf', async () => {
    for (const pdf of [minimalPdf('1.4'), minimalPdf('1.7'), pdfWithXrefStream()]) {
      assert.deepEqual(await checkUploadContent('resume', pdf), { format: 'pdf', ...UPLOAD_FORMATS.pdf });
    }
  });

  test('an ELF program renamed .pdf is refused, saying what it is, in the words the form shows', async () => {
    assert.equal(
      await refusal('resume', elfProgram()),
      'resume: that file is not a PDF or Word (.docx) document (it is a program (an ELF executable)). Choose a PDF or Word (.docx) document',
    );
  });

  test('a shell script, a Windows program, a web page, an old .doc and an empty file are refused with what they are', async () => {
    assert.match(await refusal('resume', SHELL_SCRIPT), /\(it is a script\)/);
    assert.match(await refusal('resume', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])), /Windows program/);
    assert.match(await refusal('resume', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')), /web page/);
    assert.match(await refusal('resume', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])), /\.doc\); save it/);
    assert.match(await refusal('resume', Buffer.alloc(0)), /the file is empty/);
    assert.match(await refusal('resume', Buffer.from('Dear hiring manager')), /^resume: that file is not a PDF/);
  });

  test('a PDF cut short (no %%EOF), with no startxref, pointing past its end, or without any xref is refused', async () => {
    const pdf = minimalPdf();
    assert.match(await refusal('resume', pdf.subarray(0, Math.floor(pdf.length / 2))), /cut short/);
    const text = pdf.toString('latin1');
    assert.match(await refusal('resume', Buffer.from(text.replace('startxref', 'startx'), 'latin1')), /no startxref/);
    assert.match(
      await refusal('resume', Buffer.from(text.replace(/startxref\n\d+/, 'startxref\n999999'), 'latin1')),
      /past the end/,
    );
    assert.match(
      await refusal('resume', Buffer.from(text.replace('\nxref\n', '\nxrf\n'), 'latin1')),
      /no cross-reference/,
    );
  });

  test('a header naming no PDF version (%PDF-9.9) is refused', async () => {
    const text = minimalPdf().toString('latin1').replace('%PDF-1.4', '%PDF-9.9');
    assert.match(await refusal('resume', Buffer.from(text, 'latin1')), /PDF header names no PDF version/);
  });
});

describe('résumés: Word (.docx)', () => {
  test('a minimal Word document is taken as the WordprocessingML type', async () => {
    assert.deepEqual(await checkUploadContent('resume', minimalDocx()), { format: 'docx', ...UPLOAD_FORMATS.docx });
  });

  test('a zip bomb (20 MB of one byte packed about 1000:1) is refused from its declared sizes', async () => {
    const bomb = zipBombDocx();
    assert.ok(bomb.length < 100_000, `the bomb is ${bomb.length} bytes`);
    assert.match(await refusal('resume', bomb), /zip bomb/);
  });

  test('a zip bomb declaring a small size is stopped while inflating, at the declared size', async () => {
    assert.match(await refusal('resume', lyingZipBombDocx()), /\(its files unpack to other sizes than they declare\)/);
  });

  test('entries that each pass the ratio bound but together declare more than 50 MB are refused', async () => {
    const entries = docxEntries();
    // 60,000 bytes each (below the ratio bound's threshold), 900 of them: 54 MB in all
    for (let i = 0; i < 900; i++) entries.push({ name: `word/media/f${i}.xml`, data: Buffer.alloc(60_000, 0x41) });
    assert.match(await refusal('resume', zipOf(entries)), /unpacks to more than 50 MB/);
  });

  test('more entries than a document has is refused before any is read', async () => {
    const entries = docxEntries();
    for (let i = 0; i < DOCX_LIMITS.maxEntries; i++) entries.push({ name: `x/${i}`, data: '' });
    assert.match(await refusal('resume', zipOf(entries)), /holds 1003 files, more than a Word document has/);
  });

  test('an encrypted entry, a ".." path, an absolute path and two entries of one name are refused', async () => {
    const encrypted = docxEntries();
    encrypted.push({ name: 'word/secret.xml', data: 'x', encryptedFlag: true });
    assert.match(await refusal('resume', zipOf(encrypted)), /password-protected/);
    for (const name of ['../../etc/cron.d/evil', 'word/../../evil.xml', '/etc/passwd']) {
      const entries = [...docxEntries(), { name, data: 'x' }];
      assert.match(await refusal('resume', zipOf(entries)), /unsafe path/, name);
    }
    const twice = [...docxEntries(), { name: 'WORD/document.xml', data: 'x' }];
    assert.match(await refusal('resume', zipOf(twice)), /two files with one name/);
  });

  test('a ZIP that is no Word document, a macro-enabled document, and a damaged archive are refused', async () => {
    assert.match(await refusal('resume', zipOf([{ name: 'a.txt', data: 'hello' }])), /without \[Content_Types\]/);
    const noDocument = docxEntries().slice(0, 2);
    assert.match(await refusal('resume', zipOf(noDocument)), /no word\/document\.xml/);
    assert.match(await refusal('resume', zipOf(docxEntries({ mainType: DOCM_MAIN }))), /macro-enabled/);
    const docx = minimalDocx();
    assert.match(await refusal('resume', docx.subarray(0, docx.length - 30)), /damaged ZIP/);
  });
});

describe('logos: PNG and JPEG', () => {
  test('a PNG and a JPEG within the size are taken as image/png and image/jpeg', async () => {
    assert.deepEqual(await checkUploadContent('logo', png(64, 32)), { format: 'png', ...UPLOAD_FORMATS.png });
    assert.deepEqual(await checkUploadContent('logo', jpeg(640, 480)), { format: 'jpeg', ...UPLOAD_FORMATS.jpeg });
    const side = MAX_IMAGE_SIDE;
    assert.equal((await checkUploadContent('logo', png(side, 1))).format, 'png');
    assert.equal((await checkUploadContent('logo', jpeg(side, side))).format, 'jpeg');
  });

  test('images wider or taller than 4096 pixels are refused, naming the size', async () => {
    assert.match(await refusal('logo', png(MAX_IMAGE_SIDE + 1, 10)), /4097×10 pixels; the most taken is 4096×4096/);
    assert.match(await refusal('logo', jpeg(100, 60_000)), /100×60000 pixels/);
  });

  test('a PNG or JPEG cut short, a JPEG without a frame header, and a PDF as a logo are refused', async () => {
    const image = png(8, 8);
    assert.match(await refusal('logo', image.subarray(0, image.length - 12)), /PNG end chunk/);
    const photo = jpeg(10, 10);
    assert.match(await refusal('logo', photo.subarray(0, 12)), /cut short|damaged/);
    assert.match(await refusal('logo', photo.subarray(0, photo.length - 2)), /no JPEG end marker/);
    const noFrame = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), Buffer.from([0xff, 0xd9])]);
    assert.match(await refusal('logo', noFrame), /no image size/);
    assert.equal(
      await refusal('logo', minimalPdf(), 'logo'),
      'logo: that file is not a PNG or JPEG image (it is a PDF document). Choose a PNG or JPEG image',
    );
  });

  test('a résumé is never an image and a logo never a document', async () => {
    assert.match(await refusal('resume', png(8, 8)), /it is a PNG image/);
    assert.match(await refusal('logo', minimalDocx()), /it is a ZIP archive/);
  });
});
