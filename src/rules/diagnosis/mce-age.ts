// mce.age — CMS Medicare Code Editor edit 4 "Age conflict" (Definitions of Medicare Code Edits v43.1, April 2026,
// in the staged data; the MCE release in force on the date of service): a diagnosis on the Perinatal/Newborn
// (age 0), Pediatric (0-17), Maternity (9-64) or Adult (15-124) list while the patient's age is outside the list's
// range. Severity `error`: the MCE's own definition calls the combination "clinically and virtually impossible …
// either the diagnosis or the age is presumed to be incorrect", which holds whatever the setting (the MCE itself
// edits inpatient claims; this claim is a practitioner or outpatient one). The ranges are the ones the MCE file
// prints on each list; a list without a printed range (the v37 transcription) is not checked. Without the patient's
// age, or with an age the MCE calls invalid (outside 0-124), nothing is checked: one `info` names the codes that are
// on age lists.

import type { Finding, Rule } from '../types.js';
import { claimDiagnoses, listWords } from './claim-dx.js';
import { MCE_AGE, MCE_SOURCE, mceInForce, mceRecord } from './mce-lists.js';

export const mceAgeRule: Rule = (claim, { catalog }) => {
  const mce = mceInForce(catalog, claim.dateOfService);
  if (!mce) return [];
  // the MCE's ages are whole years
  const given = claim.patient.age;
  const age = given === undefined || !Number.isFinite(given) ? undefined : Math.floor(given);
  // the MCE's valid ages are 0 through 124 (its edit 14, invalid age): outside them nothing is checked
  const valid = age !== undefined && age >= 0 && age <= 124;
  const findings: Finding[] = [];
  const unchecked: string[] = [];
  const noRange: string[] = [];
  let firstHit: ReturnType<typeof mce.hits>[number] | undefined;
  for (const dx of claimDiagnoses(claim)) {
    for (const hit of mce.hits(dx.code, MCE_AGE)) {
      firstHit ??= hit;
      if (!valid || age === undefined) {
        unchecked.push(`${dx.code} ("${hit.list}")`);
        continue;
      }
      if (!hit.ageRange) {
        noRange.push(`${dx.code} ("${hit.list}")`);
        continue;
      }
      const { min, max } = hit.ageRange;
      if (age >= min && age <= max) continue;
      findings.push({
        rule: 'mce.age',
        severity: 'error',
        lines: [],
        codes: [dx.code],
        message: `${dx.code} is on the ${mce.label} age conflict list "${hit.list}"${/\bage\b/i.test(hit.list) ? '' : ` (age ${min}${min === max ? '' : ` through ${max}`})`}, but the patient's age is ${age}. The MCE calls this combination clinically and virtually impossible: correct the diagnosis or the age.`,
        citation: { source: MCE_SOURCE, release: mce.release.id, file: mce.layer.sourceFile, record: mceRecord(hit) },
      });
    }
  }
  const notChecked = [...unchecked, ...noRange];
  if (notChecked.length > 0 && firstHit) {
    const why =
      unchecked.length === 0
        ? `the ${mce.label} lists print no age range`
        : age === undefined
          ? 'the claim gives no patient age'
          : `the patient's age ${age} is outside the MCE's valid ages, 0 through 124 (its edit 14, invalid age)`;
    findings.push({
      rule: 'mce.age',
      severity: 'info',
      lines: [],
      codes: [...new Set(notChecked.map((s) => s.split(' ')[0] as string))],
      message: `${mce.label} age conflict edit (edit 4) not checked for ${listWords(notChecked)}: ${why}.${unchecked.length > 0 && age === undefined ? " The MCE age edit needs the patient's age in years." : ''}`,
      citation: {
        source: MCE_SOURCE,
        release: mce.release.id,
        file: mce.layer.sourceFile,
        record: mceRecord(firstHit),
      },
    });
  }
  return findings;
};
