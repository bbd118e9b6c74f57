// ask: CasePilot as an operation — the same definition serves `codedesk ask`, POST /api/v1/casepilot/ask and the
// tool list. The question may be long (a pasted note); the assistant reads the first MAX_QUESTION_CHARS and says so.
import { Type } from 'typebox';
import { dateOfServiceField, defineOperation, lookupFieldErrors } from '../operations/index.js';
import type { AskAnswer, AskOptions } from './answer-types.js';
import { askQuestion } from './ask.js';
import type { AssistantContext } from './asked.js';
import { INTENTS } from './intent.js';
import { rephraseWithModel } from './model-rephrase.js';

/** Longest question accepted at all (larger is refused as bad input, not read). */
export const MAX_QUESTION_INPUT = 20_000;

const input = Type.Object(
  {
    question: Type.String({
      minLength: 1,
      maxLength: MAX_QUESTION_INPUT,
      description: 'the question in plain English ("Is J45.909 billable?", "MUE for 20610")',
    }),
    date: Type.Optional(dateOfServiceField('date of service YYYY-MM-DD (today when absent)')),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  answer: Type.String({ description: 'Markdown: the direct answer, the supporting facts, then "Sources"' }),
  intent: Type.Enum([...INTENTS]),
  codes: Type.Array(
    Type.Object({
      system: Type.String(),
      code: Type.String(),
      status: Type.Enum(['billable', 'header', 'deleted', 'not yet valid']),
    }),
    { description: 'every code the answer names, each checked against the catalog on the date' },
  ),
  citations: Type.Array(Type.Object({ source: Type.String(), release: Type.String(), locator: Type.String() }), {
    description: 'where each fact comes from: file and line, record, section or page',
  }),
  confidence: Type.Enum(['high', 'medium', 'low']),
});

export const askOperation = defineOperation({
  name: 'ask',
  description: 'CasePilot: a coding question in plain English, answered from the official data with every fact cited',
  input,
  output,
  example: { question: 'Is E11.9 billable?' },
  errors: ['BAD_DATE', 'TEXT_INVALID'],
  // a bad date is BAD_DATE, as every other command that takes a date of service says it
  fieldErrors: { date: lookupFieldErrors.date },
  // synchronous without a model; with one, a promise of the checked rephrasing (the surfaces await either)
  run(ctx, input): AskAnswer | Promise<AskAnswer> {
    const options = input.date ? { date: input.date } : {};
    const assistant = ctx as AssistantContext;
    return assistant.model
      ? askAndRephrase(assistant, input.question, options)
      : askQuestion(ctx, input.question, options);
  },
});

/**
 * The answer, rephrased by the configured model when there is one and its text passes the checks
 * (model-rephrase.ts); refusals and out-of-scope answers are never sent to it.
 */
export async function askAndRephrase(
  ctx: AssistantContext,
  question: string,
  options: AskOptions = {},
): Promise<AskAnswer> {
  const answer = askQuestion(ctx, question, options);
  if (!ctx.model || answer.intent === 'safety' || answer.intent === 'out-of-scope') return answer;
  return (await rephraseWithModel(ctx.model, question, answer)).answer;
}
