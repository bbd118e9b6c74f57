// codedesk describe: the generated description of a code; --draft without a model provider is refused (exit 2, the
// error shape); with one (the loopback stand-in) drafts wait in the editorial tool of the data folder's database.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type ModelStandIn, startModelStandIn } from '../assistant/test-support/model-stand-in.js';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { openDatabase } from '../db/index.js';
import { waitingDrafts } from '../editorial/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { runCli, runCliWatched } from './test-support/run-cli.js';

describe('codedesk describe', () => {
  const data = tempDir('codedesk-describe-');
  let standIn: ModelStandIn;

  before(async () => {
    // a copy: the excerpt catalog's folder is shared, and this test writes a database beside the catalog
    cpSync(await excerptCatalogDir(), data.path, { recursive: true });
    standIn = await startModelStandIn({ timeoutMs: 5000 });
  });
  after(async () => {
    await standIn.close();
    data.remove();
  });

  test('a code: the generated plain-words description', () => {
    const r = runCli(['describe', '0DTJ4ZZ', '--json'], data.path);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.code, '0DTJ4ZZ');
    assert.equal(out.generated, true);
    assert.match(out.description, /^Cutting out or off, without replacement, all of the appendix \(resection\)/);
    const missing = runCli(['describe', '--json'], data.path);
    assert.equal(missing.status, 2);
    assert.equal(JSON.parse(missing.stdout).error.code, 'BAD_INPUT');
  });

  test('--draft without a model provider: a clear message, exit 2', () => {
    const saved = process.env.ASSISTANT_MODEL_URL;
    delete process.env.ASSISTANT_MODEL_URL;
    try {
      const r = runCli(['describe', '--draft', '--json'], data.path);
      assert.equal(r.status, 2);
      const error = JSON.parse(r.stdout).error;
      assert.equal(error.code, 'MODEL_NOT_CONFIGURED');
      assert.match(error.message, /set ASSISTANT_MODEL_URL/);
      const text = runCli(['describe', '--draft'], data.path);
      assert.equal(text.status, 2);
      assert.match(text.stderr, /needs a language model, and none is configured/);
    } finally {
      if (saved !== undefined) process.env.ASSISTANT_MODEL_URL = saved;
    }
  });

  test('--draft with the provider: drafts wait for an editor in the database', async () => {
    standIn.reply = { text: 'Septicemia without a named organism: the infection has spread to the blood.' };
    const env = { ASSISTANT_MODEL_URL: standIn.provider.url, ASSISTANT_MODEL: 'stand-in' };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const r = await runCliWatched(['describe', '--draft', 'A41.9', '--system', 'icd10cm', '--json'], data.path);
      assert.equal(r.status, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(
        report.drafted.map((d: { code: string }) => d.code),
        ['A41.9'],
      );
    } finally {
      for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    }
    const database = await openDatabase({ dataDir: data.path });
    try {
      const waiting = await waitingDrafts(database.db);
      assert.deepEqual(
        waiting.map((d) => [d.system, d.code, d.source]),
        [['icd10cm', 'A41.9', 'model stand-in']],
      );
    } finally {
      await database.close();
    }
  });
});
