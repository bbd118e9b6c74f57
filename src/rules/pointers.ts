// Rule pointer.invalid: each service line points at the diagnoses that support it, by their 1-based position in
// the claim's list (Form CMS-1500 item 24E / X12 837P SV107: up to four pointers per line, the first the primary
// reason for the service).
import { claimCitation } from './claim-citation.js';
import type { Finding, Rule } from './types.js';

const MAX_POINTERS = 4;
const BASIS = 'Claim: diagnosis pointers (CMS-1500 item 24E / X12 837P SV107)';

/** pointer.invalid: pointers at no diagnosis (error), lines without pointers or with more than four (warning). */
export const pointerRule: Rule = (claim) => {
  const findings: Finding[] = [];
  const count = claim.diagnoses.length;
  claim.lines.forEach((line, k) => {
    const field = `lines[${k}].diagnosisPointers`;
    const base = { rule: 'pointer.invalid' as const, lines: [line.line], codes: [line.code] };
    if (line.diagnosisPointers.length === 0) {
      findings.push({
        ...base,
        severity: 'warning',
        message: `Line ${line.line} (${line.code}) points at no diagnosis: add the position of the diagnosis that supports it (1 = ${claim.diagnoses[0] ?? 'the first diagnosis'}).`,
        citation: claimCitation(BASIS, field),
      });
      return;
    }
    const wrong = line.diagnosisPointers.filter((p) => p < 1 || p > count);
    if (wrong.length > 0) {
      findings.push({
        ...base,
        severity: 'error',
        message: `Line ${line.line} (${line.code}): diagnosis pointer${wrong.length > 1 ? 's' : ''} ${wrong.join(', ')} point${wrong.length > 1 ? '' : 's'} at no diagnosis; the claim lists ${count} (positions ${count > 0 ? `1 to ${count}` : 'none'}).`,
        citation: claimCitation(BASIS, `${field} = [${line.diagnosisPointers.join(', ')}]`),
      });
    }
    if (line.diagnosisPointers.length > MAX_POINTERS) {
      findings.push({
        ...base,
        severity: 'warning',
        message: `Line ${line.line} (${line.code}) has ${line.diagnosisPointers.length} diagnosis pointers; a claim line takes at most ${MAX_POINTERS}. Keep the ${MAX_POINTERS} most relevant, the primary reason first.`,
        citation: claimCitation(BASIS, field),
      });
    }
  });
  return findings;
};
