// One import at a time per data folder: a second `codedesk import` while one runs exits 2 with IMPORT_IN_PROGRESS
// naming the running one (and the catalog in force is untouched); a lock left by an import that was killed is
// taken over. With real processes: a process holding the lock on the small fixtures (always), and two real
// imports of the official files side by side (skipped without them).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliMain, runCli } from '../../cli/test-support/run-cli.js';
import { projectRoot } from '../../config.js';
import { isAppError } from '../../shared/index.js';
import { codesetsDir, skipUnlessCodesets, tempDir } from '../../shared/test-support/codesets.js';
import { catalogRoot } from '../store.js';
import { miniCodesets } from '../test-support/mini-codesets.js';
import { importCatalog } from './import-catalog.js';

const holder = resolve(projectRoot, 'src/catalog/test-support/hold-import-lock.ts');
const lockFile = (dataDir: string): string => join(catalogRoot(dataDir), 'import.lock');
const currentPointer = (dataDir: string): string => readFileSync(join(catalogRoot(dataDir), 'CURRENT'), 'utf8').trim();

/** Resolves when the child has written `marker` on the stream; rejects if it exits first. */
function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', marker: string): Promise<void> {
  return new Promise((done, fail) => {
    let seen = '';
    child[stream]?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(marker)) done();
    });
    child.on('exit', (code) => fail(new Error(`exited (${code}) before "${marker}": ${seen}`)));
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
}

describe('one import at a time per data folder', () => {
  const data = tempDir();
  let before1: string;
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
    before1 = currentPointer(data.path);
  });
  after(() => data.remove());

  test('an import runs while another process holds the lock: exit 2, IMPORT_IN_PROGRESS naming it; after a kill -9 it is taken over', async () => {
    const hold = spawn(process.execPath, ['--import', 'tsx', holder, data.path], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await waitFor(hold, 'stdout', 'locked');
      const json = runCli(['import', '--from', miniCodesets, '--json', '--quiet'], data.path);
      assert.equal(json.status, 2, json.stderr);
      const out = JSON.parse(json.stdout) as { error: { code: string; message: string } };
      assert.equal(out.error.code, 'IMPORT_IN_PROGRESS');
      assert.ok(out.error.message.includes(`process ${hold.pid}`), out.error.message);
      assert.ok(out.error.message.includes(lockFile(data.path)), out.error.message);
      const text = runCli(['import', '--from', miniCodesets, '--quiet'], data.path);
      assert.equal(text.status, 2);
      assert.match(text.stderr, /^codedesk: Another import .* is writing the catalog/);
      assert.equal(currentPointer(data.path), before1, 'the catalog in force is untouched');
      hold.kill('SIGKILL');
      await exitOf(hold);
      // the holder is dead: its lock is stale and the next import takes it over
      assert.ok(existsSync(lockFile(data.path)), 'a killed holder leaves its lock file');
      const next = runCli(['import', '--from', miniCodesets, '--json', '--quiet'], data.path);
      assert.equal(next.status, 0, next.stdout + next.stderr);
      assert.notEqual(currentPointer(data.path), before1);
      assert.equal(existsSync(lockFile(data.path)), false, 'released when the import ends');
    } finally {
      hold.kill('SIGKILL');
    }
  });

  test('a lock from another machine is respected; an unreadable one, or one naming this pid left from before, is taken over', async () => {
    const write = (content: string) => writeFileSync(lockFile(data.path), content);
    try {
      write(JSON.stringify({ pid: 1, host: `not-${hostname()}`, startedAt: '2026-01-01T00:00:00.000Z' }));
      await assert.rejects(importCatalog({ from: miniCodesets, dataDir: data.path }), (e: unknown) => {
        assert.ok(isAppError(e) && e.code === 'IMPORT_IN_PROGRESS', String(e));
        assert.match(e.message, /process 1 on not-/);
        return true;
      });
      for (const stale of ['', '{"pid":', JSON.stringify({ pid: process.pid, host: hostname(), startedAt: 'x' })]) {
        write(stale);
        await importCatalog({ from: miniCodesets, dataDir: data.path });
        assert.equal(existsSync(lockFile(data.path)), false, stale);
      }
    } finally {
      rmSync(lockFile(data.path), { force: true });
    }
  });

  test('the lock is released when an import fails', async () => {
    await assert.rejects(importCatalog({ from: join(miniCodesets, 'no-such-folder'), dataDir: data.path }));
    assert.equal(existsSync(lockFile(data.path)), false);
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
});

describe('two real imports side by side', { skip: skipUnlessCodesets() }, () => {
  test('regression: a second concurrent codedesk import collided with the first (ENOENT); now it exits 2 and the first completes', async () => {
    const data = tempDir();
    try {
      const env = { ...process.env, CODEDESK_DATA_DIR: data.path };
      const first = spawn(process.execPath, ['--import', 'tsx', cliMain, 'import', '--from', codesetsDir, '--json'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let firstOut = '';
      first.stdout?.on('data', (d: Buffer) => {
        firstOut += d.toString();
      });
      const firstExit = exitOf(first);
      await waitFor(first, 'stderr', 'import: parse');
      const second = runCli(['import', '--from', codesetsDir, '--json'], data.path);
      assert.equal(second.status, 2, second.stdout + second.stderr);
      assert.equal((JSON.parse(second.stdout) as { error: { code: string } }).error.code, 'IMPORT_IN_PROGRESS');
      assert.deepEqual(await firstExit, { code: 0, signal: null });
      const { buildId } = JSON.parse(firstOut) as { buildId: string };
      assert.equal(currentPointer(data.path), buildId);
      const builds = readdirSync(join(catalogRoot(data.path), 'builds'));
      assert.deepEqual(builds, [buildId]);
      assert.equal(existsSync(lockFile(data.path)), false);
    } finally {
      data.remove();
    }
  });
});
