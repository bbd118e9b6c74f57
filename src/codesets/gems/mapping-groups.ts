// Collating the rows of one source code into the entry types of the 2018 GEM guide ("Diagnosis Code Set General
// Equivalence Mappings", section 1 and "Step 2 Analyze"): single-type rows (combination flag 0), each target
// alone one complete translation; combination rows grouped by scenario, each scenario into choice lists, one
// target from every choice list of a scenario together making one translation (a "cluster"); and no-map rows.
import type { GemChoiceList, GemEntry, GemMappingGroup, GemScenario } from './types.js';

/** Rows by source code, in file order (the GEM files keep a source's rows together, but this does not rely on it). */
export function groupBySource(entries: readonly GemEntry[]): Map<string, GemEntry[]> {
  const bySource = new Map<string, GemEntry[]>();
  for (const entry of entries) {
    const rows = bySource.get(entry.source);
    if (rows) rows.push(entry);
    else bySource.set(entry.source, [entry]);
  }
  return bySource;
}

/**
 * Sort the rows of ONE source code into plain alternatives, combination scenarios (ascending) with their choice
 * lists (ascending), and the no-map case. Throws RangeError when given no rows or rows of several sources.
 */
export function groupMappings(entries: readonly GemEntry[]): GemMappingGroup {
  const first = entries[0];
  if (!first) throw new RangeError('groupMappings needs the rows of one source code, and got none');
  const plain: GemEntry[] = [];
  const scenarios = new Map<number, Map<number, GemEntry[]>>();
  let noMap = false;
  for (const entry of entries) {
    if (entry.source !== first.source) {
      throw new RangeError(`groupMappings got rows of ${first.source} and ${entry.source}; group by source first`);
    }
    if (entry.target === null || entry.flags.noMap) {
      noMap = true;
    } else if (entry.flags.combination) {
      let lists = scenarios.get(entry.flags.scenario);
      if (!lists) {
        lists = new Map();
        scenarios.set(entry.flags.scenario, lists);
      }
      const list = lists.get(entry.flags.choiceList);
      if (list) list.push(entry);
      else lists.set(entry.flags.choiceList, [entry]);
    } else {
      plain.push(entry);
    }
  }
  const byNumber = <T>(a: [number, T], b: [number, T]) => a[0] - b[0];
  const grouped: GemScenario[] = [...scenarios].sort(byNumber).map(([scenario, lists]) => ({
    scenario,
    choiceLists: [...lists].sort(byNumber).map(([choiceList, rows]): GemChoiceList => ({ choiceList, entries: rows })),
  }));
  return { source: first.source, noMap, plain, scenarios: grouped };
}

/**
 * Every cluster a scenario allows: one row from each choice list, in choice-list order (the cartesian product).
 * The guide's 896.2 example (two choice lists of two codes) gives four clusters.
 */
export function combinationClusters(scenario: GemScenario): GemEntry[][] {
  let clusters: GemEntry[][] = [[]];
  for (const list of scenario.choiceLists) {
    clusters = clusters.flatMap((cluster) => list.entries.map((entry) => [...cluster, entry]));
  }
  return scenario.choiceLists.length === 0 ? [] : clusters;
}
