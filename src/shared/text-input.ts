// The one rule for free text that comes from outside (form fields, query strings, the CLI), applied where it
// comes in. Refused, never silently stripped:
// - control characters: C0 (U+0000–U+001F; tab, line feed and carriage return are allowed in multi-line text),
//   DEL (U+007F) and C1 (U+0080–U+009F): they have no meaning in a name, an address or a tip, break HTML and
//   logs, and a NUL truncates strings in other systems;
// - unpaired UTF-16 surrogates, which are not text at all (they cannot be encoded as UTF-8);
// - the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text
//   display in another order than it is stored ("Trojan Source"). The plain marks (U+200E, U+200F) stay.
import { AppError } from './errors.js';

export interface TextRules {
  /** tab, line feed and carriage return allowed (text areas) */
  multiline?: boolean;
}

export interface ForbiddenCharacter {
  /** UTF-16 index in the text */
  index: number;
  codePoint: number;
  name: 'a control character' | 'an unpaired surrogate' | 'a bidirectional control';
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function problemAt(text: string, i: number, multiline: boolean): ForbiddenCharacter['name'] | 'pair' | undefined {
  const c = text.charCodeAt(i);
  if (c < 0x20) return multiline && (c === 0x09 || c === 0x0a || c === 0x0d) ? undefined : 'a control character';
  if (c < 0x7f) return undefined;
  if (c <= 0x9f) return 'a control character';
  if (isHigh(c)) return isLow(text.charCodeAt(i + 1)) ? 'pair' : 'an unpaired surrogate';
  if (isLow(c)) return 'an unpaired surrogate';
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return 'a bidirectional control';
  return undefined;
}

/** The first character the rules refuse, or undefined. */
export function findForbiddenCharacter(text: string, rules: TextRules = {}): ForbiddenCharacter | undefined {
  const multiline = rules.multiline === true;
  for (let i = 0; i < text.length; i++) {
    const problem = problemAt(text, i, multiline);
    if (problem === 'pair') i++;
    else if (problem) return { index: i, codePoint: text.charCodeAt(i), name: problem };
  }
  return undefined;
}

/** The text, or TEXT_INVALID naming the field, the character and where it is (1-based). */
export function checkText(field: string, text: string, rules: TextRules = {}): string {
  const found = findForbiddenCharacter(text, rules);
  if (!found) return text;
  const char = `U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const why = `contains ${found.name} (${char}) at character ${found.index + 1}; remove it and try again`;
  throw new AppError('TEXT_INVALID', { field, why });
}

/** The text with each refused character replaced by U+FFFD, to show refused input back without it. */
export function displayableText(text: string, rules: TextRules = {}): string {
  if (!findForbiddenCharacter(text, rules)) return text;
  const multiline = rules.multiline === true;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const problem = problemAt(text, i, multiline);
    if (problem === 'pair') {
      out += text.slice(i, i + 2);
      i++;
    } else out += problem ? '\ufffd' : text[i];
  }
  return out;
}
