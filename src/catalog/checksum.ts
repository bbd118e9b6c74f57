// The checksums that make the catalog artifact tamper-evident: import records the sha256 and size of each file
// it writes in the manifest, and readers compare them. Comparing the size is free (the bytes are read anyway);
// the sha256 costs about 0.6 ms per MB, so it is done where start-up can pay for it (Catalog.warm,
// `codedesk verify`, the search index read whole at open), not on every lazy layer load
// (bench/catalog.bench.ts measures both).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { AppError } from '../shared/index.js';
import type { FileChecksum } from './model.js';

export function checksumOf(bytes: Uint8Array): FileChecksum {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/** The checksum of a file read in chunks (the search index is about 85 MB). */
export async function checksumOfFile(path: string): Promise<FileChecksum> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

export type CheckDepth = 'size' | 'sha256';

/** Throws CATALOG_CHECKSUM_MISMATCH when `bytes` are not what the import recorded for the file at `path`. */
export function assertAsRecorded(path: string, bytes: Uint8Array, recorded: FileChecksum, depth: CheckDepth): void {
  if (bytes.length !== recorded.bytes) {
    throw new AppError('CATALOG_CHECKSUM_MISMATCH', {
      path,
      found: `${bytes.length} bytes`,
      recorded: `${recorded.bytes} bytes`,
    });
  }
  if (depth === 'size') return;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== recorded.sha256) {
    throw new AppError('CATALOG_CHECKSUM_MISMATCH', {
      path,
      found: `sha256 ${sha256}`,
      recorded: `sha256 ${recorded.sha256}`,
    });
  }
}
