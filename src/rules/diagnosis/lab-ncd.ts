// coverage.lab-ncd — Medicare clinical diagnostic laboratory National Coverage Determinations (NCD manual 190.12-
// 190.34) as CMS codes them in the lab NCD ICD-10 coding spreadsheet (release in force on the date of service;
// 2026100, January 2026, in the staged data): a line whose CPT/HCPCS code one of the NCD lists governs, while
// none of the line's diagnoses resolves to "covered" on that list. Resolutions are the sheet's: 1 covered,
// 2 denied (the NCD's list of ICD-10-CM codes denied: screening and other codes Medicare never covers for the
// test), 3 does not support medical necessity; a code the list does not print takes the list's "all other codes"
// resolution (see lab-ncd-index.ts for how that is read).
//
// Which diagnoses: on a practitioner claim, the ones the line points to (that is how the line's medical necessity
// is read; the message says when another diagnosis of the claim would be covered); with no valid pointer, and on an
// outpatient-hospital claim, all the claim's diagnoses.
//
// Severity `warning`: the test is likely to be denied, but the diagnosis list may be incomplete rather than wrong.
// `info` when the line already carries an ABN-related modifier (GA, GZ, GX, GY): the expected denial is known.
// The message names the NCD, the denied-list status of each diagnosis, the covered codes nearest them (same
// subcategory or category first), and the Advance Beneficiary Notice.

import type { Claim, ClaimLine, Finding, Rule } from '../types.js';
import { capped, listWords } from './claim-dx.js';
import { labNcdIndex, type NcdForCode, ncdsForProcedure, nearestCovered, resolveDx } from './lab-ncd-index.js';

export const LAB_NCD_SOURCE = 'Medicare clinical laboratory NCDs (ICD-10-CM coding spreadsheet)';
const ABN_MODIFIERS = new Set(['GA', 'GZ', 'GX', 'GY']);

function lineDiagnoses(claim: Claim, line: ClaimLine): { codes: string[]; pointed: boolean } {
  const all = { codes: [...new Set(claim.diagnoses)], pointed: false };
  if (claim.setting !== 'practitioner') return all;
  const pointed = line.diagnosisPointers
    .filter((p) => Number.isInteger(p) && p >= 1 && p <= claim.diagnoses.length)
    .map((p) => claim.diagnoses[p - 1] as string);
  return pointed.length > 0 ? { codes: [...new Set(pointed)], pointed: true } : all;
}

function status(resolution: number, printed: boolean, meaning: (r: number) => string): string {
  if (resolution === 2) return "on the NCD's list of ICD-10-CM codes denied";
  if (printed) return `listed as: ${meaning(resolution)}`;
  return `not on the NCD's covered list (${meaning(resolution)})`;
}

export const labNcdRule: Rule = (claim, { catalog }) => {
  if (claim.diagnoses.length === 0) return [];
  const idx = labNcdIndex(catalog, claim.dateOfService);
  if (!idx) return [];
  const meaning = (r: number) => (idx.layer.resolutions[String(r)]?.meaning ?? `resolution ${r}`).replace(/\.$/, '');
  const source = { release: idx.release.id, file: idx.layer.sourceFile };
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const governing = ncdsForProcedure(idx, line.code, line.dateOfService);
    if (governing.length === 0) continue;
    const dxs = lineDiagnoses(claim, line);
    for (const g of governing) {
      const date = line.dateOfService;
      const resolved = dxs.codes.map((code) => ({ code, ...resolveDx(g.list, code, date) }));
      if (resolved.some((r) => r.resolution === 1)) continue;
      findings.push(finding(claim, line, g, { resolved, pointed: dxs.pointed }, { date, meaning, ...source }));
    }
  }
  return findings;
};

interface Context {
  date: string;
  release: string;
  file: string;
  /** the sheet's legend for a resolution code, without its final period */
  meaning: (resolution: number) => string;
}

function finding(
  claim: Claim,
  line: ClaimLine,
  g: NcdForCode,
  dx: { resolved: { code: string; resolution: number; entry?: { line: number } }[]; pointed: boolean },
  { date, release, file, meaning }: Context,
): Finding {
  const list = g.list;
  const { resolved } = dx;
  const parts = resolved.map((r) => `${r.code} is ${status(r.resolution, r.entry !== undefined, meaning)}`);
  const nearest = resolved
    .map((r) => ({ code: r.code, near: nearestCovered(list, r.code, date, 4) }))
    .filter((n) => n.near.length > 0)
    .map((n) => `${n.code} → ${n.near.join(', ')}`);
  const otherCovered = [...new Set(claim.diagnoses)].filter(
    (c) => !resolved.some((r) => r.code === c) && resolveDx(list, c, date).resolution === 1,
  );
  const abn = line.modifiers.filter((m) => ABN_MODIFIERS.has(m.toUpperCase()));
  const sentences = [
    `Line ${line.line} (${line.code}) is governed by Medicare NCD ${list.ncd} ${list.title}, and none of ${
      dx.pointed ? "the line's" : "the claim's"
    } diagnoses supports coverage: ${listWords(parts)}.`,
  ];
  if (otherCovered.length > 0)
    sentences.push(
      `${listWords(otherCovered)} on the claim ${otherCovered.length === 1 ? 'is' : 'are'} covered: point the line to ${otherCovered.length === 1 ? 'it' : 'them'} if ${otherCovered.length === 1 ? 'it is' : 'they are'} a reason for the test.`,
    );
  if (nearest.length > 0)
    sentences.push(
      `Covered diagnoses of this NCD in the same category: ${listWords(capped(nearest, 4))} — code only what the record documents.`,
    );
  else if (list.coveredKeys.length > 0)
    sentences.push(
      `The NCD covers ${list.coveredKeys.length} ICD-10-CM codes, none in the categories of the line's diagnoses (${listWords([...new Set(resolved.map((r) => r.code.slice(0, 3)))])}).`,
    );
  sentences.push(
    abn.length > 0
      ? `The line carries ${abn.join(', ')}: an expected denial is already declared (Advance Beneficiary Notice modifiers).`
      : 'If the test is done anyway, give the patient an Advance Beneficiary Notice (ABN) before it to be able to bill the patient when Medicare denies it (modifier GA).',
  );
  return {
    rule: 'coverage.lab-ncd',
    severity: abn.length > 0 ? 'info' : 'warning',
    lines: [line.line],
    codes: [line.code, ...resolved.map((r) => r.code)],
    message: sentences.join(' '),
    citation: {
      source: LAB_NCD_SOURCE,
      release,
      file,
      record: `NCD ${list.ncd} ${list.title} (row ${list.line}); CPT/HCPCS ${g.code} (row ${g.line})`,
    },
  };
}
