// Unpacks an official zip into one folder, keeping the publisher's file names.
//
// CMS and CDC wrap members in folders ("Table and Index/…", "Code Descriptions/…"); the importer's layout
// is `<source>/<release>/<official file name>`, so folders are flattened. Some packages carry a zip inside
// the zip; those are expanded into the same folder. Every member name is checked before anything is
// written, and every file is written to a temporary name and renamed, so a crash never leaves a half file
// under an official name and nothing can land outside the target folder (zip-slip).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/index.js';
import { listZip, readZipMember } from '../archive/index.js';
import { sha256Bytes } from './verify.js';

export interface UnpackedFile {
  /** official file name, folders removed */
  name: string;
  /** absolute path written */
  path: string;
  size: number;
  sha256: string;
  /** where it came from: "Table and Index/x.xml", or "outer.zip member!/inner member" for nested zips */
  member: string;
}

export interface UnpackOptions {
  /** unpack only the files for which this returns true (by flattened name); default: all */
  include?: (name: string) => boolean;
  /** expand a member zip instead of writing it (by flattened name); default: every .zip member */
  expand?: (name: string) => boolean;
  /** how deep zips inside zips are expanded; default 2 */
  maxDepth?: number;
}

function unsafe(archive: string, member: string, why: string): AppError {
  return new AppError('CODESET_NOT_RECOGNIZED', {
    file: `${archive}!/${member}`,
    why: `unsafe member name (${why}); the archive was refused`,
  });
}

/**
 * The name a member is written under, or null for entries that are not official files (folders, macOS
 * resource forks, hidden files). Throws for names that try to leave the target folder.
 */
export function flatMemberName(archive: string, member: string): string | null {
  if (member.includes('\0')) throw unsafe(archive, member, 'NUL character');
  const norm = member.replace(/\\/g, '/');
  if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm)) throw unsafe(archive, member, 'absolute path');
  const parts = norm.split('/');
  if (parts.includes('..')) throw unsafe(archive, member, 'parent-folder reference');
  if (norm.endsWith('/') || parts[0] === '__MACOSX') return null;
  const base = parts[parts.length - 1] ?? '';
  if (base === '' || base === '.' || base.startsWith('.')) return null;
  return base;
}

/** Write bytes under `dir/name` via a hidden temporary file (the importer skips dot-files) and a rename. */
async function writeAtomically(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const final = resolve(dir, name);
  // Belt and braces: flatMemberName already guarantees a bare name.
  if (dirname(final) !== resolve(dir)) throw new Error(`refusing to write outside ${dir}: ${name}`);
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, final);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return final;
}

async function unpackInto(
  archive: string,
  label: string,
  targetDir: string,
  opts: UnpackOptions,
  depth: number,
  written: Map<string, UnpackedFile>,
): Promise<void> {
  const members = await listZip(archive);
  // Validate every name first: a hostile archive is refused before a single byte is written.
  const plan: { member: string; name: string }[] = [];
  for (const m of members) {
    const name = flatMemberName(label, m.name);
    if (name) plan.push({ member: m.name, name });
  }
  const expand = opts.expand ?? (() => true);
  for (const { member, name } of plan) {
    const nested = name.toLowerCase().endsWith('.zip') && expand(name) && depth < (opts.maxDepth ?? 2);
    if (!nested && opts.include && !opts.include(name)) continue;
    const bytes = await readZipMember(archive, member);
    const origin = depth === 0 ? member : `${label}!/${member}`;
    if (nested) {
      // yauzl reads from a file, so the inner zip goes to a hidden temporary file first.
      const tmp = join(targetDir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.nested`);
      try {
        await writeFile(tmp, bytes);
        await unpackInto(tmp, origin, targetDir, opts, depth + 1, written);
      } finally {
        await rm(tmp, { force: true });
      }
      continue;
    }
    const sha256 = sha256Bytes(bytes);
    const earlier = written.get(name);
    if (earlier) {
      // Two folders holding the same file is harmless; two different files under one name is not.
      if (earlier.sha256 === sha256) continue;
      throw new AppError('CODESET_NOT_RECOGNIZED', {
        file: label,
        why: `members "${earlier.member}" and "${origin}" would both be written as ${name}`,
      });
    }
    const path = await writeAtomically(targetDir, name, bytes);
    written.set(name, { name, path, size: bytes.length, sha256, member: origin });
  }
}

/**
 * Unpack every file of the zip at `archive` into `targetDir` (created if needed), flattening folders and
 * expanding nested zips. Returns what was written. Damaged or hostile archives throw
 * CODESET_NOT_RECOGNIZED; files written before a later member failed stay (callers unpack into staging).
 */
export async function unpackZip(archive: string, targetDir: string, opts: UnpackOptions = {}): Promise<UnpackedFile[]> {
  await mkdir(targetDir, { recursive: true });
  const written = new Map<string, UnpackedFile>();
  await unpackInto(archive, archive, targetDir, opts, 0, written);
  return [...written.values()];
}
