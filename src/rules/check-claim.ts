// Claim Check: normalize the claim, run every rule, and return the findings in a fixed order (severity, then
// first line, then rule) with the counts a coder reads first. Pure over the catalog: same claim and catalog,
// same result.
import { normalizeClaim } from './claim.js';
import { DIAGNOSIS_RULES } from './diagnosis/index.js';
import { PROCEDURE_RULES } from './procedure-rules.js';
import type { ClaimCheckResult, Finding, RuleContext, Severity } from './types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, review: 2, info: 3 };

function firstLine(f: Finding): number {
  // claim-level findings (no lines) come before line findings of the same severity
  let min = Number.POSITIVE_INFINITY;
  for (const l of f.lines) if (l < min) min = l;
  return f.lines.length === 0 ? 0 : min;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Severity, first line, rule id, then codes and message, so that ties never depend on rule order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    firstLine(a) - firstLine(b) ||
    compareText(a.rule, b.rule) ||
    compareText(a.codes.join(' '), b.codes.join(' ')) ||
    compareText(a.message, b.message)
  );
}

export function summarize(findings: readonly Finding[]): ClaimCheckResult['summary'] {
  const summary = { errors: 0, warnings: 0, reviews: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else if (f.severity === 'review') summary.reviews++;
  }
  return summary;
}

/**
 * Checks a claim document (parsed JSON, see contracts.md "Claims"). Throws AppError CLAIM_INVALID or
 * CLAIM_TOO_MANY_LINES when the document does not fit the schema; everything else is a finding.
 */
export function checkClaim(input: unknown, context: RuleContext): ClaimCheckResult {
  const claim = normalizeClaim(input, context.catalog);
  const findings: Finding[] = [];
  for (const rule of PROCEDURE_RULES) for (const f of rule(claim, context)) findings.push(f);
  for (const rule of DIAGNOSIS_RULES) for (const f of rule(claim, context)) findings.push(f);
  findings.sort(compareFindings);
  return { claim, findings, summary: summarize(findings) };
}
