// 50 MB bodies sent to the test upload route (test-support/upload-app.ts) over a real socket, from a real listening
// server: refused with 413 before they are read whole — from the Content-Length at once, and without one (chunked)
// once the file passes its limit or the body passes the route's — measured by what the server read off its socket
// and what the client had sent when the answer came; and a form within its limits read whole over the same path.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { UPLOAD_KINDS } from '../storage/index.js';
import { minimalPdf } from '../storage/test-support/upload-fixtures.js';
import { RESUME_UPLOAD_BODY_LIMIT } from './body-limits.js';
import { multipartBody, partHead } from './test-support/multipart.js';
import { cookieHeader, resumePart as resume, startUploadApp, type UploadApp } from './test-support/upload-app.js';

const MB = 1024 * 1024;

describe('50 MB over a real socket', () => {
  let u: UploadApp;
  let port: number;
  const sockets: Socket[] = [];
  before(async () => {
    u = await startUploadApp();
    await u.t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (u.t.app.server.address() as AddressInfo).port;
    u.t.app.server.on('connection', (s: Socket) => sockets.push(s));
  });
  after(async () => {
    await u?.close();
  });

  interface Sent {
    status: number;
    body: string;
    headers: http.IncomingHttpHeaders;
    /** what the client had written when the answer came */
    sentWhenAnswered: number;
    /** what the server read off its socket, all told */
    serverRead: number;
  }

  /**
   * Posts `head`, then `fill` bytes of filler, then `tail`, in 64 KB writes that wait for the socket to drain; stops
   * writing as soon as the answer arrives.
   */
  function send(options: {
    head: Buffer;
    fill: number;
    tail: Buffer;
    headers: Record<string, string>;
    chunked: boolean;
  }) {
    const total = options.head.length + options.fill + options.tail.length;
    return new Promise<Sent>((resolve, reject) => {
      const serverSocketsBefore = sockets.length;
      let sent = 0;
      let answered: Omit<Sent, 'serverRead'> | undefined;
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/test-upload',
        headers: { ...options.headers, ...(options.chunked ? {} : { 'content-length': String(total) }) },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        const sentWhenAnswered = sent;
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          answered = {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            sentWhenAnswered,
          };
        });
      });
      // the server closing while the client still writes is expected (EPIPE, ECONNRESET)
      req.on('error', () => {});
      req.on('close', () => {
        const serverSocket = sockets[serverSocketsBefore];
        if (!answered || !serverSocket) return reject(new Error('no answer'));
        const done = answered;
        const finish = () => resolve({ ...done, serverRead: serverSocket.bytesRead });
        if (serverSocket.destroyed) finish();
        else serverSocket.once('close', finish);
      });
      const filler = Buffer.alloc(64 * 1024, 0x41);
      let fillLeft = options.fill;
      const write = (chunk: Buffer) => {
        sent += chunk.length;
        return req.write(chunk);
      };
      write(options.head);
      const pump = () => {
        while (fillLeft > 0 && !answered && !req.destroyed) {
          const chunk = fillLeft >= filler.length ? filler : filler.subarray(0, fillLeft);
          fillLeft -= chunk.length;
          if (!write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        if (!answered && !req.destroyed) {
          write(options.tail);
          req.end();
        }
      };
      pump();
    });
  }

  const FIFTY_MB = 50 * MB;

  /** a form whose résumé is a PDF header followed by 50 MB: head, filler, tail */
  const fiftyMegabyteForm = async () => {
    const { c, csrf } = await u.signedIn();
    const boundary = 'codedeskfiftymegabytes';
    const head = Buffer.concat([
      partHead(boundary, { name: '_csrf', value: csrf }),
      Buffer.from(`${csrf}\r\n`),
      partHead(boundary, resume(Buffer.alloc(0), 'big.pdf')),
      Buffer.from('%PDF-1.4\n%'),
    ]);
    const pdfEnd = '\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF';
    const tail = Buffer.from(`${pdfEnd}\r\n--${boundary}--\r\n`);
    const headers = {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: cookieHeader(c),
      accept: 'application/json',
    };
    return { head, tail, headers, pdfBytesAround: '%PDF-1.4\n%'.length + pdfEnd.length };
  };

  test('with a Content-Length: 413 at once; the server reads almost nothing of it and closes', async () => {
    const { pdfBytesAround: _, ...form } = await fiftyMegabyteForm();
    const r = await send({ ...form, fill: FIFTY_MB, chunked: false });
    assert.equal(r.status, 413);
    assert.equal(JSON.parse(r.body).error.code, 'UPLOAD_TOO_LARGE');
    assert.equal(r.headers.connection, 'close');
    assert.ok(r.sentWhenAnswered < FIFTY_MB, `the client had sent ${r.sentWhenAnswered} bytes`);
    assert.ok(r.serverRead < 2 * MB, `the server read ${r.serverRead} bytes`);
  });

  test('chunked (no Content-Length): 413 once the file passes 5 MB; the server stops reading there', async () => {
    const { pdfBytesAround: _, ...form } = await fiftyMegabyteForm();
    const r = await send({ ...form, fill: FIFTY_MB, chunked: true });
    assert.equal(r.status, 413, r.body);
    assert.deepEqual(JSON.parse(r.body).error, {
      code: 'UPLOAD_TOO_LARGE',
      message: 'resume: the file is larger than 5 MB, the most it may be; choose a smaller file',
    });
    assert.equal(r.headers.connection, 'close');
    assert.ok(r.sentWhenAnswered < FIFTY_MB, `the client had sent ${r.sentWhenAnswered} bytes`);
    assert.ok(r.serverRead < UPLOAD_KINDS.resume.maxBytes + 2 * MB, `the server read ${r.serverRead} bytes`);
  });

  test('chunked, a small form followed by 50 MB after its closing boundary: 413 at the route’s body limit', async () => {
    const { c, csrf } = await u.signedIn();
    const { body, contentType } = multipartBody([{ name: '_csrf', value: csrf }, resume(minimalPdf())]);
    const headers = {
      'content-type': contentType,
      cookie: cookieHeader(c),
      accept: 'application/json',
    };
    const before = u.countStored();
    const r = await send({ head: body, fill: FIFTY_MB, tail: Buffer.alloc(0), headers, chunked: true });
    assert.equal(r.status, 413, r.body);
    assert.equal(JSON.parse(r.body).error.code, 'UPLOAD_TOO_LARGE');
    assert.ok(r.serverRead < RESUME_UPLOAD_BODY_LIMIT + 2 * MB, `the server read ${r.serverRead} bytes`);
    assert.equal(u.countStored(), before);
  });

  test('a form within its limits over the socket is read whole and stored', async () => {
    const { pdfBytesAround, ...form } = await fiftyMegabyteForm();
    const r = await send({ ...form, fill: MB, chunked: true });
    assert.equal(r.status, 200, r.body);
    assert.equal(JSON.parse(r.body).record.byteSize, pdfBytesAround + MB);
  });
});
