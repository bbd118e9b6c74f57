// A receipt records what one fetch installed, so the next run can prove the files are still the verified
// ones (by re-hashing them) and download nothing. Receipts live in `<to>/.codedesk-fetch/receipts/`; the
// importer skips dot-folders, so they never look like code-set files.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MemberCheck } from './verify.js';

export type Verification = 'archive-sha256' | 'member-sha256' | 'none';

export interface ReceiptFile {
  name: string;
  size: number;
  sha256: string;
  check: MemberCheck;
}

export interface Receipt {
  id: string;
  /** the publisher URL of the release definition (not a mirror): a new URL means a new download */
  url: string;
  fetchedAt: string;
  archive: { name: string; size: number; sha256: string };
  verification: Verification;
  files: ReceiptFile[];
}

/** The working folder for downloads, staging and receipts inside the data folder. */
export const WORK_DIR = '.codedesk-fetch';

function receiptPath(to: string, id: string): string {
  return join(to, WORK_DIR, 'receipts', `${id}.json`);
}

export async function readReceipt(to: string, id: string): Promise<Receipt | undefined> {
  try {
    const r = JSON.parse(await readFile(receiptPath(to, id), 'utf8')) as Receipt;
    return r.id === id && Array.isArray(r.files) ? r : undefined;
  } catch {
    return undefined;
  }
}

export async function writeReceipt(to: string, receipt: Receipt): Promise<void> {
  const path = receiptPath(to, receipt.id);
  await mkdir(join(to, WORK_DIR, 'receipts'), { recursive: true });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify(receipt, null, 2)}\n`);
  await rename(tmp, path);
}
