// Checksums for downloaded archives and unpacked members.
//
// Why a line-ending-tolerant comparison exists: the only member checksums we have were taken from copies
// of official files kept in git repositories, and several of those copies have LF line endings while the
// same kind of file straight from a CMS/CDC zip has CRLF (git normalises text files on commit). For text
// members we therefore also accept a file whose content, with CRLF turned into LF, hashes to the known
// value. That still pins every character of the content; it is reported as 'eol-normalized', never as an
// exact match, and it is never applied to binary files (xlsx, pdf, zip).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ExpectedMember } from './release-list.js';

/** How a member was checked: exact bytes, same content after CRLF -> LF, or not checked (no known sha256). */
export type MemberCheck = 'exact' | 'eol-normalized' | 'unchecked';

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** sha256 of the file's content with every CRLF pair replaced by LF (streamed; a CR may end one chunk). */
export async function sha256FileLf(path: string): Promise<string> {
  const hash = createHash('sha256');
  let pendingCr = false;
  for await (const raw of createReadStream(path)) {
    const chunk = raw as Buffer;
    const out = Buffer.allocUnsafe(chunk.length + 1);
    let n = 0;
    if (pendingCr && chunk[0] !== 0x0a) out[n++] = 0x0d;
    pendingCr = false;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (b === 0x0d) {
        if (i === chunk.length - 1) pendingCr = true;
        else if (chunk[i + 1] !== 0x0a) out[n++] = b;
      } else out[n++] = b;
    }
    hash.update(out.subarray(0, n));
  }
  if (pendingCr) hash.update(Buffer.from([0x0d]));
  return hash.digest('hex');
}

const TEXT_EXTENSIONS = /\.(txt|csv|xml|xsd|dtd|json|html?)$/i;

export function isTextFile(name: string): boolean {
  return TEXT_EXTENSIONS.test(name);
}

export function acceptedSha256(member: ExpectedMember): string[] {
  return member.sha256 ? [member.sha256, ...(member.alsoAccept ?? [])].map((s) => s.toLowerCase()) : [];
}

/**
 * Check one unpacked file against what we know of it. `rawSha256` is the file's own sha256 when the caller
 * already has it. Returns 'mismatch' when a known checksum does not match.
 */
export async function checkMember(
  path: string,
  member: ExpectedMember,
  rawSha256?: string,
): Promise<MemberCheck | 'mismatch'> {
  const accepted = acceptedSha256(member);
  if (accepted.length === 0) return 'unchecked';
  const raw = rawSha256 ?? (await sha256File(path));
  if (accepted.includes(raw)) return 'exact';
  if (isTextFile(member.name) && accepted.includes(await sha256FileLf(path))) return 'eol-normalized';
  return 'mismatch';
}
