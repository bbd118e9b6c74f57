// Rule code.* for the claim's diagnoses: each ICD-10-CM code must be a valid, billable code on the claim's date
// of service in the code list in force (ICD-10-CM Official Guidelines FY2026, section I.A.3 "for reporting
// purposes only codes are permissible", I.A.4-5 placeholder X and 7th characters, I.B.2 level of detail).
// Deleted codes name their successors from CDC's conversion table when it is loaded.
import { type Catalog, type CodeIndex, codeKey, findCode, lookupCode, SYSTEM_NAMES } from '../catalog/index.js';
import { codeAt, codeListCitation, entryCitation, lineCodeSystem } from './code-lookup.js';
import {
  type SeventhCharacterProblem,
  seventhCharacterChildren,
  seventhCharacterProblem,
} from './seventh-character.js';
import type { Claim, Finding, Rule } from './types.js';

const LISTED = 15;

function listCodes(codes: readonly string[], max = LISTED): string {
  if (codes.length <= max) return codes.join(', ');
  return `${codes.slice(0, max).join(', ')} and ${codes.length - max} more`;
}

/** The lines that point at a diagnosis (1-based position), for the finding's `lines`. */
function linesPointingAt(claim: Claim, position: number): number[] {
  const out: number[] = [];
  for (const l of claim.lines) if (l.diagnosisPointers.includes(position)) out.push(l.line);
  return out;
}

/** Billable codes below a header, in code-list order (a header may have headers as children). */
function billableBelow(index: CodeIndex, i: number, out: string[] = []): string[] {
  for (const c of index.children(i)) {
    if (index.billableAt(c)) out.push(codeAt(index, c));
    else billableBelow(index, c, out);
  }
  return out;
}

/** "S72.001A (initial encounter for closed fracture), ..." from the tabular's 7th-character definitions. */
function seventhChoices(catalog: Catalog, index: CodeIndex, stem: number, date: string): string {
  const kids = seventhCharacterChildren(index, stem) ?? [];
  let meanings = new Map<string, string>();
  try {
    const found = lookupCode(catalog, { system: 'icd10cm', code: codeAt(index, stem), date });
    meanings = new Map(found.sevenChrDef.map((d) => [d.char, d.meaning]));
  } catch {
    // no tabular for the stem: the codes alone still say what to report
  }
  return kids
    .map((c) => {
      const code = codeAt(index, c);
      const meaning = meanings.get(code.charAt(code.length - 1));
      return meaning ? `${code} (${meaning})` : code;
    })
    .join(', ');
}

function seventhMessage(
  catalog: Catalog,
  index: CodeIndex,
  dx: string,
  p: SeventhCharacterProblem,
  date: string,
): { message: string; cite: number } {
  switch (p.kind) {
    case 'missing':
      return {
        message: `${dx} needs a 7th character: a code that takes one is invalid without it (ICD-10-CM guidelines I.A.5). Report one of: ${seventhChoices(catalog, index, p.stem, date)}.`,
        cite: p.stem,
      };
    case 'invalid':
      return {
        message: `${dx}: "${p.seventh}" is not a 7th character of ${codeAt(index, p.stem)}. Report one of: ${seventhChoices(catalog, index, p.stem, date)}.`,
        cite: p.stem,
      };
    case 'placeholder':
      return {
        message: `${dx} is missing its placeholder X: the valid code is ${codeAt(index, p.fixed)} (ICD-10-CM guidelines I.A.4-5: X fills the empty positions before the 7th character).`,
        cite: p.fixed,
      };
    case 'placeholder-and-missing':
      return {
        message: `${dx} needs placeholder X and a 7th character: it leads to ${codeAt(index, p.stem)}, which is reported as one of: ${seventhChoices(catalog, index, p.stem, date)}.`,
        cite: p.stem,
      };
  }
}

function seventhFinding(
  catalog: Catalog,
  index: CodeIndex,
  dx: string,
  problem: SeventhCharacterProblem,
  date: string,
  lines: number[],
): Finding {
  const { message, cite } = seventhMessage(catalog, index, dx, problem, date);
  return {
    rule: 'code.seventh-character',
    severity: 'error',
    lines,
    codes: [dx],
    message,
    citation: codeListCitation(index, cite, codeAt(index, cite)),
  };
}

function checkDiagnosis(catalog: Catalog, claim: Claim, dx: string, position: number): Finding | undefined {
  const date = claim.dateOfService;
  const key = codeKey(dx);
  const finding = findCode(catalog, { system: 'icd10cm', code: key, date });
  if (finding.status === 'found' && finding.entry.billable) return undefined;
  // the caller checked that a code list is loaded
  const index = finding.list;
  if (!index) return undefined;
  const lines = linesPointingAt(claim, position);
  const base = { lines, codes: [dx] };

  switch (finding.status) {
    // A heading: a 7th-character stem, or a category or subcategory with codes below it.
    case 'found': {
      const i = finding.entry.position;
      const seventh = seventhCharacterProblem(index, key);
      if (seventh) return seventhFinding(catalog, index, dx, seventh, date, lines);
      const below = billableBelow(index, i);
      return {
        rule: 'code.not-billable',
        severity: 'error',
        ...base,
        message: `${dx} is a heading in ${index.release.title}, not a billable code: report the code below it that the record supports${
          below.length > 0 ? `: ${listCodes(below)}` : ''
        }.`,
        citation: codeListCitation(index, i, dx),
      };
    }
    case 'deleted': {
      const { entry, firstWithout: dropped, replacedBy: successors } = finding;
      return {
        rule: 'code.not-in-force',
        severity: 'error',
        ...base,
        message: `${entry.code} is not valid on ${date}: ${dropped.title} (in force from ${dropped.effectiveFrom}) no longer has it; the last loaded release with it is ${finding.lastRelease.title}. ${
          successors.length > 0
            ? `CDC's conversion table lists its successors: ${listCodes(successors)}; report the one the record supports.`
            : 'Report the code in force for the condition.'
        }`,
        citation: entryCitation(entry, entry.code),
      };
    }
    case 'not-yet-valid': {
      const { entry, firstRelease: r } = finding;
      return {
        rule: 'code.not-in-force',
        severity: 'error',
        ...base,
        message: `${entry.code} is not valid on ${date}: it takes effect with ${r.title} on ${r.effectiveFrom}. Check the date of service, or report the code in force on that date${previousCodes(catalog, entry.code)}.`,
        citation: entryCitation(entry, entry.code),
      };
    }
    case 'unknown': {
      // Not in any release: a 7th character or placeholder mistake on a real code, else not a code at all.
      const seventh = seventhCharacterProblem(index, key);
      if (seventh) return seventhFinding(catalog, index, dx, seventh, date, lines);
      return {
        rule: 'code.unknown',
        severity: 'error',
        ...base,
        message: unknownMessage(catalog, index, dx, key, date),
        citation: codeListCitation(index, undefined, dx),
      };
    }
  }
}

/** " (it took over from X, Y)" from the conversion table, for a code not valid yet. */
function previousCodes(catalog: Catalog, code: string): string {
  try {
    const found = lookupCode(catalog, { system: 'icd10cm', code });
    const previous = found.conversion?.previousCodes ?? [];
    return previous.length > 0 ? ` (CDC's conversion table: it took over from ${listCodes(previous)})` : '';
  } catch {
    return '';
  }
}

function unknownMessage(catalog: Catalog, index: CodeIndex, dx: string, key: string, date: string): string {
  const procedure = lineCodeSystem(catalog, key, date);
  if (procedure) {
    return `${dx} is a ${SYSTEM_NAMES[procedure]} procedure code, not a diagnosis: report it on a service line.`;
  }
  let nearest: number | undefined;
  for (let len = key.length - 1; len >= 3 && nearest === undefined; len--) nearest = index.byKey.get(key.slice(0, len));
  const above = nearest === undefined ? undefined : index.entryAt(nearest);
  const hint = above ? ` The nearest code above it is ${above.code} (${above.title}).` : ' Check the spelling.';
  return `${dx} is not an ICD-10-CM code in ${index.release.title} or in any loaded release.${hint}`;
}

/**
 * code.unknown, code.not-in-force, code.not-billable and code.seventh-character for every diagnosis, on the
 * claim's date of service.
 */
export const diagnosisCodeValidity: Rule = (claim, { catalog }) => {
  if (claim.diagnoses.length === 0) return [];
  if (!catalog.pick('icd10cm', 'codes', claim.dateOfService)) {
    return [
      {
        rule: 'code.unknown',
        severity: 'info',
        lines: [],
        codes: [...claim.diagnoses],
        message:
          'The diagnoses were not checked: no ICD-10-CM code list is loaded (add the CMS order file and run "codedesk import").',
        citation: {
          source: 'ICD-10-CM',
          release: 'none loaded',
          file: 'icd10cm/<year>/icd10cm_order_<year>.txt',
          record: 'n/a',
        },
      },
    ];
  }
  const findings: Finding[] = [];
  claim.diagnoses.forEach((dx, k) => {
    const f = checkDiagnosis(catalog, claim, dx, k + 1);
    if (f) findings.push(f);
  });
  return findings;
};
