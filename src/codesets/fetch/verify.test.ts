import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../shared/test-support/codesets.js';
import { checkMember, sha256FileLf } from './verify.js';

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

const tmp = tempDir('codedesk-fetch-');
after(() => tmp.remove());

describe('member checks', () => {
  test('CRLF -> LF hashing is exact across chunk boundaries and keeps lone CRs', async () => {
    // 64 KiB read chunks: put a CRLF pair across the boundary, and a lone CR at the very end.
    const text = `${'a'.repeat(65_535)}\r\nline\rlone\r\nend\r`;
    const path = join(tmp.path, 'boundary.txt');
    await writeFile(path, text);
    assert.equal(await sha256FileLf(path), sha(text.replace(/\r\n/g, '\n')));
  });

  test('exact, eol-normalized, unchecked and mismatch', async () => {
    const lf = 'a\nb\n';
    const path = join(tmp.path, 'x.xml');
    await writeFile(path, 'a\r\nb\r\n');
    assert.equal(await checkMember(path, { name: 'x.xml', sha256: sha('a\r\nb\r\n') }), 'exact');
    assert.equal(await checkMember(path, { name: 'x.xml', sha256: sha(lf) }), 'eol-normalized');
    assert.equal(await checkMember(path, { name: 'x.xml', sha256: null }), 'unchecked');
    assert.equal(await checkMember(path, { name: 'x.xml', sha256: sha('other') }), 'mismatch');
    assert.equal(
      await checkMember(path, { name: 'x.xml', sha256: sha('other'), alsoAccept: [sha(lf)] }),
      'eol-normalized',
    );
    // Never for binary members: an xlsx whose bytes differ is simply a different file.
    const bin = join(tmp.path, 'x.xlsx');
    await writeFile(bin, 'a\r\nb\r\n');
    assert.equal(await checkMember(bin, { name: 'x.xlsx', sha256: sha(lf) }), 'mismatch');
  });
});
