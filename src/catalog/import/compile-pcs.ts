// Compiles one ICD-10-PCS release: the code list expanded from the tables (each table's three-character
// header, then its codes, as the order file lists them), checked against the order file when present;
// the tables themselves (axis labels), the definitions and the index.
import { expandPcsTables } from '../../codesets/icd10pcs/index.js';
import type { CodesLayer } from '../model.js';
import { flattenPcsTerms } from './flatten-index.js';
import type { CompiledRelease, ReleaseBag } from './release-bag.js';

export function compilePcs(bag: ReleaseBag): CompiledRelease {
  const out: CompiledRelease = { layers: {}, counts: {}, verifications: [] };
  const shortTitles = new Map((bag.pcsOrder?.data ?? []).map((r) => [r.code, r.shortTitle]));
  const orderLines = new Map((bag.pcsOrder?.data ?? []).map((r) => [r.code, r.line]));
  if (bag.pcsTables) {
    const { version, tables } = bag.pcsTables.data;
    const layer: CodesLayer = {
      codes: [],
      titles: [],
      shortTitles: [],
      billable: '',
      lines: [],
      sourceFile: bag.pcsTables.file,
    };
    const flags: string[] = [];
    for (const t of tables) {
      const prefix = t.section.code + t.bodySystem.code + t.operation.code;
      layer.codes.push(prefix);
      layer.titles.push(`${t.bodySystem.label}, ${t.operation.label}`);
      layer.shortTitles.push(shortTitles.get(prefix) ?? '');
      layer.lines.push(t.line);
      flags.push('0');
      for (const c of expandPcsTables({ version, tables: [t] })) {
        layer.codes.push(c.code);
        layer.titles.push(c.title);
        layer.shortTitles.push(shortTitles.get(c.code) ?? '');
        layer.lines.push(orderLines.get(c.code) ?? t.line);
        flags.push('1');
      }
    }
    layer.billable = flags.join('');
    out.layers.codes = layer;
    out.layers['pcs-tables'] = { version, sourceFile: bag.pcsTables.file, tables };
    out.counts.tables = tables.length;
    out.counts.rows = tables.reduce((n, t) => n + t.rows.length, 0);
    out.counts.codes = flags.filter((f) => f === '1').length;
    if (bag.pcsOrder) {
      const valid = bag.pcsOrder.data.filter((r) => r.valid);
      const expanded = new Map<string, string>();
      layer.codes.forEach((c, i) => {
        if (flags[i] === '1') expanded.set(c, layer.titles[i] as string);
      });
      let missing = 0;
      let titleMismatches = 0;
      for (const r of valid) {
        const title = expanded.get(r.code);
        if (title === undefined) missing++;
        else if (title !== r.longTitle) titleMismatches++;
      }
      const extra = expanded.size - (valid.length - missing);
      const ok = missing === 0 && extra === 0 && titleMismatches === 0;
      out.verifications.push({
        check: 'tables expanded = order file (valid codes and long titles)',
        ok,
        detail: ok
          ? `${valid.length} valid codes match`
          : `${missing} missing from tables, ${extra} extra, ${titleMismatches} title mismatches`,
      });
    }
  } else if (bag.pcsOrder) {
    const rows = bag.pcsOrder.data;
    out.layers.codes = {
      codes: rows.map((r) => r.code),
      titles: rows.map((r) => r.longTitle),
      shortTitles: rows.map((r) => r.shortTitle),
      billable: rows.map((r) => (r.valid ? '1' : '0')).join(''),
      lines: rows.map((r) => r.line),
      sourceFile: bag.pcsOrder.file,
    };
    out.counts.codes = rows.filter((r) => r.valid).length;
  }
  if (bag.pcsDefinitions) {
    out.layers['pcs-definitions'] = {
      version: bag.pcsDefinitions.data.version,
      sourceFile: bag.pcsDefinitions.file,
      terms: bag.pcsDefinitions.data.terms,
    };
    out.counts.definitionTerms = bag.pcsDefinitions.data.terms.length;
  }
  if (bag.pcsIndex) {
    const terms = flattenPcsTerms(bag.pcsIndex.data.mainTerms);
    out.layers['pcs-index'] = {
      kind: 'pcs-index',
      version: bag.pcsIndex.data.version,
      title: 'ICD-10-PCS Index',
      sourceFile: bag.pcsIndex.file,
      terms,
    };
    out.counts.indexMainTerms = bag.pcsIndex.data.mainTerms.length;
    out.counts.indexTerms = terms.length;
  }
  return out;
}
