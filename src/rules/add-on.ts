// Rule addon.no-primary: Medicare NCCI add-on code edits (CMS's quarterly AOC table, AOC_V<yyyy>Q<n>-MCR.xlsx;
// NCCI Policy Manual for Medicare Services ch. I sec. R and W, rev. 2/28/2025, pp. I-26 and I-35 to I-36). An
// add-on code is paid only with an eligible primary code by the same practitioner, normally on the same date of
// service. Edit type 1: only the listed primaries; type 2: CMS lists none and the contractor (MAC) decides
// ("CCCCC"); type 3: the listed primaries and any others the MAC accepts. Subset: the claim's own lines are the
// only services seen (a primary billed by a colleague, as the manual allows for 99292, is not).
import type { NcciAocLayer, ReleaseInfo } from '../catalog/index.js';
import type { AddOnEdit } from '../codesets/ncci/index.js';
import { addOnEdits, editApplies, pickLayer } from './catalog-data.js';
import type { ClaimLine, Finding, Rule } from './types.js';

const LISTED = 12;

/** "1", or "1 and 3" for the few add-on codes listed under two types on one date. */
function typesOf(edits: readonly AddOnEdit[]): string {
  return [...new Set(edits.map((e) => e.editType))].sort().join(' and ');
}

function citation(release: ReleaseInfo, layer: NcciAocLayer, edits: readonly AddOnEdit[]) {
  const first = edits[0] as AddOnEdit;
  const types = typesOf(edits);
  return {
    source: 'Medicare NCCI add-on code edits',
    release: release.id,
    file: layer.sourceFile,
    record: `row ${first.line}: Add-On_Code ${first.addOnCode}, AOC_Edit_Type ${types}${
      edits.length > 1 ? ` (${edits.length} rows in force)` : ''
    }`,
  };
}

function listPrimaries(primaries: readonly string[]): string {
  if (primaries.length <= LISTED) return primaries.join(', ');
  return `${primaries.slice(0, LISTED).join(', ')} and ${primaries.length - LISTED} more`;
}

function checkAddOn(
  line: ClaimLine,
  otherLines: readonly ClaimLine[],
  edits: readonly AddOnEdit[],
  release: ReleaseInfo,
  layer: NcciAocLayer,
): Finding | undefined {
  const others = otherLines.filter((o) => o.code !== line.code && o.dateOfService === line.dateOfService);
  const listed = [...new Set(edits.flatMap((e) => (e.primaryCode ? [e.primaryCode] : [])))].sort();
  if (others.some((o) => listed.includes(o.code))) return undefined;
  const contractorMayAccept = edits.some((e) => e.editType === 3 || e.primaryIsContractorDefined);
  const base = {
    rule: 'addon.no-primary' as const,
    lines: [line.line],
    codes: [line.code],
    citation: citation(release, layer, edits),
  };
  const head = `Line ${line.line}: ${line.code} is an add-on code, paid only with an eligible primary procedure by the same practitioner on the same date (${line.dateOfService})`;
  const otherCodes = others.map((o) => o.code).join(', ');
  // The manual allows a primary on another date in unusual circumstances (99291 and 99292 over midnight).
  const otherDay = otherLines.find((o) => o.dateOfService !== line.dateOfService && listed.includes(o.code));
  if (otherDay) {
    return {
      ...base,
      severity: 'review',
      message: `${head}; its listed primary ${otherDay.code} is on line ${otherDay.line} for ${otherDay.dateOfService}. Add-on and primary are normally reported for the same date; check that the record supports the different dates.`,
    };
  }

  if (listed.length === 0) {
    // Type 2: CMS names no primaries; the contractor decides which qualify.
    if (others.length > 0) return undefined;
    return {
      ...base,
      severity: 'warning',
      message: `${head}, and it is alone on that date. CMS lists no primary codes for it (AOC edit type 2): by CMS policy it still needs a primary, and the MAC defines which codes qualify. Add the primary procedure performed.`,
    };
  }
  if (contractorMayAccept) {
    return {
      ...base,
      severity: others.length > 0 ? 'review' : 'warning',
      message: `${head}. None of its listed primaries is on the claim for that date: ${listPrimaries(listed)} (${listed.length} listed; AOC edit type ${typesOf(edits)}: the MAC may accept other primaries too)${
        others.length > 0
          ? `. Check with the MAC whether ${otherCodes} qualifies`
          : '. Nothing else is reported that day: add the primary procedure performed'
      }.`,
    };
  }
  return {
    ...base,
    severity: 'error',
    message: `${head}. None of its primaries is on the claim for that date (AOC edit type 1: only the listed primaries qualify): ${listPrimaries(listed)}${
      listed.length > LISTED ? ` (${listed.length} in all)` : ''
    }. Add the primary procedure performed, or remove ${line.code}.`,
  };
}

/** addon.no-primary: every add-on code line without an eligible primary on the same date. */
export const addOnRule: Rule = (claim, { catalog }) => {
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const picked = pickLayer(catalog, 'ncci', 'ncci-aoc', line.dateOfService);
    if (!picked) continue;
    const all = addOnEdits(picked.layer, line.code);
    if (!all) continue;
    const edits = all.filter((e) => editApplies(e.effectiveDate, e.deletionDate, line.dateOfService));
    if (edits.length === 0) continue;
    const f = checkAddOn(
      line,
      claim.lines.filter((o) => o !== line),
      edits,
      picked.release,
      picked.layer,
    );
    if (f) findings.push(f);
  }
  return findings;
};
