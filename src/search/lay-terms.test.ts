// The lay-term dictionary (lay-terms.ts): its shape everywhere, and on the real official files that every
// expansion leads to one of the code families it names (skipped without the files, as search-real.test.ts is).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from '../catalog/catalog.js';
import { realCatalogDir } from '../catalog/test-support/real-catalog.js';
import { skipUnlessCodesets } from '../shared/test-support/codesets.js';
import { ABBREVIATION_MAP } from './abbreviations.js';
import { SearchIndex, type SearchSystem, searchCodes } from './index.js';
import { LAY_TERMS, type LayTerm } from './lay-terms.js';
import { words } from './text.js';

/** the phrase as the engine matches it: words() of the text, joined */
const key = (phrase: string): string => words(phrase).join(' ');

/** a code or code prefix of its system, written as the official files write it (ICD-10-CM with its dot) */
const WELL_FORMED: Record<LayTerm['expect'][number]['system'], RegExp> = {
  icd10cm: /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/,
  icd10pcs: /^[0-9A-HJ-NP-Z]{3,7}$/,
  hcpcs: /^[A-V][0-9]{1,4}$/,
};

const SOURCES = new Set(['lay', 'clinical', 'coding', 'brand', 'index']);

describe('lay-term dictionary', () => {
  test('has the breadth asked for', () => {
    assert.ok(LAY_TERMS.length >= 250, `${LAY_TERMS.length} entries`);
    for (const s of SOURCES)
      assert.ok(
        LAY_TERMS.some((t) => t.source === s),
        `no entry from source ${s}`,
      );
  });

  test('phrases are lower case, trimmed and made of words', () => {
    const bad = LAY_TERMS.filter(
      (t) => t.phrase !== t.phrase.toLowerCase() || t.phrase !== t.phrase.trim() || /\s{2}/.test(t.phrase),
    ).map((t) => t.phrase);
    assert.deepEqual(bad, []);
    for (const t of LAY_TERMS) assert.ok(words(t.phrase).length > 0, `"${t.phrase}" has no words`);
  });

  test('phrases are unique as the engine reads them (words of the phrase)', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const t of LAY_TERMS) {
      const k = key(t.phrase);
      const first = seen.get(k);
      if (first !== undefined) dup.push(`"${t.phrase}" = "${first}"`);
      else seen.set(k, t.phrase);
    }
    assert.deepEqual(dup, []);
  });

  test('a one-word phrase is not also a single-word abbreviation (abbreviations.ts)', () => {
    const both = LAY_TERMS.filter((t) => {
      const w = words(t.phrase);
      return w.length === 1 && ABBREVIATION_MAP.has(w[0] as string);
    }).map((t) => t.phrase);
    assert.deepEqual(both, []);
  });

  test('every entry has an expansion in other words, a source and a reason', () => {
    for (const t of LAY_TERMS) {
      assert.ok(words(t.expansion).length > 0, `"${t.phrase}": empty expansion`);
      assert.notEqual(key(t.expansion), key(t.phrase), `"${t.phrase}": the expansion repeats the phrase`);
      assert.ok(SOURCES.has(t.source), `"${t.phrase}": source ${t.source}`);
      assert.ok(t.reason.trim().length >= 10, `"${t.phrase}": no reason`);
    }
  });

  test('every expected code is well formed for its system', () => {
    const bad: string[] = [];
    for (const t of LAY_TERMS) {
      if (t.expect.length === 0) bad.push(`"${t.phrase}": no expected code`);
      for (const e of t.expect) {
        const re = WELL_FORMED[e.system];
        if (!re?.test(e.code)) bad.push(`"${t.phrase}": ${e.system} ${e.code}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('lay-term dictionary over the real catalog', { skip: skipUnlessCodesets() }, () => {
  let index: SearchIndex;

  before(async () => {
    index = SearchIndex.build(Catalog.open(await realCatalogDir()));
  });

  test('every expansion leads to one of its expected code families in the first five results', () => {
    const failures: string[] = [];
    for (const t of LAY_TERMS) {
      const bySystem = new Map<SearchSystem, string[]>();
      for (const e of t.expect) {
        const system = e.system as SearchSystem;
        bySystem.set(system, [...(bySystem.get(system) ?? []), e.code.replace('.', '')]);
      }
      for (const [system, prefixes] of bySystem) {
        const results = searchCodes(index, t.expansion, { system, limit: 5 }).results;
        const hit = results.some((r) => prefixes.some((p) => r.code.replace('.', '').startsWith(p)));
        if (!hit) {
          const got = results.map((r) => r.code).join(' ') || 'nothing';
          failures.push(`"${t.phrase}" → "${t.expansion}" [${system}] expected ${prefixes.join('|')}, got ${got}`);
        }
      }
    }
    assert.equal(failures.length, 0, `${failures.length} of ${LAY_TERMS.length} entries miss:\n${failures.join('\n')}`);
  });
});
