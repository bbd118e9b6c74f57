// The phrases from outside the indexes that type-ahead offers beside the index terms: the lay-term and shorthand
// dictionary (lay-terms.ts), each with its default code: the index phrase of the same words, else its expansion's
// index term's, else the first code family the entry names. TermSuggestions.open reads this list
// for the server, the CLI and the test apps, so this is the one place that feeds them.
import { LAY_TERMS } from './lay-terms.js';
import type { ExtraPhrase } from './suggestion-phrases.js';

export function defaultExtraPhrases(): readonly ExtraPhrase[] {
  return LAY_TERMS.map((t) => {
    const first = t.expect[0];
    return first
      ? { phrase: t.phrase, expansion: t.expansion, system: first.system, code: first.code }
      : { phrase: t.phrase, expansion: t.expansion };
  });
}
