// The web side of uploads (uploads.ts, upload-reply.ts) through the test upload route beside the product app
// (test-support/upload-app.ts), on the mini catalog and SQLite: a résumé form read and stored, CSRF on multipart
// forms, the form's limits and refusals, the download's headers, and multipart refused where no route opted in.
// The 50 MB bodies over a real socket are in uploads-socket-http.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { saveUpload, UPLOAD_KINDS } from '../storage/index.js';
import { elfProgram, minimalPdf, png } from '../storage/test-support/upload-fixtures.js';
import { RESUME_UPLOAD_BODY_LIMIT } from './body-limits.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { type FormPart, multipartBody } from './test-support/multipart.js';
import { cookieHeader, resumePart as resume, startUploadApp, type UploadApp } from './test-support/upload-app.js';

describe('upload routes', () => {
  let u: UploadApp;
  before(async () => {
    u = await startUploadApp();
  });
  after(async () => {
    await u?.close();
  });
  const signedIn = () => u.signedIn();
  const countStored = () => u.countStored();

  describe('a résumé form', () => {
    test('the CSRF token first, the file and the text fields: the file is stored and served back as a download', async () => {
      const { c, csrf } = await signedIn();
      const pdf = minimalPdf();
      const r = await c.postMultipart('/test-upload', [
        { name: '_csrf', value: csrf },
        { name: 'coverNote', value: 'I hold the CPC-A <b>and</b> love risk adjustment.' },
        resume(pdf),
        { name: 'answer.1', value: 'Yes' },
      ]);
      assert.equal(r.statusCode, 200, r.body);
      const { fields, record } = r.json();
      assert.deepEqual(fields, { coverNote: 'I hold the CPC-A <b>and</b> love risk adjustment.', 'answer.1': 'Yes' });
      assert.equal(record.contentType, 'application/pdf');
      assert.equal(record.fileName, 'Ann Smith résumé.pdf');

      const download = await c.get(`/test-upload/${record.id}`);
      assert.equal(download.statusCode, 200);
      assert.deepEqual(download.rawPayload, pdf);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.equal(download.headers['content-length'], String(pdf.length));
      assert.equal(
        download.headers['content-disposition'],
        `attachment; filename="Ann Smith resume.pdf"; filename*=UTF-8''Ann%20Smith%20r%C3%A9sum%C3%A9.pdf`,
      );
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.equal(download.headers['cache-control'], 'private, no-store');
      assert.equal(download.headers['content-security-policy'], "default-src 'none'; sandbox");
    });

    test('a file name with quotes, a path and a script tag reaches the header only as a safe name', async () => {
      const record = await saveUpload(u.store, {
        kind: 'resume',
        bytes: minimalPdf(),
        fileName: 'C:\\fakepath\\"><script>alert(1)</script>;x=1%41.pdf',
        ownerId: u.ann.id,
      });
      const download = await new TestClient(u.t.app).get(`/test-upload/${record.id}`);
      // the folder is cut at the "/" of "</script>"; ">" and ";" become "_"; the "%" is only escaped
      assert.equal(
        download.headers['content-disposition'],
        `attachment; filename="script__x=1_41.pdf"; filename*=UTF-8''script__x%3D1%2541.pdf`,
      );
    });

    test('an empty file input sends no file; a program renamed .pdf is refused with 415 and nothing is stored', async () => {
      const { c, csrf } = await signedIn();
      const empty = await c.postMultipart('/test-upload', [
        { name: '_csrf', value: csrf },
        { name: 'resume', fileName: '', data: Buffer.alloc(0) },
      ]);
      assert.equal(empty.statusCode, 200, empty.body);
      assert.deepEqual(empty.json(), { fields: {}, file: null });
      const before = countStored();
      const r = await c.postMultipart('/test-upload', [{ name: '_csrf', value: csrf }, resume(elfProgram(), 'cv.pdf')]);
      assert.equal(r.statusCode, 415);
      assert.deepEqual(r.json().error, {
        code: 'UPLOAD_TYPE_REFUSED',
        message:
          'resume: that file is not a PDF or Word (.docx) document (it is a program (an ELF executable)). Choose a PDF or Word (.docx) document',
      });
      assert.equal(countStored(), before);
    });

    test('a file of exactly 5 MB is taken; one byte more is refused with 413 naming the field, and the connection closes', async () => {
      const { c, csrf } = await signedIn();
      const limit = UPLOAD_KINDS.resume.maxBytes;
      const pdf = minimalPdf();
      // a PDF padded with a comment line after its header up to the limit (offsets need not be exact)
      const padded = (size: number) =>
        Buffer.concat([pdf.subarray(0, 9), Buffer.from(`%${'x'.repeat(size - pdf.length - 2)}\n`), pdf.subarray(9)]);
      assert.equal(padded(limit).length, limit);
      const atLimit = await c.postMultipart('/test-upload', [{ name: '_csrf', value: csrf }, resume(padded(limit))]);
      assert.equal(atLimit.statusCode, 200, atLimit.body.slice(0, 300));
      assert.equal(atLimit.json().record.byteSize, limit);
      const before = countStored();
      const over = await c.postMultipart('/test-upload', [{ name: '_csrf', value: csrf }, resume(padded(limit + 1))]);
      assert.equal(over.statusCode, 413);
      assert.deepEqual(over.json().error, {
        code: 'UPLOAD_TOO_LARGE',
        message: 'resume: the file is larger than 5 MB, the most it may be; choose a smaller file',
      });
      assert.equal(over.headers.connection, 'close');
      assert.equal(countStored(), before);
    });

    test('a body larger than the route takes is refused from its Content-Length, in the upload’s words', async () => {
      const { c, csrf } = await signedIn();
      const r = await c.postMultipart('/test-upload', [
        { name: '_csrf', value: csrf },
        resume(Buffer.alloc(RESUME_UPLOAD_BODY_LIMIT)),
      ]);
      assert.equal(r.statusCode, 413);
      assert.equal(r.json().error.code, 'UPLOAD_TOO_LARGE');
      assert.equal(r.headers.connection, 'close');
    });

    test('the form’s own limits: one file, its field, known text fields once each, each within its size', async () => {
      const { c, csrf } = await signedIn();
      const token = { name: '_csrf', value: csrf };
      const refused = async (parts: FormPart[]) => {
        const r = await c.postMultipart('/test-upload', [token, ...parts]);
        assert.equal(r.statusCode, 400, r.body);
        assert.equal(r.json().error.code, 'UPLOAD_FORM_INVALID');
        return r.json().error.message as string;
      };
      const pdf = minimalPdf();
      const before = countStored();
      assert.equal(await refused([resume(pdf), resume(pdf)]), 'resume: send one file only');
      assert.equal(
        await refused([{ name: 'photo', fileName: 'me.png', data: png(8, 8) }]),
        'photo: this form takes a file only as "resume"',
      );
      assert.equal(
        await refused([{ name: 'salary', value: '1' }]),
        'salary: is not a field of this form (it takes resume, coverNote, answer.*)',
      );
      assert.equal(
        await refused([
          { name: 'coverNote', value: 'a' },
          { name: 'coverNote', value: 'b' },
        ]),
        'coverNote: was sent more than once',
      );
      assert.equal(
        await refused([{ name: 'coverNote', value: 'é'.repeat(2001) }]),
        'coverNote: is longer than 4000 bytes; shorten it',
      );
      assert.equal(
        await refused([{ name: 'answer.9', value: 'x'.repeat(501) }]),
        'answer.9: is longer than 500 bytes; shorten it',
      );
      const answers = [1, 2, 3, 4, 5, 6].map((i) => ({ name: `answer.${i}`, value: 'yes' }));
      assert.equal(await refused(answers), 'answer.6: the form takes at most 5 text fields');
      // nothing of these was stored
      assert.equal(countStored(), before);
    });

    test('a body that is not multipart, or multipart cut short, is refused with 400', async () => {
      const { c, csrf } = await signedIn();
      const urlencoded = await c.post('/test-upload', { _csrf: csrf, coverNote: 'hello' });
      assert.equal(urlencoded.statusCode, 400);
      assert.deepEqual(urlencoded.json().error, {
        code: 'UPLOAD_FORM_INVALID',
        message: 'resume: send the form as multipart/form-data',
      });
      // nor a JSON body, which the upload scope leaves unread rather than parse up to the upload's megabytes
      const json = await u.t.app.inject({
        method: 'POST',
        url: '/test-upload',
        payload: JSON.stringify({ coverNote: 'hello' }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${u.annKey}` },
      });
      assert.equal(json.statusCode, 400);
      assert.equal(json.json().error.message, 'resume: send the form as multipart/form-data');
      assert.equal(json.headers.connection, 'close');
      const { body, contentType } = multipartBody([{ name: '_csrf', value: csrf }, resume(minimalPdf())]);
      const cut = await u.t.app.inject({
        method: 'POST',
        url: '/test-upload',
        payload: body.subarray(0, body.length - 40),
        headers: { 'content-type': contentType, cookie: cookieHeader(c) },
      });
      assert.equal(cut.statusCode, 400, cut.body);
      assert.deepEqual(cut.json().error, {
        code: 'UPLOAD_FORM_INVALID',
        message: 'form: the form data is malformed or cut short; send the form again',
      });
    });

    test('routes that did not opt in refuse multipart bodies: the product’s forms and this scope’s other route', async () => {
      const { body, contentType } = multipartBody([{ name: 'email', value: 'ann@example.org' }]);
      for (const url of ['/login', '/test-upload/note']) {
        const r = await u.t.app.inject({
          method: 'POST',
          url,
          payload: body,
          headers: { 'content-type': contentType },
        });
        assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
        // Fastify's 415 for a type no parser in the route's scope takes, in the error handler's BAD_INPUT
        assert.deepEqual(r.json().error, { code: 'BAD_INPUT', message: 'Unsupported Media Type' }, url);
      }
    });
  });

  describe('CSRF on multipart forms', () => {
    const csrfRefused = (r: { statusCode: number; json(): { error: { code: string } } }) => {
      assert.equal(r.statusCode, 403);
      assert.equal(r.json().error.code, 'CSRF_INVALID');
    };

    test('without a token, with a wrong one, or with the token after the file, nothing is read or stored', async () => {
      const { c, csrf } = await signedIn();
      const before = countStored();
      csrfRefused(await c.postMultipart('/test-upload', [resume(minimalPdf())]));
      csrfRefused(await c.postMultipart('/test-upload', [{ name: '_csrf', value: `${csrf}x` }, resume(minimalPdf())]));
      csrfRefused(await c.postMultipart('/test-upload', [{ name: '_csrf', value: '' }, resume(minimalPdf())]));
      csrfRefused(await c.postMultipart('/test-upload', [resume(minimalPdf()), { name: '_csrf', value: csrf }]));
      csrfRefused(await c.postMultipart('/test-upload', []));
      assert.equal(countStored(), before);
    });

    test('another visitor’s token does not pass, nor does a token without its cookie', async () => {
      const ann1 = await signedIn();
      const other = new TestClient(u.t.app, { accept: 'application/json' });
      const otherToken = csrfOf((await other.get('/test-upload')).body);
      csrfRefused(
        await ann1.c.postMultipart('/test-upload', [{ name: '_csrf', value: otherToken }, resume(minimalPdf())]),
      );
      const session = ann1.c.cookies.get('cd_session') ?? '';
      const { body, contentType } = multipartBody([{ name: '_csrf', value: ann1.csrf }, resume(minimalPdf())]);
      const noCookie = await u.t.app.inject({
        method: 'POST',
        url: '/test-upload',
        payload: body,
        headers: { 'content-type': contentType, cookie: `cd_session=${session}` },
      });
      csrfRefused(noCookie);
    });

    test('the token in the x-csrf-token header passes; a wrong header token is refused before the body is read', async () => {
      const { c, csrf } = await signedIn();
      const ok = await c.postMultipart('/test-upload', [resume(minimalPdf())], { 'x-csrf-token': csrf });
      assert.equal(ok.statusCode, 200, ok.body);
      csrfRefused(
        await c.postMultipart('/test-upload', [{ name: '_csrf', value: csrf }, resume(minimalPdf())], {
          'x-csrf-token': 'nope',
        }),
      );
    });

    test('a request with an API key needs no token (a browser never adds the header by itself)', async () => {
      const { body, contentType } = multipartBody([
        { name: 'coverNote', value: 'from a script' },
        resume(minimalPdf()),
      ]);
      const r = await u.t.app.inject({
        method: 'POST',
        url: '/test-upload',
        payload: body,
        headers: { 'content-type': contentType, authorization: `Bearer ${u.annKey}` },
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().record.ownerId, u.ann.id);
    });
  });
});
