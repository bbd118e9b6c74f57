// Compiles HCPCS Level II releases (the fixed-width ANWEB text; the xlsx form when no text is present,
// cross-checked when both are) and CPT releases (code numbers from the public fee schedule file, and
// descriptors only from an operator's licensed file).
import type { HcpcsRecord } from '../../codesets/hcpcs/index.js';
import type { CodesLayer, ReleaseInfo } from '../model.js';
import type { CompiledRelease, ReleaseBag } from './release-bag.js';

function hcpcsCodes(records: HcpcsRecord[], file: string): CodesLayer {
  return {
    codes: records.map((r) => r.code),
    titles: records.map((r) => r.longDescription),
    shortTitles: records.map((r) => r.shortDescription),
    billable: records.map((r) => (r.kind === 'code' ? '1' : '0')).join(''),
    lines: records.map((r) => r.line),
    sourceFile: file,
  };
}

const squeeze = (s: string): string => s.replace(/ {2,}/g, ' ');

export function compileHcpcs(bag: ReleaseBag): CompiledRelease {
  const out: CompiledRelease = { layers: {}, counts: {}, verifications: [] };
  if (bag.hcpcsLayout || bag.hcpcsProcNotes) {
    out.layers['hcpcs-reference'] = {
      ...(bag.hcpcsLayout ? { layout: { sourceFile: bag.hcpcsLayout.file, layout: bag.hcpcsLayout.data } } : {}),
      ...(bag.hcpcsProcNotes
        ? { procNotes: { sourceFile: bag.hcpcsProcNotes.file, notes: bag.hcpcsProcNotes.data } }
        : {}),
    };
    if (bag.hcpcsProcNotes) out.counts.processingNotes = bag.hcpcsProcNotes.data.length;
  }
  const primary = bag.hcpcsTxt ?? bag.hcpcsXlsx;
  if (!primary) return out;
  out.layers.codes = hcpcsCodes(primary.data, primary.file);
  out.layers['hcpcs-records'] = { sourceFile: primary.file, records: primary.data };
  out.counts.codes = primary.data.filter((r) => r.kind === 'code').length;
  out.counts.modifiers = primary.data.filter((r) => r.kind === 'modifier').length;
  if (bag.hcpcsTxt && bag.hcpcsXlsx) {
    const xlsx = new Map(bag.hcpcsXlsx.data.map((r) => [`${r.kind}|${r.code}`, r]));
    let differing = 0;
    for (const r of bag.hcpcsTxt.data) {
      const x = xlsx.get(`${r.kind}|${r.code}`);
      // The fixed-width file cannot show a double space that fell on a line wrap, so compare with runs of
      // spaces collapsed.
      if (!x || squeeze(x.longDescription) !== squeeze(r.longDescription) || x.shortDescription !== r.shortDescription)
        differing++;
    }
    const ok = differing === 0 && bag.hcpcsTxt.data.length === bag.hcpcsXlsx.data.length;
    out.verifications.push({
      check: 'ANWEB text = ANWEB xlsx (codes and descriptors)',
      ok,
      detail: ok
        ? `${bag.hcpcsTxt.data.length} records agree`
        : `${differing} of ${bag.hcpcsTxt.data.length} text records differ or are missing from the xlsx (${bag.hcpcsXlsx.data.length} rows)`,
    });
  }
  return out;
}

export function compileCpt(bag: ReleaseBag): CompiledRelease {
  const out: CompiledRelease = { layers: {}, counts: {}, verifications: [] };
  if (bag.pfsCodes) {
    const seen = new Map<string, number>();
    for (const r of bag.pfsCodes.data) if (r.isCpt && !seen.has(r.code)) seen.set(r.code, r.line);
    // a licensed file of the same release adds the codes the fee schedule does not price
    for (const d of bag.cptLicensed?.data ?? []) if (!seen.has(d.code)) seen.set(d.code, d.line);
    const codes = [...seen.keys()].sort();
    out.layers.codes = {
      codes,
      // No descriptor text: CPT descriptors are the AMA's. Titles stay empty unless a licensed file is imported.
      titles: codes.map(() => ''),
      shortTitles: codes.map(() => ''),
      billable: '1'.repeat(codes.length),
      lines: codes.map((c) => seen.get(c) ?? 0),
      sourceFile: bag.pfsCodes.file,
    };
    out.counts.codes = codes.length;
  }
  if (bag.cptLicensed) {
    const d = bag.cptLicensed.data;
    out.layers['cpt-descriptors'] = { sourceFile: bag.cptLicensed.file, descriptors: d };
    out.counts.licensedDescriptors = d.length;
    if (!out.layers.codes) {
      out.layers.codes = {
        codes: d.map((x) => x.code),
        titles: d.map(() => ''),
        shortTitles: d.map(() => ''),
        billable: '1'.repeat(d.length),
        lines: d.map((x) => x.line),
        sourceFile: bag.cptLicensed.file,
      };
      out.counts.codes = d.length;
    }
  }
  return out;
}

/**
 * CPT numbers come from two kinds of file: the public fee schedule (numbers only) and an operator's licensed
 * descriptor file. The code list of each CPT release is the union of its own numbers and those of the other
 * kind in force on its first day, so a licensed code absent from the fee schedule is still found, and the
 * reverse.
 */
export function mergeCptCodeLists(releases: { info: ReleaseInfo; compiled: CompiledRelease }[]): void {
  const cpt = releases.filter((r) => r.info.system === 'cpt' && r.compiled.layers.codes);
  const numbersOf = (r: { compiled: CompiledRelease }, kind: 'pfs' | 'licensed'): Map<string, number> => {
    const codes = r.compiled.layers.codes as CodesLayer;
    const fromLicensed = Boolean(r.compiled.layers['cpt-descriptors']) && !codes.sourceFile.match(/PPRRVU/i);
    if ((kind === 'licensed') !== fromLicensed) return new Map();
    return new Map(codes.codes.map((c, i) => [c, codes.lines[i] ?? 0]));
  };
  const inForce = (date: string, kind: 'pfs' | 'licensed', self: string) => {
    let best: { info: ReleaseInfo; compiled: CompiledRelease } | undefined;
    for (const r of cpt) {
      if (r.info.id === self || numbersOf(r, kind).size === 0) continue;
      if (r.info.effectiveFrom <= date && (!best || r.info.effectiveFrom > best.info.effectiveFrom)) best = r;
    }
    return best;
  };
  const additions = cpt.map((r) => {
    const ownKind = numbersOf(r, 'licensed').size > 0 ? 'licensed' : 'pfs';
    const other = inForce(r.info.effectiveFrom, ownKind === 'pfs' ? 'licensed' : 'pfs', r.info.id);
    return { r, add: other ? numbersOf(other, ownKind === 'pfs' ? 'licensed' : 'pfs') : new Map<string, number>() };
  });
  for (const { r, add } of additions) {
    const codes = r.compiled.layers.codes as CodesLayer;
    const have = new Set(codes.codes);
    const merged = [
      ...codes.codes.map((c, i) => [c, codes.lines[i] ?? 0] as const),
      ...[...add].filter(([c]) => !have.has(c)),
    ];
    merged.sort((a, b) => a[0].localeCompare(b[0]));
    r.compiled.layers.codes = {
      ...codes,
      codes: merged.map(([c]) => c),
      titles: merged.map(() => ''),
      shortTitles: merged.map(() => ''),
      billable: '1'.repeat(merged.length),
      lines: merged.map(([, l]) => l),
    };
  }
}
