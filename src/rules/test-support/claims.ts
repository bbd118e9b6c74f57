// Claim builders for the Claim Check tests: a claim document as users send it, with defaults that pass every
// rule on their own (one valid diagnosis, pointers at it), and a runner for one rule.
import type { Catalog } from '../../catalog/index.js';
import { normalizeClaim } from '../claim.js';
import type { ClaimInput, ClaimLineInput, Finding, Rule, RuleId } from '../types.js';

/** A date inside ICD-10-CM FY2026 and the NCCI 2026 Q2 tables of the staged data. */
export const DOS = '2026-05-01';

export type LineSpec = string | (Partial<ClaimLineInput> & { code: string });

/** A claim with one diagnosis (J45.41) and each line pointing at it; lines given as codes or partial lines. */
export function claimOf(lines: LineSpec[], extra: Partial<ClaimInput> = {}): ClaimInput {
  return {
    dateOfService: DOS,
    patient: { age: 45, sex: 'F' },
    setting: 'practitioner',
    diagnoses: ['J45.41'],
    ...extra,
    lines: lines.map((l) =>
      typeof l === 'string'
        ? { code: l, units: 1, diagnosisPointers: [1] }
        : { units: 1, diagnosisPointers: [1], ...l },
    ),
  };
}

/** Normalizes the claim and runs one rule on it. */
export function runRule(rule: Rule, input: ClaimInput, catalog: Catalog): Finding[] {
  return rule(normalizeClaim(input, catalog), { catalog });
}

export function only(findings: readonly Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
