// Valid ICD-10-PCS codes from the parsed Code Tables (any release; checked on FY2025 and FY2026): every
// row of a table allows each combination of its axis 4-7 values, so the valid codes are the union of the
// rows' cartesian products. Two ways in: expandPcsTables materialises all ~79,000 codes with titles (for an
// import), buildPcsTitleIndex answers one code at a time without materialising any (for lookups).

import { pcsLongTitle } from './code-title.js';
import type { PcsAxisValue, PcsCode, PcsRow, PcsTables } from './types.js';

/** Every valid code with its long title, in table order, then row order, then axis value order. */
export function expandPcsTables(tables: PcsTables): PcsCode[] {
  const out: PcsCode[] = [];
  // Rows of one table may overlap in a malformed release; a code is emitted once, from its first row.
  const seen = new Set<string>();
  // One labels array reused for every code: pcsLongTitle reads it and keeps nothing.
  const labels: string[] = ['', '', '', '', '', '', ''];
  for (const table of tables.tables) {
    const prefix = table.section.code + table.bodySystem.code + table.operation.code;
    labels[0] = table.section.label;
    labels[1] = table.bodySystem.label;
    labels[2] = table.operation.label;
    for (const row of table.rows) {
      const [a4, a5, a6, a7] = row.axes.map((a) => a.values);
      if (!a4 || !a5 || !a6 || !a7) continue;
      for (const v4 of a4) {
        labels[3] = v4.label;
        for (const v5 of a5) {
          labels[4] = v5.label;
          for (const v6 of a6) {
            labels[5] = v6.label;
            const head = prefix + v4.code + v5.code + v6.code;
            for (const v7 of a7) {
              const code = head + v7.code;
              if (seen.has(code)) continue;
              seen.add(code);
              labels[6] = v7.label;
              out.push({ code, title: pcsLongTitle(code, labels) });
            }
          }
        }
      }
    }
  }
  return out;
}

export interface PcsTitleIndex {
  /** The long title of a valid 7-character code, undefined for any other string. */
  title(code: string): string | undefined;
  isValid(code: string): boolean;
}

interface IndexedRow {
  /** axes 4-7: character -> value */
  axes: ReadonlyMap<string, PcsAxisValue>[];
}

interface IndexedTable {
  head: PcsAxisValue[];
  rows: IndexedRow[];
}

/**
 * An index from the 3-character table prefix to its rows, each row's axes keyed by character, so a
 * code is checked and titled in a few map lookups. Building it costs a pass over the ~30,000 labels.
 */
export function buildPcsTitleIndex(tables: PcsTables): PcsTitleIndex {
  const byPrefix = new Map<string, IndexedTable[]>();
  for (const table of tables.tables) {
    const prefix = table.section.code + table.bodySystem.code + table.operation.code;
    const indexed: IndexedTable = {
      head: [table.section, table.bodySystem, table.operation],
      rows: table.rows.map(indexRow),
    };
    const list = byPrefix.get(prefix);
    if (list) list.push(indexed);
    else byPrefix.set(prefix, [indexed]);
  }

  function values(code: string): PcsAxisValue[] | undefined {
    if (code.length !== 7) return undefined;
    for (const table of byPrefix.get(code.slice(0, 3)) ?? []) {
      for (const row of table.rows) {
        const tail: PcsAxisValue[] = [];
        for (let i = 0; i < 4; i++) {
          const v = row.axes[i]?.get(code[i + 3] ?? '');
          if (!v) break;
          tail.push(v);
        }
        if (tail.length === 4) return [...table.head, ...tail];
      }
    }
    return undefined;
  }

  return {
    title(code) {
      const c = code.trim().toUpperCase();
      const v = values(c);
      return v
        ? pcsLongTitle(
            c,
            v.map((x) => x.label),
          )
        : undefined;
    },
    isValid(code) {
      return values(code.trim().toUpperCase()) !== undefined;
    },
  };
}

function indexRow(row: PcsRow): IndexedRow {
  return { axes: row.axes.map((a) => new Map(a.values.map((v) => [v.code, v]))) };
}
