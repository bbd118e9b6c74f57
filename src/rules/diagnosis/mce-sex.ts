// mce.sex — CMS Medicare Code Editor edit 5 "Sex conflict": a diagnosis on the female-only or male-only list while
// the patient's sex is the other. CMS deactivated this edit on 10/01/2024 (Definitions of Medicare Code Edits v43.1
// prints it "deactivated as of 10/01/2024" and no longer prints its lists), so the lists come from the newest MCE
// release loaded that still has them (the third-party v37 transcription, FY2020, in the staged data; a code created
// since is on no list and is not checked). Severity `review`, never `error`: Medicare's editor no longer rejects the
// combination, while other payers' editors may still apply it, and the patient's recorded sex may legitimately
// differ from the anatomy the code concerns. Without a patient sex of F or M nothing is checked and nothing is said.

import type { Catalog } from '../../catalog/index.js';
import type { Finding, Rule } from '../types.js';
import { claimDiagnoses } from './claim-dx.js';
import { MCE_SEX, MCE_SOURCE, mceEdit, mceInForce, mceRecord, mceWithLists } from './mce-lists.js';
import { perDate } from './per-date.js';

/** The sex conflict edit's deactivation, as the MCE in force (else the newest loaded) prints it. */
function deactivationOf(catalog: Catalog, date: string) {
  return perDate(catalog, 'mce-sex-deactivation', date, () => {
    const newest = catalog.pick('mce', 'mce');
    for (const layer of [mceInForce(catalog, date)?.layer, newest ? catalog.layer(newest.release, 'mce') : undefined]) {
      const edit = layer ? mceEdit(layer, MCE_SEX) : undefined;
      if (layer && edit?.inactiveSince) return { layer, edit };
    }
    return undefined;
  });
}

export const mceSexRule: Rule = (claim, { catalog }) => {
  const sex = claim.patient.sex;
  if (sex !== 'F' && sex !== 'M') return [];
  const lists = mceWithLists(catalog, MCE_SEX, claim.dateOfService);
  if (!lists) return [];
  const findings: Finding[] = [];
  for (const dx of claimDiagnoses(claim)) {
    for (const hit of lists.hits(dx.code, MCE_SEX)) {
      if (!hit.sex || (hit.sex === 'female') === (sex === 'F')) continue;
      const deactivation = deactivationOf(catalog, claim.dateOfService);
      const since = deactivation?.edit.inactiveSince;
      const status =
        since && claim.dateOfService >= since
          ? `CMS's MCE stopped applying the sex conflict edit on ${since} (MCE v${deactivation?.layer.version}: "${deactivation?.edit.deactivated ?? 'deactivated'}"), so Medicare no longer rejects this, but other payers' editors may still apply it.`
          : `The MCE in force on ${claim.dateOfService} still applies the sex conflict edit (CMS deactivated it on ${since ?? '10/01/2024'}).`;
      findings.push({
        rule: 'mce.sex',
        severity: 'review',
        lines: [],
        codes: [dx.code],
        message: `${dx.code} is on the ${lists.label} sex conflict list "${hit.list}" (${hit.sex} only), but the patient's sex is ${sex}. ${status} Check the patient's sex and the code.`,
        citation: {
          source: MCE_SOURCE,
          release: lists.release.id,
          file: lists.layer.sourceFile,
          record: mceRecord(hit),
        },
      });
    }
  }
  return findings;
};
