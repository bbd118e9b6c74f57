// The order of a word search's results beyond their scores: a rewritten query's reading merged with its words as
// typed, and results over several systems grouped by system. Pure.
/** what ordering needs of a result */
interface Ranked {
  system: string;
  code: string;
}

/** results kept first from a rewritten query before its words as typed have a say */
const REWRITTEN_FIRST = 4;
const LITERAL_SHARE = 2;

/** The rewritten query's first results, then the literal reading's best, then the rest; no code twice. */
export function withLiteral<T extends Ranked>(rewritten: T[], literal: T[], limit: number): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const add = (r: T): void => {
    const k = `${r.system}:${r.code}`;
    if (seen.has(k) || out.length >= limit) return;
    seen.add(k);
    out.push(r);
  };
  rewritten.slice(0, REWRITTEN_FIRST).forEach(add);
  literal.slice(0, LITERAL_SHARE).forEach(add);
  rewritten.slice(REWRITTEN_FIRST).forEach(add);
  literal.slice(LITERAL_SHARE).forEach(add);
  return out;
}

/**
 * Results of a word search over every system, in groups: the system of the best match first (what the words mean:
 * a procedure leads with ICD-10-PCS, a supply with HCPCS, a condition with ICD-10-CM), then each other system's
 * matches together, the groups in the order of their best match; within a group, score order. The same results
 * as by score alone, without one system's near-misses interleaved with another's.
 */
export function groupBySystem<T extends Ranked>(results: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const r of results) {
    const g = groups.get(r.system);
    if (g) g.push(r);
    else groups.set(r.system, [r]);
  }
  return [...groups.values()].flat();
}
