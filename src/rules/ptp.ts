// Rule ptp: Medicare NCCI procedure-to-procedure edits (CMS's quarterly Column One/Column Two tables, the
// practitioner "ccipra" and outpatient hospital "ccioph" files; NCCI Policy Manual for Medicare Services ch. I
// sec. B and E, rev. 1/1/2026). For two lines on the same date whose codes form an edit in force, the column-two
// code is denied unless the modifier indicator is 1 and an NCCI PTP-associated modifier shows a separate
// encounter, site or service. Indicator 9 marks an edit deleted as of its effective date: it never applies.
// Subset: one claim from one provider (the edits apply per provider, beneficiary and date of service).
import type { NcciPtpLayer, ReleaseInfo } from '../catalog/index.js';
// the rules module, not the ncci index: the index also loads the xlsx parsers, which a claim check must not pay for
import { ptpEditInForce } from '../codesets/ncci/edit-rules.js';
import type { PtpEdit } from '../codesets/ncci/index.js';
import {
  isLoaded,
  type PickedLayer,
  type PtpLayerKind,
  pickLayer,
  ptpEdits,
  ptpLayerFor,
  SETTING_NAMES,
} from './catalog-data.js';
import { bypassesPtp, listModifiers } from './modifier-sets.js';
import type { Claim, ClaimLine, Finding, Rule } from './types.js';

const TABLE_FILE = { practitioner: 'ccipra-v*.txt', 'outpatient-hospital': 'ccioph-v*.txt' } as const;
const NOT_BYPASSING = ['22', '76', '77'];

function notLoaded(claim: Claim): Finding {
  const setting = SETTING_NAMES[claim.setting];
  return {
    rule: 'ptp',
    severity: 'info',
    lines: [],
    codes: [],
    message: `PTP edits were not checked: no NCCI procedure-to-procedure table for ${setting} claims is loaded. CMS publishes it quarterly (${TABLE_FILE[claim.setting]}); put it in the code-set folder under ncci/ and run "codedesk import".`,
    citation: {
      source: `Medicare NCCI PTP (${setting})`,
      release: 'none loaded',
      file: TABLE_FILE[claim.setting],
      record: 'n/a',
    },
  };
}

function citation(claim: Claim, release: ReleaseInfo, layer: NcciPtpLayer, e: PtpEdit) {
  return {
    source: `Medicare NCCI PTP (${SETTING_NAMES[claim.setting]})`,
    release: release.id,
    file: layer.sourceFile,
    record: `line ${e.line}: column 1 ${e.column1}, column 2 ${e.column2}, effective ${e.effectiveDate}${
      e.deletionDate ? `, deleted ${e.deletionDate}` : ''
    }, modifier indicator ${e.modifierIndicator}`,
  };
}

function edited(
  claim: Claim,
  date: string,
  col1: ClaimLine,
  col2: ClaimLine,
  edit: PtpEdit,
  release: ReleaseInfo,
  layer: NcciPtpLayer,
): Finding | undefined {
  const pair = `${col2.code} (column two, line ${col2.line}) with ${col1.code} (column one, line ${col1.line}) on ${date}`;
  const modifiers = `Modifiers on the claim: line ${col1.line}: ${listModifiers(col1.modifiers)}; line ${col2.line}: ${listModifiers(col2.modifiers)}.`;
  const rationale = `Edit rationale: ${edit.rationale}.`;
  const base = {
    rule: 'ptp' as const,
    lines: [col1.line, col2.line].sort((a, b) => a - b),
    codes: [col1.code, col2.code],
    citation: citation(claim, release, layer, edit),
  };
  if (edit.modifierIndicator === 0) {
    return {
      ...base,
      severity: 'error',
      message: `${pair}: NCCI PTP edit with modifier indicator 0, so ${col2.code} is denied and no modifier bypasses it. Report ${col1.code} without ${col2.code}. ${rationale} ${modifiers}`,
    };
  }
  // Indicator 1: a modifier on the column-two line is what NCCI expects.
  if (col2.modifiers.some(bypassesPtp)) return undefined;
  const onColumnOne = col1.modifiers.filter(bypassesPtp);
  if (onColumnOne.length > 0) {
    return {
      ...base,
      severity: 'review',
      message: `${pair}: the edit allows a bypass (modifier indicator 1) and the claim carries ${onColumnOne.join(', ')} on the column-one line only. NCCI expects the modifier on the column-two code; the Policy Manual allows either code only for some pairs, so move it to line ${col2.line} if it describes that service. ${rationale} ${modifiers}`,
    };
  }
  const useless = col2.modifiers.filter((m) => NOT_BYPASSING.includes(m));
  return {
    ...base,
    severity: 'error',
    message: `${pair}: ${col2.code} is denied unless an NCCI PTP-associated modifier shows a separate encounter, site or service (modifier indicator 1). Line ${col2.line} has none of 59, XE, XS, XP, XU or an anatomic modifier (RT, LT, E1-E4, FA, F1-F9, TA, T1-T9, LC, LD, RC, LM, RI)${
      useless.length > 0 ? `; ${useless.join(', ')} does not bypass PTP edits` : ''
    }. Append one to line ${col2.line} only if the record documents it; otherwise report ${col1.code} alone. ${rationale} ${modifiers}`,
  };
}

function checkPair(
  claim: Claim,
  date: string,
  col1: ClaimLine,
  col2: ClaimLine,
  picked: PickedLayer<PtpLayerKind>,
  findings: Finding[],
): void {
  const edits = ptpEdits(picked.layer, col1.code, col2.code);
  if (!edits) return;
  const edit = edits.find((e) => ptpEditInForce(e, date));
  if (!edit) return;
  const f = edited(claim, date, col1, col2, edit, picked.release, picked.layer);
  if (f) findings.push(f);
}

/** ptp: every pair of lines on the same date against the PTP table of the claim's setting. */
export const ptpRule: Rule = (claim, { catalog }) => {
  const kind = ptpLayerFor(claim.setting);
  if (!isLoaded(catalog, 'ncci', kind)) return [notLoaded(claim)];
  const byDate = new Map<string, ClaimLine[]>();
  for (const line of claim.lines) {
    const list = byDate.get(line.dateOfService);
    if (list) list.push(line);
    else byDate.set(line.dateOfService, [line]);
  }
  const findings: Finding[] = [];
  for (const [date, lines] of byDate) {
    if (lines.length < 2) continue;
    const picked = pickLayer(catalog, 'ncci', kind, date);
    if (!picked) continue;
    for (let a = 0; a < lines.length; a++) {
      for (let b = a + 1; b < lines.length; b++) {
        const x = lines[a] as ClaimLine;
        const y = lines[b] as ClaimLine;
        if (x.code === y.code) continue;
        // the table decides which code is column one; look the pair up both ways
        checkPair(claim, date, x, y, picked, findings);
        checkPair(claim, date, y, x, picked, findings);
      }
    }
  }
  return findings;
};
