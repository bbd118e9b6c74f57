// The modifier groups the NCCI edits name, from the NCCI Policy Manual for Medicare Services (ch. I sec. E,
// rev. 1/1/2026, p. I-14: NCCI PTP-associated modifiers; ch. I sec. V, rev. 2/28/2025, p. I-28: the modifiers
// that may report units of a claim-line MUE code on separate lines). The PTP list itself lives with the NCCI
// readers (codesets/ncci/modifiers.ts), through edit-rules.ts, the surface of NCCI's rules without the file readers
// (the ncci index also loads the xlsx parsers).
import { ncciModifier } from '../codesets/ncci/edit-rules.js';

/** Whether a modifier may bypass a PTP edit with modifier indicator 1 (22, 76 and 77 never do). */
export function bypassesPtp(modifier: string): boolean {
  return ncciModifier(modifier) !== undefined;
}

export function isAnatomic(modifier: string): boolean {
  return ncciModifier(modifier)?.group === 'anatomic';
}

const DISTINCT_SERVICE = new Set(['59', 'XE', 'XS', 'XP', 'XU']);

/** 59 or an X{EPSU} modifier: the usual way to show a distinct procedural service. */
export function isDistinctService(modifier: string): boolean {
  return DISTINCT_SERVICE.has(modifier);
}

const MUE_SEPARATE_LINE = new Set(['59', 'XE', 'XS', 'XP', 'XU', '76', '77', '91']);

/** Whether a modifier may justify reporting more units of an MAI 1 code on a separate claim line. */
export function justifiesSeparateMueLine(modifier: string): boolean {
  return MUE_SEPARATE_LINE.has(modifier) || isAnatomic(modifier);
}

export function listModifiers(modifiers: readonly string[]): string {
  return modifiers.length > 0 ? modifiers.join(', ') : 'none';
}
