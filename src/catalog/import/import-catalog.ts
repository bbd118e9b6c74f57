// `codedesk import`: discover the official files in a folder, parse each with its parser, compile every
// release into layers, check references across sources, and write a new build that replaces the current one
// only when complete. A malformed official file stops the import with an error naming file and line; the
// catalog in force stays as it was.
import { parseCptLicensedTsv, parsePfsCodeNumbers } from '../../codesets/cpt/index.js';
import {
  parseHcpcsAnweb,
  parseHcpcsAnwebXlsx,
  parseHcpcsProcNotes,
  parseHcpcsRecordLayout,
} from '../../codesets/hcpcs/index.js';
import {
  compareWithOrder,
  parseAddenda,
  parseCmCodesFile,
  parseCmConversionTable,
  parseCmIndex,
  parseCmOrder,
  parseCmTabular,
} from '../../codesets/icd10cm/index.js';
import { parsePcsDefinitions, parsePcsIndex, parsePcsOrder, parsePcsTables } from '../../codesets/icd10pcs/index.js';
import { AppError, decodeText, type ParseIssue } from '../../shared/index.js';
import { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import { computeIndexRefs, withParents } from '../derived.js';
import {
  ARTIFACT_FORMAT,
  type CatalogManifest,
  type CodesLayer,
  type FlaggedReference,
  type ImportReport,
  type IndexLayer,
  type LayerKind,
  type ReleaseInfo,
} from '../model.js';
import { effectiveRange, formatLabel, type ReleaseLabel, releaseTitle, type SourceId } from '../releases.js';
import { BuildWriter } from '../store.js';
import { classifyFile, type FileKind } from './classify.js';
import { compileCm } from './compile-cm.js';
import { compileCpt, compileHcpcs, mergeCptCodeLists } from './compile-hcpcs-cpt.js';
import { compileMedicare, parseMedicareInto, parsePfsRvuInto } from './compile-medicare.js';
import { compilePcs } from './compile-pcs.js';
import { compileRbcs, parseRbcsInto } from './compile-rbcs.js';
import { discoverFiles, type SourceFile, sha256 } from './discover.js';
import { referencesOf, rowPath } from './flatten-index.js';
import { GuidanceIntake, writeGuidanceCorpus } from './import-guidance.js';
import { acquireImportLock } from './import-lock.js';
import type { CompiledRelease, ReleaseBag } from './release-bag.js';

export interface ImportProgress {
  phase: 'discover' | 'parse' | 'compile' | 'write' | 'derive' | 'done';
  done: number;
  total: number;
  file?: string;
}

export interface ImportOptions {
  from: string;
  dataDir: string;
  onProgress?: (p: ImportProgress) => void;
  /**
   * Derived artifacts (the search index) written into the build from its own layers, before the build is made
   * current: a failure here leaves the previous catalog in force, like any other import failure.
   */
  derive?: (staged: Catalog) => void | Promise<void>;
  /** for tests: called after layers are written, before the build is made current */
  beforeCommit?: () => Promise<void>;
}

export interface ImportResult {
  manifest: CatalogManifest;
  buildId: string;
}

const ISSUE_SAMPLES = 5;
const FLAG_SAMPLES = 50;

async function parseInto(bag: ReleaseBag, kind: FileKind, file: SourceFile, bytes: Buffer): Promise<ParseIssue[]> {
  const path = file.displayPath;
  const text = /xlsx$/i.test(file.name) ? '' : decodeText(bytes);
  switch (kind) {
    case 'cm-tabular': {
      const r = parseCmTabular(text, path);
      bag.cmTabular = { file: path, data: r.tabular };
      return r.issues;
    }
    case 'cm-index': {
      const r = parseCmIndex(text, path);
      bag.cmIndexes.push({ file: path, data: r.index });
      return r.issues;
    }
    case 'cm-order': {
      const r = parseCmOrder(text, path);
      bag.cmOrder = { file: path, data: r.records };
      return r.issues;
    }
    case 'cm-codes': {
      const r = parseCmCodesFile(text, path);
      bag.cmCodes = { file: path, data: r.records };
      return r.issues;
    }
    case 'cm-conversion': {
      const r = await parseCmConversionTable(bytes, path);
      bag.cmConversion = { file: path, data: r.records };
      return r.issues;
    }
    case 'pcs-tables': {
      const r = parsePcsTables(text, path);
      bag.pcsTables = { file: path, data: r.tables };
      return r.issues;
    }
    case 'pcs-definitions': {
      const r = parsePcsDefinitions(text, path);
      bag.pcsDefinitions = { file: path, data: r.definitions };
      return r.issues;
    }
    case 'pcs-index': {
      const r = parsePcsIndex(text, path);
      bag.pcsIndex = { file: path, data: r.index };
      return r.issues;
    }
    case 'pcs-order': {
      const r = parsePcsOrder(text, path);
      bag.pcsOrder = { file: path, data: r.records };
      return r.issues;
    }
    case 'hcpcs-txt': {
      const r = parseHcpcsAnweb(text, path);
      bag.hcpcsTxt = { file: path, data: r.records };
      return r.issues;
    }
    case 'hcpcs-xlsx': {
      const r = await parseHcpcsAnwebXlsx(bytes, path);
      bag.hcpcsXlsx = { file: path, data: r.records };
      return r.issues;
    }
    case 'hcpcs-layout': {
      const r = parseHcpcsRecordLayout(text, path);
      bag.hcpcsLayout = { file: path, data: r.layout };
      return r.issues;
    }
    case 'hcpcs-proc-notes': {
      const r = parseHcpcsProcNotes(text, path);
      bag.hcpcsProcNotes = { file: path, data: r.notes };
      return r.issues;
    }
    case 'pfs-rvu': {
      const r = parsePfsCodeNumbers(text, path);
      bag.pfsCodes = { file: path, data: r.records };
      return r.issues;
    }
    case 'cpt-licensed': {
      const r = parseCptLicensedTsv(text, path);
      bag.cptLicensed = { file: path, data: r.records };
      return r.issues;
    }
    case 'rbcs':
      return parseRbcsInto(bag, path, text);
    case 'cm-addenda':
    case 'pcs-addenda': {
      const layout = /order/i.test(file.name) ? 'order' : 'codes';
      const r = parseAddenda(text, path, layout);
      if (!bag.addenda || (layout === 'order' && bag.addenda.layout === 'codes'))
        bag.addenda = { file: path, data: r.records, layout };
      return r.issues;
    }
    default:
      return parseMedicareInto(bag, kind, path, text, bytes);
  }
}

function compile(bag: ReleaseBag): CompiledRelease {
  const compiled = compileSystem(bag);
  if (bag.addenda) {
    compiled.layers.addenda = { sourceFile: bag.addenda.file, changes: bag.addenda.data };
    compiled.counts.addenda = bag.addenda.data.length;
  }
  return compiled;
}

function compileSystem(bag: ReleaseBag): CompiledRelease {
  switch (bag.system) {
    case 'icd10cm':
      return compileCm(bag);
    case 'icd10pcs':
      return compilePcs(bag);
    case 'hcpcs':
      return compileHcpcs(bag);
    case 'cpt':
      return compileCpt(bag);
    case 'rbcs':
      return compileRbcs(bag);
    default:
      return compileMedicare(bag);
  }
}

/** The code list in force when an index release took effect (the newest that had started by then). */
function codesInForceAt(
  releases: { info: ReleaseInfo; compiled: CompiledRelease }[],
  system: string,
  date: string,
): { info: ReleaseInfo; codes: CodesLayer } | undefined {
  let best: { info: ReleaseInfo; codes: CodesLayer } | undefined;
  for (const r of releases) {
    const codes = r.compiled.layers.codes;
    if (r.info.system !== system || !codes) continue;
    if (r.info.effectiveFrom <= date && (!best || r.info.effectiveFrom > best.info.effectiveFrom))
      best = { info: r.info, codes };
  }
  return best;
}

/** Store parents and sorted index references in the artifact so start-up does not rebuild them. */
function addDerivedStructures(releases: { info: ReleaseInfo; compiled: CompiledRelease }[]): void {
  for (const { info, compiled: c } of releases) {
    if (c.layers.codes && (info.system === 'icd10cm' || info.system === 'icd10pcs'))
      c.layers.codes = withParents(c.layers.codes);
    for (const kind of INDEX_KINDS) {
      const layer = c.layers[kind] as IndexLayer | undefined;
      if (layer) layer.refs = computeIndexRefs(layer);
    }
  }
}

/** The fiscal year an ICD-10 release label belongs to ("2021-01" update -> FY2021, "2025-10" -> FY2026). */
function fiscalYear(bag: ReleaseBag): number {
  return bag.label.month && bag.label.month >= 10 ? bag.label.year + 1 : bag.label.year;
}

/**
 * The expanded tabular must equal the order file of the same fiscal year, also when the two were published
 * as different releases of that year (a tabular of October beside an order file of a January update).
 */
function crossVerifyCm(bags: ReleaseBag[]): ImportReport['verifications'] {
  const out: ImportReport['verifications'] = [];
  for (const t of bags) {
    if (t.system !== 'icd10cm' || !t.cmTabular) continue;
    for (const o of bags) {
      if (o === t || o.system !== 'icd10cm' || !o.cmOrder || fiscalYear(o) !== fiscalYear(t)) continue;
      const diff = compareWithOrder(t.cmTabular.data.codes, o.cmOrder.data);
      const ok = diff.missing.length === 0 && diff.extra.length === 0 && diff.titleMismatches.length === 0;
      out.push({
        release: t.id,
        check: `tabular expanded = order file of ${o.id} (billable codes and long titles)`,
        ok,
        detail: ok
          ? `${t.cmTabular.data.codes.filter((c) => c.billable).length} billable codes match`
          : `${diff.missing.length} missing from tabular, ${diff.extra.length} extra, ${diff.titleMismatches.length} title mismatches`,
      });
    }
  }
  return out;
}

const INDEX_KINDS: LayerKind[] = ['cm-index', 'cm-neoplasm', 'cm-drug', 'cm-eindex', 'pcs-index'];

/** Index and table references to codes absent from the code list in force: kept, flagged and counted. */
function flagReferences(
  releases: { info: ReleaseInfo; compiled: CompiledRelease }[],
): ImportReport['flaggedReferences'] {
  const result: ImportReport['flaggedReferences'] = { count: 0, byRelease: {}, samples: [] };
  const keySets = new Map<string, Set<string>>();
  for (const r of releases) {
    for (const kind of INDEX_KINDS) {
      const layer = r.compiled.layers[kind] as IndexLayer | undefined;
      if (!layer) continue;
      const inForce = codesInForceAt(releases, r.info.system, r.info.effectiveFrom);
      if (!inForce) continue;
      let keys = keySets.get(inForce.info.id);
      if (!keys) {
        // A reference may be a whole code or the start of one (an index entry printed without the 7th
        // character, a PCS index entry giving the first 3-5 characters): both are valid references.
        keys = new Set<string>();
        for (const code of inForce.codes.codes) {
          const k = codeKey(code);
          for (let len = k.length; len >= 1; len--) keys.add(k.slice(0, len));
        }
        keySets.set(inForce.info.id, keys);
      }
      for (const ref of referencesOf(layer.terms)) {
        if (!/[A-Za-z0-9]/.test(ref.code)) continue;
        const key = codeKey(ref.code.replace(/-+$/, ''));
        if (keys.has(key)) continue;
        result.count++;
        result.byRelease[r.info.id] = (result.byRelease[r.info.id] ?? 0) + 1;
        if (result.samples.length < FLAG_SAMPLES) {
          const sample: FlaggedReference = {
            release: r.info.id,
            layer: kind,
            code: ref.code,
            path: rowPath(layer.terms, ref.row),
            line: layer.terms[ref.row]?.l ?? 0,
            reason: `not a code in ${inForce.info.title}`,
          };
          result.samples.push(sample);
        }
      }
    }
  }
  return result;
}

function bagFor(bags: Map<string, ReleaseBag>, system: SourceId, label: ReleaseLabel): ReleaseBag {
  const id = `${system}:${formatLabel(label)}`;
  let bag = bags.get(id);
  if (!bag) {
    bag = { id, system, label, files: [], cmIndexes: [], ncciMue: {}, ncciMueXlsx: {}, ncciPtp: {}, gems: [] };
    bags.set(id, bag);
  }
  return bag;
}

/** Imports under the data folder's import lock: a second import at the same time fails with IMPORT_IN_PROGRESS. */
export async function importCatalog(opts: ImportOptions): Promise<ImportResult> {
  const lock = acquireImportLock(opts.dataDir);
  try {
    return await importUnlocked(opts);
  } finally {
    lock.release();
  }
}

async function importUnlocked(opts: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  const progress = opts.onProgress ?? (() => {});
  progress({ phase: 'discover', done: 0, total: 1 });
  const { files, problems } = await discoverFiles(opts.from);
  if (problems.length > 0) {
    const p = problems[0] as { file: string; message: string };
    throw new AppError('CODESET_NOT_RECOGNIZED', { file: p.file, why: p.message });
  }
  const report: ImportReport = {
    sourceDir: opts.from,
    filesRead: 0,
    skipped: [],
    issues: [],
    flaggedReferences: { count: 0, byRelease: {}, samples: [] },
    verifications: [],
    durationMs: 0,
  };
  const bags = new Map<string, ReleaseBag>();
  const guidance = new GuidanceIntake();
  let done = 0;
  for (const file of files) {
    progress({ phase: 'parse', done, total: files.length, file: file.displayPath });
    done++;
    if (await guidance.offer(file, report)) continue;
    if (!/\.(xml|txt|csv|tsv|xlsx)$/i.test(file.name)) {
      report.skipped.push({ file: file.displayPath, reason: 'not a data file' });
      continue;
    }
    const bytes = await file.read();
    const head = bytes.subarray(0, 4096).toString('latin1');
    const c = classifyFile(file, head);
    if (!c.recognized) {
      report.skipped.push({ file: file.displayPath, reason: c.reason });
      continue;
    }
    const bag = bagFor(bags, c.system, c.label);
    const issues = await parseInto(bag, c.kind, file, bytes);
    const info = { path: file.displayPath, kind: c.kind, sha256: sha256(bytes), size: bytes.length };
    bag.files.push(info);
    if (c.kind === 'pfs-rvu') {
      // the same file is the fee schedule release's RVU table
      const pfsBag = bagFor(bags, 'pfs', c.label);
      issues.push(
        ...parsePfsRvuInto(pfsBag, file.displayPath, decodeText(bytes)).filter(
          (i) => !issues.some((j) => j.line === i.line),
        ),
      );
      pfsBag.files.push(info);
    }
    report.filesRead++;
    if (issues.length > 0) {
      report.issues.push({
        file: file.displayPath,
        count: issues.length,
        samples: issues
          .slice(0, ISSUE_SAMPLES)
          .map((i) => ({ line: i.line, ...(i.field ? { field: i.field } : {}), message: i.message })),
      });
    }
  }
  if (bags.size === 0) throw new AppError('IMPORT_NOTHING_FOUND', { dir: opts.from });

  const compiled: { info: ReleaseInfo; compiled: CompiledRelease }[] = [];
  const ordered = [...bags.values()].sort((a, b) => a.id.localeCompare(b.id));
  ordered.forEach((bag, i) => {
    progress({ phase: 'compile', done: i, total: ordered.length, file: bag.id });
    const c = compile(bag);
    const range = effectiveRange(bag.system, bag.label);
    const info: ReleaseInfo = {
      id: bag.id,
      system: bag.system,
      version: formatLabel(bag.label),
      title: releaseTitle(bag.system, bag.label),
      effectiveFrom: range.from,
      effectiveTo: range.to,
      layers: Object.keys(c.layers) as LayerKind[],
      files: bag.files,
      counts: c.counts,
    };
    for (const v of c.verifications) report.verifications.push({ release: bag.id, ...v });
    compiled.push({ info, compiled: c });
  });
  report.verifications.push(...crossVerifyCm(ordered));
  mergeCptCodeLists(compiled);
  report.flaggedReferences = flagReferences(compiled);
  addDerivedStructures(compiled);
  const guidanceCorpus = guidance.finish(report);

  const writer = await BuildWriter.start(opts.dataDir);
  try {
    let written = 0;
    for (const { info, compiled: c } of compiled) {
      progress({ phase: 'write', done: written++, total: compiled.length, file: info.id });
      for (const [kind, payload] of Object.entries(c.layers)) {
        await writer.writeLayer(info.id, kind as LayerKind, payload as never);
      }
    }
    const guidanceSummary = await writeGuidanceCorpus(writer.stagingDir, guidanceCorpus);
    report.durationMs = Date.now() - started;
    const manifest: CatalogManifest = {
      format: ARTIFACT_FORMAT,
      buildId: writer.buildId,
      builtAt: new Date().toISOString(),
      releases: compiled.map((c) => c.info),
      report,
      guidance: guidanceSummary,
    };
    if (opts.derive) {
      progress({ phase: 'derive', done: 0, total: 1 });
      await opts.derive(new Catalog({ ...manifest, checksums: writer.layerChecksums() }, writer.stagingDir));
    }
    if (opts.beforeCommit) await opts.beforeCommit();
    const committed = await writer.commit(manifest);
    progress({ phase: 'done', done: 1, total: 1 });
    return { manifest: committed, buildId: writer.buildId };
  } catch (e) {
    await writer.abort();
    throw e;
  }
}
