// `codedesk describe --draft`'s domain function against the loopback stand-in model, on SQLite and PostgreSQL, over
// the excerpts of the official files: a draft that keeps to the code's facts waits in the editorial tool (readers
// still see the generated text) until an editor publishes it; a draft naming a code or a number the facts do not hold
// is rejected; codes already described are passed over, CPT codes without a licensed descriptor are never sent;
// without a provider the run is refused with MODEL_NOT_CONFIGURED.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Catalog } from '../catalog/index.js';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import {
  currentTexts,
  discardDraft,
  draftsFor,
  publishDraft,
  revisionHistory,
  saveRevision,
  waitingDrafts,
} from '../editorial/index.js';
import { isAppError } from '../shared/index.js';
import { type DraftContext, draftDescriptions } from './describe-drafts.js';
import { type ModelStandIn, startModelStandIn } from './test-support/model-stand-in.js';

const EDITOR = 'user-editor';

describeEachDatabase('describe --draft', (t) => {
  let standIn: ModelStandIn;
  let ctx: DraftContext;

  before(async () => {
    standIn = await startModelStandIn({ timeoutMs: 2000 });
    ctx = {
      catalog: Catalog.open(await excerptCatalogDir()),
      db: t.database.db,
      model: standIn.provider,
      now: () => new Date('2026-05-01T12:00:00Z'),
    };
    await t.database.db
      .insertInto('users')
      .values({
        id: EDITOR,
        email: 'editor@example.org',
        password_hash: 'x',
        role: 'editor',
        plan: 'free',
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
  });
  after(async () => {
    await standIn.close();
  });

  test('a faithful draft waits for review, then an editor publishes it; one with a new number is rejected', async () => {
    const db = t.database.db;
    standIn.reply = {
      text: 'Essential hypertension is high blood pressure with no other condition causing it. Code I10 is billable.',
    };
    const report = await draftDescriptions(ctx, { system: 'icd10cm', code: 'I10', limit: 1 });
    assert.deepEqual(report.rejected, []);
    assert.equal(report.drafted.length, 1);
    // the model was sent the code's official facts, the generated text among them
    const sent = standIn.received.at(-1)?.messages.find((m) => m.role === 'user')?.content ?? '';
    assert.match(sent, /Official title: Essential \(primary\) hypertension/);
    assert.match(sent, /high blood pressure/);
    assert.equal(standIn.received.at(-1)?.authorization, 'Bearer secret-key');
    // waiting, not shown to readers
    assert.deepEqual(await currentTexts(db, 'icd10cm', 'I10'), {});
    const waiting = (await draftsFor(db, 'icd10cm', 'I10')).description;
    assert.ok(waiting);
    assert.equal(waiting.source, 'model stand-in');
    assert.match(waiting.facts, /Code: ICD-10-CM I10/);
    assert.deepEqual(
      (await waitingDrafts(db)).map((d) => d.code),
      ['I10'],
    );
    const published = await publishDraft(db, waiting.id, EDITOR, ctx.now);
    assert.equal(published.authorId, EDITOR);
    assert.match((await currentTexts(db, 'icd10cm', 'I10')).description?.body ?? '', /^Essential hypertension is high/);
    assert.equal((await revisionHistory(db, 'icd10cm', 'I10', 'description')).length, 1);
    assert.deepEqual(await waitingDrafts(db), []);
    await assert.rejects(
      publishDraft(db, waiting.id, EDITOR, ctx.now),
      (e) => isAppError(e) && e.code === 'EDITORIAL_UNKNOWN_DRAFT',
    );

    standIn.reply = {
      text: 'Type 2 diabetes without complications; report it with Z79.4 and check the A1c above 6.5.',
    };
    const bad = await draftDescriptions(ctx, { system: 'icd10cm', code: 'E11.9', limit: 1 });
    assert.equal(bad.drafted.length, 0);
    assert.equal(bad.rejected.length, 1);
    assert.match(bad.rejected[0]?.why ?? '', /names Z79\.4, which the code's facts does not|states 6\.5/);
    assert.deepEqual(await draftsFor(db, 'icd10cm', 'E11.9'), {});
  });

  test('a run over a system: described codes passed over, the limit kept, a draft discarded', async () => {
    const db = t.database.db;
    await saveRevision(
      db,
      { system: 'icd10pcs', code: '0DTJ0ZZ', field: 'description', body: 'Written by an editor.', authorId: EDITOR },
      ctx.now,
    );
    standIn.received.length = 0;
    // repeats the facts' first line, so it names only the code it is about
    standIn.reply = (request) => ({
      text: (request.messages.at(-1)?.content ?? '').split('\n')[1]?.replace('Official title: ', '') ?? '',
    });
    const report = await draftDescriptions(ctx, { system: 'icd10pcs', limit: 5 });
    const codes = report.drafted.map((d) => d.code);
    assert.ok(codes.length > 0 && codes.length <= 5, JSON.stringify(report));
    assert.ok(!codes.includes('0DTJ0ZZ'), 'a described code is not drafted again');
    assert.equal(standIn.received.length, report.drafted.length + report.rejected.length);
    const first = report.drafted[0];
    assert.ok(first);
    await discardDraft(db, first.id);
    assert.equal((await draftsFor(db, 'icd10pcs', first.code)).description, undefined);
  });

  test('CPT codes without a licensed descriptor are never sent; no provider, no run; a failing endpoint stops it', async () => {
    standIn.received.length = 0;
    const cpt = await draftDescriptions(ctx, { system: 'cpt', limit: 3 });
    assert.equal(standIn.received.length, 0);
    assert.ok(cpt.passedOverCpt > 0);
    assert.deepEqual(cpt.drafted, []);
    await assert.rejects(
      draftDescriptions({ ...ctx, model: undefined }, { limit: 1 }),
      (e) => isAppError(e) && e.code === 'MODEL_NOT_CONFIGURED' && /ASSISTANT_MODEL_URL/.test(e.message),
    );
    await assert.rejects(
      draftDescriptions(ctx, { code: 'I10', limit: 1 }),
      (e) => isAppError(e) && e.code === 'BAD_INPUT',
    );
    standIn.reply = { status: 500 };
    const down = await draftDescriptions(ctx, { system: 'hcpcs', limit: 10 });
    assert.equal(down.failed.length, 3);
    assert.match(down.stopped ?? '', /failed 3 times in a row: the model endpoint answered 500/);
  });
});
