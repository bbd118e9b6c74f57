// `codedesk describe --draft`: fuller common-language descriptions drafted by the operator's optional model provider
// (ASSISTANT_MODEL_URL) from each code's official facts (code-facts.ts), checked as CasePilot checks the model's text
// (model-check.ts: a code or number the facts do not hold rejects the draft), and stored as drafts in the editorial
// tool for an editor to review and publish. Nothing a model writes reaches readers without an editor.
// Codes that already have an editorial description (or a draft waiting) are passed over; CPT codes are drafted only
// when a licensed descriptor is loaded, so that a model is never asked to describe a CPT code from memory (AMA text).

import type { Kysely } from 'kysely';
import { type Catalog, CODE_SYSTEMS, type CodeSystem, lookupCode } from '../catalog/index.js';
import type { DatabaseSchema } from '../db/index.js';
import { codesWithText, saveDraft } from '../editorial/index.js';
import { AppError } from '../shared/index.js';
import { codeFacts } from './code-facts.js';
import { callModel, type ModelProvider } from './model-call.js';
import { checkModelText } from './model-check.js';

export const MAX_DRAFT_LIMIT = 1000;
/** the longest draft accepted: a fuller description, not an article */
const MAX_DRAFT_CHARS = 2000;
/** the endpoint failing this many times in a row ends the run (it is down, not one code's trouble) */
const MAX_FAILURES_IN_A_ROW = 3;

const INSTRUCTIONS = [
  'You write the common-language description of one medical code for coding students.',
  'Use only the facts you are given. Do not add codes, numbers, dates, rules or advice, and do not name other codes.',
  'Two to four plain sentences, no headings, no lists. Explain the terms a student may not know using the facts.',
].join(' ');

export interface DraftOptions {
  /** one system; every system when absent */
  system?: CodeSystem;
  /** one code (with `system`); the codes of the list in order when absent */
  code?: string;
  /** how many codes to ask the model about */
  limit: number;
}

export interface DraftReport {
  drafted: { system: string; code: string; id: string }[];
  rejected: { system: string; code: string; why: string }[];
  failed: { system: string; code: string; why: string }[];
  /** CPT codes passed over because no licensed descriptor is loaded */
  passedOverCpt: number;
  /** set when the run ended early because the endpoint kept failing */
  stopped?: string;
}

export interface DraftContext {
  catalog: Catalog;
  db: Kysely<DatabaseSchema>;
  model: ModelProvider | undefined;
  now: () => Date;
}

/** The codes to try, in code-list order, without those that already have a description or a draft. */
async function* candidates(
  ctx: DraftContext,
  opts: DraftOptions,
): AsyncGenerator<{ system: CodeSystem; code: string }> {
  for (const system of opts.system ? [opts.system] : CODE_SYSTEMS) {
    const done = await codesWithText(ctx.db, system, 'description');
    if (opts.code) {
      yield { system, code: opts.code };
      continue;
    }
    const pick = ctx.catalog.pick(system, 'codes');
    if (!pick) continue;
    for (const code of ctx.catalog.layer(pick.release, 'codes').codes) if (!done.has(code)) yield { system, code };
  }
}

export async function draftDescriptions(ctx: DraftContext, opts: DraftOptions): Promise<DraftReport> {
  if (!ctx.model) throw new AppError('MODEL_NOT_CONFIGURED', { what: 'Drafting descriptions' });
  if (!Number.isInteger(opts.limit) || opts.limit < 1 || opts.limit > MAX_DRAFT_LIMIT)
    throw new AppError('BAD_INPUT', { why: `limit must be a whole number from 1 to ${MAX_DRAFT_LIMIT}` });
  if (opts.code !== undefined && !opts.system)
    throw new AppError('BAD_INPUT', { why: 'A code to draft for needs its system' });
  const report: DraftReport = { drafted: [], rejected: [], failed: [], passedOverCpt: 0 };
  let tried = 0;
  let failuresInARow = 0;
  for await (const { system, code } of candidates(ctx, opts)) {
    if (tried >= opts.limit) break;
    const lookup = lookupCode(ctx.catalog, { system, code });
    if (lookup.system === 'cpt' && !lookup.title) {
      report.passedOverCpt++;
      continue;
    }
    tried++;
    const facts = codeFacts(lookup);
    const reply = await callModel(ctx.model, INSTRUCTIONS, facts);
    if ('failed' in reply) {
      report.failed.push({ system, code: lookup.code, why: reply.failed });
      if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
        report.stopped = `the model endpoint failed ${failuresInARow} times in a row: ${reply.failed}`;
        break;
      }
      continue;
    }
    failuresInARow = 0;
    const why = checkModelText(reply.text, {
      facts,
      codes: [lookup.code],
      maxLength: MAX_DRAFT_CHARS,
      name: "the code's facts",
    });
    if (why) {
      report.rejected.push({ system, code: lookup.code, why });
      continue;
    }
    const draft = await saveDraft(
      ctx.db,
      {
        system,
        code: lookup.code,
        field: 'description',
        body: reply.text,
        source: `model ${ctx.model.model}`,
        facts,
      },
      ctx.now,
    );
    report.drafted.push({ system, code: lookup.code, id: draft.id });
  }
  return report;
}
