// The phrases from outside the indexes that type-ahead offers beside the index terms: the lay-term dictionary
// (lay-terms.ts) once it is in — the integrator maps its entries to ExtraPhrase here. TermSuggestions.open reads
// this list for the server, the CLI and the test apps, so this is the one place that feeds them.
import type { ExtraPhrase } from './suggestion-phrases.js';

export function defaultExtraPhrases(): readonly ExtraPhrase[] {
  return [];
}
