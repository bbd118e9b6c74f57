// Lab NCD coverage: does an ICD-10-CM code support medical necessity for a lab test, by CPT/HCPCS code or by NCD
// number. Read from the CMS lab NCD coding spreadsheet through Claim Check's own resolution (rules/labNcdCoverage).
import { type LabNcdCoverageResult, labNcdCoverage } from '../../rules/index.js';
import { type Asked, DIAGNOSIS_SYSTEMS, listWords, mentionsOf, PROCEDURE_SYSTEMS } from '../asked.js';
import { answerUnknown } from './code-facts.js';

const LAB_NCD_SOURCE = 'Medicare clinical laboratory NCD ICD-10-CM coding spreadsheet';

function verdict(r: LabNcdCoverageResult): string {
  if (r.resolution === 1) return 'is covered';
  if (r.resolution === 2) return 'is not covered (listed as denied)';
  return 'is not covered (it does not support medical necessity)';
}

export function answerCoverage(a: Asked): void {
  const dx = mentionsOf(a.entities, DIAGNOSIS_SYSTEMS)[0];
  if (!dx) {
    const unknown = a.entities.unknown[0];
    if (unknown) answerUnknown(a, unknown);
    else a.draft.say('Which ICD-10-CM diagnosis code should I check? Name it with the test (CPT code or NCD number).');
    a.draft.lowerConfidence('low');
    return;
  }
  a.draft.addCode('icd10cm', dx.code);
  const procedure = mentionsOf(a.entities, PROCEDURE_SYSTEMS)[0];
  const ncd = a.entities.ncds[0];
  if (!procedure && !ncd) {
    a.draft.say(
      `Which lab test? Give its CPT/HCPCS code or its NCD number (190.12–190.34) to check ${dx.code} against.`,
    );
    a.draft.lowerConfidence('low');
    return;
  }
  if (procedure) a.draft.addCode(procedure.system, procedure.code);
  const coverage = labNcdCoverage(a.ctx.catalog, {
    diagnosis: dx.code,
    ...(procedure ? { procedure: procedure.code } : { ncd }),
    date: a.date,
  });
  if (!coverage) {
    a.draft.say('No Medicare lab NCD spreadsheet is loaded, so coverage cannot be checked here.');
    a.draft.lowerConfidence('low');
    return;
  }
  const subject = procedure ? procedure.code : `NCD ${ncd}`;
  if (coverage.results.length === 0) {
    a.draft.say(
      `${subject} is not on any Medicare clinical laboratory NCD in the loaded spreadsheet (${coverage.release}), so no national lab NCD decides coverage for it; a local coverage determination (LCD) may apply.`,
    );
    a.draft.cite({
      source: LAB_NCD_SOURCE,
      release: coverage.release,
      locator: `${coverage.file} (no NCD lists ${subject})`,
    });
    a.draft.lowerConfidence('medium');
    return;
  }
  for (const [i, r] of coverage.results.entries()) {
    const sentence = `${dx.code} ${verdict(r)} for ${procedure ? `${procedure.code} under ` : ''}NCD ${r.ncd} ${r.title}: ${r.printed ? `the NCD lists it as "${r.meaning.replace(/\.$/, '')}"` : `the NCD does not list it, and codes it does not list take "${r.meaning.replace(/\.$/, '')}"`}.`;
    if (i === 0)
      a.draft.say(r.resolution === 1 ? `Yes — ${dx.code} is a covered diagnosis. ${sentence}` : `No — ${sentence}`);
    else a.draft.fact(sentence);
    if (r.nearestCovered.length > 0) {
      const near = r.nearestCovered.filter((c) => a.draft.addCode('icd10cm', c));
      if (near.length > 0)
        a.draft.fact(
          `Covered codes of NCD ${r.ncd} in the same category: ${listWords(near)} — code only what the record documents.`,
        );
    }
    a.draft.cite({
      source: LAB_NCD_SOURCE,
      release: coverage.release,
      locator: `${coverage.file}, NCD ${r.ncd} (row ${r.ncdLine})${r.dxLine ? `, ${dx.code} (row ${r.dxLine})` : ''}${r.procedureLine ? `, ${procedure?.code} (row ${r.procedureLine})` : ''}`,
    });
  }
  if (coverage.results.some((r) => r.resolution !== 1))
    a.draft.fact(
      'When a test is expected to be denied, give the patient an Advance Beneficiary Notice (ABN) before it and append modifier GA.',
    );
}
