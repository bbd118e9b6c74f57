// import and verify (adapters over src/catalog), and the catalog's operations: releases, lookup, browse.
import type { Command } from 'commander';
import {
  type BlockLookup,
  Catalog,
  type CatalogManifest,
  type CodeLookup,
  type IntegrityReport,
  isBlockLookup,
  verifyCatalog,
} from '../../catalog/index.js';
import { loadConfig } from '../../config.js';
import {
  browseOperation,
  lookupOperation,
  rbcsOperation,
  releaseSummary,
  releasesOperation,
} from '../../operations/index.js';
import { AppError } from '../../shared/index.js';
import { commandSpec, defaultAction, operationCommand } from '../operation-command.js';
import { fail, printJson } from '../output.js';
import { importProgressReporter } from '../progress.js';

export const releasesCommand = commandSpec({
  operation: releasesOperation,
  command: 'releases',
  text: (list) =>
    list.map((r) => `${r.id.padEnd(20)} ${r.title.padEnd(42)} ${r.effectiveFrom} → ${r.effectiveTo}\n`).join(''),
});

export const lookupCommand = commandSpec({
  operation: lookupOperation,
  command: 'lookup',
  args: ['code'],
  text: formatLookup,
});

export const browseCommand = commandSpec({
  operation: browseOperation,
  command: 'browse',
  args: ['system', 'prefix'],
  text: (r) =>
    `${r.system} ${r.prefix || '(top)'} · ${r.release}\n${r.entries
      .map(
        (e) =>
          `  ${(e.code ?? e.prefix).padEnd(10)} ${String(e.billableCount).padStart(6)} billable  ${e.label ?? ''}\n`,
      )
      .join('')}`,
});

export const rbcsCommand = commandSpec({
  operation: rbcsOperation,
  command: 'rbcs',
  args: ['key'],
  text: (r) =>
    `${[...r.path.map((p) => `${p.key} ${p.name}`), `${r.key || '(categories)'} ${r.key ? r.name : ''}`].join(' › ')} · ${r.release.title}\n` +
    (r.release.stale ? `! ${r.release.stale}\n` : '') +
    r.entries.map((e) => `  ${e.key.padEnd(6)} ${String(e.count).padStart(6)} codes  ${e.name}\n`).join('') +
    r.codes
      .map((c) => `  ${c.code.padEnd(6)} ${c.system.padEnd(5)} ${c.major ? 'major ' : '      '}${c.title ?? ''}\n`)
      .join(''),
});

export function registerCatalogCommands(program: Command): void {
  program
    .command('import')
    .description('build the catalog from the official code-set files (CODESETS_DIR, else ../shared/data)')
    .option('--from <dir>', 'folder of official files (extracted or zipped)')
    .option('--json', 'print the import report as JSON')
    .option('--quiet', 'no progress output')
    .action(async (opts: { from?: string; json?: boolean; quiet?: boolean }) => {
      const json = Boolean(opts.json);
      const progress = importProgressReporter(!opts.quiet);
      try {
        const config = loadConfig();
        const from = opts.from ?? config.codesetsDir;
        if (!from) throw new AppError('IMPORT_SOURCE_MISSING', { dir: 'CODESETS_DIR (not set) or ../shared/data' });
        // loaded on demand: the parsers are heavy and only this command needs them
        const { importCatalog } = await import('../../catalog/import/index.js');
        const { SearchIndex } = await import('../../search/index.js');
        const { manifest } = await importCatalog({
          from,
          dataDir: config.dataDir,
          onProgress: progress.update,
          // the search index is written with the build, so that search starts without rebuilding it
          derive: (staged) => {
            SearchIndex.writePrebuilt(staged);
          },
        });
        progress.stop();
        if (json) {
          printJson({
            buildId: manifest.buildId,
            releases: manifest.releases.map(releaseSummary),
            guidance: manifest.guidance,
            report: manifest.report,
          });
          return;
        }
        const r = manifest.report;
        const lines = [
          `Catalog ${manifest.buildId} built in ${(r.durationMs / 1000).toFixed(1)} s from ${r.sourceDir} (${r.filesRead} files read, ${r.skipped.length} skipped)`,
          ...manifest.releases.map(
            (rel) =>
              `  ${rel.title.padEnd(42)} ${rel.effectiveFrom} → ${rel.effectiveTo}  ${Object.entries(rel.counts)
                .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
                .join(', ')}`,
          ),
          ...guidanceLines(manifest.guidance),
          ...r.verifications.map((v) => `  ${v.ok ? 'verified' : 'MISMATCH'}: ${v.release} ${v.check}: ${v.detail}`),
          `  index/table references to codes absent from the code list in force: ${r.flaggedReferences.count} (kept and flagged)`,
          ...r.issues.map(
            (i) => `  ${i.count} issue(s) in ${i.file}, first: line ${i.samples[0]?.line}: ${i.samples[0]?.message}`,
          ),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (e) {
        progress.stop();
        fail(e, json);
      }
    });

  operationCommand(program, releasesCommand).action(defaultAction(releasesCommand));

  program
    .command('verify')
    .description('check every file of the catalog in force against the checksums recorded at import')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const report = verifyCatalog(Catalog.open(loadConfig().dataDir));
        if (json) printJson(report);
        else printVerifyReport(report);
        // a damaged catalog is a failure of the installation, not bad input: exit 1, as when it is read
        if (!report.ok) process.exitCode = 1;
      } catch (e) {
        fail(e, json);
      }
    });

  operationCommand(program, lookupCommand).action(defaultAction(lookupCommand));
  operationCommand(program, browseCommand).action(defaultAction(browseCommand));
  operationCommand(program, rbcsCommand).action(defaultAction(rbcsCommand));
}

/** A chapter or section: its range and title, where it sits, its notes, and what is under it. */
function formatBlock(r: BlockLookup): string {
  const head = r.kind === 'chapter' ? `Chapter ${r.chapter}: ${r.title}` : r.title;
  const out = [`${r.code}  ${head}`, `  ICD-10-CM ${r.kind} · ${r.notesRelease.title}`];
  for (const w of r.warnings) out.push(`  ! ${w.message}`);
  if (r.parent) out.push(`  in: ${r.parent.code} Chapter ${r.parent.chapter}: ${r.parent.title}`);
  for (const [kind, notes] of Object.entries(r.notes)) for (const n of notes) out.push(`  ${kind}: ${n}`);
  for (const c of r.children) out.push(`  ${c.code.padEnd(8)} ${c.title ?? ''}`);
  return `${out.join('\n')}\n`;
}

/** The guidance documents read, and plainly those of which no edition was found. */
function guidanceLines(guidance: CatalogManifest['guidance']): string[] {
  if (!guidance) return [];
  return [
    ...guidance.documents.map(
      (d) =>
        `  ${`${d.title}, ${d.edition}`.padEnd(66)} ${d.coverage === 'excerpt' ? `excerpt: ${d.scope}` : 'complete'}, ${d.passages} passages${d.passages === 0 ? ' (NO SECTIONS READ)' : ''}`,
    ),
    ...guidance.missing.map((m) => `  MISSING: ${m.title} (no edition in the code-set folder)`),
  ];
}

function printVerifyReport(r: IntegrityReport): void {
  for (const w of r.warnings) process.stderr.write(`codedesk: warning: ${w}\n`);
  const lines = [
    `Catalog ${r.buildId} (${r.buildDir}): ${r.checked} files checked; ${!r.ok ? `${r.problems.length} problem(s)` : r.warnings.length > 0 ? 'every one reads' : 'every one matches'}`,
  ];
  for (const p of r.problems) lines.push(`  ${p.file}: ${p.code}: ${p.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function formatLookup(answer: CodeLookup | BlockLookup): string {
  if (isBlockLookup(answer)) return formatBlock(answer);
  const r = answer;
  const out = [
    `${r.code}  ${r.title ?? '(CPT descriptor not licensed)'}`,
    `  ${r.billable ? 'billable' : r.kind === 'modifier' ? 'modifier' : 'not billable: choose a more specific code'} · ${r.release.title}`,
  ];
  for (const w of r.warnings) out.push(`  ! ${w.message}`);
  if (r.hierarchy.length > 0) out.push(`  in: ${r.hierarchy.map((h) => `${h.code} ${h.title}`).join(' › ')}`);
  for (const [kind, notes] of Object.entries(r.notes)) for (const n of notes) out.push(`  ${kind}: ${n}`);
  for (const inh of r.inheritedNotes)
    for (const [kind, notes] of Object.entries(inh.notes))
      for (const n of notes) out.push(`  ${kind} (from ${inh.from}): ${n}`);
  if (r.sevenChrDef.length > 0)
    out.push(`  7th character: ${r.sevenChrDef.map((v) => `${v.char} ${v.meaning}`).join('; ')}`);
  if (r.children.length > 0) out.push(`  children: ${r.children.map((c) => c.code).join(', ')}`);
  for (const t of r.indexTerms.slice(0, 10))
    out.push(`  index: ${t.path.join(' › ')}${t.column ? ` [${t.column}]` : ''} → ${t.code}`);
  if (r.rbcs) {
    const path = [r.rbcs.category, r.rbcs.subcategory, r.rbcs.family ?? '(no RBCS family)'].join(' › ');
    out.push(`  CMS RBCS category: ${path}${r.rbcs.major ? ' · major procedure' : ''} (${r.rbcs.release.title})`);
  }
  if (r.cpt?.note) out.push(`  ${r.cpt.note}`);
  // HCPCS: the official record, one field a line, each value with its meaning from the record layout
  for (const f of r.hcpcsRecord?.fields ?? [])
    out.push(`  ${f.label}: ${f.values.map((v) => (v.meaning ? `${v.value} ${v.meaning}` : v.value)).join('; ')}`);
  for (const m of r.hcpcsRecord?.missing ?? []) out.push(`  ! ${m}`);
  return `${out.join('\n')}\n`;
}
