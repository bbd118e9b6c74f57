// Whether a diagnosis supports coverage under the Medicare clinical laboratory NCDs, asked directly rather than as
// a claim: for a CPT/HCPCS code (every NCD list governing it) or for an NCD number. The same resolution the Claim
// Check coverage rule applies (lab-ncd-index.ts), returned as data for the assistant and other callers.
import type { Catalog } from '../../catalog/index.js';
import { labNcdIndex, type NcdList, ncdsForProcedure, nearestCovered, resolveDx } from './lab-ncd-index.js';

export interface LabNcdCoverageQuery {
  diagnosis: string;
  /** a CPT/HCPCS code the NCDs list; or */
  procedure?: string;
  /** an NCD number as the sheet writes it ("190.31"; "190.20" matches 190.20A and 190.20B) */
  ncd?: string;
  date: string;
}

export interface LabNcdCoverageResult {
  ncd: string;
  title: string;
  /** the sheet row of the NCD */
  ncdLine: number;
  /** the procedure's own row in the NCD's code list, when asked by procedure */
  procedureLine?: number;
  /** 1 covered, 2 denied, 3 does not support medical necessity */
  resolution: number;
  /** the sheet's legend for the resolution */
  meaning: string;
  /** the diagnosis is printed in the list (false: it takes the list's "all other codes" resolution) */
  printed: boolean;
  /** the sheet row printing the diagnosis */
  dxLine?: number;
  /** covered codes of the list in the diagnosis's category, when it is not covered */
  nearestCovered: string[];
}

export interface LabNcdCoverage {
  release: string;
  file: string;
  results: LabNcdCoverageResult[];
}

function listsOfNcd(lists: Iterable<NcdList>, ncd: string): NcdList[] {
  const want = ncd.toUpperCase();
  const out = new Map<string, NcdList>();
  for (const l of lists)
    if (l.ncd.toUpperCase() === want || l.ncd.toUpperCase().replace(/[AB]$/, '') === want) out.set(l.ncd, l);
  return [...out.values()];
}

/** undefined when no lab NCD spreadsheet is loaded. */
export function labNcdCoverage(catalog: Catalog, q: LabNcdCoverageQuery): LabNcdCoverage | undefined {
  const idx = labNcdIndex(catalog, q.date);
  if (!idx) return undefined;
  const meaning = (r: number) => idx.layer.resolutions[String(r)]?.meaning ?? `resolution ${r}`;
  const governing: { list: NcdList; line?: number }[] = q.procedure
    ? ncdsForProcedure(idx, q.procedure, q.date).map((g) => ({ list: g.list, line: g.line }))
    : listsOfNcd(
        [...idx.byHcpcs.values()].flatMap((v) => v.map((g) => g.list)),
        q.ncd ?? '',
      ).map((list) => ({ list }));
  const results = governing.map(({ list, line }) => {
    const r = resolveDx(list, q.diagnosis, q.date);
    const out: LabNcdCoverageResult = {
      ncd: list.ncd,
      title: list.title,
      ncdLine: list.line,
      resolution: r.resolution,
      meaning: meaning(r.resolution),
      printed: r.entry !== undefined,
      nearestCovered: r.resolution === 1 ? [] : nearestCovered(list, q.diagnosis, q.date, 5),
    };
    if (line !== undefined) out.procedureLine = line;
    if (r.entry) out.dxLine = r.entry.line;
    return out;
  });
  return { release: idx.release.id, file: idx.layer.sourceFile, results };
}
