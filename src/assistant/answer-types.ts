// The shapes of CasePilot's answer, apart from the code that composes it, so that the modules handling answers (the
// model step, conversations) need not import the composer.
import type { AnswerCitation, AnswerCode, Confidence } from './draft.js';
import type { Intent } from './intent.js';

export interface AskOptions {
  /** date of service, YYYY-MM-DD; today when absent */
  date?: string;
}

export interface AskAnswer {
  /** Markdown */
  answer: string;
  intent: Intent;
  codes: AnswerCode[];
  citations: AnswerCitation[];
  confidence: Confidence;
}
