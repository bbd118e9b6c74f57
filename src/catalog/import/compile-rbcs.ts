// The RBCS release's layer: each code's latest assignment sorted by code, each RBCS id's names stored once.
import { parseRbcsCsv } from '../../codesets/rbcs/index.js';
import type { ParseIssue } from '../../shared/index.js';
import type { RbcsGroup, RbcsLayer } from '../model.js';
import type { CompiledRelease, ReleaseBag } from './release-bag.js';

export function parseRbcsInto(bag: ReleaseBag, path: string, text: string): ParseIssue[] {
  const r = parseRbcsCsv(text, path);
  bag.rbcs = { file: path, data: { records: r.records, earlierAssignments: r.earlierAssignments } };
  return r.issues;
}

export function compileRbcs(bag: ReleaseBag): CompiledRelease {
  const out: CompiledRelease = { layers: {}, counts: {}, verifications: [] };
  if (!bag.rbcs) return out;
  const records = [...bag.rbcs.data.records].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const groups: RbcsGroup[] = [];
  const groupOf = new Map<string, number>();
  const layer: RbcsLayer = {
    sourceFile: bag.rbcs.file,
    groups,
    codes: [],
    group: [],
    codeAdded: [],
    codeEnded: [],
    assignedFrom: [],
    assignedTo: [],
    firstReleaseYear: [],
    alternative: '',
    reassigned: '',
    lines: [],
  };
  let alternative = '';
  let reassigned = '';
  for (const r of records) {
    // the names are keyed by the whole assignment, not the id alone: a file naming one id two ways keeps both
    const key = [r.rbcsId, r.categoryName, r.subcategoryName, r.familyName].join('\u0000');
    let g = groupOf.get(key);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(key, g);
      groups.push({
        rbcsId: r.rbcsId,
        category: r.category,
        categoryName: r.categoryName,
        subcategory: r.subcategory,
        subcategoryName: r.subcategoryName,
        familyNumber: r.familyNumber,
        familyName: r.familyName,
        major: r.major,
      });
    }
    layer.codes.push(r.code);
    layer.group.push(g);
    layer.codeAdded.push(r.codeAdded);
    layer.codeEnded.push(r.codeEnded);
    layer.assignedFrom.push(r.assignedFrom);
    layer.assignedTo.push(r.assignedTo);
    layer.firstReleaseYear.push(r.firstReleaseYear);
    alternative += r.alternativeAssignment ? '1' : '0';
    reassigned += r.everReassigned ? '1' : '0';
    layer.lines.push(r.line);
  }
  layer.alternative = alternative;
  layer.reassigned = reassigned;
  out.layers.rbcs = layer;
  out.counts.rbcsCodes = records.length;
  out.counts.rbcsEarlierAssignments = bag.rbcs.data.earlierAssignments;
  out.counts.rbcsFamilies = new Set(groups.map((g) => `${g.subcategory}${g.familyNumber}`)).size;
  return out;
}
