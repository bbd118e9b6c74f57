// The sender's file name as kept (metadata only): folders cut off, characters that are not text or reorder it
// dropped, the checked format's extension ensured, the length bounded with the extension kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeFileName } from './file-name.js';
import { FILE_NAME_MAX_CHARS } from './upload-kinds.js';

test('a plain name is kept as typed, in any case of its extension', () => {
  assert.equal(sanitizeFileName('Ann Smith résumé.pdf', '.pdf'), 'Ann Smith résumé.pdf');
  assert.equal(sanitizeFileName('CV.PDF', '.pdf'), 'CV.PDF');
  assert.equal(sanitizeFileName('logo.jpeg', '.jpg', ['.jpeg']), 'logo.jpeg');
});

test('folders a browser or a script sends are cut off; leading dots go, so no name is "." or ".."', () => {
  assert.equal(sanitizeFileName('C:\\Users\\ann\\cv.pdf', '.pdf'), 'cv.pdf');
  assert.equal(sanitizeFileName('../../etc/passwd', '.pdf'), 'passwd.pdf');
  assert.equal(sanitizeFileName('..', '.pdf'), 'upload.pdf');
  assert.equal(sanitizeFileName('.bashrc', '.pdf'), 'bashrc.pdf');
  assert.equal(sanitizeFileName('', '.docx'), 'upload.docx');
  assert.equal(sanitizeFileName('.pdf', '.pdf'), 'pdf.pdf');
});

test('the checked extension is added when the name lacks it, so the download opens as what it is', () => {
  assert.equal(sanitizeFileName('resume', '.docx'), 'resume.docx');
  assert.equal(sanitizeFileName('logo.png', '.jpg', ['.jpeg']), 'logo.png.jpg');
  assert.equal(sanitizeFileName('invoice.pdf.exe', '.pdf'), 'invoice.pdf.exe.pdf');
});

test('control characters, bidirectional controls and unpaired surrogates are dropped; header-special characters become _', () => {
  assert.equal(sanitizeFileName('cv\u0000\u001b[31m.pdf', '.pdf'), 'cv[31m.pdf');
  // a right-to-left override makes a name display in another order than it is ("Trojan Source")
  assert.equal(sanitizeFileName('cv\u202egpj.pdf', '.pdf'), 'cvgpj.pdf');
  assert.equal(sanitizeFileName('a\ud800b.pdf', '.pdf'), 'ab.pdf');
  assert.equal(sanitizeFileName('a😀b.pdf', '.pdf'), 'a😀b.pdf');
  assert.equal(sanitizeFileName('my "best" cv; v2 <final>|*?.pdf', '.pdf'), 'my _best_ cv_ v2 _final____.pdf');
  assert.equal(sanitizeFileName('  many\t\n spaces  .pdf', '.pdf'), 'many spaces .pdf');
});

test('a name longer than the limit is shortened in its stem, keeping the extension', () => {
  const kept = sanitizeFileName(`${'é'.repeat(500)}.pdf`, '.pdf');
  assert.equal([...kept].length, FILE_NAME_MAX_CHARS);
  assert.ok(kept.endsWith('é.pdf'));
  const emoji = sanitizeFileName(`${'😀'.repeat(300)}.docx`, '.docx');
  assert.equal([...emoji].length, FILE_NAME_MAX_CHARS);
  assert.ok(emoji.endsWith('😀.docx'), 'no surrogate pair is cut in half');
});
