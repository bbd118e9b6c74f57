// Rule modifier.unknown: each modifier must be a modifier in force on the line's date. HCPCS Level II modifiers
// (those with a letter) come from the CMS HCPCS ANWEB file, which lists modifiers as record types 7/8 and keeps
// terminated ones with their termination date. CPT (Level I, two-digit) modifiers are AMA-licensed and in no
// loaded file: those the NCCI Policy Manual or the fee schedule record layout name are taken as known, the rest
// are reported once, as not checked.
import { type Catalog, findCode } from '../catalog/index.js';
import { hcpcsRecord } from './catalog-data.js';
import { entryCitation, missingCitation } from './code-lookup.js';
import type { ClaimLine, Finding, Rule } from './types.js';

/**
 * Level I modifiers named by the NCCI Policy Manual (ch. I sec. E: 22, 24, 25, 27, 57, 58, 59, 76, 77, 78, 79,
 * 91) or by the PFS relative value file and its record layout (26, 53 rows; 50, 51, 62, 66, 80, 81, 82 indicators).
 */
const KNOWN_CPT_MODIFIERS = new Set([
  '22',
  '24',
  '25',
  '26',
  '27',
  '50',
  '51',
  '53',
  '57',
  '58',
  '59',
  '62',
  '66',
  '76',
  '77',
  '78',
  '79',
  '80',
  '81',
  '82',
  '91',
]);

function isLevelOne(modifier: string): boolean {
  return /^\d\d$/.test(modifier);
}

function checkHcpcsModifier(catalog: Catalog, line: ClaimLine, modifier: string): Finding | 'not-loaded' | undefined {
  const date = line.dateOfService;
  const finding = findCode(catalog, { system: 'hcpcs', code: modifier, date });
  const list = finding.list;
  if (!list) return 'not-loaded';
  const base = {
    rule: 'modifier.unknown' as const,
    severity: 'error' as const,
    lines: [line.line],
    codes: [line.code, modifier],
  };
  switch (finding.status) {
    case 'found': {
      const record = hcpcsRecord(catalog, list.release, modifier);
      if (record?.terminationDate && record.terminationDate < date) {
        return {
          ...base,
          message: `Line ${line.line}: modifier ${modifier} is not valid on ${date}: HCPCS terminated it on ${record.terminationDate}. Remove it or use the modifier now in force for the situation.`,
          citation: entryCitation(finding.entry, `modifier ${modifier}, termination date ${record.terminationDate}`),
        };
      }
      if (record?.addDate && record.addDate > date) {
        return {
          ...base,
          message: `Line ${line.line}: modifier ${modifier} is not valid on ${date}: HCPCS added it effective ${record.addDate}.`,
          citation: entryCitation(finding.entry, `modifier ${modifier}, add date ${record.addDate}`),
        };
      }
      return undefined;
    }
    case 'deleted':
      return {
        ...base,
        message: `Line ${line.line}: modifier ${modifier} is not valid on ${date}: ${list.release.title} no longer lists it (last in ${finding.lastRelease.title}).`,
        citation: entryCitation(finding.entry, `modifier ${modifier}`),
      };
    case 'not-yet-valid':
      return {
        ...base,
        message: `Line ${line.line}: modifier ${modifier} is not valid on ${date}: it first appears in ${finding.firstRelease.title}, in force from ${finding.firstRelease.effectiveFrom}.`,
        citation: entryCitation(finding.entry, `modifier ${modifier}`),
      };
    case 'unknown':
      return {
        ...base,
        message: `Line ${line.line}: ${modifier} is not a HCPCS Level II modifier in ${list.release.title} or any loaded release. Check the modifier.`,
        citation: missingCitation(list, `modifier ${modifier}`),
      };
  }
}

function notChecked(modifiers: Map<string, number[]>, why: string, source: string): Finding {
  const lines = [...new Set([...modifiers.values()].flat())].sort((a, b) => a - b);
  return {
    rule: 'modifier.unknown',
    severity: 'info',
    lines,
    codes: [...modifiers.keys()].sort(),
    message: `Modifier${modifiers.size > 1 ? 's' : ''} ${[...modifiers.keys()].sort().join(', ')} ${modifiers.size > 1 ? 'were' : 'was'} not checked: ${why}`,
    citation: { source, release: 'none loaded', file: 'n/a', record: 'n/a' },
  };
}

function note(map: Map<string, number[]>, modifier: string, line: number): void {
  const list = map.get(modifier);
  if (list) list.push(line);
  else map.set(modifier, [line]);
}

/** modifier.unknown: every modifier of every line against the modifier lists in force. */
export const modifierUnknown: Rule = (claim, { catalog }) => {
  const findings: Finding[] = [];
  const levelOne = new Map<string, number[]>();
  const noHcpcs = new Map<string, number[]>();
  for (const line of claim.lines) {
    for (const m of line.modifiers) {
      if (isLevelOne(m)) {
        if (!KNOWN_CPT_MODIFIERS.has(m)) note(levelOne, m, line.line);
        continue;
      }
      const r = checkHcpcsModifier(catalog, line, m);
      if (r === 'not-loaded') note(noHcpcs, m, line.line);
      else if (r) findings.push(r);
    }
  }
  if (levelOne.size > 0) {
    findings.push(
      notChecked(
        levelOne,
        'CPT (Level I) modifiers are licensed by the AMA and no CPT modifier list is loaded; CodeDesk knows only those the NCCI Policy Manual and the fee schedule file name.',
        'CPT modifiers (AMA)',
      ),
    );
  }
  if (noHcpcs.size > 0) {
    findings.push(notChecked(noHcpcs, 'no HCPCS Level II file (the modifier list) is loaded.', 'HCPCS Level II'));
  }
  return findings;
};
