// mce.manifestation-principal — CMS Medicare Code Editor edit 6 "Manifestation code as principal diagnosis"
// (Definitions of Medicare Code Edits v43.1 in the staged data; the MCE release in force on the date of service):
// the first-listed diagnosis is on the edit's list of manifestation codes. Severity `error` in every setting: the
// MCE edits inpatient claims, but the ICD-10-CM convention behind it holds for outpatient and practitioner claims
// too ("in diseases classified elsewhere" codes are never permitted as first-listed or principal diagnosis;
// Official Guidelines FY2026, I.A.13).

import type { Rule } from '../types.js';
import { claimDiagnoses } from './claim-dx.js';
import { MCE_MANIFESTATION, MCE_SOURCE, mceInForce, mceRecord } from './mce-lists.js';

export const mceManifestationPrincipalRule: Rule = (claim, { catalog }) => {
  const first = claimDiagnoses(claim)[0];
  if (first?.position !== 0) return [];
  const mce = mceInForce(catalog, claim.dateOfService);
  const hit = mce?.hits(first.code, MCE_MANIFESTATION)[0];
  if (!mce || !hit) return [];
  return [
    {
      rule: 'mce.manifestation-principal',
      severity: 'error',
      lines: [],
      codes: [first.code],
      message: `${first.code} is a manifestation code (${mce.label} edit 6, "${hit.list}"): it describes the manifestation of an underlying disease and cannot be the principal or first-listed diagnosis. List the underlying condition first, then ${first.code} (Guidelines I.A.13).`,
      citation: { source: MCE_SOURCE, release: mce.release.id, file: mce.layer.sourceFile, record: mceRecord(hit) },
    },
  ];
};
