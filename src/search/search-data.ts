// The search index as plain arrays (built by search-build.ts, queried by search-index.ts), and its on-disk
// form: one binary file beside the catalog build, so a process starts searching without re-tokenising the
// code sets. Typed arrays are stored as raw little-endian bytes, string lists as NUL-joined UTF-8. Raw bytes
// cannot be checked for sense once read (a flipped byte is a wrong posting, not a parse error), so the file is
// compared with the checksum the import recorded in the catalog manifest before any of it is used.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { assertAsRecorded, CODE_SYSTEMS, type CodeSystem, type FileChecksum } from '../catalog/index.js';
import { isAppError } from '../shared/index.js';

/** Bump when the layout or the meaning of any array changes: older files are then ignored and rebuilt. */
export const SEARCH_DATA_FORMAT = 10;
export const SEARCH_INDEX_FILE = 'search-index.bin';

export type SearchSystem = CodeSystem;
/**
 * The systems in the order the file numbers them: a system's number is stored in the file, so this order is part
 * of SEARCH_DATA_FORMAT and is not taken from CODE_SYSTEMS (reordering that list must not misread old files). It
 * must hold exactly the catalog's systems: checked here, at load.
 */
export const SYSTEMS: readonly SearchSystem[] = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'];
if (SYSTEMS.length !== CODE_SYSTEMS.length || CODE_SYSTEMS.some((s) => !SYSTEMS.includes(s)))
  throw new Error(
    `search-data.ts SYSTEMS (${SYSTEMS.join(', ')}) must list every code system (${CODE_SYSTEMS.join(', ')})`,
  );

// document fields
export const F_TITLE = 0;
export const F_SHORT = 1;
export const F_INCLUSION = 2;
export const F_INDEX = 3;
export const F_TABLE = 4;
export const F_DEFINITION = 5;
/** CMS's RBCS subcategory and family of a CPT or HCPCS code (search-rbcs.ts) */
export const F_RBCS = 6;

/**
 * Which of a system's codes one of its releases has, and which it marks billable: bitsets over the system's
 * codes (bit i of byte i >> 3 for the code base + i). A date of service is served by reading the release in
 * force through these, instead of building an index per date.
 */
export interface CodeRelease {
  releaseId: string;
  present: Uint8Array;
  billable: Uint8Array;
  /** the codes (local index, ascending) whose title in this release differs from the index's title, and those titles */
  titleIds: Int32Array;
  titles: string[];
}

export interface SystemRange {
  system: SearchSystem;
  /** the newest release of the system's code list: its codes come first, with its titles */
  releaseId: string;
  /** first global code id of the system, and how many (every code any loaded release has) */
  base: number;
  count: number;
  /** global code ids in code-key order (for prefix and range queries) */
  sortedIds: Int32Array;
  /** every loaded release of the system's code list, oldest first */
  releases: CodeRelease[];
}

export function hasBit(bits: Uint8Array, i: number): boolean {
  return (((bits[i >> 3] as number) >> (i & 7)) & 1) === 1;
}

export function setBit(bits: Uint8Array, i: number): void {
  bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
}

/** The term tree of one index layer (text and parent row), to show the path that matched. */
export interface IndexTree {
  releaseId: string;
  kind: string;
  text: string[];
  parent: Int32Array;
}

export interface SearchData {
  systems: SystemRange[];
  // codes (global ids): the union of every loaded release of each system, the newest release's codes first
  codeSystem: Uint8Array;
  codeText: string[];
  /** the title in the newest release that has the code; '' when it has none (CPT without a licensed file) */
  codeTitle: string[];
  /** billable descendants in the newest release (0 for codes it does not have) */
  codeChildren: Int32Array;
  /** 1 for a HCPCS quality-reporting code (search-build.ts markReportingOnly) */
  codeReporting: Uint8Array;
  // documents: one text that leads to one code
  docCode: Int32Array;
  docField: Uint8Array;
  /** '' for a title document (the code's title is the text) */
  docText: string[];
  /** index tree and row of index and table documents; -1 otherwise */
  docLayer: Int16Array;
  docRow: Int32Array;
  /** per index doc, the token of its main term's first word; -1 for other docs */
  docHead: Int32Array;
  docLen: Uint16Array;
  docNorm: Float32Array;
  trees: IndexTree[];
  // vocabulary and postings (doc * 2 + 1 when the token is nonessential in that doc)
  vocabList: string[];
  postStart: Int32Array;
  postings: Int32Array;
  /** per doc, its token ids in order with repeats (seq from seqStart[d] to seqStart[d + 1]) */
  seqStart: Int32Array;
  seq: Int32Array;
  /** per token, its short list of strongest docs (index into topStart), -1 for a token with a short postings list */
  topOf: Int32Array;
  topStart: Int32Array;
  topPostings: Int32Array;
  idf: Float32Array;
  // typo correction: surface words, their token, and the deletion neighbourhoods (sorted keys)
  surfaceWords: string[];
  surfaceToken: Int32Array;
  delKeys: string[];
  delStart: Int32Array;
  delIds: Int32Array;
  // whole-query "see" references of the indexes: sorted token key -> the term to search instead
  seeKeys: string[];
  seeTargets: string[];
  /** the Alphabetic Index main terms' other forms of the same word: form token -> first form's token */
  formTokens: string[];
  formHeads: string[];
}

type Typed = Uint8Array | Uint16Array | Int16Array | Int32Array | Float32Array;
const TYPED: Record<
  string,
  { new (buf: ArrayBuffer, offset: number, length: number): Typed; BYTES_PER_ELEMENT: number }
> = {
  u8: Uint8Array,
  u16: Uint16Array,
  i16: Int16Array,
  i32: Int32Array,
  f32: Float32Array,
};

function typeOf(a: Typed): string {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Int16Array) return 'i16';
  if (a instanceof Int32Array) return 'i32';
  return 'f32';
}

interface SectionInfo {
  name: string;
  type: string;
  offset: number;
  bytes: number;
  /** strings: how many */
  count?: number;
}

interface FileHeader {
  format: number;
  buildId: string;
  systems: { system: SearchSystem; releaseId: string; base: number; count: number; releases: string[] }[];
  trees: { releaseId: string; kind: string }[];
  sections: SectionInfo[];
}

const MAGIC = 'CDSRCH01';

/** Writes the index beside a catalog build (atomically: a temp file renamed into place). */
export function writeSearchData(buildDir: string, buildId: string, data: SearchData): number {
  const sections: { name: string; value: Typed | string[] }[] = [];
  const add = (name: string, value: Typed | string[]): void => {
    sections.push({ name, value });
  };
  data.systems.forEach((s, i) => {
    add(`systems.${i}.sortedIds`, s.sortedIds);
    s.releases.forEach((r, j) => {
      add(`systems.${i}.releases.${j}.present`, r.present);
      add(`systems.${i}.releases.${j}.billable`, r.billable);
      add(`systems.${i}.releases.${j}.titleIds`, r.titleIds);
      add(`systems.${i}.releases.${j}.titles`, r.titles);
    });
  });
  data.trees.forEach((t, i) => {
    add(`trees.${i}.text`, t.text);
    add(`trees.${i}.parent`, t.parent);
  });
  for (const key of ARRAY_KEYS) add(key, data[key] as Typed | string[]);

  const chunks: Buffer[] = [];
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const { name, value } of sections) {
    let buf: Buffer;
    let info: SectionInfo;
    if (Array.isArray(value)) {
      buf = Buffer.from(value.join('\0'), 'utf8');
      info = { name, type: 'str', offset, bytes: buf.length, count: value.length };
    } else {
      buf = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      info = { name, type: typeOf(value), offset, bytes: buf.length };
    }
    chunks.push(buf);
    infos.push(info);
    offset += buf.length;
    const pad = (8 - (offset % 8)) % 8;
    if (pad) {
      chunks.push(Buffer.alloc(pad));
      offset += pad;
    }
  }
  const header: FileHeader = {
    format: SEARCH_DATA_FORMAT,
    buildId,
    systems: data.systems.map(({ system, releaseId, base, count, releases }) => ({
      system,
      releaseId,
      base,
      count,
      releases: releases.map((r) => r.releaseId),
    })),
    trees: data.trees.map(({ releaseId, kind }) => ({ releaseId, kind })),
    sections: infos,
  };
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  // magic, header length, header, padding to 8, then the sections
  const pre = Buffer.alloc(16);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(headerBuf.length, 8);
  const headPad = (8 - ((16 + headerBuf.length) % 8)) % 8;
  const path = join(buildDir, SEARCH_INDEX_FILE);
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  let total = 0;
  try {
    for (const b of [pre, headerBuf, Buffer.alloc(headPad), ...chunks]) {
      writeSync(fd, b);
      total += b.length;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return total;
}

const ARRAY_KEYS = [
  'codeSystem',
  'codeText',
  'codeTitle',
  'codeChildren',
  'codeReporting',
  'docCode',
  'docField',
  'docText',
  'docLayer',
  'docRow',
  'docHead',
  'docLen',
  'docNorm',
  'vocabList',
  'postStart',
  'postings',
  'seqStart',
  'seq',
  'topOf',
  'topStart',
  'topPostings',
  'idf',
  'surfaceWords',
  'surfaceToken',
  'delKeys',
  'delStart',
  'delIds',
  'seeKeys',
  'seeTargets',
  'formTokens',
  'formHeads',
] as const satisfies readonly (keyof SearchData)[];

/** The index read from its file, or why it was not used (nothing to say when there is no file). */
export type SearchDataRead = { data: SearchData } | { data?: undefined; notice?: string };

/**
 * Reads the index written for a catalog build. Not used, with a notice saying why, when it does not match the
 * checksum the import recorded, is damaged, belongs to another build or is of an older format: the caller then
 * builds the index from the catalog instead.
 */
export function readSearchData(buildDir: string, buildId: string, recorded?: FileChecksum): SearchDataRead {
  const path = join(buildDir, SEARCH_INDEX_FILE);
  const unused = (why: string): SearchDataRead => ({
    notice: `${why}. The search index was built from the catalog instead (a few seconds at each start)`,
  });
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return {};
  }
  try {
    if (recorded) assertAsRecorded(path, file, recorded, 'sha256');
  } catch (e) {
    if (isAppError(e)) return unused(e.message);
    throw e;
  }
  const damaged = `The search index ${path} is damaged; run "codedesk import" again to rebuild it`;
  if (file.length < 16 || file.toString('latin1', 0, 8) !== MAGIC) return unused(damaged);
  const headLen = file.readUInt32LE(8);
  let header: FileHeader;
  try {
    header = JSON.parse(file.toString('utf8', 16, 16 + headLen)) as FileHeader;
  } catch {
    return unused(damaged);
  }
  if (header.format !== SEARCH_DATA_FORMAT || header.buildId !== buildId) {
    return unused(
      `The search index ${path} is of format ${header.format} for build ${header.buildId}, not format ${SEARCH_DATA_FORMAT} for build ${buildId}; run "codedesk import" again to rebuild it`,
    );
  }
  const base = 16 + headLen + ((8 - ((16 + headLen) % 8)) % 8);
  // one aligned copy of the section area, so typed arrays can view it without copying each
  const area = new ArrayBuffer(file.length - base);
  new Uint8Array(area).set(file.subarray(base));
  const bySection = new Map(header.sections.map((s) => [s.name, s]));
  const section = (name: string): Typed | string[] => {
    const s = bySection.get(name);
    if (!s) throw new Error(`search index section ${name} missing`);
    if (s.type === 'str') {
      if (s.count === 0) return [];
      return Buffer.from(area, s.offset, s.bytes).toString('utf8').split('\0');
    }
    const T = TYPED[s.type];
    if (!T) throw new Error(`search index section ${name} has unknown type ${s.type}`);
    return new T(area, s.offset, s.bytes / T.BYTES_PER_ELEMENT);
  };
  try {
    const data: Record<string, unknown> = {
      systems: header.systems.map((s, i) => ({
        ...s,
        sortedIds: section(`systems.${i}.sortedIds`),
        releases: s.releases.map((releaseId, j) => ({
          releaseId,
          present: section(`systems.${i}.releases.${j}.present`),
          billable: section(`systems.${i}.releases.${j}.billable`),
          titleIds: section(`systems.${i}.releases.${j}.titleIds`),
          titles: section(`systems.${i}.releases.${j}.titles`),
        })),
      })),
      trees: header.trees.map((t, i) => ({
        ...t,
        text: section(`trees.${i}.text`),
        parent: section(`trees.${i}.parent`),
      })),
    };
    for (const key of ARRAY_KEYS) data[key] = section(key);
    return { data: data as unknown as SearchData };
  } catch {
    return unused(damaged);
  }
}
