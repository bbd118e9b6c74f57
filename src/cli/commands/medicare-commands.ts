// fee, localities and crosswalk: thin adapters over src/catalog/medicare.
import type { Command } from 'commander';
import { Catalog, computeFee, crosswalk, listLocalities } from '../../catalog/index.js';
import { loadConfig } from '../../config.js';
import { fail, printJson } from '../output.js';

function openCatalog(): Catalog {
  return Catalog.open(loadConfig().dataDir);
}

const money = (n: number | null): string => (n === null ? '—' : `$${n.toFixed(2)}`);

export function registerMedicareCommands(program: Command): void {
  program
    .command('fee')
    .description('Medicare physician fee schedule amount for a code, modifier and locality')
    .argument('<code>', 'CPT or HCPCS code')
    .requiredOption(
      '--locality <locality>',
      'MAC-locality id from the GPCI file (e.g. 13202-01) or part of a name ("manhattan")',
    )
    .option('--modifier <modifier>', 'the row to price: 26, TC or 53 (global service when absent)')
    .option('--date <date>', 'date of service YYYY-MM-DD (newest releases when absent)')
    .option('--json', 'JSON output')
    .action((code: string, opts: { locality: string; modifier?: string; date?: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const r = computeFee(openCatalog(), {
          code,
          locality: opts.locality,
          modifier: opts.modifier,
          date: opts.date,
        });
        if (json) return printJson(r);
        const lines = [
          `${r.code}${r.modifier ? `-${r.modifier}` : ''} in ${r.locality.id} ${r.locality.name} (${r.locality.state})`,
          `  non-facility ${money(r.payment.nonFacility)}   facility ${money(r.payment.facility)}`,
          `  RVUs work ${r.rvus.work}, PE ${r.rvus.peNonFacility} / ${r.rvus.peFacility}, MP ${r.rvus.mp}; GPCI ${r.gpci.work} / ${r.gpci.pe} / ${r.gpci.mp}; CF ${r.conversionFactor}`,
          `  status ${r.indicators.status}: ${r.indicatorMeanings.status.meaning}`,
          `  global ${r.indicators.globalDays}: ${r.indicatorMeanings.globalDays.meaning}`,
          ...r.payment.reasons.map((x) => `  note: ${x}`),
          ...r.warnings.map((w) => `  ! ${w}`),
          ...r.citation.map((c) => `  source: ${c.figure} — ${c.file} line ${c.line} (${c.release})`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (e) {
        fail(e, json);
      }
    });

  program
    .command('localities')
    .description('Medicare payment localities with GPCIs, counties and anesthesia conversion factors')
    .option('--state <state>', 'two-letter state, e.g. NY')
    .option('--county <county>', 'part of a county name')
    .option('--date <date>', 'date of service YYYY-MM-DD')
    .option('--json', 'JSON output')
    .action((opts: { state?: string; county?: string; date?: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const list = listLocalities(openCatalog(), opts.date);
        const state = opts.state?.toUpperCase();
        const county = opts.county?.toLowerCase();
        const localities = list.localities.filter(
          (l) =>
            (!state || l.state === state) && (!county || (l.counties?.counties ?? '').toLowerCase().includes(county)),
        );
        if (json) return printJson({ release: list.release.id, warnings: list.warnings, localities });
        for (const w of list.warnings) process.stdout.write(`! ${w}\n`);
        for (const l of localities) {
          process.stdout.write(
            `${l.id.padEnd(10)} ${l.state}  ${l.name.padEnd(40)} ${l.gpci.work}/${l.gpci.pe}/${l.gpci.mp}\n`,
          );
        }
      } catch (e) {
        fail(e, json);
      }
    });

  program
    .command('crosswalk')
    .description('ICD-9 ↔ ICD-10 through the General Equivalence Mappings')
    .argument('<code>', 'the code to map')
    .requiredOption('--from <system>', 'icd9 or icd10')
    .requiredOption('--to <system>', 'icd10 or icd9')
    .option('--kind <kind>', 'dx or pcs (inferred from the code when absent)')
    .option('--json', 'JSON output')
    .action((code: string, opts: { from: string; to: string; kind?: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const r = crosswalk(openCatalog(), { code, from: opts.from, to: opts.to, kind: opts.kind });
        if (json) return printJson(r);
        process.stdout.write(`${r.code} (${r.from} → ${r.to}, ${r.kind}, ${r.release})${r.noMap ? ' — no map' : ''}\n`);
        for (const m of r.mappings) {
          const f = m.flags;
          const tags = [
            f.approximate && 'approximate',
            f.combination && `scenario ${f.scenario} list ${f.choiceList}`,
          ].filter(Boolean);
          process.stdout.write(
            `  ${m.code ?? 'no map'}  ${m.title ?? ''}${tags.length ? `  [${tags.join(', ')}]` : ''}\n`,
          );
        }
        for (const n of r.notes) process.stdout.write(`  note: ${n}\n`);
      } catch (e) {
        fail(e, json);
      }
    });
}
