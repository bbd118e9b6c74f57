// The generated plain-words descriptions on the excerpts of the official files: a sentence or two made of the code
// sets' own phrases — the PCS root operation's definition with the body part put in (never the operation's
// "includes" examples, which are other procedures), the CM title with its inclusion terms and telling index
// entries, the HCPCS descriptor, and for CPT only public CMS data (RBCS classification, add-on role, fee schedule).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from './catalog.js';
import { describeCode } from './describe.js';
import type { CodeClassification } from './describe-billing.js';
import { indexPhrase } from './describe-cm.js';
import { approachPhrase } from './describe-pcs.js';
import { compactModifiers, plainLabel } from './describe-words.js';
import { lookupCode } from './lookup.js';
import { excerptCatalogDir } from './test-support/excerpt-codesets.js';

describe('plain-words descriptions (the excerpts of the official files)', () => {
  let catalog: Catalog;
  /** the description given a classification, or none at all (as in a catalog without an RBCS file) */
  const describeOf = (system: string, code: string, classification?: CodeClassification) => {
    const { classification: _own, rbcs: _same, ...unclassified } = lookupCode(catalog, { system, code });
    return describeCode(unclassified, classification ? { classification } : {}) ?? '';
  };

  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('ICD-10-PCS: the root operation defined on the body part, then the approach, without "includes" lists', () => {
    const lookup = lookupCode(catalog, { system: 'icd10pcs', code: '0DTJ4ZZ' });
    const operation = lookup.pcs?.axes.find((a) => a.pos === 3);
    // the definition and the examples this description must use and must leave out, as the definitions file has them
    assert.equal(operation?.definition, 'Cutting out or off, without replacement, all of a body part');
    assert.ok((operation?.includes ?? []).some((i) => /nephrectomy/.test(i)));
    const text = describeCode(lookup) ?? '';
    assert.equal(
      text,
      'Cutting out or off, without replacement, all of the appendix (resection), by puncture or minor incision ' +
        'through the skin or mucous membrane to reach and visualize the site of the procedure ' +
        '(percutaneous endoscopic approach).',
    );
    assert.doesNotMatch(text, /nephrectomy|includes|Operation:|Body Part:/i);
    const open = describeOf('icd10pcs', '0DTJ0ZZ');
    assert.match(open, /all of the appendix \(resection\), by cutting through the skin or mucous membrane to expose/);
    // a device and a qualifier are named after the approach
    assert.match(
      describeOf('icd10pcs', '0016070'),
      /^Altering the route of passage of the contents of the cerebral ventricle \(bypass\), by cutting .*\(open approach\)\. Device: autologous tissue substitute\. Qualifier: nasopharynx\.$/,
    );
  });

  test('ICD-10-CM: title in its section and chapter, inclusion terms, the index entries that add to the title', () => {
    assert.equal(
      describeOf('icd10cm', 'I10'),
      'Essential (primary) hypertension: a diagnosis classified in the section “Hypertensive diseases” of ' +
        'chapter 9, “Diseases of the circulatory system”. It also covers high blood pressure and hypertension ' +
        '(arterial, benign, essential, malignant, primary or systemic).',
    );
    const sepsis = describeOf('icd10cm', 'A41.9');
    assert.match(
      sepsis,
      /^Sepsis, unspecified organism: a diagnosis classified in the section “Other bacterial diseases”/,
    );
    assert.match(sepsis, /It also covers Septicemia NOS\./);
    assert.match(sepsis, /In the Alphabetic Index it is found under “sepsis, cryptogenic”/);
    // index entries that only repeat the title's words are left out rather than pasted
    assert.doesNotMatch(describeOf('icd10cm', 'J45.41'), /Alphabetic Index/);
    assert.match(describeOf('icd10cm', 'E11.6'), /Not billable: a more specific code below it must be reported\.$/);
  });

  test('HCPCS: the descriptor, and the RBCS classification when given', () => {
    assert.equal(describeOf('hcpcs', 'J1100'), 'Injection, dexamethasone sodium phosphate, 1 mg.');
    const classified = describeOf('hcpcs', 'J1100', {
      source: 'RBCS',
      release: '2025',
      category: 'Treatment',
      subcategory: 'Injections and Infusions (nononcologic)',
      family: 'No RBCS Family',
      major: false,
    });
    assert.equal(
      classified,
      'Injection, dexamethasone sodium phosphate, 1 mg. CMS classifies it (RBCS 2025) as Treatment › ' +
        'Injections and Infusions (nononcologic).',
    );
  });

  test("a CPT or HCPCS lookup's own RBCS classification is used when the caller gives none", () => {
    const lookup = lookupCode(catalog, { system: 'cpt', code: '27447' });
    assert.ok(lookup.classification, 'the excerpts carry RBCS');
    assert.match(
      describeCode(lookup) ?? '',
      /^CMS classifies it \(RBCS 2025\) as Procedure › Musculoskeletal › Arthroplasty - Knee, a major procedure\. /,
    );
  });

  test('CPT without a licensed descriptor: public CMS data only, the classification first when given', () => {
    const { classification: _own, rbcs: _same, ...lookup } = lookupCode(catalog, { system: 'cpt', code: '27447' });
    assert.equal(lookup.title, null);
    const known = describeCode(lookup) ?? '';
    assert.match(known, /^Under the Medicare physician fee schedule it has status A \(active code: paid separately/);
    assert.match(known, /global period 090 \(major surgery: a 1-day preoperative period and a 90-day postoperative/);
    const classified = describeOf('cpt', '27447', {
      source: 'RBCS',
      release: '2025',
      category: 'Procedure',
      subcategory: 'Musculoskeletal',
      family: 'Arthroplasty - Knee',
      major: true,
    });
    assert.ok(
      classified.startsWith(
        'CMS classifies it (RBCS 2025) as Procedure › Musculoskeletal › Arthroplasty - Knee, a major procedure. Under',
      ),
      classified,
    );
    assert.match(
      describeOf('cpt', '99292'),
      /^An add-on code \(NCCI type 1: only the listed primary codes are acceptable\), reported with a primary code such as 99291\./,
    );
  });

  test('the wording helpers change case, order and punctuation only', () => {
    assert.equal(plainLabel('Kidney, Right'), 'right kidney');
    assert.equal(plainLabel('Coronary Artery, One Artery'), 'coronary artery, one artery');
    assert.equal(plainLabel('Metatarsal-Phalangeal Joint, Right'), 'right metatarsal-phalangeal joint');
    assert.equal(plainLabel('Hyperpolarized Xenon 129 (Xe-129)'), 'hyperpolarized xenon 129 (Xe-129)');
    assert.equal(compactModifiers('hypertension (arterial) (benign)'), 'hypertension (arterial or benign)');
    assert.equal(compactModifiers('Acute appendicitis NOS'), 'Acute appendicitis NOS');
    assert.equal(
      indexPhrase(['Asthma, asthmatic (bronchial)', 'moderate persistent', 'with', 'exacerbation (acute)']),
      'asthma, moderate persistent, with exacerbation',
    );
    assert.equal(
      approachPhrase(
        'Entry of instrumentation through a natural or artificial external opening to reach the site of the procedure',
      ),
      'through a natural or artificial external opening to reach the site of the procedure',
    );
  });
});
