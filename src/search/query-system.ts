// A code system named in the query itself ("hcpcs flu vaccine"). Pure.
import type { SearchSystem } from './search-data.js';

// A code system named by the query's first or last word ("hcpcs flu vaccine", "copd icd10"): "ICD-10" alone is
// the diagnosis classification, as coders use the name.
const SYSTEM_WORDS: readonly [RegExp, SearchSystem][] = [
  [/^hcpcs$/i, 'hcpcs'],
  [/^cpt$/i, 'cpt'],
  [/^(?:icd-?10-?pcs|pcs)$/i, 'icd10pcs'],
  [/^(?:icd-?10-?cm|icd-?10|icd)$/i, 'icd10cm'],
];

/** The system a query names by its first or last word, and the rest of the query; undefined when it names none. */
export function systemNamed(q: string): { system: SearchSystem; rest: string } | undefined {
  const parts = q.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  for (const at of [0, parts.length - 1]) {
    const word = parts[at] as string;
    const hit = SYSTEM_WORDS.find(([re]) => re.test(word));
    if (hit) return { system: hit[1], rest: parts.filter((_, i) => i !== at).join(' ') };
  }
  return undefined;
}
