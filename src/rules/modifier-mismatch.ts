// Rule modifier.mismatch: payment modifiers against the indicators of the Medicare Physician Fee Schedule national
// relative value file (PPRRVU<yyyy>; indicator meanings from CMS's record layout, as codesets/pfs/indicators.ts
// words them): 26/TC against PCTC IND, 50 against BILAT SURG, 62 against CO SURG, 66 against TEAM SURG, and
// 80/81/82/AS against ASST SURG. The indicators govern practitioner claims; outpatient hospital claims are paid
// under OPPS, so there the rule only says it did not apply.
import type { PfsRvuLayer, ReleaseInfo } from '../catalog/index.js';
import type { PfsRvuRow } from '../codesets/pfs/index.js';
import {
  ASSISTANT_MEANINGS,
  BILATERAL_MEANINGS,
  CO_SURGEON_MEANINGS,
  PCTC_MEANINGS,
  TEAM_MEANINGS,
} from '../codesets/pfs/index.js';
import { isLoaded, pickLayer, rvuRows } from './catalog-data.js';
import type { ClaimLine, Finding, Rule, Severity } from './types.js';

interface IndicatorCheck {
  /** the column as the RVU file heads it */
  column: string;
  value: (row: PfsRvuRow) => string;
  meanings: Readonly<Record<string, string>>;
  /** severity by indicator value; absent = the modifier fits */
  severity: Readonly<Record<string, Severity>>;
  advice: Readonly<Record<string, string>>;
}

const PCTC_26: IndicatorCheck = {
  column: 'PCTC IND',
  value: (r) => r.pctcIndicator,
  meanings: PCTC_MEANINGS,
  severity: { '0': 'error', '2': 'error', '3': 'error', '4': 'error', '5': 'error', '9': 'error' },
  advice: {
    '2': 'The code is the professional component already: report it without 26.',
    '3': 'The code is a technical component only: 26 does not apply; report the professional-component code for the interpretation.',
    '4': 'Report the separate professional-component code instead of the global code with 26.',
  },
};

const PCTC_TC: IndicatorCheck = {
  ...PCTC_26,
  severity: {
    '0': 'error',
    '2': 'error',
    '3': 'error',
    '4': 'error',
    '5': 'error',
    '6': 'error',
    '8': 'error',
    '9': 'error',
  },
  advice: {
    '2': 'The code is a professional component: TC does not apply; report the technical-component code.',
    '3': 'The code is the technical component already: report it without TC.',
    '4': 'Report the separate technical-component code instead of the global code with TC.',
  },
};

const BILATERAL: IndicatorCheck = {
  column: 'BILAT SURG',
  value: (r) => r.bilateral,
  meanings: BILATERAL_MEANINGS,
  severity: { '0': 'error', '2': 'error', '9': 'warning' },
  advice: {
    '0': 'Modifier 50 does not fit this code: report the side with RT or LT, or per the code descriptor.',
    '2': 'The code is bilateral by definition: report it once without 50.',
    '9': 'Remove 50.',
  },
};

const CO_SURGEON: IndicatorCheck = {
  column: 'CO SURG',
  value: (r) => r.coSurgeon,
  meanings: CO_SURGEON_MEANINGS,
  severity: { '0': 'error', '1': 'review', '9': 'warning' },
  advice: { '1': 'Send documentation of the medical necessity of two surgeons.' },
};

const TEAM: IndicatorCheck = {
  column: 'TEAM SURG',
  value: (r) => r.teamSurgery,
  meanings: TEAM_MEANINGS,
  severity: { '0': 'error', '1': 'review', '9': 'warning' },
  advice: { '1': 'Send documentation of the medical necessity of a surgical team.' },
};

const ASSISTANT: IndicatorCheck = {
  column: 'ASST SURG',
  value: (r) => r.assistant,
  meanings: ASSISTANT_MEANINGS,
  severity: { '0': 'review', '1': 'error', '9': 'warning' },
  advice: { '0': 'Send documentation establishing the medical necessity of the assistant.' },
};

const CHECKS: Readonly<Record<string, IndicatorCheck>> = {
  '26': PCTC_26,
  TC: PCTC_TC,
  '50': BILATERAL,
  '62': CO_SURGEON,
  '66': TEAM,
  '80': ASSISTANT,
  '81': ASSISTANT,
  '82': ASSISTANT,
  AS: ASSISTANT,
};

function checked(line: ClaimLine): string[] {
  return line.modifiers.filter((m) => CHECKS[m] !== undefined);
}

function mismatch(
  line: ClaimLine,
  modifier: string,
  rows: readonly PfsRvuRow[],
  release: ReleaseInfo,
  layer: PfsRvuLayer,
): Finding | undefined {
  const check = CHECKS[modifier];
  if (!check) return undefined;
  // The indicators of the global row (no modifier); a code priced only by component has no such row.
  const row = rows.find((r) => r.modifier === '') ?? (rows[0] as PfsRvuRow);
  const value = check.value(row);
  const severity = check.severity[value];
  if (!severity) return undefined;
  const meaning = check.meanings[value] ?? `indicator ${value} is not described in the record layout`;
  const advice = check.advice[value] ?? `Remove ${modifier}.`;
  return {
    rule: 'modifier.mismatch',
    severity,
    lines: [line.line],
    codes: [line.code, modifier],
    message: `Line ${line.line}: modifier ${modifier} on ${line.code}, whose ${check.column} indicator is ${value} in the fee schedule: ${meaning}. ${advice}`,
    citation: {
      source: 'Medicare PFS national RVU file',
      release: release.id,
      file: layer.sourceFile,
      record: `line ${row.line}: ${row.hcpcs}${row.modifier ? ` ${row.modifier}` : ''}, ${check.column} ${value}`,
    },
  };
}

function notApplied(lines: ClaimLine[], why: string, release: string): Finding {
  const modifiers = [...new Set(lines.flatMap(checked))].sort();
  return {
    rule: 'modifier.mismatch',
    severity: 'info',
    lines: lines.map((l) => l.line),
    codes: modifiers,
    message: `Modifiers ${modifiers.join(', ')} were not checked against fee schedule indicators: ${why}`,
    citation: { source: 'Medicare PFS national RVU file', release, file: 'PPRRVU<yyyy>*.csv', record: 'n/a' },
  };
}

/** modifier.mismatch: 26, TC, 50, 62, 66, 80, 81, 82 and AS against the fee schedule indicators of the code. */
export const modifierMismatch: Rule = (claim, { catalog }) => {
  const concerned = claim.lines.filter((l) => checked(l).length > 0);
  if (concerned.length === 0) return [];
  if (claim.setting !== 'practitioner') {
    return [
      notApplied(
        concerned,
        'the indicators govern practitioner claims under the physician fee schedule; outpatient hospital claims are paid under OPPS.',
        'n/a',
      ),
    ];
  }
  if (!isLoaded(catalog, 'pfs', 'pfs-rvu')) {
    return [notApplied(concerned, 'no fee schedule relative value file is loaded.', 'none loaded')];
  }
  const findings: Finding[] = [];
  for (const line of concerned) {
    const picked = pickLayer(catalog, 'pfs', 'pfs-rvu', line.dateOfService);
    if (!picked) continue;
    const rows = rvuRows(picked.layer, line.code);
    if (!rows || rows.length === 0) continue;
    for (const m of checked(line)) {
      const f = mismatch(line, m, rows, picked.release, picked.layer);
      if (f) findings.push(f);
    }
  }
  return findings;
};
