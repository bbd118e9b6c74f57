// Resumable HTTP(S) download with node's own http/https (no dependency).
//
// The body goes to `<dest>.part`; when a .part is left from an earlier attempt we ask only for the missing
// bytes (Range) and hash the bytes we already have first, so the sha256 always covers the whole file. The
// file gets its final name only after the checksum (when known) has been verified, by an atomic rename: a
// reader never sees a half-written or unverified archive under the final name.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../shared/index.js';

export interface DownloadProgress {
  url: string;
  /** bytes on disk so far, including bytes kept from an earlier attempt */
  received: number;
  /** full size when the server said, otherwise null */
  total: number | null;
}

export interface DownloadOptions {
  url: string;
  /** final path; the download is written to `${dest}.part` until verified */
  dest: string;
  /** lower-case hex sha256; when given, a mismatch deletes the file and throws FETCH_CHECKSUM_MISMATCH */
  expectedSha256?: string | null;
  /** exact size when known; checked together with the checksum */
  expectedSize?: number | null;
  /** fail when the server sends nothing for this long (connect, headers or body); default 60 s */
  timeoutMs?: number;
  /** redirects followed before giving up; default 5 */
  maxRedirects?: number;
  /** network failures (reset, timeout, 5xx) retried, each resuming where the last stopped; default 3 */
  retries?: number;
  /** first pause between retries, doubled each time; default 500 ms */
  retryDelayMs?: number;
  onProgress?: (p: DownloadProgress) => void;
}

export interface DownloadResult {
  path: string;
  /** address the bytes finally came from (after redirects) */
  finalUrl: string;
  size: number;
  sha256: string;
  /** bytes reused from an earlier .part (0 when the download started from scratch) */
  resumedFrom: number;
  attempts: number;
}

// Some publisher CDNs refuse requests without a User-Agent.
const USER_AGENT = 'codedesk-data-fetch/0.1 (official CMS/CDC code-set downloader)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A failure on the wire; `retryable` when trying again (and resuming) may help. */
class WireProblem extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Validators saved beside the .part so a resume is refused (If-Range) when the file changed upstream. */
interface PartMeta {
  url: string;
  etag?: string;
  lastModified?: string;
}

async function sizeOf(path: string): Promise<number> {
  const s = await stat(path).catch(() => undefined);
  return s?.isFile() ? s.size : 0;
}

async function readMeta(path: string): Promise<PartMeta | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PartMeta;
  } catch {
    return undefined;
  }
}

async function hashExisting(path: string): Promise<Hash> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash;
}

function request(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
    if (!client) {
      reject(new WireProblem(`unsupported protocol ${url.protocol}`, false));
      return;
    }
    // `timeout` is the socket idle timeout: it covers connecting, waiting for headers and every gap in the body.
    const req = client.get(url, { headers, timeout: timeoutMs }, resolve);
    req.on('timeout', () => req.destroy(new WireProblem(`no data for ${timeoutMs} ms`, true)));
    req.on('error', (e) => reject(e instanceof WireProblem ? e : new WireProblem(e.message, true)));
  });
}

async function follow(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxRedirects: number,
): Promise<{ res: http.IncomingMessage; url: URL }> {
  let current = new URL(url);
  for (let hops = 0; ; hops++) {
    const res = await request(current, headers, timeoutMs);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode ?? 0) || !location) return { res, url: current };
    res.resume();
    if (hops >= maxRedirects) throw new WireProblem(`more than ${maxRedirects} redirects`, false);
    const next = new URL(location, current);
    // Most archives have no known checksum, so TLS is their only protection: never give it up mid-way.
    if (current.protocol === 'https:' && next.protocol !== 'https:') {
      throw new WireProblem(`refusing a redirect from https to ${next.href}`, false);
    }
    current = next;
  }
}

function statusProblem(res: http.IncomingMessage): WireProblem {
  const code = res.statusCode ?? 0;
  res.resume();
  const retryable = code >= 500 || code === 408 || code === 429;
  return new WireProblem(`HTTP ${code}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, retryable);
}

/** Parses Content-Range: "bytes 100-199/1000" gives start 100, total 1000; "bytes (star)/1000" gives total only. */
function contentRange(header: string | undefined): { start?: number; total?: number } {
  const m = /^bytes\s+(?:(\d+)-\d+|\*)\/(\d+|\*)$/i.exec(header?.trim() ?? '');
  if (!m) return {};
  return {
    start: m[1] !== undefined ? Number(m[1]) : undefined,
    total: m[2] && m[2] !== '*' ? Number(m[2]) : undefined,
  };
}

interface Attempt {
  size: number;
  sha256: string;
  finalUrl: string;
  resumedFrom: number;
}

/** One request: resume or restart the .part, stream it to disk while hashing. */
async function attempt(o: DownloadOptions, part: string, metaPath: string, timeoutMs: number): Promise<Attempt> {
  const have = await sizeOf(part);
  const meta = have > 0 ? await readMeta(metaPath) : undefined;
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, 'accept-encoding': 'identity' };
  // Hash what we already have before asking, so a slow disk never trips the socket idle timer.
  const resumeHash = have > 0 ? await hashExisting(part) : undefined;
  if (have > 0) {
    headers.range = `bytes=${have}-`;
    const validator = meta?.url === o.url ? (meta.etag ?? meta.lastModified) : undefined;
    if (validator) headers['if-range'] = validator;
  }
  const { res, url } = await follow(o.url, headers, timeoutMs, o.maxRedirects ?? 5);
  const status = res.statusCode ?? 0;

  if (status === 416 && have > 0) {
    // The .part already holds every byte (or is longer than the file): finish it, or start over.
    res.resume();
    const { total } = contentRange(res.headers['content-range']);
    if (total === have && resumeHash) {
      return { size: have, sha256: resumeHash.digest('hex'), finalUrl: url.href, resumedFrom: have };
    }
    await rm(part, { force: true });
    throw new WireProblem('the partial file does not fit the server copy; restarting', true);
  }

  let offset = 0;
  let total: number | null = null;
  let hash: Hash;
  if (status === 206 && have > 0) {
    const range = contentRange(res.headers['content-range']);
    if (range.start !== have) {
      res.resume();
      await rm(part, { force: true });
      throw new WireProblem(`server resumed at byte ${range.start ?? '?'} instead of ${have}; restarting`, true);
    }
    offset = have;
    total = range.total ?? null;
    hash = resumeHash ?? createHash('sha256');
  } else if (status === 200) {
    // A 200 to a Range request means the server ignored the range (or the file changed): start over.
    const length = Number(res.headers['content-length']);
    total = Number.isFinite(length) && res.headers['content-length'] !== undefined ? length : null;
    hash = createHash('sha256');
    const fresh: PartMeta = { url: o.url };
    const etag = res.headers.etag;
    // Weak ETags cannot be used with If-Range.
    if (etag && !etag.startsWith('W/')) fresh.etag = etag;
    if (res.headers['last-modified']) fresh.lastModified = res.headers['last-modified'];
    await writeFile(metaPath, JSON.stringify(fresh));
  } else {
    throw statusProblem(res);
  }

  let received = offset;
  o.onProgress?.({ url: o.url, received, total });
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      received += chunk.length;
      o.onProgress?.({ url: o.url, received, total });
      done(null, chunk);
    },
  });
  // A dropped connection must end the file stream normally: an erroring pipeline would destroy the write
  // stream and discard bytes already received, and those bytes are what the next attempt resumes from.
  let lost: Error | undefined;
  async function* body(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of res) yield chunk as Buffer;
    } catch (e) {
      lost = e as Error;
    }
  }
  await pipeline(body(), meter, createWriteStream(part, { flags: offset > 0 ? 'a' : 'w' }));
  if (lost instanceof WireProblem) throw lost;
  if (lost) throw new WireProblem(`connection lost after ${received} bytes (${lost.message})`, true);
  if (total !== null && received !== total) {
    throw new WireProblem(`connection closed after ${received} of ${total} bytes`, true);
  }
  return { size: received, sha256: hash.digest('hex'), finalUrl: url.href, resumedFrom: offset };
}

/**
 * Download `url` to `dest`, resuming a `${dest}.part` left by an earlier try. Throws
 * AppError('FETCH_FAILED', {url, why}) when the server cannot deliver the file, and
 * AppError('FETCH_CHECKSUM_MISMATCH', …) when the bytes are not the expected ones (nothing is kept then).
 */
export async function downloadFile(o: DownloadOptions): Promise<DownloadResult> {
  const part = `${o.dest}.part`;
  const metaPath = `${part}.json`;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const retries = o.retries ?? 3;
  const expected = o.expectedSha256?.toLowerCase() ?? null;
  await mkdir(dirname(o.dest), { recursive: true });

  let attempts = 0;
  let restartedAfterMismatch = false;
  for (;;) {
    attempts++;
    let got: Attempt;
    try {
      got = await attempt(o, part, metaPath, timeoutMs);
    } catch (e) {
      const problem = e instanceof WireProblem ? e : new WireProblem((e as Error).message, false);
      if (problem.retryable && attempts <= retries) {
        await sleep((o.retryDelayMs ?? 500) * 2 ** (attempts - 1));
        continue;
      }
      throw new AppError('FETCH_FAILED', { url: o.url, why: problem.message });
    }

    const sizeWrong = o.expectedSize != null && got.size !== o.expectedSize;
    if ((expected && got.sha256 !== expected) || sizeWrong) {
      await rm(part, { force: true });
      await rm(metaPath, { force: true });
      // A resumed file can be spliced from two versions of a file that changed upstream: try once from zero.
      if (got.resumedFrom > 0 && !restartedAfterMismatch) {
        restartedAfterMismatch = true;
        continue;
      }
      throw new AppError('FETCH_CHECKSUM_MISMATCH', {
        file: o.dest,
        expected: sizeWrong ? `${o.expectedSize} bytes` : (expected ?? ''),
        actual: sizeWrong ? `${got.size} bytes` : got.sha256,
      });
    }
    await rename(part, o.dest);
    await rm(metaPath, { force: true });
    return { path: o.dest, ...got, attempts };
  }
}
