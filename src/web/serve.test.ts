// `codedesk serve` as a process: listens on PORT, answers /ready once the catalog and database are open, logs
// JSON lines, and on SIGTERM finishes and exits 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { currentBuildDir } from '../catalog/store.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { freePort } from '../shared/test-support/free-port.js';

describe('codedesk serve', () => {
  const dir = tempDir();
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
  });
  after(() => dir.remove());

  const serve = async (workers: number) => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'serve'], {
      env: {
        ...process.env,
        CODEDESK_DATA_DIR: dir.path,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_WORKERS: String(workers),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { port, child };
  };

  test('starts, is ready, and shuts down gracefully on SIGTERM', async () => {
    const { port, child } = await serve(1);
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    let ready = false;
    for (let i = 0; i < 100 && !ready; i++) {
      await new Promise((r) => setTimeout(r, 200));
      try {
        const r = await fetch(`http://127.0.0.1:${port}/ready`);
        ready = r.status === 200 && (await r.json()).status === 'ready';
      } catch {
        // not listening yet
      }
    }
    assert.ok(ready, `not ready; output: ${out.slice(0, 500)}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg?: string });
    assert.ok(lines.some((l) => l.msg === 'CodeDesk is listening'));
    assert.ok(lines.some((l) => l.msg === 'shutting down'));
  });

  test('WEB_WORKERS=2: two processes serve the port; SIGTERM stops them all and exits 0', async () => {
    const { port, child } = await serve(2);
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    const listening = () => out.split('\n').filter((l) => l.includes('"CodeDesk is listening"')).length;
    for (let i = 0; i < 150 && listening() < 2; i++) await new Promise((r) => setTimeout(r, 200));
    assert.equal(listening(), 2, `two workers listening; output: ${out.slice(0, 800)}`);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.status)),
    );
    assert.deepEqual(new Set(statuses), new Set([200]));
    const pids = new Set(
      out
        .split('\n')
        .filter((l) => l.includes('"CodeDesk is listening"'))
        .map((l) => (JSON.parse(l) as { pid: number }).pid),
    );
    assert.equal(pids.size, 2);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /all workers stopped/);
  });
});

describe('codedesk serve on a damaged catalog', () => {
  const dir = tempDir();
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    // one byte of a layer changed, the JSON still valid
    const file = join(currentBuildDir(dir.path) as string, 'layers/icd10cm_2026.codes.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Fracture of femur"', '"Fracture of tibia"'));
  });
  after(() => dir.remove());

  for (const workers of [1, 2]) {
    test(`regression: WEB_WORKERS=${workers}: refuses to start, naming the file, exit 1${workers > 1 ? ' (workers were restarted forever)' : ''}`, async () => {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'serve'], {
        env: { ...process.env, CODEDESK_DATA_DIR: dir.path, PORT: String(port), WEB_WORKERS: String(workers) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        // a primary replacing workers that die at start would never stop: end it after a few rounds
        if ((out.match(/worker died/g) ?? []).length >= 3) child.kill('SIGKILL');
      });
      let err = '';
      child.stderr.on('data', (b: Buffer) => {
        err += b.toString();
      });
      const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
      assert.equal(code, 1, `${out.slice(0, 600)}\n${err.slice(0, 600)}`);
      assert.match(err, /layers\/icd10cm_2026\.codes\.json is not the file the import wrote/);
      assert.match(err, /codedesk import/);
    });
  }
});
