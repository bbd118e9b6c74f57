// Type-ahead over the real official indexes (skipped without them): spot checks written for this test, and every
// code offered for a spread of typed prefixes checked against the code list in force. The catalog is the shared
// real build.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from '../catalog/catalog.js';
import { type CodeSystem, findCode } from '../catalog/index.js';
import { realCatalogDir } from '../catalog/test-support/real-catalog.js';
import { skipUnlessCodesets } from '../shared/test-support/codesets.js';
import { type TermSuggestion, TermSuggestions } from './index.js';

describe('type-ahead over the real catalog', { skip: skipUnlessCodesets() }, () => {
  let catalog: Catalog;
  let index: TermSuggestions;

  before(async () => {
    catalog = Catalog.open(await realCatalogDir());
    index = TermSuggestions.open(catalog);
  });

  const offered = (q: string, limit = 8): TermSuggestion[] => index.suggest(q, { limit }).suggestions;
  const find = (q: string, text: string, limit = 8): TermSuggestion => {
    const found = offered(q, limit).find((s) => s.text === text);
    assert.ok(
      found,
      `"${q}" offers "${text}": ${offered(q, limit)
        .map((s) => s.text)
        .join(' | ')}`,
    );
    return found;
  };

  test('"heart a" offers heart attack with I21.9; "pneum" offers Pneumonia (J18.9) first', () => {
    const attack = find('heart a', 'heart attack');
    assert.equal(attack.code, 'I21.9');
    assert.equal(attack.system, 'icd10cm');
    assert.equal(attack.billable, true);
    const pneum = offered('pneum');
    assert.equal(pneum[0]?.text, 'Pneumonia');
    assert.equal(pneum[0]?.code, 'J18.9');
    assert.equal(find('pneum', 'Pneumothorax').code, 'J93.9');
  });

  test('index terms read as people say them', () => {
    assert.equal(find('heart d', 'heart disease').code, 'I51.9');
    assert.equal(find('femur fr', 'femur fracture').code, 'S72.9');
    assert.equal(find('panic', 'panic attack').code, 'F41.0');
    assert.match(find("barrett's e", "Barrett's esophagus").code ?? '', /^K22\.7/);
    assert.equal(find('alzh', "Alzheimer's disease").code, 'G30.9');
  });

  test('ICD-10-PCS: "knee rep" offers knee replacement first, then the joint; Cholecystectomy names its table row', () => {
    const knee = offered('knee rep');
    assert.equal(knee[0]?.text, 'knee replacement');
    assert.equal(find('knee rep', 'knee joint replacement').prefix, '0SR');
    const chole = find('cholecystec', 'Cholecystectomy');
    assert.equal(chole.system, 'icd10pcs');
    assert.match(chole.prefix ?? '', /^0F[BT]4$/);
    assert.deepEqual(
      [
        ...new Set(
          offered('knee', 20)
            .filter((s) => s.source === 'pcs-index')
            .map((s) => s.system),
        ),
      ],
      ['icd10pcs'],
    );
    assert.ok(offered('knee rep', 20).every((s) => s.system === 'icd10pcs' || s.source !== 'pcs-index'));
  });

  test('every code offered is in the code list in force, with its title and billable flag', () => {
    let checked = 0;
    for (const q of [
      'a',
      'b',
      'ca',
      'di',
      'fr',
      'heart',
      'inf',
      'mel',
      'os',
      'pn',
      'ret',
      'sep',
      'ul',
      'v',
      'with h',
    ]) {
      for (const s of offered(q, 20)) {
        if (!s.code) continue;
        const found = findCode(catalog, { system: s.system as CodeSystem, code: s.code });
        assert.equal(found.status, 'found', `${q}: ${s.text} ${s.code}`);
        if (found.status !== 'found') continue;
        assert.equal(found.entry.title, s.title, s.code);
        assert.equal(found.entry.billable, s.billable, s.code);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} codes checked`);
  });

  test('the indexes make tens of thousands of phrases, each offered once', () => {
    assert.ok(index.size > 30_000, String(index.size));
    const texts = offered('dis', 20).map((s) => s.text.toLowerCase());
    assert.equal(new Set(texts).size, texts.length);
  });
});
