import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../config.js';

export function tempDir(prefix = 'codedesk-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const miniCodesets = resolve(projectRoot, 'src/catalog/fixtures/mini');

const sharedDir = process.env.CODESETS_DIR ?? resolve(projectRoot, '../shared/data');
/** The folder of official files the fidelity tests read, when this machine has one. */
export const sharedData: string | undefined = existsSync(sharedDir) ? sharedDir : undefined;
export const noSharedData = sharedData ? false : `no official files at ${sharedDir} (set CODESETS_DIR)`;
