// The check every model text passes before anyone sees it (CasePilot's rephrasing, drafted code descriptions): a
// code-shaped token must be one the facts name, a number one the facts state, the text not empty, not much longer
// than allowed and without markup. A model may reword the facts; it may not add to them.

const CODE_TOKEN =
  /(?<![A-Za-z0-9.])([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?|\d{4}[0-9FTU]|[A-V]\d{4}|[0-9A-HJ-NP-Z]{7})(?![A-Za-z0-9])/g;
const NUMBER = /(?<![A-Za-z0-9.])\d+(?:[.,]\d+)*(?![A-Za-z0-9])/g;

export interface ModelTextFacts {
  /** the text the model was given: its codes and numbers are allowed */
  facts: string;
  /** further codes it may name (the answer's codes, the question's) */
  codes?: readonly string[];
  /** the longest text accepted */
  maxLength: number;
  /** what the facts are, in the reasons ("the answer"); "the facts" unless given */
  name?: string;
}

/** The code-shaped tokens of a text, upper-cased. */
export function codeTokens(text: string): string[] {
  return text.toUpperCase().match(CODE_TOKEN) ?? [];
}

/** Why the model's text may not be shown, or undefined when it passes every check. */
export function checkModelText(text: string, opts: ModelTextFacts): string | undefined {
  const { facts, codes = [], maxLength, name = 'the facts' } = opts;
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > maxLength) return `much longer than ${name}`;
  const known = new Set([...codes.map((c) => c.toUpperCase()), ...codeTokens(facts)]);
  for (const code of codeTokens(trimmed)) if (!known.has(code)) return `names ${code}, which ${name} does not`;
  const numbers = new Set(facts.match(NUMBER) ?? []);
  for (const n of trimmed.match(NUMBER) ?? []) if (!numbers.has(n)) return `states ${n}, which ${name} does not`;
  if (/<\s*script|<\s*iframe|javascript:/i.test(trimmed)) return 'holds markup';
  return undefined;
}
