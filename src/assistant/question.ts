// The question as the assistant reads it: bounded, control characters refused, whitespace collapsed. Coders paste
// whole notes into a chat box; the cap keeps every later step linear and is said in the answer, never silent.
import { checkText } from '../shared/index.js';

/** Longest question read; the rest is dropped and the answer says so. */
export const MAX_QUESTION_CHARS = 2000;

export interface Question {
  /** the text as read (capped, cleaned), for quoting back */
  text: string;
  /** lower case, curly quotes and dashes straightened, for matching */
  lower: string;
  /** characters dropped past MAX_QUESTION_CHARS */
  truncated: number;
}

/** TEXT_INVALID for control characters and bidirectional overrides (the one rule for outside text). */
export function readQuestion(raw: string): Question {
  const cleaned = checkText('question', raw, { multiline: true });
  const truncated = Math.max(0, cleaned.length - MAX_QUESTION_CHARS);
  const text = cleaned.slice(0, MAX_QUESTION_CHARS).replace(/\s+/g, ' ').trim();
  const lower = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-');
  return { text, lower, truncated };
}
