// ICD-10-PCS details for a lookup: the meaning of each of the seven characters (axis title and label) from
// the tables in force, the official definitions of those values, and the index entries leading to the code.
import type { PcsAxisValue, PcsTable } from '../codesets/icd10pcs/index.js';
import type { Catalog } from './catalog.js';
import { indexTermsFor } from './index-terms.js';
import type { CodeLookup, PcsAxisDetail, PcsDetails } from './lookup-types.js';
import type { PcsDefinitionsLayer, PcsTablesLayer } from './model.js';

const tableMaps = new WeakMap<PcsTablesLayer, Map<string, PcsTable>>();
function tablesByPrefix(layer: PcsTablesLayer): Map<string, PcsTable> {
  let m = tableMaps.get(layer);
  if (!m) {
    m = new Map(layer.tables.map((t) => [t.section.code + t.bodySystem.code + t.operation.code, t]));
    tableMaps.set(layer, m);
  }
  return m;
}

const defMaps = new WeakMap<PcsDefinitionsLayer, Map<string, PcsDefinitionsLayer['terms'][number]>>();
function definitionOf(layer: PcsDefinitionsLayer, section: string, pos: number, label: string) {
  let m = defMaps.get(layer);
  if (!m) {
    m = new Map(layer.terms.map((t) => [`${t.section}|${t.axisPos}|${t.title.toLowerCase()}`, t]));
    defMaps.set(layer, m);
  }
  return m.get(`${section}|${pos}|${label.toLowerCase()}`);
}

function axis(pos: number, title: string, v: PcsAxisValue): PcsAxisDetail {
  return { pos, title, code: v.code, label: v.label };
}

export function pcsDetails(catalog: Catalog, result: CodeLookup, date: string | undefined): PcsDetails {
  const details: PcsDetails = { axes: [] };
  const code = result.code;
  const tablesPick = catalog.pick('icd10pcs', 'pcs-tables', date);
  if (tablesPick) {
    details.tablesRelease = tablesPick.release.id;
    const table = tablesByPrefix(catalog.layer(tablesPick.release, 'pcs-tables')).get(code.slice(0, 3));
    if (table) {
      details.axes.push(axis(1, 'Section', table.section), axis(2, 'Body System', table.bodySystem));
      if (code.length >= 3) details.axes.push(axis(3, 'Operation', table.operation));
      if (code.length === 7) {
        const row = table.rows.find((r) =>
          r.axes.every((a) => a.values.some((v) => v.code === code.charAt(a.pos - 1))),
        );
        for (const a of row?.axes ?? []) {
          const v = a.values.find((x) => x.code === code.charAt(a.pos - 1));
          if (v) details.axes.push(axis(a.pos, a.title, v));
        }
      }
    }
  }
  const defsPick = catalog.pick('icd10pcs', 'pcs-definitions', date);
  if (defsPick && details.axes.length > 0) {
    details.definitionsRelease = defsPick.release.id;
    const defs = catalog.layer(defsPick.release, 'pcs-definitions');
    const section = code.charAt(0);
    for (const a of details.axes) {
      if (a.pos < 3) continue;
      const d = definitionOf(defs, section, a.pos, a.label);
      if (d?.definition) a.definition = d.definition;
      if (d?.explanation) a.explanation = d.explanation;
      if (d && d.includes.length > 0) a.includes = d.includes;
    }
  }
  const indexPick = catalog.pick('icd10pcs', 'pcs-index', date);
  if (indexPick) {
    const layer = catalog.layer(indexPick.release, 'pcs-index');
    for (const hit of indexTermsFor(layer, code))
      result.indexTerms.push({ ...hit, source: 'pcs-index', release: indexPick.release.id });
  }
  return details;
}
