// Rule units.invalid: units of service are a whole number from 1 (Form CMS-1500 item 24G / X12 837P SV104).
// Normalization keeps zero, negative and fractional units so that this rule can report them with the line.
import { claimCitation } from './claim-citation.js';
import type { Finding, Rule } from './types.js';

/** units.invalid: every line whose units are not a positive whole number. */
export const unitsRule: Rule = (claim) => {
  const findings: Finding[] = [];
  claim.lines.forEach((line, k) => {
    if (Number.isInteger(line.units) && line.units >= 1) return;
    findings.push({
      rule: 'units.invalid',
      severity: 'error',
      lines: [line.line],
      codes: [line.code],
      message: `Line ${line.line} (${line.code}): ${line.units} units is not valid; units must be a whole number from 1, counted as the code's descriptor defines a unit (per session, per 15 minutes, per dose).`,
      citation: claimCitation(
        'Claim: units of service (CMS-1500 item 24G / X12 837P SV104)',
        `lines[${k}].units = ${line.units}`,
      ),
    });
  });
  return findings;
};
