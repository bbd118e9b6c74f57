// The Medicare operations on the command line: fee, localities and crosswalk (their readable output here; their
// options from the operations' schemas).
import type { Command } from 'commander';
import { crosswalkOperation, feeOperation, localitiesOperation } from '../../operations/index.js';
import { commandSpec, defaultAction, operationCommand } from '../operation-command.js';

const money = (n: number | null): string => (n === null ? '—' : `$${n.toFixed(2)}`);

export const feeCommand = commandSpec({
  operation: feeOperation,
  command: 'fee',
  args: ['code'],
  text: (r) =>
    `${[
      `${r.code}${r.modifier ? `-${r.modifier}` : ''} in ${r.locality.id} ${r.locality.name} (${r.locality.state})`,
      `  non-facility ${money(r.payment.nonFacility)}   facility ${money(r.payment.facility)}`,
      `  RVUs work ${r.rvus.work}, PE ${r.rvus.peNonFacility} / ${r.rvus.peFacility}, MP ${r.rvus.mp}; GPCI ${r.gpci.work} / ${r.gpci.pe} / ${r.gpci.mp}; CF ${r.conversionFactor}`,
      `  status ${r.indicators.status}: ${r.indicatorMeanings.status.meaning}`,
      `  global ${r.indicators.globalDays}: ${r.indicatorMeanings.globalDays.meaning}`,
      ...r.payment.reasons.map((x) => `  note: ${x}`),
      ...r.warnings.map((w) => `  ! ${w}`),
      ...r.citation.map((c) => `  source: ${c.figure} — ${c.file} line ${c.line} (${c.release})`),
    ].join('\n')}\n`,
});

export const localitiesCommand = commandSpec({
  operation: localitiesOperation,
  command: 'localities',
  text: (list) =>
    [
      ...list.warnings.map((w) => `! ${w}\n`),
      ...list.localities.map(
        (l) => `${l.id.padEnd(10)} ${l.state}  ${l.name.padEnd(40)} ${l.gpci.work}/${l.gpci.pe}/${l.gpci.mp}\n`,
      ),
    ].join(''),
});

export const crosswalkCommand = commandSpec({
  operation: crosswalkOperation,
  command: 'crosswalk',
  args: ['code'],
  text(r) {
    const out = [`${r.code} (${r.from} → ${r.to}, ${r.kind}, ${r.release})${r.noMap ? ' — no map' : ''}`];
    for (const m of r.mappings) {
      const f = m.flags;
      const tags = [f.approximate && 'approximate', f.combination && `scenario ${f.scenario} list ${f.choiceList}`];
      const shown = tags.filter(Boolean);
      out.push(`  ${m.code ?? 'no map'}  ${m.title ?? ''}${shown.length ? `  [${shown.join(', ')}]` : ''}`);
    }
    for (const n of r.notes) out.push(`  note: ${n}`);
    return `${out.join('\n')}\n`;
  },
});

export function registerMedicareCommands(program: Command): void {
  operationCommand(program, feeCommand).action(defaultAction(feeCommand));
  operationCommand(program, localitiesCommand).action(defaultAction(localitiesCommand));
  operationCommand(program, crosswalkCommand).action(defaultAction(crosswalkCommand));
}
