// Parser for the CMS ICD-10-PCS Code Tables XML (icd10pcs_tables_YYYY.xml, root <ICD10PCS.tabular>), as
// published for FY2016 onwards (checked against FY2025 and FY2026). Supported: <version>, every <pcsTable>
// with its axes 1-3 (one <label> each, the operation's <definition> where given) and its <pcsRow>s with
// axes 4-7. The element <title> of the file and the axes' `values` / rows' `codes` counts are only checked.

import type { ParseIssue } from '../../shared/index.js';
import type { PcsAxis, PcsAxisValue, PcsRow, PcsTable, PcsTables } from './types.js';
import { readXml } from './xml-reader.js';

export const PCS_TABLES_ROOT = 'ICD10PCS.tabular';

/** PCS characters are digits and upper-case letters other than I and O (which would read as 1 and 0). */
const PCS_CHAR = /^[0-9A-HJ-NP-Z]$/;

interface AxisDraft {
  pos: number;
  title: string;
  values: PcsAxisValue[];
  definition?: string;
  line: number;
  declaredValues: number | undefined;
}

interface RowDraft {
  axes: AxisDraft[];
  line: number;
  declaredCodes: number | undefined;
}

interface TableDraft {
  axes: AxisDraft[];
  rows: PcsRow[];
  line: number;
}

export function parsePcsTables(text: string, file: string): { tables: PcsTables; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const tables: PcsTable[] = [];
  let version = '';
  let table: TableDraft | undefined;
  let row: RowDraft | undefined;
  let axis: AxisDraft | undefined;

  const issue = (line: number, message: string, field?: string): void => {
    issues.push(field ? { file, line, field, message } : { file, line, message });
  };

  readXml(text, file, PCS_TABLES_ROOT, {
    open(tag) {
      switch (tag.name) {
        case 'pcsTable':
          table = { axes: [], rows: [], line: tag.line };
          break;
        case 'pcsRow':
          row = { axes: [], line: tag.line, declaredCodes: optionalInt(tag.attributes.codes) };
          break;
        case 'axis':
          axis = {
            pos: Number(tag.attributes.pos),
            title: '',
            values: [],
            line: tag.line,
            declaredValues: optionalInt(tag.attributes.values),
          };
          break;
      }
    },
    close(tag) {
      switch (tag.name) {
        case 'version':
          if (tag.depth === 2) version = tag.text;
          break;
        case 'title':
          if (axis && tag.parent === 'axis') axis.title = tag.text;
          break;
        case 'definition':
          if (axis) axis.definition = tag.text;
          break;
        case 'label': {
          if (!axis) break;
          const code = tag.attributes.code ?? '';
          if (!PCS_CHAR.test(code)) {
            issue(tag.line, `label "${tag.text}" has code "${code}", not one PCS character; label skipped`, 'label');
          } else if (axis.values.some((v) => v.code === code)) {
            issue(tag.line, `axis ${axis.pos} repeats the value ${code}; the repeat is skipped`, 'label');
          } else {
            axis.values.push({ code, label: tag.text });
          }
          break;
        }
        case 'axis': {
          const done = axis;
          axis = undefined;
          if (done) closeAxis(done, tag.parent);
          break;
        }
        case 'pcsRow': {
          const done = row;
          row = undefined;
          if (done && table) closeRow(done, table);
          break;
        }
        case 'pcsTable': {
          const done = table;
          table = undefined;
          if (done) closeTable(done);
          break;
        }
      }
    },
  });

  function closeAxis(a: AxisDraft, parent: string | undefined): void {
    const inRow = parent === 'pcsRow';
    const [lo, hi] = inRow ? [4, 7] : [1, 3];
    if (!Number.isInteger(a.pos) || a.pos < lo || a.pos > hi) {
      issue(a.line, `axis pos "${a.pos}" is not ${lo}-${hi} inside <${parent}>; axis skipped`, 'pos');
      return;
    }
    if (a.values.length === 0) {
      issue(a.line, `axis ${a.pos} has no usable label; axis skipped`, 'label');
      return;
    }
    if (a.declaredValues !== undefined && a.declaredValues !== a.values.length) {
      issue(a.line, `axis ${a.pos} declares values="${a.declaredValues}" but lists ${a.values.length}`, 'values');
    }
    if (inRow) row?.axes.push(a);
    else table?.axes.push(a);
  }

  function closeRow(r: RowDraft, t: TableDraft): void {
    const axes = orderedAxes(r.axes, [4, 5, 6, 7]);
    if (typeof axes === 'string') {
      issue(r.line, `row ${axes}; row skipped`, 'axis');
      return;
    }
    const count = axes.reduce((n, a) => n * a.values.length, 1);
    if (r.declaredCodes !== undefined && r.declaredCodes !== count) {
      issue(r.line, `row declares codes="${r.declaredCodes}" but its axes give ${count}`, 'codes');
    }
    t.rows.push({ axes: axes.map(toAxis), line: r.line });
  }

  function closeTable(t: TableDraft): void {
    const axes = orderedAxes(t.axes, [1, 2, 3]);
    if (typeof axes === 'string') {
      issue(t.line, `table ${axes}; table skipped`, 'axis');
      return;
    }
    const [section, bodySystem, operation] = axes.map((a) => a.values[0] as PcsAxisValue);
    if (!section || !bodySystem || !operation) return;
    for (const a of axes) {
      if (a.values.length > 1)
        issue(a.line, `axis ${a.pos} of a table must have one label; the first is used`, 'label');
    }
    if (t.rows.length === 0) issue(t.line, `table ${section.code}${bodySystem.code}${operation.code} has no row`);
    const opDefinition = axes[2]?.definition;
    tables.push({
      section,
      bodySystem,
      operation,
      ...(opDefinition !== undefined ? { operationDefinition: opDefinition } : {}),
      rows: t.rows,
      line: t.line,
      headerAxes: axes.map((a) => ({ ...toAxis(a), values: a.values.slice(0, 1) })),
    });
  }

  if (!version) issue(1, 'no <version> element', 'version');
  return { tables: { version, tables }, issues };
}

/** The axes in position order, or a description of what is wrong (a position missing or repeated). */
function orderedAxes(axes: AxisDraft[], positions: number[]): AxisDraft[] | string {
  const out: AxisDraft[] = [];
  for (const pos of positions) {
    const found = axes.filter((a) => a.pos === pos);
    if (found.length === 0) return `has no usable axis ${pos}`;
    if (found.length > 1) return `has axis ${pos} ${found.length} times`;
    out.push(found[0] as AxisDraft);
  }
  return out;
}

function toAxis(a: AxisDraft): PcsAxis {
  return {
    pos: a.pos,
    title: a.title,
    values: a.values,
    ...(a.definition !== undefined ? { definition: a.definition } : {}),
  };
}

function optionalInt(v: string | undefined): number | undefined {
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}
