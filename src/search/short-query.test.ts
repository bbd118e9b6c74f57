// The pieces of short-query search that need no catalog: the phrase reader, a system named in the query, the
// grouping of results by system.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { referencedCodes } from './index-references.js';
import { systemNamed } from './query-system.js';
import { groupBySystem, withLiteral } from './result-order.js';
import type { SearchResult } from './search-index.js';
import { phraseMap, tokenizeQuery } from './text.js';

describe('phrases read as other words', () => {
  const phrases = phraseMap([
    { phrase: 'flu shot', expansion: 'influenza vaccination' },
    { phrase: 'flu', expansion: 'influenza' },
    { phrase: 'n/v', expansion: 'nausea with vomiting' },
  ]);
  const tokens = (q: string): string[] => tokenizeQuery(q, new Map([['w', 'with']]), undefined, phrases).tokens;

  test('the longest phrase wins, whole words only', () => {
    assert.deepEqual(tokens('flu shot given'), ['influenza', 'vaccinat', 'given']);
    assert.deepEqual(tokens('flu'), ['influenza']);
    assert.deepEqual(tokens('flushot'), ['flushot']);
  });

  test('a phrase written with a slash is read as its words', () => {
    assert.deepEqual(tokens('N/V w dehydration'), ['nausea', 'with', 'vomit', 'with', 'dehydrat']);
  });

  test('the phrases used are reported as expanded, and their words are not typo-corrected', () => {
    const r = tokenizeQuery('flu shot', new Map(), undefined, phrases);
    assert.deepEqual(r.expanded, ['flu shot']);
    assert.ok(r.terms.every((t) => t.expanded));
  });
});

describe('index references that name codes', () => {
  test("a category range with a suffix names each category's code", () => {
    assert.deepEqual(referencedCodes('E08-E13 with .40'), ['E08.40', 'E09.40', 'E10.40', 'E11.40', 'E12.40', 'E13.40']);
    assert.deepEqual(referencedCodes('N00-N07 with fourth character .0'), [
      'N00.0',
      'N01.0',
      'N02.0',
      'N03.0',
      'N04.0',
      'N05.0',
      'N06.0',
      'N07.0',
    ]);
  });

  test('a category, a subcategory, an entry ending with its code', () => {
    assert.deepEqual(referencedCodes('category M01'), ['M01']);
    assert.deepEqual(referencedCodes('subcategory M14.8-'), ['M14.8']);
    assert.deepEqual(referencedCodes('Examination, medical Z00.00'), ['Z00.00']);
  });

  test('a reference to an entry, a table or a pattern not followed names no code', () => {
    assert.deepEqual(referencedCodes('Infarct, myocardium'), []);
    assert.deepEqual(referencedCodes('Table of Drugs and Chemicals, categories T36-T50, with final character 6'), []);
    assert.deepEqual(referencedCodes('F11-F19 with .x59'), []);
    assert.deepEqual(referencedCodes('E08-F13 with .40'), []);
  });
});

describe('a code system named in the query', () => {
  test('first or last word, any case', () => {
    assert.deepEqual(systemNamed('hcpcs flu vaccine'), { system: 'hcpcs', rest: 'flu vaccine' });
    assert.deepEqual(systemNamed('COPD ICD-10'), { system: 'icd10cm', rest: 'COPD' });
    assert.deepEqual(systemNamed('pcs appendectomy'), { system: 'icd10pcs', rest: 'appendectomy' });
    assert.deepEqual(systemNamed('icd10pcs knee replacement'), { system: 'icd10pcs', rest: 'knee replacement' });
  });

  test('not a word in the middle, and not the whole query', () => {
    assert.equal(systemNamed('flu hcpcs vaccine'), undefined);
    assert.equal(systemNamed('hcpcs'), undefined);
    assert.equal(systemNamed('pcsk9 deficiency'), undefined);
  });
});

describe('results grouped by system', () => {
  const r = (system: string, code: string, score: number): SearchResult => ({
    system,
    code,
    title: null,
    billable: true,
    score,
    matched: { kind: 'title', text: '' },
  });

  test('the best match system first, each system together, score order within', () => {
    const grouped = groupBySystem([
      r('icd10pcs', 'A', 9),
      r('icd10cm', 'B', 8),
      r('icd10pcs', 'C', 7),
      r('hcpcs', 'D', 6),
      r('icd10cm', 'E', 5),
    ]);
    assert.deepEqual(
      grouped.map((x) => x.code),
      ['A', 'C', 'B', 'E', 'D'],
    );
  });
});

describe('a rewritten query keeps what its words find as typed', () => {
  const r = (code: string): SearchResult => ({
    system: 'icd10cm',
    code,
    title: null,
    billable: true,
    score: 1,
    matched: { kind: 'title', text: '' },
  });
  test('the reading first, then the literal best two, then the rest, no code twice, cut to the limit', () => {
    const merged = withLiteral([r('A'), r('B'), r('C'), r('D'), r('E'), r('F')], [r('X'), r('B'), r('Y'), r('Z')], 8);
    assert.deepEqual(
      merged.map((x) => x.code),
      ['A', 'B', 'C', 'D', 'X', 'E', 'F', 'Y'],
    );
  });
});
