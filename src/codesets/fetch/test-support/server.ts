// A loopback HTTP server for the fetch tests: serves in-memory bodies and files from the staged data folder,
// honours Range/If-Range like a real origin, and can misbehave on request (cut the connection, ignore
// Range, redirect, hang, answer with HTML) to exercise every recovery path without the internet.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export interface Behaviour {
  /** on the first request only, send this many body bytes and then drop the connection */
  cutFirstAfter?: number;
  /** answer every request with the whole body and status 200, as servers without Range support do */
  ignoreRange?: boolean;
  /** answer with a redirect to this location (relative or absolute) */
  redirectTo?: string;
  /** never answer */
  hang?: boolean;
  contentType?: string;
}

export interface RecordedRequest {
  path: string;
  range?: string;
  ifRange?: string;
}

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: RecordedRequest[];
  /** serve `body` at `path` (starting with "/") */
  route(path: string, body: Uint8Array | string, behaviour?: Behaviour): void;
  /** misbehave on a path, whether its body is in memory or under /data */
  behave(path: string, behaviour: Behaviour): void;
  close(): Promise<void>;
}

/** Start a server; `dataDir`, when given, is served read-only under /data/. */
export async function startServer(dataDir?: string): Promise<TestServer> {
  const routes = new Map<string, Buffer>();
  const behaviours = new Map<string, Behaviour>();
  const served = new Map<string, number>();
  const requests: RecordedRequest[] = [];

  async function bodyFor(path: string): Promise<Buffer | undefined> {
    const known = routes.get(path);
    if (known) return known;
    if (!dataDir || !path.startsWith('/data/')) return undefined;
    const rel = normalize(decodeURIComponent(path.slice('/data/'.length)));
    if (rel.startsWith('..')) return undefined;
    return readFile(join(dataDir, rel)).catch(() => undefined);
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const range = req.headers.range;
    const ifRange = req.headers['if-range'];
    requests.push({ path, ...(range ? { range } : {}), ...(typeof ifRange === 'string' ? { ifRange } : {}) });
    const b = behaviours.get(path) ?? {};
    if (b.hang) return;
    if (b.redirectTo) {
      res.writeHead(302, { location: b.redirectTo }).end();
      return;
    }
    void bodyFor(path).then((body) => {
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      const type = b.contentType ?? 'application/octet-stream';
      const count = (served.get(path) ?? 0) + 1;
      served.set(path, count);
      const m = /^bytes=(\d+)-$/.exec(range ?? '');
      const rangeOk = m && !b.ignoreRange && (ifRange === undefined || ifRange === etag);
      if (rangeOk) {
        const start = Number(m[1]);
        if (start >= body.length) {
          res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
          return;
        }
        res.writeHead(206, {
          'content-type': type,
          'content-length': body.length - start,
          'content-range': `bytes ${start}-${body.length - 1}/${body.length}`,
          etag,
        });
        res.end(body.subarray(start));
        return;
      }
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, etag, 'accept-ranges': 'bytes' });
      if (b.cutFirstAfter !== undefined && count === 1) {
        // Flush the first bytes, then drop the socket mid-body, as a flaky network would.
        res.write(body.subarray(0, b.cutFirstAfter), () => res.socket?.destroy());
        return;
      }
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(path, body, behaviour) {
      routes.set(path, Buffer.from(body));
      if (behaviour) behaviours.set(path, behaviour);
    },
    behave(path, behaviour) {
      behaviours.set(path, behaviour);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
