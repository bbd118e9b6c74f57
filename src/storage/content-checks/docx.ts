// Word documents (.docx: ECMA-376 / ISO/IEC 29500 WordprocessingML in an Open Packaging Conventions ZIP container,
// read with yauzl), checked as a package and as a ZIP that could be a bomb:
// - the package: [Content_Types].xml declares /word/document.xml with the WordprocessingML main document content
//   type (a macro-enabled .docm or a template declares another and is refused), and word/document.xml is there;
// - the container: at most DOCX_LIMITS.maxEntries entries, no two with one name, no encrypted entry, only stored or
//   deflated entries, no absolute path or ".." (yauzl refuses those too), the declared sizes within the total and
//   ratio bounds — and then every entry is inflated, counting what comes out, so a container whose declared sizes
//   lie is stopped at the bound rather than believed. Inflated bytes are counted and dropped, never kept (except
//   [Content_Types].xml, itself bounded).
import yauzl from 'yauzl';
import { DOCX_LIMITS } from '../upload-kinds.js';

const CONTENT_TYPES = '[content_types].xml';
const MAIN_DOCUMENT = 'word/document.xml';
const MAIN_DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

// yauzl (validateEntrySizes) stops an entry's stream at its declared size, before the count here sees more
const SIZES_LIE = 'its files unpack to other sizes than they declare';

/** A refusal found while reading: its message is the plain-words reason. */
class DocxProblem extends Error {}

export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

export async function docxProblem(bytes: Buffer): Promise<string | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (e) {
    return zipErrorInWords(e);
  }
  try {
    if (zip.entryCount > DOCX_LIMITS.maxEntries)
      return `it holds ${zip.entryCount} files, more than a Word document has (at most ${DOCX_LIMITS.maxEntries})`;
    const found = await readEntries(zip);
    if (found.contentTypes === undefined) return 'it is a ZIP archive without [Content_Types].xml, not a Word document';
    if (!found.names.has(MAIN_DOCUMENT)) return 'it has no word/document.xml, so it is not a Word document';
    if (!declaresMainDocument(found.contentTypes))
      return 'its content types do not declare a Word document (a macro-enabled document or a template is not taken)';
    return undefined;
  } catch (e) {
    return e instanceof DocxProblem ? e.message : zipErrorInWords(e);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true },
      (err, zip) => (err || !zip ? reject(err ?? new Error('unreadable')) : resolve(zip)),
    );
  });
}

/** yauzl's refusals, in words: its unsafe-path checks, its size check, and the rest as damage */
function zipErrorInWords(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/absolute path|invalid relative path|invalid characters in fileName/.test(message))
    return 'it holds a file with an unsafe path';
  if (/too many bytes|size mismatch/.test(message)) return SIZES_LIE;
  return 'it is a damaged ZIP archive';
}

interface Entries {
  /** lower-cased names (package part names are case-insensitive) */
  names: Set<string>;
  contentTypes: string | undefined;
}

function readEntries(zip: yauzl.ZipFile): Promise<Entries> {
  const found: Entries = { names: new Set(), contentTypes: undefined };
  const totals = { declared: 0, inflated: 0 };
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(found));
    zip.on('entry', (entry: yauzl.Entry) => {
      visitEntry(zip, entry, found, totals).then(() => zip.readEntry(), reject);
    });
    zip.readEntry();
  });
}

async function visitEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  found: Entries,
  totals: { declared: number; inflated: number },
): Promise<void> {
  const name = entry.fileName;
  // yauzl refuses these before we see them; checked again so the rule does not rest on a library default
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..'))
    throw new DocxProblem('it holds a file with an unsafe path');
  const key = name.toLowerCase();
  if (found.names.has(key)) throw new DocxProblem('it holds two files with one name');
  found.names.add(key);
  if (name.endsWith('/')) return;
  if (entry.isEncrypted()) throw new DocxProblem('it is password-protected; save it without a password');
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw new DocxProblem('it uses a compression method Word does not');
  totals.declared += entry.uncompressedSize;
  if (totals.declared > DOCX_LIMITS.maxTotalBytes) throw tooBig();
  if (tooCompressed(entry.uncompressedSize, entry.compressedSize)) throw bomb();
  const keep = key === CONTENT_TYPES;
  const bytes = await inflate(zip, entry, totals, keep);
  if (keep) found.contentTypes = bytes.toString('utf8');
}

const tooBig = () =>
  new DocxProblem(`it unpacks to more than ${DOCX_LIMITS.maxTotalBytes / (1024 * 1024)} MB, more than a document does`);
const bomb = () => new DocxProblem('it is compressed far more than a document can be (a "zip bomb")');

function tooCompressed(inflated: number, compressed: number): boolean {
  return inflated > DOCX_LIMITS.ratioFromBytes && inflated > DOCX_LIMITS.maxRatio * Math.max(compressed, 1);
}

/** Inflates one entry, counting as it goes and stopping at the first bound crossed; keeps the bytes if asked. */
function inflate(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  totals: { declared: number; inflated: number },
  keep: boolean,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(err ?? new Error('unreadable entry'));
        return;
      }
      const chunks: Buffer[] = [];
      let inflated = 0;
      const stop = (problem: DocxProblem) => {
        stream.destroy();
        reject(problem);
      };
      stream.on('data', (chunk: Buffer) => {
        inflated += chunk.length;
        totals.inflated += chunk.length;
        if (totals.inflated > DOCX_LIMITS.maxTotalBytes) return stop(tooBig());
        if (inflated > entry.uncompressedSize) return stop(new DocxProblem(SIZES_LIE));
        if (tooCompressed(inflated, entry.compressedSize)) return stop(bomb());
        if (keep) {
          if (inflated > DOCX_LIMITS.maxContentTypesBytes)
            return stop(new DocxProblem('its [Content_Types].xml is far larger than a document needs'));
          chunks.push(chunk);
        }
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** [Content_Types].xml has <Override PartName="/word/document.xml" ContentType="…main+xml"/> (attributes in any order) */
function declaresMainDocument(xml: string): boolean {
  for (const [element] of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const part = /\bPartName\s*=\s*["']([^"']*)["']/.exec(element)?.[1];
    const type = /\bContentType\s*=\s*["']([^"']*)["']/.exec(element)?.[1];
    if (part?.toLowerCase() === `/${MAIN_DOCUMENT}` && type === MAIN_DOCUMENT_TYPE) return true;
  }
  return false;
}
