// mce.unacceptable-principal — CMS Medicare Code Editor edit 9 "Unacceptable principal diagnosis" (Definitions of
// Medicare Code Edits v43.1 in the staged data; the MCE release in force on the date of service): the first-listed
// diagnosis is on the edit's list of codes that "describe a circumstance which influences an individual's health
// status but not a current illness or injury, or … are not specific manifestations but may be due to an underlying
// cause". A code printed with an asterisk (Z51.89 in v43.1) is acceptable when a secondary diagnosis is coded.
//
// Severity. The MCE edits inpatient claims, where this is an error. The claims here are practitioner and
// outpatient-hospital claims, where the first-listed diagnosis is the reason for the encounter (Guidelines FY2026
// Section IV.A, IV.G) and many codes of the list are legitimately first (encounters for examination, screening,
// immunization, aftercare). So on these claims:
//   - a code whose title is an "Encounter for …" reason, or one the guidelines say may ONLY be first-listed
//     (I.C.21.c.15: Z00 except Z00.6, Z01, Z02, Z04, Z31.81, Z31.83, Z31.84, Z33.2, Z34, Z38, Z39, Z40, Z42, Z51.0,
//     Z51.1-, Z52 except Z52.9, Z76.1, Z76.2, Z99.12), is not reported;
//   - any other code of the list (status and history codes, organism codes B95-B97, non-specific manifestations) is
//     `review`: outside the inpatient MCE it is not an error by rule, but it is rarely the reason for the encounter.
import { type Catalog, codeKey, lookupCodeSummary } from '../../catalog/index.js';
import type { Rule } from '../types.js';
import { claimDiagnoses } from './claim-dx.js';
import { MCE_SOURCE, MCE_UNACCEPTABLE_PRINCIPAL, mceInForce, mceRecord } from './mce-lists.js';

/** Guidelines FY2026 I.C.21.c.15, "Z Codes That May Only be Principal/First-Listed Diagnosis": [prefix, except]. */
const ONLY_FIRST_LISTED: readonly [string, string?][] = [
  ['Z00', 'Z006'],
  ['Z01'],
  ['Z02'],
  ['Z04'],
  ['Z332'],
  ['Z3181'],
  ['Z3183'],
  ['Z3184'],
  ['Z34'],
  ['Z39'],
  ['Z38'],
  ['Z40'],
  ['Z42'],
  ['Z510'],
  ['Z511'],
  ['Z52', 'Z529'],
  ['Z761'],
  ['Z762'],
  ['Z9912'],
];

export function onlyFirstListed(code: string): boolean {
  const key = codeKey(code);
  return ONLY_FIRST_LISTED.some(([prefix, except]) => key.startsWith(prefix) && !(except && key.startsWith(except)));
}

function titleOf(catalog: Catalog, code: string, date: string, fallback: string): string {
  try {
    return lookupCodeSummary(catalog, { system: 'icd10cm', code, date }).title ?? fallback;
  } catch {
    return fallback;
  }
}

export const mceUnacceptablePrincipalRule: Rule = (claim, { catalog }) => {
  const dxs = claimDiagnoses(claim);
  const first = dxs[0];
  if (first?.position !== 0) return [];
  const mce = mceInForce(catalog, claim.dateOfService);
  const hit = mce?.hits(first.code, MCE_UNACCEPTABLE_PRINCIPAL)[0];
  if (!mce || !hit) return [];
  if (hit.asterisk && dxs.length > 1) return [];
  if (onlyFirstListed(first.code)) return [];
  const title = titleOf(catalog, first.code, claim.dateOfService, hit.description);
  if (/^encounter for\b/i.test(title)) return [];
  const asterisk = hit.asterisk ? ' It is acceptable as principal when a secondary diagnosis is also coded.' : '';
  return [
    {
      rule: 'mce.unacceptable-principal',
      severity: 'review',
      lines: [],
      codes: [first.code],
      message: `${first.code} (${title}) is first-listed but is on the ${mce.label} edit 9 list of unacceptable principal diagnoses: it describes a circumstance or status, not the illness or injury treated.${asterisk} The MCE rejects it as principal on inpatient claims; on this ${claim.setting} claim the first-listed code should be the main reason for the encounter (Guidelines Section IV.G) — review the sequence.`,
      citation: { source: MCE_SOURCE, release: mce.release.id, file: mce.layer.sourceFile, record: mceRecord(hit) },
    },
  ];
};
