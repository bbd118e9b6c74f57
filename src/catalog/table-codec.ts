// Large arrays of records are stored column-wise ({columns, rows: [[…], …]}) instead of as JSON objects:
// repeating every key on every record made the fee schedule, GEM and NCD layers three times larger and their
// parse the slowest part of start-up. Encoding happens when a layer is written, decoding when it is read, so
// the rest of the code sees plain records.

const MIN_ROWS = 500;
const TABLE = '__table';

interface EncodedTable {
  [TABLE]: 1;
  columns: string[];
  /** columns whose null values are real nulls; elsewhere null means "absent" */
  nullable: string[];
  rows: unknown[][];
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function encodeArray(list: unknown[]): unknown {
  if (list.length < MIN_ROWS || !list.every(isPlainRecord)) return list;
  const columns: string[] = [];
  const seen = new Set<string>();
  const nullable = new Set<string>();
  for (const r of list as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
      if (v === null) nullable.add(k);
    }
  }
  const rows = (list as Record<string, unknown>[]).map((r) =>
    columns.map((c) => (c in r && r[c] !== undefined ? r[c] : null)),
  );
  const table: EncodedTable = { [TABLE]: 1, columns, nullable: [...nullable], rows };
  return table;
}

function decodeTable(t: EncodedTable): Record<string, unknown>[] {
  const { columns, rows } = t;
  const nullable = new Set(t.nullable);
  const out = new Array<Record<string, unknown>>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as unknown[];
    const rec: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const v = row[c];
      if (v !== null || nullable.has(columns[c] as string)) rec[columns[c] as string] = v;
    }
    out[i] = rec;
  }
  return out;
}

/** Top-level arrays of records become tables. */
export function encodeLayer(payload: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(payload)) out[k] = Array.isArray(v) ? encodeArray(v) : v;
  return out;
}

export function decodeLayer<T>(payload: Record<string, unknown>): T {
  for (const [k, v] of Object.entries(payload)) {
    if (isPlainRecord(v) && v[TABLE] === 1) payload[k] = decodeTable(v as unknown as EncodedTable);
  }
  return payload as T;
}
