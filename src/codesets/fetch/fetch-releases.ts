// `codedesk data fetch`: download each official release archive, verify it, unpack it into the layout the
// importer reads (`<to>/<source>/<release>/<official names>`) and say exactly what was and was not verified.
//
// Order of work for one release, chosen so a bad download can never replace good files:
//   receipt still valid? -> done ("already-present", nothing downloaded)
//   download (resumable) to <to>/.codedesk-fetch/archives/<id>/  -> archive sha256 checked when known
//   unpack into a private staging folder -> member sha256 checked when known
//   only then rename the files into <to>/<source>/<release>/ and write the receipt.
// A release that fails is reported and the next one is tried.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, isAppError } from '../../shared/index.js';
import { downloadFile } from './download.js';
import { type Receipt, readReceipt, type Verification, WORK_DIR, writeReceipt } from './receipt.js';
import { OFFICIAL_RELEASES, type ReleaseDownload, selectReleases } from './release-list.js';
import { type UnpackedFile, unpackZip } from './unpack.js';
import { acceptedSha256, checkMember, type MemberCheck, sha256File } from './verify.js';

export type FetchStatus = 'downloaded' | 'already-present' | 'failed' | 'unverified';

export interface FetchedFile {
  name: string;
  /** path relative to the data folder, with forward slashes: "icd10pcs/2026/icd10pcs_tables_2026.xml" */
  path: string;
  size: number;
  sha256: string;
  check: MemberCheck;
}

export interface ReleaseReport {
  id: string;
  source: string;
  release: string;
  title: string;
  /** the address actually used (the mirror's when baseUrlOverride is set) */
  url: string;
  /**
   * downloaded: installed, and at least the archive or one member matched a known sha256
   * unverified: installed, but no checksum was known for anything in it: trust is the publisher's TLS only
   * already-present: installed earlier and re-verified against the receipt; nothing was downloaded
   * failed: nothing changed in the target folder; see error
   */
  status: FetchStatus;
  verification: Verification;
  archive?: { name: string; size: number; sha256: string };
  files: FetchedFile[];
  warnings: string[];
  error?: { code: string; message: string };
}

export interface FetchReport {
  to: string;
  releases: ReleaseReport[];
  /** true when no release failed */
  ok: boolean;
}

export type FetchProgressEvent =
  | { type: 'release-start'; id: string; url: string }
  | { type: 'download'; id: string; received: number; total: number | null }
  | { type: 'unpack'; id: string }
  | { type: 'release-done'; id: string; status: FetchStatus };

export interface FetchOptions {
  /** the data folder (the importer's CODESETS_DIR / --from) */
  to: string;
  /** default: OFFICIAL_RELEASES */
  releases?: readonly ReleaseDownload[];
  /** fetch every URL from `${base}/${path of the official URL}` instead (a mirror, or a test server) */
  baseUrlOverride?: string;
  /** release ids, sources ("ncci") or targets ("ncci/2026Q2"); default: all */
  only?: string[];
  onProgress?: (e: FetchProgressEvent) => void;
  /** idle timeout per request; default 60 s */
  fetchTimeoutMs?: number;
  /** network retries per archive (each resumes); default 3 */
  retries?: number;
  /** keep the downloaded zips in <to>/.codedesk-fetch/archives after unpacking; default false */
  keepArchives?: boolean;
}

/** Map an official URL onto a mirror: https://www.cms.gov/files/zip/a.zip -> `${base}/files/zip/a.zip`. */
export function mirrorUrl(url: string, base: string): string {
  const u = new URL(url);
  return `${base.replace(/\/+$/, '')}/${u.pathname.replace(/^\/+/, '')}${u.search}`;
}

function toPosix(...parts: string[]): string {
  return parts.join('/');
}

async function fileSize(path: string): Promise<number | undefined> {
  const s = await stat(path).catch(() => undefined);
  return s?.isFile() ? s.size : undefined;
}

/** Re-verify an earlier install against its receipt; undefined means "fetch it again". */
async function alreadyPresent(rel: ReleaseDownload, to: string): Promise<Partial<ReleaseReport> | undefined> {
  const receipt = await readReceipt(to, rel.id);
  if (!receipt || receipt.url !== rel.url) return undefined;
  if (rel.archive.sha256 && receipt.archive.sha256 !== rel.archive.sha256.toLowerCase()) return undefined;
  const recorded = new Set(receipt.files.map((f) => f.name));
  if (rel.members.some((m) => !m.optional && !recorded.has(m.name))) return undefined;
  const members = new Map(rel.members.map((m) => [m.name, m]));
  const files: FetchedFile[] = [];
  for (const f of receipt.files) {
    const path = join(to, rel.target, f.name);
    if ((await fileSize(path)) !== f.size) return undefined;
    const sha256 = await sha256File(path);
    if (sha256 !== f.sha256) return undefined;
    const member = members.get(f.name);
    const check = member ? await checkMember(path, member, sha256) : 'unchecked';
    if (check === 'mismatch') return undefined;
    files.push({ name: f.name, path: toPosix(rel.target, f.name), size: f.size, sha256, check });
  }
  const verification: Verification =
    rel.archive.sha256 && receipt.verification === 'archive-sha256'
      ? 'archive-sha256'
      : files.some((f) => f.check !== 'unchecked')
        ? 'member-sha256'
        : 'none';
  const warnings = verification === 'none' ? ['not verified: no checksum is known for this release'] : [];
  return { status: 'already-present', verification, archive: receipt.archive, files, warnings };
}

/** Refuse anything that is not a zip before unpacking: cms.gov answers some requests with an HTML page. */
async function assertZip(path: string, url: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const magic = head.subarray(0, 4).toString('latin1');
    if (magic === 'PK\x03\x04' || magic === 'PK\x05\x06') return;
    const text = head.subarray(0, bytesRead).toString('latin1').trimStart().toLowerCase();
    const why =
      text.startsWith('<!doctype html') || text.startsWith('<html')
        ? 'the server sent an HTML page, not a zip archive (a licence, login or error page?)'
        : 'the server sent something that is not a zip archive';
    throw new AppError('FETCH_FAILED', { url, why });
  } finally {
    await fh.close();
  }
}

/** Download the archive, or reuse a complete one left by a run that stopped before unpacking. */
async function obtainArchive(
  rel: ReleaseDownload,
  url: string,
  archivePath: string,
  o: FetchOptions,
): Promise<{ size: number; sha256: string }> {
  const expected = rel.archive.sha256?.toLowerCase() ?? null;
  const size = await fileSize(archivePath);
  if (size !== undefined) {
    const sha256 = await sha256File(archivePath);
    if ((!expected || sha256 === expected) && (rel.archive.size == null || size === rel.archive.size)) {
      return { size, sha256 };
    }
    await rm(archivePath, { force: true });
  }
  const got = await downloadFile({
    url,
    dest: archivePath,
    expectedSha256: expected,
    expectedSize: rel.archive.size,
    timeoutMs: o.fetchTimeoutMs,
    retries: o.retries,
    onProgress: (p) => o.onProgress?.({ type: 'download', id: rel.id, received: p.received, total: p.total }),
  });
  return { size: got.size, sha256: got.sha256 };
}

/** Check the staged files against the release's expectations; throws when a known checksum fails. */
async function verifyStaged(
  rel: ReleaseDownload,
  unpacked: UnpackedFile[],
): Promise<{ files: FetchedFile[]; warnings: string[]; verification: Verification }> {
  const byName = new Map(unpacked.map((f) => [f.name, f]));
  const checks = new Map<string, MemberCheck>();
  const warnings: string[] = [];
  for (const m of rel.members) {
    const f = byName.get(m.name);
    if (!f) {
      if (m.optional) {
        warnings.push(`${m.name} (documentation) is not in the archive`);
        continue;
      }
      throw new AppError('CODESET_NOT_RECOGNIZED', {
        file: rel.archive.name,
        why: `the expected member ${m.name} is missing; the publisher may have changed the package (see ${rel.landingPage})`,
      });
    }
    const check = await checkMember(f.path, m, f.sha256);
    if (check === 'mismatch') {
      throw new AppError('FETCH_CHECKSUM_MISMATCH', {
        file: `${rel.archive.name}!/${m.name}`,
        expected: acceptedSha256(m).join(' or '),
        actual: f.sha256,
      });
    }
    if (check === 'eol-normalized') {
      warnings.push(`${m.name} matches the known sha256 only with CRLF line endings read as LF`);
    }
    checks.set(m.name, check);
  }
  const files = unpacked.map((f) => ({
    name: f.name,
    path: toPosix(rel.target, f.name),
    size: f.size,
    sha256: f.sha256,
    check: checks.get(f.name) ?? 'unchecked',
  }));
  const verification: Verification = rel.archive.sha256
    ? 'archive-sha256'
    : files.some((f) => f.check !== 'unchecked')
      ? 'member-sha256'
      : 'none';
  if (verification === 'none') warnings.push('not verified: no checksum is known for this release');
  return { files, warnings, verification };
}

function errorOf(e: unknown): { code: string; message: string } {
  if (isAppError(e)) return { code: e.code, message: e.message };
  return { code: 'UNEXPECTED', message: e instanceof Error ? e.message : String(e) };
}

async function fetchOne(rel: ReleaseDownload, o: FetchOptions): Promise<ReleaseReport> {
  const url = o.baseUrlOverride ? mirrorUrl(rel.url, o.baseUrlOverride) : rel.url;
  const report: ReleaseReport = {
    id: rel.id,
    source: rel.source,
    release: rel.release,
    title: rel.title,
    url,
    status: 'failed',
    verification: 'none',
    files: [],
    warnings: [],
  };
  const present = await alreadyPresent(rel, o.to);
  if (present) return { ...report, ...present };

  const work = join(o.to, WORK_DIR);
  const archivePath = join(work, 'archives', rel.id, rel.archive.name);
  const staging = join(work, 'staging', `${rel.id}.${process.pid}.${randomBytes(4).toString('hex')}`);
  let archiveComplete = false;
  try {
    const archive = await obtainArchive(rel, url, archivePath, o);
    archiveComplete = true;
    await assertZip(archivePath, url);
    o.onProgress?.({ type: 'unpack', id: rel.id });
    const wanted = new Set(rel.members.map((m) => m.name));
    const unpacked = await unpackZip(archivePath, staging, {
      include: rel.extract === 'expected-only' ? (name) => wanted.has(name) : undefined,
      // A zip the release lists as a member is an official file; any other inner zip is a wrapper.
      expand: (name) => !wanted.has(name),
    });
    const { files, warnings, verification } = await verifyStaged(rel, unpacked);

    // Staging sits on the same file system, so each rename is atomic and replaces an older copy in place.
    const targetDir = join(o.to, rel.target);
    await mkdir(targetDir, { recursive: true });
    for (const f of unpacked) await rename(f.path, join(targetDir, f.name));
    const receipt: Receipt = {
      id: rel.id,
      url: rel.url,
      fetchedAt: new Date().toISOString(),
      archive: { name: rel.archive.name, ...archive },
      verification,
      files: files.map(({ name, size, sha256, check }) => ({ name, size, sha256, check })),
    };
    await writeReceipt(o.to, receipt);
    if (!o.keepArchives) await rm(join(work, 'archives', rel.id), { recursive: true, force: true });
    return {
      ...report,
      status: verification === 'none' ? 'unverified' : 'downloaded',
      verification,
      archive: receipt.archive,
      files,
      warnings,
    };
  } catch (e) {
    // A complete archive that failed verification or unpacking is bad: drop it so the next run starts
    // clean. An interrupted download keeps its .part so the next run resumes.
    if (archiveComplete) await rm(archivePath, { force: true });
    return { ...report, error: errorOf(e) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Download, verify and unpack the official releases into `opts.to`. Never throws for a release that fails
 * (it is reported); throws BAD_INPUT for options that cannot be right (unknown --only names, bad mirror URL).
 */
export async function fetchReleases(opts: FetchOptions): Promise<FetchReport> {
  const all = opts.releases ?? OFFICIAL_RELEASES;
  const chosen = selectReleases(all, opts.only);
  for (const name of opts.only ?? []) {
    if (selectReleases(all, [name]).length === 0) {
      throw new AppError('BAD_INPUT', {
        why: `"${name}" names no release; use one of: ${all.map((r) => r.id).join(', ')}`,
      });
    }
  }
  if (opts.baseUrlOverride !== undefined) {
    const base = URL.canParse(opts.baseUrlOverride) ? new URL(opts.baseUrlOverride) : undefined;
    if (!base || (base.protocol !== 'http:' && base.protocol !== 'https:')) {
      throw new AppError('BAD_INPUT', { why: `the mirror address "${opts.baseUrlOverride}" is not an http(s) URL` });
    }
  }
  const releases: ReleaseReport[] = [];
  for (const rel of chosen) {
    const url = opts.baseUrlOverride ? mirrorUrl(rel.url, opts.baseUrlOverride) : rel.url;
    opts.onProgress?.({ type: 'release-start', id: rel.id, url });
    const r = await fetchOne(rel, opts);
    opts.onProgress?.({ type: 'release-done', id: rel.id, status: r.status });
    releases.push(r);
  }
  return { to: opts.to, releases, ok: releases.every((r) => r.status !== 'failed') };
}
