// The optional language-model step: an OpenAI-compatible chat endpoint (ASSISTANT_MODEL_URL) may rephrase a
// composed answer into plainer prose. It receives only the grounded answer (never the catalog, never the user's
// account), and what it returns is checked before it is shown: every code-shaped token must be a code of the answer
// or of the question, every number must be one the answer already states, and the text must not be empty or much
// longer than the answer. Anything else — a failed check, an error, a timeout — shows the composed answer as it
// was. The sources stay the composed answer's own.
import type { AskAnswer } from './answer-types.js';
import { callModel, type ModelProvider } from './model-call.js';
import { checkModelText, codeTokens } from './model-check.js';

export type { ModelProvider } from './model-call.js';

export interface Rephrased {
  answer: AskAnswer;
  /** how the model step ended: used, refused by the checks (and why), or not reached */
  model: { status: 'used' } | { status: 'rejected'; why: string } | { status: 'failed'; why: string };
}

const INSTRUCTIONS = [
  'You rewrite a medical coding answer so that it reads clearly.',
  'Use only the facts in the answer you are given. Do not add codes, numbers, dates, rules or advice.',
  'Keep every code exactly as written. Keep it short. Plain text or simple Markdown; no headings.',
  'Do not include a sources list; it is added separately.',
].join(' ');

/** The body of the answer without its "Sources:" block, which the model never rewrites. */
function splitSources(markdown: string): { body: string; sources: string } {
  const i = markdown.indexOf('\n\nSources:\n');
  return i < 0 ? { body: markdown, sources: '' } : { body: markdown.slice(0, i), sources: markdown.slice(i + 2) };
}

/** Why the model's text may not be shown, or undefined when it passes every check. */
export function checkRephrasing(original: AskAnswer, question: string, text: string): string | undefined {
  const { body } = splitSources(original.answer);
  return checkModelText(text, {
    facts: body,
    codes: [...original.codes.map((c) => c.code), ...codeTokens(question)],
    maxLength: body.length * 1.5 + 200,
    name: 'the answer',
  });
}

/** Asks the model to rephrase; the composed answer when the model fails or its text fails the checks. */
export async function rephraseWithModel(
  provider: ModelProvider,
  question: string,
  answer: AskAnswer,
): Promise<Rephrased> {
  const { body, sources } = splitSources(answer.answer);
  const reply = await callModel(provider, INSTRUCTIONS, `Question: ${question}\n\nAnswer to rewrite:\n${body}`);
  if ('failed' in reply) return { answer, model: { status: 'failed', why: reply.failed } };
  const text = reply.text;
  const refused = checkRephrasing(answer, question, text);
  if (refused) return { answer, model: { status: 'rejected', why: refused } };
  return {
    answer: { ...answer, answer: sources ? `${text.trim()}\n\n${sources}` : text.trim() },
    model: { status: 'used' },
  };
}
