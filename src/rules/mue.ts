// Rule mue: Medicare NCCI medically unlikely edits (CMS's quarterly MUE tables for practitioner and outpatient
// hospital services; the DME supplier table is for DME MAC claims and is not used here). Adjudication follows the
// NCCI Policy Manual for Medicare Services, ch. I sec. V (rev. 2/28/2025, pp. I-27 to I-28): MAI 1 is a claim
// line edit (units on each line against the MUE; the same code may go on separate lines only with 59, XE, XP,
// XS, XU, 76, 77, 91 or an anatomic modifier); MAI 2 and 3 are date-of-service edits (units of the code summed
// over the date), 2 absolute by policy, 3 a clinical benchmark the contractor may bypass on review or appeal.
import type { NcciMueLayer, ReleaseInfo } from '../catalog/index.js';
import type { MueRow } from '../codesets/ncci/index.js';
import { isLoaded, mueLayerFor, mueRow, pickLayer, SETTING_NAMES } from './catalog-data.js';
import { justifiesSeparateMueLine } from './modifier-sets.js';
import type { Claim, ClaimLine, Finding, Rule } from './types.js';

const TABLE_FILE = {
  practitioner: 'MCR_MUE_PractitionerServices_Eff_*.csv',
  'outpatient-hospital': 'MCR_MUE_OutpatientHospitalServices_Eff_*.csv',
} as const;

const APPEAL: Record<1 | 2 | 3, string> = {
  1: 'The whole line is denied; the denial may be appealed to the MAC with documentation.',
  2: 'All units of the code for the date are denied. The limit is absolute (CMS policy): reopening or appeal will not succeed.',
  3: 'All units of the code for the date are denied; the MAC may pay units above the MUE on reopening or appeal when the record shows they were provided, correctly coded and medically necessary.',
};

function notLoaded(claim: Claim): Finding {
  const setting = SETTING_NAMES[claim.setting];
  return {
    rule: 'mue',
    severity: 'info',
    lines: [],
    codes: [],
    message: `Units were not checked against MUEs: no NCCI MUE table for ${setting} services is loaded (${TABLE_FILE[claim.setting]}).`,
    citation: {
      source: `Medicare NCCI MUE (${setting} services)`,
      release: 'none loaded',
      file: TABLE_FILE[claim.setting],
      record: 'n/a',
    },
  };
}

function citation(claim: Claim, release: ReleaseInfo, layer: NcciMueLayer, row: MueRow) {
  return {
    source: `Medicare NCCI MUE (${SETTING_NAMES[claim.setting]} services)`,
    release: release.id,
    file: layer.sourceFile,
    record: `line ${row.line}: ${row.code}, MUE ${row.mueValue}, MAI ${row.adjudicationIndicator} (${row.adjudicationMeaning}), rationale ${row.rationale}`,
  };
}

/** The parts every MUE finding shares, built only when one is made (the common case is none). */
function base(claim: Claim, row: MueRow, release: ReleaseInfo, layer: NcciMueLayer) {
  return { rule: 'mue' as const, codes: [row.code], citation: citation(claim, release, layer, row) };
}

function tail(claim: Claim, row: MueRow): string {
  return `MUE rationale: ${row.rationale}.${zeroNote(row, claim)}`;
}

function zeroNote(row: MueRow, claim: Claim): string {
  return row.mueValue === 0
    ? ` An MUE of 0 means CMS expects no units of ${row.code} on ${SETTING_NAMES[claim.setting]} claims.`
    : '';
}

/** Units a line adds to the MUE count: the units rule reports anything but a positive whole number. */
function countedUnits(line: ClaimLine): number {
  return Number.isInteger(line.units) && line.units > 0 ? line.units : 0;
}

function checkGroup(
  claim: Claim,
  lines: ClaimLine[],
  row: MueRow,
  release: ReleaseInfo,
  layer: NcciMueLayer,
): Finding[] {
  const date = (lines[0] as ClaimLine).dateOfService;
  const limit = row.mueValue;
  if (row.adjudicationIndicator === 1) {
    const out: Finding[] = [];
    for (const l of lines) {
      const units = countedUnits(l);
      if (units <= limit) continue;
      out.push({
        ...base(claim, row, release, layer),
        severity: 'error',
        lines: [l.line],
        message: `Line ${l.line}: ${units} units of ${row.code} exceed its MUE of ${limit} per line (MAI 1, claim line edit). ${APPEAL[1]} Report at most ${limit} on the line; more units go on separate lines only when a modifier (59, XE, XP, XS, XU, 76, 77, 91 or anatomic) shows a separate service. ${tail(claim, row)}`,
      });
    }
    if (out.length > 0 || lines.length < 2) return out;
    // Each line passes alone: units split over lines need modifiers that show separate services.
    const total = lines.reduce((sum, l) => sum + countedUnits(l), 0);
    const bare = lines.filter((l) => !l.modifiers.some(justifiesSeparateMueLine));
    if (total <= limit || bare.length < 2) return out;
    out.push({
      ...base(claim, row, release, layer),
      severity: 'warning',
      lines: lines.map((l) => l.line),
      message: `${row.code} is reported on lines ${lines.map((l) => l.line).join(', ')} with ${total} units in all on ${date}, above its MUE of ${limit} (MAI 1, claim line edit). Each line passes alone, but units may be split over lines only when modifiers (59, XE, XP, XS, XU, 76, 77, 91 or anatomic) show separate services; lines ${bare.map((l) => l.line).join(', ')} have none. ${tail(claim, row)}`,
    });
    return out;
  }
  const total = lines.reduce((sum, l) => sum + countedUnits(l), 0);
  if (total <= limit) return [];
  const kind = row.adjudicationIndicator === 2 ? 'date of service edit: policy' : 'date of service edit: clinical';
  return [
    {
      ...base(claim, row, release, layer),
      severity: 'error',
      lines: lines.map((l) => l.line),
      message: `${row.code}: ${total} units on ${date}${lines.length > 1 ? ` (lines ${lines.map((l) => l.line).join(', ')})` : ` (line ${(lines[0] as ClaimLine).line})`} exceed its MUE of ${limit} per day (MAI ${row.adjudicationIndicator}, ${kind}). ${APPEAL[row.adjudicationIndicator]} ${tail(claim, row)}`,
    },
  ];
}

/** mue: units per code and date against the MUE table of the claim's setting. */
export const mueRule: Rule = (claim, { catalog }) => {
  const kind = mueLayerFor(claim.setting);
  if (!isLoaded(catalog, 'ncci', kind)) return [notLoaded(claim)];
  // lines by date, then code (nested maps: no key strings per line)
  const groups = new Map<string, Map<string, ClaimLine[]>>();
  for (const line of claim.lines) {
    let byCode = groups.get(line.dateOfService);
    if (!byCode) {
      byCode = new Map();
      groups.set(line.dateOfService, byCode);
    }
    const list = byCode.get(line.code);
    if (list) list.push(line);
    else byCode.set(line.code, [line]);
  }
  const findings: Finding[] = [];
  for (const [date, byCode] of groups) {
    const picked = pickLayer(catalog, 'ncci', kind, date);
    if (!picked) continue;
    for (const [code, lines] of byCode) {
      const row = mueRow(picked.layer, code);
      if (row) findings.push(...checkGroup(claim, lines, row, picked.release, picked.layer));
    }
  }
  return findings;
};
