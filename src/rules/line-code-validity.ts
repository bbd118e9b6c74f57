// Rule code.* for the claim's service lines: each line code must be a CPT or HCPCS Level II code in force on the
// line's date of service. HCPCS Level II validity follows the CMS ANWEB record (HCPCS record layout, fields
// "Add Date" and "Termination Date": the annual file keeps terminated codes with the date they ended, and names a
// cross-reference code where there is one). CPT numbers come from the Medicare fee schedule file unless an
// operator loaded a licensed CPT file, so a CPT number missing from them is a warning, not a certain error.
import { type Catalog, type CodeIndex, codeKey, SYSTEM_NAMES } from '../catalog/index.js';
import { hcpcsRecord } from './catalog-data.js';
import { codeAt, codeList, codeListCitation, explainAbsence, findAnyRelease } from './code-lookup.js';
import type { ClaimLine, Finding, Rule } from './types.js';

function recordOf(catalog: Catalog, index: CodeIndex, code: string) {
  return hcpcsRecord(catalog, index.release, code);
}

function crossReference(refs: readonly string[] | undefined): string {
  return refs && refs.length > 0 ? ` The file cross-references ${refs.join(', ')}.` : '';
}

/** CPT lists built from the fee schedule alone lack CPT codes Medicare does not price. */
function cptListIsPartial(index: CodeIndex): boolean {
  return !index.release.layers.includes('cpt-descriptors');
}

function notALineCode(catalog: Catalog, line: ClaimLine, key: string): Finding {
  const base = { rule: 'code.unknown' as const, severity: 'error' as const, lines: [line.line], codes: [line.code] };
  if (key.length === 2) {
    const hcpcs = codeList(catalog, 'hcpcs', line.dateOfService);
    return {
      ...base,
      message: `Line ${line.line}: ${line.code} is a modifier, not a procedure code: put the CPT or HCPCS code in "code" and ${line.code} in "modifiers".`,
      citation: hcpcs
        ? codeListCitation(hcpcs.index, hcpcs.index.byKey.get(key), line.code)
        : { source: 'HCPCS Level II', release: 'none loaded', file: 'n/a', record: line.code },
    };
  }
  const cm = findAnyRelease(catalog, 'icd10cm', key);
  if (cm) {
    return {
      ...base,
      message: `Line ${line.line}: ${codeAt(cm.index, cm.i)} is an ICD-10-CM diagnosis code: list it under "diagnoses" and point the line at it; the line needs the CPT or HCPCS code of the service.`,
      citation: codeListCitation(cm.index, cm.i, codeAt(cm.index, cm.i)),
    };
  }
  const pcs = findAnyRelease(catalog, 'icd10pcs', key);
  if (pcs) {
    return {
      ...base,
      message: `Line ${line.line}: ${line.code} is an ICD-10-PCS code, used for inpatient hospital procedures only; practitioner and outpatient claims report the CPT or HCPCS code.`,
      citation: codeListCitation(pcs.index, pcs.i, line.code),
    };
  }
  // The list to cite: CPT for a number, HCPCS Level II for a letter and four digits.
  const likely = codeList(catalog, key.charCodeAt(0) <= 57 ? 'cpt' : 'hcpcs', line.dateOfService);
  if (!likely) {
    return {
      ...base,
      severity: 'info',
      message: `Line ${line.line}: ${line.code} was not checked: no CPT or HCPCS code list is loaded.`,
      citation: { source: 'CPT / HCPCS Level II', release: 'none loaded', file: 'n/a', record: line.code },
    };
  }
  const partial = likely.index.release.system === 'cpt' && cptListIsPartial(likely.index);
  return {
    ...base,
    severity: partial ? 'warning' : 'error',
    message: partial
      ? `Line ${line.line}: ${line.code} is not in the loaded CPT numbers (those of the Medicare fee schedule file ${likely.index.layer.sourceFile}; no licensed CPT file is loaded). Check the code: if it is valid, Medicare does not price it.`
      : `Line ${line.line}: ${line.code} is not a CPT or HCPCS Level II code in ${likely.index.release.title} or any loaded release. Check the code.`,
    citation: codeListCitation(likely.index, undefined, line.code),
  };
}

function checkLine(catalog: Catalog, line: ClaimLine): Finding | undefined {
  const key = codeKey(line.code);
  const system = line.system;
  if (!system) return notALineCode(catalog, line, key);
  const list = codeList(catalog, system, line.dateOfService);
  if (!list) return undefined; // found in some release, so a list exists; kept for the type checker
  const { index } = list;
  const date = line.dateOfService;
  const base = { lines: [line.line], codes: [line.code] };
  const i = index.byKey.get(key);

  if (i !== undefined) {
    const record = system === 'hcpcs' ? recordOf(catalog, index, line.code) : undefined;
    if (record?.terminationDate && record.terminationDate < date) {
      return {
        rule: 'code.not-in-force',
        severity: 'error',
        ...base,
        message: `Line ${line.line}: HCPCS ${line.code} is not valid on ${date}: it was terminated on ${record.terminationDate}.${crossReference(record.crossReference)}`,
        citation: codeListCitation(index, i, `${line.code}, termination date ${record.terminationDate}`),
      };
    }
    if (record?.addDate && record.addDate > date) {
      return {
        rule: 'code.not-in-force',
        severity: 'error',
        ...base,
        message: `Line ${line.line}: HCPCS ${line.code} is not valid on ${date}: it was added effective ${record.addDate}. Check the date of service.`,
        citation: codeListCitation(index, i, `${line.code}, add date ${record.addDate}`),
      };
    }
    return undefined;
  }

  const absence = explainAbsence(catalog, system, key, index.release);
  const name = SYSTEM_NAMES[system];
  if (absence?.kind === 'deleted') {
    const dropped = absence.droppedIn ?? index.release;
    const old = system === 'hcpcs' ? recordOf(catalog, absence.other, line.code) : undefined;
    return {
      rule: 'code.not-in-force',
      severity: 'error',
      ...base,
      message: `Line ${line.line}: ${name} ${line.code} is not valid on ${date}: ${dropped.title} (in force from ${dropped.effectiveFrom}) no longer has it; the last loaded release with it is ${absence.other.release.title}.${crossReference(old?.crossReference)}`,
      citation: codeListCitation(absence.other, absence.i, line.code),
    };
  }
  if (absence?.kind === 'not-yet-valid') {
    const r = absence.other.release;
    return {
      rule: 'code.not-in-force',
      severity: 'error',
      ...base,
      message: `Line ${line.line}: ${name} ${line.code} is not valid on ${date}: it first appears in ${r.title}, in force from ${r.effectiveFrom}. Check the date of service.`,
      citation: codeListCitation(absence.other, absence.i, line.code),
    };
  }
  return notALineCode(catalog, line, key);
}

/** code.unknown and code.not-in-force for every service line, on the line's date of service. */
export const lineCodeValidity: Rule = (claim, { catalog }) => {
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const f = checkLine(catalog, line);
    if (f) findings.push(f);
  }
  return findings;
};
