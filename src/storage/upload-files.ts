// The uploads folder on disk (CODEDESK_DATA_DIR/uploads): each file under a random storage key the server chose,
// in a subfolder named by the key's first two characters (so no folder grows past a few thousand entries), owner-only
// (files 0600, folders 0700: résumés are personal data). A file is written whole to .partial/ on the same file
// system, flushed, then renamed into place, so a reader never meets half a file and a crash leaves only a .partial
// file that the sweep removes. Paths are made only from keys this module made, and checked again on the way in.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const KEY = /^[0-9a-f]{32}$/;
const PARTIAL = '.partial';

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

export function isStorageKey(value: string): boolean {
  return KEY.test(value);
}

export function storagePath(dir: string, key: string): string {
  // never reached with anything but a key made here; refusing anything else keeps a stray value from naming a path
  if (!isStorageKey(key)) throw new Error(`not a storage key: ${JSON.stringify(key.slice(0, 40))}`);
  return join(dir, key.slice(0, 2), key);
}

/** Writes the bytes under the key: whole or not at all. */
export async function writeAtomically(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  const partialDir = join(dir, PARTIAL);
  const partial = join(partialDir, key);
  const target = storagePath(dir, key);
  await mkdir(partialDir, { recursive: true, mode: 0o700 });
  await mkdir(join(dir, key.slice(0, 2)), { recursive: true, mode: 0o700 });
  try {
    const file = await open(partial, 'wx', 0o600);
    try {
      await file.writeFile(bytes);
      await file.datasync();
    } finally {
      await file.close();
    }
    await rename(partial, target);
  } catch (e) {
    await removeFile(partial);
    throw e;
  }
  await syncFolder(join(dir, key.slice(0, 2)));
}

/** the rename is durable once the folder holding the new name is flushed */
async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Removes a file; one already gone is fine. */
export async function removeFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

export interface StoredFile {
  key: string;
  path: string;
  modifiedAt: Date;
}

/** Every stored file (by its key-shaped name) and every .partial file, with when each was last written. */
export async function listStoredFiles(dir: string): Promise<{ stored: StoredFile[]; partial: StoredFile[] }> {
  const stored: StoredFile[] = [];
  const partial: StoredFile[] = [];
  for (const folder of await namesIn(dir)) {
    const into = folder === PARTIAL ? partial : /^[0-9a-f]{2}$/.test(folder) ? stored : undefined;
    if (!into) continue;
    for (const name of await namesIn(join(dir, folder))) {
      if (!isStorageKey(name)) continue;
      const path = join(dir, folder, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) into.push({ key: name, path, modifiedAt: info.mtime });
    }
  }
  return { stored, partial };
}

async function namesIn(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}
