// Rule code.* for the claim's service lines: each line code must be a CPT or HCPCS Level II code in force on the
// line's date of service. HCPCS Level II validity follows the CMS ANWEB record (HCPCS record layout, fields
// "Add Date" and "Termination Date": the annual file keeps terminated codes with the date they ended, and names a
// cross-reference code where there is one). CPT numbers come from the Medicare fee schedule file unless an
// operator loaded a licensed CPT file, so a CPT number missing from them is a warning, not a certain error.
import { type Catalog, type CodeIndex, codeKey, findCode, SYSTEM_NAMES } from '../catalog/index.js';
import { hcpcsRecord } from './catalog-data.js';
import { entryCitation, entryInAnyRelease, inForceCitation, missingCitation } from './code-lookup.js';
import type { ClaimLine, Finding, Rule } from './types.js';

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
    const hcpcs = findCode(catalog, { system: 'hcpcs', code: key, date: line.dateOfService });
    return {
      ...base,
      message: `Line ${line.line}: ${line.code} is a modifier, not a procedure code: put the CPT or HCPCS code in "code" and ${line.code} in "modifiers".`,
      citation: inForceCitation(hcpcs, line.code) ?? {
        source: 'HCPCS Level II',
        release: 'none loaded',
        file: 'n/a',
        record: line.code,
      },
    };
  }
  // a code of another system, in any loaded release (the newest that has it)
  const cm = entryInAnyRelease(findCode(catalog, { system: 'icd10cm', code: key }));
  if (cm) {
    return {
      ...base,
      message: `Line ${line.line}: ${cm.code} is an ICD-10-CM diagnosis code: list it under "diagnoses" and point the line at it; the line needs the CPT or HCPCS code of the service.`,
      citation: entryCitation(cm, cm.code),
    };
  }
  const pcs = entryInAnyRelease(findCode(catalog, { system: 'icd10pcs', code: key }));
  if (pcs) {
    return {
      ...base,
      message: `Line ${line.line}: ${line.code} is an ICD-10-PCS code, used for inpatient hospital procedures only; practitioner and outpatient claims report the CPT or HCPCS code.`,
      citation: entryCitation(pcs, line.code),
    };
  }
  // The list to cite: CPT for a number, HCPCS Level II for a letter and four digits.
  const system = key.charCodeAt(0) <= 57 ? 'cpt' : 'hcpcs';
  const likely = findCode(catalog, { system, code: key, date: line.dateOfService }).list;
  if (!likely) {
    return {
      ...base,
      severity: 'info',
      message: `Line ${line.line}: ${line.code} was not checked: no CPT or HCPCS code list is loaded.`,
      citation: { source: 'CPT / HCPCS Level II', release: 'none loaded', file: 'n/a', record: line.code },
    };
  }
  const partial = likely.release.system === 'cpt' && cptListIsPartial(likely);
  return {
    ...base,
    severity: partial ? 'warning' : 'error',
    message: partial
      ? `Line ${line.line}: ${line.code} is not in the loaded CPT numbers (those of the Medicare fee schedule file ${likely.layer.sourceFile}; no licensed CPT file is loaded). Check the code: if it is valid, Medicare does not price it.`
      : `Line ${line.line}: ${line.code} is not a CPT or HCPCS Level II code in ${likely.release.title} or any loaded release. Check the code.`,
    citation: missingCitation(likely, line.code),
  };
}

function checkLine(catalog: Catalog, line: ClaimLine): Finding | undefined {
  const key = codeKey(line.code);
  const system = line.system;
  if (!system) return notALineCode(catalog, line, key);
  const date = line.dateOfService;
  const finding = findCode(catalog, { system, code: key, date });
  const base = { lines: [line.line], codes: [line.code] };
  const name = SYSTEM_NAMES[system];

  switch (finding.status) {
    case 'found': {
      const { entry } = finding;
      const record = system === 'hcpcs' ? hcpcsRecord(catalog, entry.release, line.code) : undefined;
      if (record?.terminationDate && record.terminationDate < date) {
        return {
          rule: 'code.not-in-force',
          severity: 'error',
          ...base,
          message: `Line ${line.line}: HCPCS ${line.code} is not valid on ${date}: it was terminated on ${record.terminationDate}.${crossReference(record.crossReference)}`,
          citation: entryCitation(entry, `${line.code}, termination date ${record.terminationDate}`),
        };
      }
      if (record?.addDate && record.addDate > date) {
        return {
          rule: 'code.not-in-force',
          severity: 'error',
          ...base,
          message: `Line ${line.line}: HCPCS ${line.code} is not valid on ${date}: it was added effective ${record.addDate}. Check the date of service.`,
          citation: entryCitation(entry, `${line.code}, add date ${record.addDate}`),
        };
      }
      return undefined;
    }
    case 'deleted': {
      const { entry, firstWithout: dropped } = finding;
      const old = system === 'hcpcs' ? hcpcsRecord(catalog, entry.release, line.code) : undefined;
      return {
        rule: 'code.not-in-force',
        severity: 'error',
        ...base,
        message: `Line ${line.line}: ${name} ${line.code} is not valid on ${date}: ${dropped.title} (in force from ${dropped.effectiveFrom}) no longer has it; the last loaded release with it is ${finding.lastRelease.title}.${crossReference(old?.crossReference)}`,
        citation: entryCitation(entry, line.code),
      };
    }
    case 'not-yet-valid': {
      const r = finding.firstRelease;
      return {
        rule: 'code.not-in-force',
        severity: 'error',
        ...base,
        message: `Line ${line.line}: ${name} ${line.code} is not valid on ${date}: it first appears in ${r.title}, in force from ${r.effectiveFrom}. Check the date of service.`,
        citation: entryCitation(finding.entry, line.code),
      };
    }
    case 'unknown':
      // found in some release when the line's system was set, so a list exists; kept for the type checker
      return finding.list ? notALineCode(catalog, line, key) : undefined;
  }
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
