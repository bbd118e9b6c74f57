// Parses and compiles the Medicare data sources joined onto codes: the physician fee schedule (RVUs, GPCIs,
// anesthesia conversion factors, locality counties), NCCI (add-on codes, MUEs, PTP edits), GEMs, the Medicare
// Code Editor and the clinical laboratory NCDs.

import { isCptCode } from '../../codesets/cpt/index.js';
import { parseGem } from '../../codesets/gems/index.js';
import { parseLabNcdSpreadsheet } from '../../codesets/mcd/index.js';
import { decodeCp1252, parseMceDefinitions, parseMceSimpleEdits } from '../../codesets/mce/index.js';
import {
  type MueRow,
  type MueServiceType,
  mueServiceTypeFromName,
  type PtpSetting,
  parseAddOnCodeEdits,
  parseMueCsv,
  parseMueXlsx,
  parsePtpText,
  parsePtpXlsx,
  ptpSettingFromName,
} from '../../codesets/ncci/index.js';
import { parseAnesthesiaCf, parseGpci, parseLocalityCounties, parsePfsRvu } from '../../codesets/pfs/index.js';
import type { ParseIssue } from '../../shared/index.js';
import { codeKey } from '../code-key.js';
import { orderByKey } from '../sorted-keys.js';
import type { FileKind } from './classify.js';
import type { CompiledRelease, ReleaseBag, Verification } from './release-bag.js';

export async function parseMedicareInto(
  bag: ReleaseBag,
  kind: FileKind,
  path: string,
  text: string,
  bytes: Buffer,
): Promise<ParseIssue[]> {
  switch (kind) {
    case 'pfs-gpci': {
      const r = parseGpci(text, path);
      bag.pfsGpci = { file: path, data: r };
      return r.issues;
    }
    case 'pfs-anes': {
      const r = parseAnesthesiaCf(text, path);
      bag.pfsAnes = { file: path, data: r };
      return r.issues;
    }
    case 'pfs-locco': {
      const r = parseLocalityCounties(text, path);
      bag.pfsLocco = { file: path, data: r };
      return r.issues;
    }
    case 'ncci-aoc': {
      const r = await parseAddOnCodeEdits(bytes, path);
      bag.ncciAoc = { file: path, data: r.records };
      return r.issues;
    }
    case 'ncci-mue': {
      const type = mueServiceTypeFromName(path.split('/').pop() ?? path);
      if (!type)
        return [
          {
            file: path,
            line: 1,
            message: 'an MUE file whose name does not say practitioner, outpatient hospital or DME; not read',
          },
        ];
      const xlsx = /\.xlsx$/i.test(path);
      const r = xlsx ? await parseMueXlsx(bytes, path) : parseMueCsv(text, path);
      (xlsx ? bag.ncciMueXlsx : bag.ncciMue)[type] = { file: path, data: r.records };
      return r.issues;
    }
    case 'ncci-ptp': {
      const setting = ptpSettingFromName(path.split('/').pop() ?? path);
      if (!setting)
        return [
          {
            file: path,
            line: 1,
            message: 'a PTP file whose name does not say practitioner (ccipra) or hospital (ccioph); not read',
          },
        ];
      const r = /\.xlsx$/i.test(path) ? await parsePtpXlsx(bytes, path) : parsePtpText(text, path);
      // CMS splits each PTP table into several files (…-f1, -f2, …): their edits add up
      const before = bag.ncciPtp[setting];
      bag.ncciPtp[setting] = before
        ? { file: `${before.file}, ${path}`, data: before.data.concat(r.records) }
        : { file: path, data: r.records };
      return r.issues;
    }
    case 'gem': {
      const r = parseGem(text, path);
      bag.gems.push({ file: path, data: r });
      return r.issues;
    }
    case 'mce-definitions':
    case 'mce-simple': {
      const r =
        kind === 'mce-definitions' ? parseMceDefinitions(decodeCp1252(bytes), path) : parseMceSimpleEdits(text, path);
      // the official definitions win over a transcription of the same release
      if (!bag.mce || (r.official && !bag.mce.data.official)) bag.mce = { file: path, data: r };
      return r.issues;
    }
    case 'mcd-lab-ncd': {
      const r = await parseLabNcdSpreadsheet(bytes, path);
      bag.labNcd = { file: path, data: r };
      return r.issues;
    }
    default:
      return [
        { file: path, line: 0, message: `${kind}: this kind of file is recognised but not read by this version` },
      ];
  }
}

/** The full RVU rows of a fee schedule file (its CPT numbers also feed the CPT code list). */
export function parsePfsRvuInto(bag: ReleaseBag, path: string, text: string): ParseIssue[] {
  const r = parsePfsRvu(text, path);
  bag.pfsRvu = { file: path, data: r };
  return r.issues;
}

export function compileMedicare(bag: ReleaseBag): CompiledRelease {
  const out: CompiledRelease = { layers: {}, counts: {}, verifications: [] };
  if (bag.pfsRvu) {
    const d = bag.pfsRvu.data;
    out.layers['pfs-rvu'] = {
      sourceFile: bag.pfsRvu.file,
      // CPT descriptors are the AMA's: a fee schedule file downloaded from CMS carries them, the build never does
      rows: d.records.map((r) => (r.description && isCptCode(r.hcpcs) ? { ...r, description: '' } : r)),
      ...(d.title ? { title: d.title } : {}),
      ...(d.releaseNote ? { releaseNote: d.releaseNote } : {}),
      ...(d.conversionFactor !== undefined ? { conversionFactor: d.conversionFactor } : {}),
    };
    out.counts.rvuRows = d.records.length;
  }
  if (bag.pfsGpci) {
    const d = bag.pfsGpci.data;
    out.layers['pfs-gpci'] = {
      sourceFile: bag.pfsGpci.file,
      localities: d.records,
      notes: d.notes,
      ...(d.title ? { title: d.title } : {}),
      ...(d.year !== undefined ? { year: d.year } : {}),
    };
    out.counts.gpciLocalities = d.records.length;
  }
  if (bag.pfsAnes) {
    const d = bag.pfsAnes.data;
    out.layers['pfs-anes'] = {
      sourceFile: bag.pfsAnes.file,
      rows: d.records,
      ...(d.nationalConversionFactor !== undefined ? { nationalConversionFactor: d.nationalConversionFactor } : {}),
    };
    out.counts.anesthesiaLocalities = d.records.length;
  }
  if (bag.pfsLocco) {
    out.layers['pfs-locco'] = {
      sourceFile: bag.pfsLocco.file,
      rows: bag.pfsLocco.data.records,
      notes: bag.pfsLocco.data.notes,
    };
    out.counts.countyLocalities = bag.pfsLocco.data.records.length;
  }
  if (bag.ncciAoc) {
    out.layers['ncci-aoc'] = { sourceFile: bag.ncciAoc.file, edits: bag.ncciAoc.data };
    out.counts.addOnEdits = bag.ncciAoc.data.length;
  }
  const types = new Set([...Object.keys(bag.ncciMue), ...Object.keys(bag.ncciMueXlsx)] as MueServiceType[]);
  for (const type of types) {
    const primary = bag.ncciMue[type] ?? bag.ncciMueXlsx[type];
    if (!primary) continue;
    out.layers[`ncci-mue-${type}`] = { sourceFile: primary.file, serviceType: type, rows: primary.data };
    out.counts[`mue-${type}`] = primary.data.length;
    const csv = bag.ncciMue[type];
    const xlsx = bag.ncciMueXlsx[type];
    if (csv && xlsx) out.verifications.push(compareMue(csv.data, xlsx.data, type));
  }
  for (const setting of Object.keys(bag.ncciPtp) as PtpSetting[]) {
    const ptp = bag.ncciPtp[setting];
    if (!ptp) continue;
    out.layers[`ncci-ptp-${setting}`] = { sourceFile: ptp.file, setting, edits: ptp.data };
    out.counts[`ptp-${setting}`] = ptp.data.length;
  }
  for (const g of bag.gems) {
    const d = g.data.direction;
    const kind =
      `gems-${d.kind}-${d.source === 'icd10cm' || d.source === 'icd10pcs' ? 'icd10-icd9' : 'icd9-icd10'}` as const;
    const records = g.data.records;
    const order = orderByKey(records.map((e) => codeKey(e.source)));
    const sorted = order.map((i) => records[i] as (typeof records)[number]);
    const targetOrder = orderByKey(sorted.map((e) => (e.target ? codeKey(e.target) : '\uffff'))).filter(
      (i) => sorted[i]?.target,
    );
    out.layers[kind] = {
      sourceFile: g.file,
      direction: d,
      sourceKeys: sorted.map((e) => codeKey(e.source)),
      sources: sorted.map((e) => e.source),
      targets: sorted.map((e) => e.target),
      targetRaws: sorted.map((e) => e.targetRaw),
      flags: sorted.map((e) => e.flagsRaw),
      lines: sorted.map((e) => e.line),
      targetKeys: targetOrder.map((i) => codeKey(sorted[i]?.target ?? '')),
      byTarget: targetOrder,
    };
    out.counts[kind] = records.length;
  }
  if (bag.mce) {
    const m = bag.mce.data;
    out.layers.mce = {
      sourceFile: bag.mce.file,
      title: m.title,
      version: m.version,
      official: m.official,
      source: m.source,
      edits: m.edits,
    };
    out.counts.mceEdits = m.edits.length;
    out.counts.mceCodes = m.edits.reduce((n, e) => n + e.lists.reduce((k, l) => k + l.codes.length, 0), 0);
  }
  if (bag.labNcd) {
    const d = bag.labNcd.data;
    const rows = d.records.filter((r) => r.icd10cm);
    const order = orderByKey(rows.map((r) => codeKey(r.icd10cm ?? '')));
    const sorted = order.map((i) => rows[i] as (typeof rows)[number]);
    const resolutions: Record<string, { coverage: string; meaning: string }> = {};
    for (const r of d.records)
      resolutions[String(r.resolution)] ??= { coverage: r.coverage, meaning: r.resolutionMeaning };
    out.layers['mcd-lab-ncd'] = {
      sourceFile: bag.labNcd.file,
      ...(d.title ? { title: d.title } : {}),
      ncds: d.ncds,
      resolutions,
      dxKeys: sorted.map((r) => codeKey(r.icd10cm ?? '')),
      dxNcds: sorted.map((r) => r.ncd),
      dxResolutions: sorted.map((r) => r.resolution),
      dxLines: sorted.map((r) => r.line),
      dxEffective: sorted.map((r) => r.effective ?? null),
      dxTermination: sorted.map((r) => r.termination ?? null),
    };
    out.counts.labNcds = d.ncds.length;
    out.counts.labNcdRows = d.records.length;
  }
  return out;
}

function compareMue(csv: MueRow[], xlsx: MueRow[], type: MueServiceType): Verification {
  const byCode = new Map(xlsx.map((r) => [r.code, r]));
  const differing = csv.filter((r) => {
    const x = byCode.get(r.code);
    return (
      !x ||
      x.mueValue !== r.mueValue ||
      x.adjudicationIndicator !== r.adjudicationIndicator ||
      x.rationale !== r.rationale
    );
  }).length;
  const ok = differing === 0 && csv.length === xlsx.length;
  return {
    check: `MUE ${type} CSV = xlsx (values, indicators, rationales)`,
    ok,
    detail: ok
      ? `${csv.length} rows agree`
      : `${differing} of ${csv.length} CSV rows differ or are missing (${xlsx.length} xlsx rows)`,
  };
}
