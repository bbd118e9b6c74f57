// The optional language-model step: an OpenAI-compatible chat endpoint (ASSISTANT_MODEL_URL) may rephrase a
// composed answer into plainer prose. It receives only the grounded answer (never the catalog, never the user's
// account), and what it returns is checked before it is shown: every code-shaped token must be a code of the answer
// or of the question, every number must be one the answer already states, and the text must not be empty or much
// longer than the answer. Anything else — a failed check, an error, a timeout — shows the composed answer as it
// was. The sources stay the composed answer's own.
import type { AskAnswer } from './answer-types.js';

export interface ModelProvider {
  url: string;
  model: string;
  key: string | undefined;
  timeoutMs: number;
}

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

const CODE_TOKEN =
  /(?<![A-Za-z0-9.])([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?|\d{4}[0-9FTU]|[A-V]\d{4}|[0-9A-HJ-NP-Z]{7})(?![A-Za-z0-9])/g;
const NUMBER = /(?<![A-Za-z0-9.])\d+(?:[.,]\d+)*(?![A-Za-z0-9])/g;

/** The body of the answer without its "Sources:" block, which the model never rewrites. */
function splitSources(markdown: string): { body: string; sources: string } {
  const i = markdown.indexOf('\n\nSources:\n');
  return i < 0 ? { body: markdown, sources: '' } : { body: markdown.slice(0, i), sources: markdown.slice(i + 2) };
}

/** Why the model's text may not be shown, or undefined when it passes every check. */
export function checkRephrasing(original: AskAnswer, question: string, text: string): string | undefined {
  const { body } = splitSources(original.answer);
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > body.length * 1.5 + 200) return 'longer than the answer it rephrases';
  const known = new Set([
    ...original.codes.map((c) => c.code.toUpperCase()),
    ...(question.toUpperCase().match(CODE_TOKEN) ?? []),
  ]);
  const bodyCodes = new Set(body.toUpperCase().match(CODE_TOKEN) ?? []);
  for (const code of trimmed.toUpperCase().match(CODE_TOKEN) ?? [])
    if (!known.has(code) && !bodyCodes.has(code)) return `names ${code}, which the answer does not`;
  const numbers = new Set(body.match(NUMBER) ?? []);
  for (const n of trimmed.match(NUMBER) ?? []) if (!numbers.has(n)) return `states ${n}, which the answer does not`;
  if (/<\s*script|<\s*iframe|javascript:/i.test(trimmed)) return 'holds markup';
  return undefined;
}

interface ChatResponse {
  choices?: { message?: { content?: unknown } }[];
}

/** Asks the model to rephrase; the composed answer when the model fails or its text fails the checks. */
export async function rephraseWithModel(
  provider: ModelProvider,
  question: string,
  answer: AskAnswer,
): Promise<Rephrased> {
  const { body, sources } = splitSources(answer.answer);
  let text: string;
  try {
    const response = await fetch(`${provider.url}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(provider.key ? { authorization: `Bearer ${provider.key}` } : {}),
      },
      body: JSON.stringify({
        model: provider.model,
        temperature: 0,
        messages: [
          { role: 'system', content: INSTRUCTIONS },
          { role: 'user', content: `Question: ${question}\n\nAnswer to rewrite:\n${body}` },
        ],
      }),
      signal: AbortSignal.timeout(provider.timeoutMs),
    });
    if (!response.ok)
      return { answer, model: { status: 'failed', why: `the model endpoint answered ${response.status}` } };
    const json = (await response.json()) as ChatResponse;
    const content = json.choices?.[0]?.message?.content;
    if (typeof content !== 'string')
      return { answer, model: { status: 'failed', why: 'the model endpoint sent no text' } };
    text = content;
  } catch (e) {
    const why =
      e instanceof Error && e.name === 'TimeoutError'
        ? 'the model did not answer in time'
        : 'the model endpoint could not be reached';
    return { answer, model: { status: 'failed', why } };
  }
  const refused = checkRephrasing(answer, question, text);
  if (refused) return { answer, model: { status: 'rejected', why: refused } };
  return {
    answer: { ...answer, answer: sources ? `${text.trim()}\n\n${sources}` : text.trim() },
    model: { status: 'used' },
  };
}
