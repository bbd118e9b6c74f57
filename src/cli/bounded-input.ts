// The one way CLI commands read a file or stdin: bounded, so that `codedesk check-claim /dev/zero` or a runaway
// pipe ends with a clear INPUT_TOO_LARGE (exit 2) instead of growing until the machine runs out of memory.
// A document is read whole up to its limit; a batch is streamed line by line, each line bounded on its own (a
// line over the limit is skipped up to its newline and reported in its place) and the batch bounded in total,
// so memory stays flat whatever the input: at most one line plus one chunk is held.
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { AppError } from '../shared/index.js';

/** One claim document: the same as the web API's request body limit. */
export const MAX_DOCUMENT_BYTES = 256 * 1024;
/** One line of a batch (a claim, a query). */
export const MAX_LINE_BYTES = 256 * 1024;
/** A whole batch: millions of claims or queries; past that, split the file. */
export const MAX_BATCH_BYTES = 1024 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/** A file or stdin, opened: an unreadable file is refused before any slow work (loading the catalog). */
export interface InputSource {
  /** "the claim file x.json", "the batch on stdin": the subject of error messages */
  label: string;
  stream: Readable;
  /** size of a regular file; undefined for stdin, pipes and devices */
  size: number | undefined;
}

function cannotRead(label: string, e: unknown): AppError {
  return new AppError('BAD_INPUT', { why: `Cannot read ${label}: ${e instanceof Error ? e.message : String(e)}` });
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Opens FILE, or stdin for "-". `what` names the input in messages ("claim", "batch"). */
export async function openInput(file: string, what: string): Promise<InputSource> {
  if (file === '-') return { label: `the ${what} on stdin`, stream: process.stdin, size: undefined };
  const label = `the ${what} file ${file}`;
  try {
    const handle = await open(file, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw new Error('it is a folder');
    }
    const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
    return { label, stream, size: stat.isFile() ? stat.size : undefined };
  } catch (e) {
    throw cannotRead(label, e);
  }
}

function tooLarge(source: InputSource, limitBytes: number, hint: string): AppError {
  return new AppError('INPUT_TOO_LARGE', { what: capitalised(source.label), limitBytes, hint });
}

/** The whole input as text (a leading byte-order mark dropped); INPUT_TOO_LARGE past `limitBytes`. */
export async function readDocument(
  source: InputSource,
  limitBytes: number = MAX_DOCUMENT_BYTES,
  hint = 'the limit for one claim document',
): Promise<string> {
  // a regular file says its size: refused without reading it
  if (source.size !== undefined && source.size > limitBytes) {
    source.stream.destroy();
    throw tooLarge(source, limitBytes, hint);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source.stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += b.length;
      if (total > limitBytes) {
        source.stream.destroy();
        throw tooLarge(source, limitBytes, hint);
      }
      chunks.push(b);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw cannotRead(source.label, e);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One line of a batch, numbered from 1: its text, or the error that stands in its place. */
export type BatchLine = { line: number; text: string; error?: undefined } | { line: number; error: AppError };

/**
 * The lines of a batch (split at "\n", a "\r" before it dropped; no line after a final newline), each at most
 * `lineLimit` bytes: a longer one is given as an INPUT_TOO_LARGE error as soon as it passes the limit, and the
 * rest of it skipped. Throws INPUT_TOO_LARGE once the batch passes `totalLimit`, after the lines before.
 */
export async function* readBatchLines(
  source: InputSource,
  lineLimit: number = MAX_LINE_BYTES,
  totalLimit: number = MAX_BATCH_BYTES,
): AsyncGenerator<BatchLine> {
  const batchHint = 'the limit for one batch; split it (the lines before this point were answered)';
  if (source.size !== undefined && source.size > totalLimit) {
    source.stream.destroy();
    throw tooLarge(source, totalLimit, batchHint);
  }
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  let line = 1;
  let total = 0;
  const finish = (): BatchLine => {
    let text = Buffer.concat(parts, length).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    parts = [];
    length = 0;
    return { line, text };
  };
  const tooLong = (): BatchLine => {
    parts = [];
    length = 0;
    skipping = true;
    const what = `Line ${line} of ${source.label}`;
    return {
      line,
      error: new AppError('INPUT_TOO_LARGE', {
        what,
        limitBytes: lineLimit,
        hint: 'the limit for one line; the line was skipped and the batch goes on',
        longer: true,
      }),
    };
  };
  try {
    for await (const chunk of source.stream) {
      const whole = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += whole.length;
      // past the batch limit: the lines that end within it are answered, then the batch is refused
      const over = total > totalLimit;
      const b = over ? whole.subarray(0, whole.length - (total - totalLimit)) : whole;
      let from = 0;
      while (from < b.length) {
        const nl = b.indexOf(NEWLINE, from);
        const end = nl < 0 ? b.length : nl;
        if (!skipping) {
          if (length + (end - from) > lineLimit) yield tooLong();
          else {
            parts.push(b.subarray(from, end));
            length += end - from;
          }
        }
        if (nl < 0) break;
        if (skipping) skipping = false;
        else yield finish();
        line++;
        from = nl + 1;
      }
      if (over) {
        source.stream.destroy();
        throw tooLarge(source, totalLimit, batchHint);
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw cannotRead(source.label, e);
  }
  if (length > 0 && !skipping) yield finish();
}
