// Rule line.duplicate: two lines with the same code, modifiers and date are an exact duplicate, which Medicare
// denies. A repeated service is reported with units on one line, or on another line with a modifier that says it
// was separate (NCCI Policy Manual for Medicare Services ch. I sec. V, rev. 2/28/2025, p. I-28: 59, XE, XP, XS,
// XU, 76, 77, 91 or anatomic modifiers).
import type { ClaimLine, Finding, Rule } from './types.js';

const CITATION = {
  source: 'NCCI Policy Manual for Medicare Services, ch. I sec. V',
  release: 'rev. 2/28/2025',
  file: 'ncci/policy-manual-2025/ncci_manual.pdf',
  record: 'p. I-28 (same code on separate lines only with 59, XE, XP, XS, XU, 76, 77, 91 or anatomic modifiers)',
};

function sameModifiers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (const m of a) if (!b.includes(m)) return false;
  return true;
}

/** line.duplicate (warning): one finding per group of identical lines (modifiers in any order). */
export const duplicateLines: Rule = (claim) => {
  // by date, then code (nested maps: no key strings per line); modifiers are compared only within a group
  const groups = new Map<string, Map<string, ClaimLine[]>>();
  let shared = false;
  for (const line of claim.lines) {
    let byCode = groups.get(line.dateOfService);
    if (!byCode) {
      byCode = new Map();
      groups.set(line.dateOfService, byCode);
    }
    const list = byCode.get(line.code);
    if (list) {
      list.push(line);
      shared = true;
    } else byCode.set(line.code, [line]);
  }
  if (!shared) return [];
  const findings: Finding[] = [];
  for (const byCode of groups.values()) {
    for (const lines of byCode.values()) {
      const reported = new Set<ClaimLine>();
      for (const first of lines) {
        if (reported.has(first)) continue;
        const same = lines.filter(
          (l) => l === first || (!reported.has(l) && sameModifiers(l.modifiers, first.modifiers)),
        );
        if (same.length < 2) continue;
        for (const l of same) reported.add(l);
        findings.push(duplicateFinding(same));
      }
    }
  }
  return findings;
};

function duplicateFinding(lines: ClaimLine[]): Finding {
  const first = lines[0] as ClaimLine;
  const mods = first.modifiers.length > 0 ? ` with modifiers ${first.modifiers.join(', ')}` : ' without modifiers';
  return {
    rule: 'line.duplicate',
    severity: 'warning',
    lines: lines.map((l) => l.line),
    codes: [first.code, ...first.modifiers],
    message: `Lines ${lines.map((l) => l.line).join(', ')} report ${first.code}${mods} on ${first.dateOfService}: exact duplicate lines are denied. Put the total units on one line, or, if the service was repeated, mark the repeat with 76 or 77 (procedure) or 91 (laboratory test), or 59/XE/XS/XP/XU where it was distinct.`,
    citation: { ...CITATION },
  };
}
