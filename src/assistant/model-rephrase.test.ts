// The optional model step against a stand-in for a third-party OpenAI-compatible endpoint, a real HTTP server on
// loopback (test-support/model-stand-in.ts): a faithful rephrasing is shown with the composed sources; one that
// invents a code or a number, an error and a timeout all leave the composed answer as it was; the model is sent only
// the grounded answer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Catalog } from '../catalog/index.js';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { SearchIndex, TermSuggestions } from '../search/index.js';
import { askQuestion } from './ask.js';
import { askAndRephrase } from './ask-operation.js';
import type { AssistantContext } from './asked.js';
import { checkRephrasing, type ModelProvider, rephraseWithModel } from './model-rephrase.js';
import { type ModelStandIn, type StandInReply, startModelStandIn } from './test-support/model-stand-in.js';

describe('the optional model step (an OpenAI-compatible stand-in on loopback)', () => {
  let standIn: ModelStandIn;
  let provider: ModelProvider;
  let ctx: AssistantContext;
  const received = () => standIn.received;
  const answerWith = (r: StandInReply) => {
    standIn.reply = r;
  };

  before(async () => {
    standIn = await startModelStandIn();
    provider = standIn.provider;
    const catalog = Catalog.open(await excerptCatalogDir());
    ctx = {
      catalog,
      search: SearchIndex.open(catalog),
      suggestions: TermSuggestions.open(catalog),
      now: () => new Date('2026-05-01T12:00:00Z'),
      model: provider,
    };
  });
  after(async () => {
    await standIn.close();
  });

  test('a faithful rephrasing is shown, the sources kept; the model got only the question and the grounded answer', async () => {
    answerWith({ text: 'Yes. E11.9 can be billed: it is a valid, billable code in ICD-10-CM FY2026.' });
    received().length = 0;
    const a = await askAndRephrase(ctx, 'is E11.9 billable?');
    assert.match(a.answer, /^Yes\. E11\.9 can be billed/);
    assert.match(a.answer, /\n\nSources:\n- ICD-10-CM code list \(icd10cm:2026\)/);
    assert.deepEqual(a.codes, [{ system: 'icd10cm', code: 'E11.9', status: 'billable' }]);
    assert.equal(received().length, 1);
    assert.equal(received()[0]?.model, 'stand-in');
    const user = received()[0]?.messages.find((m) => m.role === 'user')?.content ?? '';
    assert.match(user, /Question: is E11\.9 billable\?/);
    assert.doesNotMatch(user, /Sources:/);
  });

  test('an invented code or number, an error status and a timeout: the composed answer, unchanged', async () => {
    const composed = askQuestion(ctx, 'is E11.9 billable?');
    for (const [r, status] of [
      [{ text: 'E11.9 is billable; also report Z99.999.' }, 'rejected'],
      [{ text: 'E11.9 is billable and pays 412 dollars.' }, 'rejected'],
      [{ status: 500 }, 'failed'],
      [{ delayMs: 1000, text: 'too late' }, 'failed'],
    ] as const) {
      answerWith(r);
      const out = await rephraseWithModel(provider, 'is E11.9 billable?', composed);
      assert.equal(out.model.status, status, JSON.stringify(r));
      assert.equal(out.answer.answer, composed.answer);
    }
  });

  test('refusals and out-of-scope answers are never sent to the model', async () => {
    received().length = 0;
    answerWith({ text: 'Canberra.' });
    const a = await askAndRephrase(ctx, 'What is the capital of Australia?');
    assert.equal(a.intent, 'out-of-scope');
    assert.equal(received().length, 0);
  });

  test('the checks on their own', () => {
    const composed = askQuestion(ctx, 'MUE for 10004?');
    assert.equal(
      checkRephrasing(composed, 'MUE for 10004?', 'The MUE for 10004 is 3 units per day (MAI 3).'),
      undefined,
    );
    assert.match(checkRephrasing(composed, 'MUE for 10004?', 'The MUE for 10004 is 4.') ?? '', /states 4/);
    assert.match(checkRephrasing(composed, 'MUE for 10004?', '') ?? '', /empty/);
  });
});
