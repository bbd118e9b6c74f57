// The hand-made fixtures of this folder's tests; the staged official files are in shared/test-support/codesets.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function readFixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}
