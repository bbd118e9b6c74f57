// Type-ahead's word completions on hand-made indexes (src/search/fixtures/suggest: an Alphabetic Index, an External
// Cause Index and an ICD-10-PCS Index with their code lists, imported as the importer reads the official files) and
// on the mini catalog the other search tests use: which phrases are made and how they read, the code each leads
// to, matching (any order, the last word a prefix, case and accents ignored), ranking, limits, the system filter,
// extra phrases, and odd input.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Catalog } from '../catalog/catalog.js';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { type ExtraPhrase, SearchIndex, type SuggestOptions, searchCodes, TermSuggestions } from './index.js';

const FIXTURE = resolve(projectRoot, 'src/search/fixtures/suggest');

describe('type-ahead on hand-made indexes', () => {
  const dir = tempDir();
  let catalog: Catalog;
  let index: TermSuggestions;

  before(async () => {
    await importCatalog({ from: FIXTURE, dataDir: dir.path });
    catalog = Catalog.open(dir.path);
    index = TermSuggestions.build(catalog);
  });
  after(() => dir.remove());

  const texts = (q: string, o: SuggestOptions = {}, on = index): string[] =>
    on.suggest(q, o).suggestions.map((s) => s.text);
  const one = (q: string, text: string, on = index) => {
    const found = on.suggest(q, { limit: 20 }).suggestions.find((s) => s.text === text);
    assert.ok(found, `"${q}" offers "${text}": ${texts(q, { limit: 20 }, on).join(' | ')}`);
    return found;
  };

  test('a subterm reads as people say it, with the code its "see" reference leads to', () => {
    const attack = one('heart a', 'heart attack');
    assert.deepEqual(attack, {
      text: 'heart attack',
      system: 'icd10cm',
      code: 'I21.9',
      title: 'Acute myocardial infarction, unspecified',
      billable: true,
      source: 'index',
    });
    // "Disease, diseased > heart": the main term's first form, after the subterm
    assert.equal(one('heart d', 'heart disease').code, 'I51.9');
    // "Abnormal, abnormality > heart": the noun form heads the phrase; its see reference names Disease > heart
    assert.equal(one('heart ab', 'heart abnormality').code, 'I51.9');
    // a modifier or a name goes first
    assert.equal(one('barr', "Barrett's esophagus").code, 'K22.70');
    assert.equal(one('accessory h', 'Accessory heart').code, 'Q24.8');
    // a subterm that starts with a connective follows its main term
    assert.equal(one('pneumonia due', 'pneumonia due to chemicals').code, 'J68.0');
    // "Fracture, traumatic > femur, femoral": the subterm's first form, the qualifier dropped; S72.9- is the header S72.9
    const femur = one('femur fr', 'femur fracture');
    assert.equal(femur.code, 'S72.9');
    assert.equal(femur.billable, false);
    // "see Fracture, traumatic, by site": as far as the reference names a term
    assert.equal(one('burst', 'burst fracture').code, 'T14.8');
    // "cyanotic, newborn": the first form
    assert.equal(one('cyan', 'cyanotic attack').code, 'P28.2');
  });

  test('the code titles decide when a noun main term goes first; references that leave out "with"', () => {
    // "Pressure > ulcer": the titles say "Pressure ulcer of …", so not "ulcer pressure"
    assert.equal(one('ulcer', 'pressure ulcer').code, 'L89.9');
    assert.ok(!texts('ulcer pressure', { limit: 20 }).includes('ulcer pressure'));
    // "see Diabetes, neuropathy" is Diabetes > with > neuropathy
    assert.equal(one('diabetic poly', 'diabetic polyneuropathy').code, 'E11.40');
    // "see E08-E13 with .40": the type 2 code, the default when the type is not documented
    assert.equal(one('diabetic neuro', 'diabetic neuropathy').code, 'E11.40');
  });

  test('main terms in their own words; subterms that say nothing alone and dead references are not offered', () => {
    assert.equal(one('pneum', 'Pneumonia').code, 'J18.9');
    // NOS and NEC are index shorthand, not words anyone types
    assert.equal(one('pneumoth', 'Pneumothorax').code, 'J93.9');
    assert.equal(one('infarct', 'Infarct, infarction').code, null);
    const all = texts('pneumonia', { limit: 20 });
    assert.ok(!all.some((t) => /^pneumonia in\b/i.test(t)), all.join(' | '));
    // "Pneumonic — see condition" leads nowhere; "Disease > with" alone says nothing
    assert.deepEqual(texts('pneumonic'), []);
    assert.deepEqual(texts('disease with'), []);
    // a code the index names that the newest code list no longer has: the term, without a code
    const lobar = one('lobar', 'lobar pneumonia');
    assert.equal(lobar.code, null);
    assert.equal(lobar.system, 'icd10cm');
  });

  test('ICD-10-PCS: main terms, body parts with their operation, the table a term names', () => {
    // "Cholecystectomy — see Excision, Gallbladder": the table row that reference names
    const chole = one('chole', 'Cholecystectomy');
    assert.equal(chole.system, 'icd10pcs');
    assert.equal(chole.code, null);
    assert.equal(chole.prefix, '0FB4');
    assert.equal(chole.source, 'pcs-index');
    assert.equal(one('colpo', 'Colposcopy').code, '0UJH8ZZ');
    // "Replacement, knee" reads "knee replacement"; "Replacement > Joint > Knee": the table of both sides
    assert.deepEqual(texts('knee rep').slice(0, 2), ['knee replacement', 'knee joint replacement']);
    assert.equal(one('knee rep', 'knee joint replacement').prefix, '0SR');
    assert.equal(one('gallb', 'gallbladder resection').prefix, '0FT4');
    // a main term ending in a preposition goes first; a side alone ("Left") is not a phrase
    assert.equal(one('knee cont', 'control bleeding in knee region').prefix, '0Y3');
    assert.deepEqual(
      texts('left').filter((t) => /^left/.test(t)),
      [],
    );
    // a body-part key entry ("Abductor hallucis muscle — use Foot Muscle") names no procedure
    assert.deepEqual(texts('abductor'), []);
  });

  test('the External Cause Index comes after the others', () => {
    // its "Fracture" (X58, the circumstance) after the Alphabetic Index's phrases that start the same way
    const r = texts('fract');
    assert.deepEqual(r.slice(0, 3), ['Fracture, traumatic', 'Fracture, pathological', 'Fracture']);
    const external = index.suggest('fract').suggestions.find((s) => s.text === 'Fracture');
    assert.equal(external?.code, 'X58');
    assert.equal(external?.source, 'index');
    assert.equal(one('transp', 'transport accident').code, 'V99');
  });

  test('matching: any order, the last word a prefix unless a space follows, case and accents ignored', () => {
    assert.ok(texts('attack he').includes('heart attack'));
    assert.ok(texts('HEART A').includes('heart attack'));
    assert.ok(texts('héart àtt').includes('heart attack'));
    assert.ok(texts('barretts').includes("Barrett's esophagus"));
    // a finished word must be a whole word
    assert.deepEqual(texts('hea '), []);
    assert.ok(texts('heart ').includes('heart attack'));
    // every typed word needs its own word of the phrase
    assert.deepEqual(texts('heart heart'), []);
    assert.ok(!texts('attack att').includes('heart attack'));
    // a word no phrase has
    assert.deepEqual(texts('heart zzz'), []);
  });

  test('ranking: the first word first, then fewer words, main terms, popularity', () => {
    const r = texts('heart', { limit: 20 });
    // every phrase starting with "heart" before "Accessory heart"
    const firstOther = r.findIndex((t) => !t.toLowerCase().startsWith('heart'));
    assert.ok(firstOther > 0 && r.slice(firstOther).every((t) => !t.toLowerCase().startsWith('heart')), r.join(' | '));
    assert.ok(r.includes('Accessory heart'));
    // one word before two
    assert.deepEqual(texts('pneum').slice(0, 2), ['Pneumonia', 'Pneumothorax']);
    // the same two words: a popular alias (its see names a larger term) first
    const a = texts('heart a');
    assert.ok(a.indexOf('heart attack') < a.indexOf('heart abnormality'), a.join(' | '));
  });

  test('limit and system', () => {
    assert.equal(index.suggest('a', { limit: 1 }).suggestions.length, 1);
    assert.ok(index.suggest('a', { limit: 500 }).suggestions.length <= 20);
    assert.equal(index.suggest('a').suggestions.length, 8);
    assert.deepEqual(
      index.suggest('c', { system: 'icd10pcs', limit: 20 }).suggestions.map((s) => s.system),
      ['icd10pcs', 'icd10pcs', 'icd10pcs', 'icd10pcs'],
    );
    assert.deepEqual(texts('heart', { system: 'hcpcs' }), []);
  });

  test('extra phrases (the lay-term dictionary): a code, or an expansion naming a term or a phrase', () => {
    const extras: ExtraPhrase[] = [
      { phrase: 'broken hip', expansion: 'Fracture, traumatic, femur, neck' },
      { phrase: 'sore heart', system: 'icd10cm', code: 'I51.9' },
      { phrase: 'heart attack', expansion: 'myocardial infarction' },
      { phrase: 'chest gallbladder thing', expansion: 'gallbladder excision' },
      { phrase: 'old word', code: 'Z99.99' },
      { phrase: '   ' },
    ];
    const withExtras = TermSuggestions.build(catalog, { extraPhrases: extras });
    const hip = one('broken', 'broken hip', withExtras);
    assert.deepEqual(hip, {
      text: 'broken hip',
      system: 'icd10cm',
      code: 'S72.00',
      title: 'Fracture of unspecified part of neck of femur',
      billable: false,
      source: 'lay',
    });
    assert.equal(one('sore', 'sore heart', withExtras).code, 'I51.9');
    // the same words as an index phrase: one phrase, the lay one (a whole phrase ranks as a main term), with the code
    const attacks = withExtras.suggest('heart att', { limit: 20 }).suggestions.filter((s) => s.text === 'heart attack');
    assert.equal(attacks.length, 1);
    assert.equal(attacks[0]?.code, 'I21.9');
    assert.equal(attacks[0]?.source, 'lay');
    assert.equal(one('chest', 'chest gallbladder thing', withExtras).prefix, '0FB4');
    // a code no list has: the phrase without a code
    const old = one('old w', 'old word', withExtras);
    assert.equal(old.code, null);
    assert.equal(old.system, null);
    assert.equal(withExtras.size, index.size + 4);
  });

  test('odd input: empty, punctuation, over-long (cut like search, with its warning), many words', () => {
    assert.deepEqual(index.suggest('').suggestions, []);
    assert.deepEqual(index.suggest('  ,;- ').suggestions, []);
    assert.deepEqual(index.suggest(undefined as unknown as string).suggestions, []);
    const long = index.suggest(`heart ${'a'.repeat(2000)}`);
    assert.equal(long.query.length, 1000);
    const search = searchCodes(SearchIndex.build(catalog), `heart ${'a'.repeat(2000)}`);
    assert.deepEqual(long.warnings, search.warnings);
    assert.deepEqual(index.suggest('heart '.repeat(200)).suggestions, []);
    assert.deepEqual(index.suggest('x'.repeat(10000)).suggestions, []);
  });
});

describe('type-ahead on the mini catalog', () => {
  const dir = tempDir();
  let index: TermSuggestions;

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    index = TermSuggestions.open(Catalog.open(dir.path));
  });
  after(() => dir.remove());

  test('the index terms it has, with their codes', () => {
    const r = index.suggest('diab').suggestions;
    // the main term names no code of its own
    assert.equal(r[0]?.text, 'Diabetes, diabetic');
    assert.equal(r[0]?.code, null);
    assert.ok(r.some((s) => s.text === 'type 2 diabetes' && s.code === 'E11.9'));
    assert.deepEqual(
      index.suggest('type 2 d').suggestions.map((s) => s.text),
      ['type 2 diabetes'],
    );
    // "Fracture, traumatic > femur, femoral" has no code of its own: offered for the terms under it
    const femur = index.suggest('femur').suggestions.find((s) => s.text === 'femur fracture');
    assert.equal(femur?.code, null);
  });
});
