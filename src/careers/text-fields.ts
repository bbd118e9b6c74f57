// Reading the text fields of CareerCenter's inputs: the platform's one rule for outside text (control characters,
// unpaired surrogates, bidirectional overrides: shared/text-input.ts), a length limit per field, and no script.
// Script is refused in every field, Markdown or plain: nothing a coder or an employer writes here needs it, and
// refusing it (with the field named) is clearer than a text that silently changes. Everything is still escaped or
// sanitized when shown (plain text by the page's JSX, Markdown by renderJobMarkdown): the refusal is a second wall.
import { findForbiddenCharacter } from '../shared/index.js';
import type { Problems } from './problems.js';

/**
 * Active content: a script-capable tag, an event-handler attribute inside a tag, or a javascript:/vbscript: URL.
 * Plain comparisons ("< 5 years", "a<b") and ordinary tags such as <b> are not script; they are shown as typed.
 */
const SCRIPT =
  /<\s*\/?\s*(?:script|iframe|frame|object|embed|applet|style|svg|math|link|meta|base|form)\b|<[a-z][^>]*\son[a-z]+\s*=|\b(?:javascript|vbscript)\s*:|\bdata\s*:\s*text\/html/i;

export function containsScript(text: string): boolean {
  return SCRIPT.test(text);
}

export interface TextFieldRules {
  max: number;
  required?: boolean;
  /** tab and line breaks allowed (text areas); single-line fields refuse them */
  multiline?: boolean;
}

/**
 * The field's text trimmed, or undefined when it is absent (a problem when required) or refused. `value` comes from
 * outside: anything but a string is a problem.
 */
export function readText(problems: Problems, field: string, value: unknown, rules: TextFieldRules): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (rules.required) problems.add(field, 'is required');
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.add(field, 'must be text');
    return undefined;
  }
  const text = value.trim();
  if (text.length > rules.max) {
    problems.add(field, `is ${text.length} characters long; the limit is ${rules.max}`);
    return undefined;
  }
  const bad = findForbiddenCharacter(text, { multiline: rules.multiline === true });
  if (bad) {
    const char = `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.add(field, `contains ${bad.name} (${char}) at character ${bad.index + 1}; remove it`);
    return undefined;
  }
  if (containsScript(text)) {
    problems.add(field, 'contains script or active HTML (such as <script>, <iframe> or javascript:); write plain text');
    return undefined;
  }
  return text;
}
