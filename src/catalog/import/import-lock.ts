// One import at a time per data folder. Two imports side by side would each prune the other's half-written build
// (store.ts removes partial builds when a build is made current), so an import holds <dataDir>/catalog/import.lock
// for its whole run. A second import does not wait: it fails at once with IMPORT_IN_PROGRESS (exit 2) naming the
// running one. Waiting would queue a second full import (15-35 s, ~1.4 GB) of what is usually the same folder,
// and an operator or a script learns more from a clear refusal. A lock whose process is gone (an import killed
// with kill -9, or a machine restart) is stale and taken over.
//
// The lock file is created complete or not at all: its content is written to a private file which is then
// hard-linked to the lock's name, an atomic create-if-absent on local file systems. A stale lock is moved aside
// by rename, which only one of several processes can do, before the link is tried again.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/index.js';
import { catalogRoot } from '../store.js';

const LOCK = 'import.lock';
/** a few rounds cover a stale lock moved aside by another process in the meantime */
const ATTEMPTS = 5;

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface ImportLock {
  path: string;
  release(): void;
}

/** lock files this process holds: a lock naming our own pid that is not one of these was left by a former process */
const held = new Set<string>();

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

function readHolder(path: string): LockHolder | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return 'gone';
    throw e;
  }
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.startedAt === 'string')
      return { pid: h.pid, host: h.host, startedAt: h.startedAt };
  } catch {
    // below
  }
  return 'unreadable';
}

/** Whether the import that wrote the lock may still be running. On another machine it cannot be told: assume so. */
function isAlive(holder: LockHolder, path: string): boolean {
  if (holder.host !== hostname()) return true;
  // the same pid as ours without our holding it: a process before a restart (in a container, pids repeat)
  if (holder.pid === process.pid) return held.has(path);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, owned by someone else
    return errorCode(e) === 'EPERM';
  }
}

/** Takes the import lock of a data folder, or throws IMPORT_IN_PROGRESS naming the import that has it. */
export function acquireImportLock(dataDir: string): ImportLock {
  const root = catalogRoot(dataDir);
  mkdirSync(root, { recursive: true });
  const path = join(root, LOCK);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const draft = join(root, `${LOCK}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        linkSync(draft, path);
        held.add(path);
        return {
          path,
          release: () => {
            held.delete(path);
            rmSync(path, { force: true });
          },
        };
      } catch (e) {
        if (errorCode(e) !== 'EEXIST') throw e;
      }
      const holder = readHolder(path);
      if (holder === 'gone') continue;
      if (holder !== 'unreadable' && isAlive(holder, path)) {
        const who = `process ${holder.pid} on ${holder.host}, started ${holder.startedAt}`;
        throw new AppError('IMPORT_IN_PROGRESS', { lockFile: path, holder: who });
      }
      // stale: move it aside (one process wins the rename), then try the link again
      const aside = `${draft}.stale`;
      try {
        renameSync(path, aside);
      } catch (e) {
        if (errorCode(e) !== 'ENOENT') throw e;
        continue;
      }
      const moved = readHolder(aside);
      if (moved !== 'gone' && moved !== 'unreadable' && isAlive(moved, path)) {
        // a live lock taken over between our read and the rename: put it back where it was
        try {
          linkSync(aside, path);
        } catch (e) {
          if (errorCode(e) !== 'EEXIST') throw e;
        }
      }
      rmSync(aside, { force: true });
    }
    throw new AppError('IMPORT_IN_PROGRESS', { lockFile: path, holder: 'imports starting at the same moment' });
  } finally {
    rmSync(draft, { force: true });
  }
}
