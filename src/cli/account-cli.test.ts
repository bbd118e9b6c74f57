// codedesk user / apikey on the SQLite database of CODEDESK_DATA_DIR: an operator creates an account and a
// key from the shell, and the web API accepts the key; bad input exits 2 with the error shape.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { startTestApp, type TestApp } from '../web/test-support/test-app.js';

const main = resolve(projectRoot, 'src/cli/main.ts');

describe('codedesk user and apikey', () => {
  const data = tempDir();
  const env = { ...process.env, CODEDESK_DATA_DIR: data.path };
  const codedesk = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => data.remove());

  test('user create, apikey create: the API accepts the key as Bearer; revoke stops it', async () => {
    const created = codedesk([
      'user',
      'create',
      '--email',
      'Ops@Example.org',
      '--password',
      'an operator password',
      '--role',
      'editor',
      '--json',
    ]);
    assert.equal(created.status, 0, created.stderr);
    const user = JSON.parse(created.stdout);
    assert.deepEqual([user.email, user.role, user.plan], ['ops@example.org', 'editor', 'free']);
    const key = codedesk(['apikey', 'create', '--email', 'ops@example.org']);
    assert.equal(key.status, 0, key.stderr);
    const token = key.stdout.trim();
    assert.match(token, /^cdk_/);
    // the web app on the same data folder (its own SQLite file there) reads the same accounts
    let t: TestApp | undefined;
    try {
      t = await startTestApp({
        catalogDir: data.path,
        dbDir: data.path,
        env: { GUEST_CODE_VIEWS: '0', GUEST_VIEWS_PER_ADDRESS_PER_DAY: '0' },
      });
      const anonymous = await t.app.inject({ url: '/api/v1/codes/icd10cm/E11.9' });
      assert.equal(anonymous.statusCode, 402, 'guests have no views here');
      const withKey = await t.app.inject({
        url: '/api/v1/codes/icd10cm/E11.9',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(withKey.statusCode, 200);
      const list = JSON.parse(codedesk(['apikey', 'list', '--email', 'ops@example.org', '--json']).stdout);
      assert.equal(list.length, 1);
      assert.equal(codedesk(['apikey', 'revoke', '--email', 'ops@example.org', '--id', list[0].id]).status, 0);
      const revoked = await t.app.inject({
        url: '/api/v1/codes/icd10cm/E11.9',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(revoked.statusCode, 401);
    } finally {
      await t?.close();
    }
  });

  test('bad input exits 2 with the error shape', () => {
    const role = codedesk([
      'user',
      'create',
      '--email',
      'x@example.org',
      '--password',
      'long enough password',
      '--role',
      'king',
      '--json',
    ]);
    assert.equal(role.status, 2);
    assert.equal(JSON.parse(role.stdout).error.code, 'ACCOUNT_INVALID');
    const weak = codedesk([
      'user',
      'create',
      '--email',
      'x@example.org',
      '--password',
      'short',
      '--role',
      'member',
      '--json',
    ]);
    assert.equal(weak.status, 2);
    assert.match(JSON.parse(weak.stdout).error.message, /at least 12 characters/);
    const dup = codedesk([
      'user',
      'create',
      '--email',
      'ops@example.org',
      '--password',
      'long enough password',
      '--role',
      'member',
      '--json',
    ]);
    assert.equal(dup.status, 2);
    assert.equal(JSON.parse(dup.stdout).error.code, 'ACCOUNT_EMAIL_TAKEN');
    const nobody = codedesk(['apikey', 'create', '--email', 'nobody@example.org', '--json']);
    assert.equal(nobody.status, 2);
    assert.equal(JSON.parse(nobody.stdout).error.code, 'NOT_FOUND');
    const set = codedesk(['user', 'set', '--email', 'ops@example.org', '--plan', 'paid', '--json']);
    assert.equal(set.status, 0);
    assert.equal(JSON.parse(set.stdout).plan, 'paid');
  });
});
