// Rule release.stale: the code lists and Medicare tables a claim is checked against, when no loaded release
// covers its date of service. The catalog then uses the nearest release (see Catalog.pick); the finding says
// which, so a coder knows the check may miss codes or edits added, changed or deleted since.
import { type Catalog, type LayerKind, type ReleaseInfo, SOURCE_NAMES, type SourceId } from '../catalog/index.js';
import { mueLayerFor, ptpLayerFor } from './catalog-data.js';
import type { Citation, Claim, Finding, Rule } from './types.js';

const WHAT: Partial<Record<LayerKind, string>> = {
  'ncci-aoc': 'NCCI add-on code edit table',
  'ncci-mue-practitioner': 'NCCI MUE table for practitioner services',
  'ncci-mue-outpatient-hospital': 'NCCI MUE table for outpatient hospital services',
  'ncci-ptp-practitioner': 'NCCI PTP table for practitioners',
  'ncci-ptp-outpatient-hospital': 'NCCI PTP table for outpatient hospitals',
  'pfs-rvu': 'Medicare fee schedule RVU file (modifier indicators)',
};

function describeUse(source: SourceId, kind: LayerKind): string {
  return kind === 'codes' ? `${SOURCE_NAMES[source]} code list` : (WHAT[kind] ?? `${SOURCE_NAMES[source]} ${kind}`);
}

type Use = (source: SourceId, kind: LayerKind, date: string) => void;

/** Calls `use` for every (source, layer, date) the procedure and diagnosis rules read for this claim. */
function forEachUse(claim: Claim, use: Use): void {
  if (claim.diagnoses.length > 0) use('icd10cm', 'codes', claim.dateOfService);
  const mue = mueLayerFor(claim.setting);
  const ptp = ptpLayerFor(claim.setting);
  for (const line of claim.lines) {
    const date = line.dateOfService;
    if (line.system) use(line.system, 'codes', date);
    if (line.modifiers.length > 0) {
      if (line.modifiers.some((m) => /[A-Z]/.test(m))) use('hcpcs', 'codes', date);
      if (claim.setting === 'practitioner') use('pfs', 'pfs-rvu', date);
    }
    use('ncci', mue, date);
    use('ncci', 'ncci-aoc', date);
    use('ncci', ptp, date);
  }
}

function sourceFileOf(catalog: Catalog, kind: LayerKind, release: ReleaseInfo): string {
  const payload = catalog.layer(release, kind) as { sourceFile?: string };
  return payload.sourceFile ?? release.files[0]?.path ?? 'n/a';
}

/** release.stale (info): one finding per code list or table used outside the dates of every loaded release. */
export const releaseStale: Rule = (claim, { catalog }) => {
  // keyed by release object and layer: no key strings on the common path
  const stale = new Map<ReleaseInfo, Map<LayerKind, { source: SourceId; dates: Set<string> }>>();
  forEachUse(claim, (source, kind, date) => {
    const pick = catalog.pick(source, kind, date);
    if (!pick?.stale) return;
    let byKind = stale.get(pick.release);
    if (!byKind) {
      byKind = new Map();
      stale.set(pick.release, byKind);
    }
    const entry = byKind.get(kind);
    if (entry) entry.dates.add(date);
    else byKind.set(kind, { source, dates: new Set([date]) });
  });
  const findings: Finding[] = [];
  for (const [release, byKind] of stale) {
    for (const [kind, { source, dates }] of byKind) {
      const { message, citation } = wording(catalog, release, kind, source, dates);
      findings.push({
        rule: 'release.stale',
        severity: 'info',
        lines: claim.lines.filter((l) => dates.has(l.dateOfService)).map((l) => l.line),
        codes: [],
        message,
        citation: { ...citation },
      });
    }
  }
  return findings;
};

// The same few messages recur on every claim of a date: worded once per release, layer and single date.
const wordings = new WeakMap<ReleaseInfo, Map<LayerKind, Map<string, { message: string; citation: Citation }>>>();

function wording(
  catalog: Catalog,
  release: ReleaseInfo,
  kind: LayerKind,
  source: SourceId,
  dates: Set<string>,
): { message: string; citation: Citation } {
  const single = dates.size === 1 ? (dates.values().next().value as string) : undefined;
  let byKind = wordings.get(release);
  if (!byKind) {
    byKind = new Map();
    wordings.set(release, byKind);
  }
  let byDate = byKind.get(kind);
  if (!byDate) {
    byDate = new Map();
    byKind.set(kind, byDate);
  }
  const cached = single === undefined ? undefined : byDate.get(single);
  if (cached) return cached;
  const made = {
    message: `No loaded ${describeUse(source, kind)} covers ${[...dates].sort().join(', ')}: ${release.title} (in force ${release.effectiveFrom} to ${release.effectiveTo}) was used instead, so codes or edits changed since may be missed. Import the release in force on the date of service.`,
    citation: {
      source: SOURCE_NAMES[source],
      release: release.id,
      file: sourceFileOf(catalog, kind, release),
      record: `in force ${release.effectiveFrom} to ${release.effectiveTo}`,
    },
  };
  if (single !== undefined) {
    if (byDate.size >= 4096) byDate.clear();
    byDate.set(single, made);
  }
  return made;
}
