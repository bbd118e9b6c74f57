// ICD-10-CM 7th characters (Tabular List conventions, "7th characters and placeholder X"): a code that takes a
// 7th character is first padded with the placeholder "X" to 6 characters, so the 7th character always sits in
// position 7 (S02.0 + A -> S02.0XXA; T36.0X1 + A -> T36.0X1A).
import type { SevenChrValue } from './types.js';

/** Pad a dotted code with "X" up to 6 characters (not counting the dot). */
export function padWithPlaceholder(code: string): string {
  const padded = code.replace('.', '').padEnd(6, 'X');
  return `${padded.slice(0, 3)}.${padded.slice(3)}`;
}

/** True when a code has room for a 7th character (6 characters or fewer, not counting the dot). */
export function canTakeSeventhCharacter(code: string): boolean {
  return code.replace('.', '').length <= 6;
}

/** The dotted code for one 7th character: "S02.0" + A -> "S02.0XXA". */
export function withSeventhCharacter(code: string, value: SevenChrValue): string {
  return `${padWithPlaceholder(code)}${value.char}`;
}

/**
 * Title of an expanded code: the base title, ", ", then the 7th character's meaning. This is how the order
 * file writes every expanded code: all 72,621 valid codes of the January 2021 order file match (verify.test.ts).
 */
export function expandedTitle(baseTitle: string, value: SevenChrValue): string {
  return `${baseTitle}, ${value.meaning}`;
}

/** 7th characters a note rules out for codes with given 6th characters. */
export interface SeventhCharacterRestriction {
  chars: string[];
  sixthChars: string[];
}

const RESTRICTION =
  /^7th characters? (.+?) (?:do|does) not apply to codes in (?:sub)?category \S+ with 6th characters? (.+)$/i;

/**
 * The XML has no element for "this 7th character is not allowed here": the one such rule (S06: "7th characters
 * D and S do not apply to codes in category S06 with 6th character 7 - …, or 8 - …") is prose in a <notes>.
 * Returns null for any other note; `undefined` for a note that looks like a restriction but cannot be read, so
 * the caller can report it instead of silently making invalid codes.
 */
export function readSeventhCharacterRestriction(note: string): SeventhCharacterRestriction | null | undefined {
  if (!/7th character/i.test(note) || !/not apply/i.test(note)) return null;
  const match = RESTRICTION.exec(note);
  if (!match) return undefined;
  const chars = (match[1] ?? '').match(/\b[0-9A-Z]\b/g) ?? [];
  const sixthChars = [...(match[2] ?? '').matchAll(/(?:^|, or |, | or )([0-9A-Z]) -/g)].map((m) => m[1] ?? '');
  if (chars.length === 0 || sixthChars.length === 0) return undefined;
  return { chars, sixthChars };
}

/** Whether a 7th character is ruled out for a code by any restriction in force. */
export function isRuledOut(code: string, char: string, restrictions: readonly SeventhCharacterRestriction[]): boolean {
  const sixth = code.replace('.', '')[5];
  return restrictions.some((r) => sixth !== undefined && r.sixthChars.includes(sixth) && r.chars.includes(char));
}
