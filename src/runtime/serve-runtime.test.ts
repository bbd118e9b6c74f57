// `codedesk serve` as processes, with real SMTP on loopback: SIGTERM while a mail is being sent stops the web
// server first, lets the task worker finish the mail, then closes the database; TASK_WORKER=0 runs no worker;
// with WEB_WORKERS=2 both processes run a task worker and every mail still leaves once.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { openDatabase } from '../db/index.js';
import { type SmtpSink, startSmtpSink } from '../mail/test-support/smtp-sink.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { freePort } from '../shared/test-support/free-port.js';
import { enqueueMail } from '../tasks/index.js';

interface LogLine {
  msg: string;
  pid: number;
  service?: string;
  services?: string[];
}

interface Served {
  child: ChildProcess;
  exited: Promise<number | null>;
  lines(): LogLine[];
}

async function serve(dataDir: string, env: Record<string, string>): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'serve'], {
    env: { ...process.env, CODEDESK_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as LogLine);
  return { child, exited, lines };
}

/** waits (at most about 30 s) until the log has `count` lines saying `msg` */
async function logged(served: Served, msg: string, count = 1): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (served.lines().filter((l) => l.msg === msg).length >= count) return;
    if (served.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no ${count} × "${msg}" in the log: ${JSON.stringify(served.lines().map((l) => l.msg))}`);
}

describe('codedesk serve and its services', () => {
  const dir = tempDir();
  let slow: SmtpSink;
  let quick: SmtpSink;
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    slow = await startSmtpSink({ delayMs: 1500 });
    quick = await startSmtpSink();
  });
  after(async () => {
    await slow?.close();
    await quick?.close();
    dir.remove();
  });

  const mailTask = async (subject: string) => {
    const database = await openDatabase({ dataDir: dir.path });
    try {
      return await enqueueMail(database.db, { to: 'ops@example.org', subject, text: 'x' }, new Date());
    } finally {
      await database.close();
    }
  };
  const stateOf = async (id: string) => {
    const database = await openDatabase({ dataDir: dir.path });
    try {
      return (await database.db.selectFrom('tasks').select('state').where('id', '=', id).executeTakeFirst())?.state;
    } finally {
      await database.close();
    }
  };

  test('SIGTERM while a mail is being sent: web stops first, the worker finishes the mail, the database closes last', async () => {
    const id = await mailTask('Sent during shutdown');
    const served = await serve(dir.path, { SMTP_RELAY_URL: slow.url });
    try {
      // the relay has the message and holds its answer for 1.5 s: the task is running
      await slow.waitFor((m) => m.subject === 'Sent during shutdown', 30_000);
      assert.equal(await stateOf(id), 'running');
      served.child.kill('SIGTERM');
      assert.equal(await served.exited, 0);
    } finally {
      served.child.kill('SIGKILL');
    }
    const order = served
      .lines()
      .filter((l) => ['shutting down', 'service stopped', 'database closed'].includes(l.msg))
      .map((l) => l.service ?? l.msg);
    assert.deepEqual(order, ['shutting down', 'web', 'housekeeping', 'task worker', 'database closed']);
    assert.equal(await stateOf(id), 'done', 'finished, not given back');
  });

  test('TASK_WORKER=0: the process runs no task worker, and the mail waits for a process that does', async () => {
    const id = await mailTask('Waits for a worker');
    const served = await serve(dir.path, { SMTP_RELAY_URL: quick.url, TASK_WORKER: '0' });
    try {
      await logged(served, 'services started');
      assert.deepEqual(served.lines().find((l) => l.msg === 'services started')?.services, ['housekeeping', 'web']);
      served.child.kill('SIGTERM');
      assert.equal(await served.exited, 0);
    } finally {
      served.child.kill('SIGKILL');
    }
    assert.equal(await stateOf(id), 'queued');
    const worker = await serve(dir.path, { SMTP_RELAY_URL: quick.url });
    try {
      await quick.waitFor((m) => m.subject === 'Waits for a worker', 30_000);
      worker.child.kill('SIGTERM');
      assert.equal(await worker.exited, 0);
    } finally {
      worker.child.kill('SIGKILL');
    }
  });

  test('WEB_WORKERS=2: each process runs a task worker; 100 mails leave once each', async () => {
    const database = await openDatabase({ dataDir: dir.path });
    try {
      for (let i = 0; i < 100; i++)
        await enqueueMail(database.db, { to: 'many@example.org', subject: `Mail ${i}`, text: 'x' }, new Date());
    } finally {
      await database.close();
    }
    const served = await serve(dir.path, { SMTP_RELAY_URL: quick.url, WEB_WORKERS: '2' });
    try {
      await logged(served, 'task worker started', 2);
      const workers = new Set(
        served
          .lines()
          .filter((l) => l.msg === 'task worker started')
          .map((l) => l.pid),
      );
      assert.equal(workers.size, 2, 'one in each process');
      for (let i = 0; i < 100; i++) await quick.waitFor((m) => m.subject === `Mail ${i}`, 30_000);
      served.child.kill('SIGTERM');
      assert.equal(await served.exited, 0);
    } finally {
      served.child.kill('SIGKILL');
    }
    const subjects = quick.messages.filter((m) => /^Mail \d+$/.test(m.subject)).map((m) => m.subject);
    assert.equal(subjects.length, 100, 'none twice');
    assert.equal(new Set(subjects).size, 100);
  });
});
