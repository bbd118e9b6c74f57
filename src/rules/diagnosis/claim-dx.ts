// The diagnoses of a normalized claim with their lookup keys and positions (principal / first-listed first), and
// the finding helpers the diagnosis rules share.
import { codeKey } from '../../catalog/index.js';
import type { Claim } from '../types.js';

export interface ClaimDx {
  /** as on the claim (dotted) */
  code: string;
  /** lookup key: no dot */
  key: string;
  /** 0-based position in claim.diagnoses: 0 is the principal / first-listed diagnosis */
  position: number;
}

/** Each distinct diagnosis once, at its first position. */
export function claimDiagnoses(claim: Claim): ClaimDx[] {
  const out: ClaimDx[] = [];
  const seen = new Set<string>();
  claim.diagnoses.forEach((code, position) => {
    const key = codeKey(code);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ code, key, position });
  });
  return out;
}

/** "E11.9, E10.9 and I10" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** At most `max` items, then "and N more". */
export function capped(items: readonly string[], max: number): string[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), `${items.length - max} more`];
}
