// Guideline and policy search over a corpus read from the tiny PDFs (no official files needed): ranking, coder
// shorthand and typos, section look-ups written as users write them, editions, and the plain "not covered".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildGuidanceCorpus, readGuidancePdf } from '../codesets/guidance/index.js';
import { tinyGuidelinesPdf, tinyManualExcerptPdf } from '../codesets/guidance/test-support/guidance-fixtures.js';
import { isAppError } from '../shared/index.js';
import { GuidanceCorpus, parseSectionRef, passageBySection, passagesUnder, searchGuidance } from './index.js';

async function fixtureCorpus(): Promise<GuidanceCorpus> {
  const parsed = [];
  for (const [bytes, path] of [
    [tinyGuidelinesPdf(2031), 'guidance/icd10cm-guidelines-fy2031/g.pdf'],
    [tinyManualExcerptPdf(2030), 'ncci/policy-manual-2030-excerpt/m.pdf'],
    [tinyManualExcerptPdf(2029), 'ncci/policy-manual-2029-excerpt/m.pdf'],
  ] as const) {
    const r = await readGuidancePdf(bytes, path);
    if ('read' in r) parsed.push(r.read);
  }
  return new GuidanceCorpus(buildGuidanceCorpus(parsed));
}

describe('searchGuidance', async () => {
  const corpus = await fixtureCorpus();

  test('ranks the passage that answers first, with its citation and the sentence that matches', () => {
    const r = searchGuidance(corpus, 'what do i code for urosepsis');
    assert.equal(r.notCovered, false);
    assert.equal(r.hits[0]?.passage.section, 'I.A.2.a.1.a.ii');
    assert.equal(
      r.hits[0]?.citation,
      'ICD-10-CM Official Guidelines for Coding and Reporting, FY 2031, Section I.A.2.a.1.a.ii (Urosepsis), p. 3',
    );
    assert.match(r.hits[0]?.excerpt ?? '', /urosepsis is a nonspecific term/);
    assert.ok((r.hits[0]?.coverage ?? 0) >= 0.5);
  });

  test('coder shorthand and typos reach the same passage', () => {
    assert.equal(searchGuidance(corpus, 'outpatient uncertain dx').hits[0]?.passage.section, 'IV.B');
    assert.equal(searchGuidance(corpus, 'uncertian diagnosis outpatinet').hits[0]?.passage.section, 'IV.B');
    assert.equal(searchGuidance(corpus, 'mod 59').hits[0]?.passage.section, 'Chapter I, Section E.b');
  });

  test('a question the corpus does not cover says so plainly', () => {
    const r = searchGuidance(corpus, 'dental implant crown billing for veterinarians');
    assert.equal(r.notCovered, true);
    assert.ok(r.notes.some((n) => /No passage of the corpus answers this question/.test(n)));
    assert.ok(r.notes.some((n) => /Not found in any passage/.test(n)));
  });

  test('the newest edition answers; an older edition is searched when asked for', () => {
    const current = searchGuidance(corpus, 'modifier 59 distinct procedural service');
    assert.equal(current.hits[0]?.passage.edition, '2030');
    const older = searchGuidance(corpus, 'modifier 59 distinct procedural service', { edition: '2029' });
    assert.equal(older.hits[0]?.passage.edition, '2029');
    assert.ok(older.hits.every((h) => h.passage.edition === '2029'));
    const onlyGuidelines = searchGuidance(corpus, 'modifier', { document: 'icd10cm-guidelines' });
    assert.ok(onlyGuidelines.hits.every((h) => h.passage.document === 'icd10cm-guidelines'));
  });

  test('a question naming a section gets that section first', () => {
    const r = searchGuidance(corpus, 'what does section IV.B say?');
    assert.equal(r.section, 'IV.B');
    assert.equal(r.hits[0]?.passage.section, 'IV.B');
    assert.equal(searchGuidance(corpus, 'ncci ch 1 sec e').hits[0]?.passage.section, 'Chapter I, Section E');
  });

  test('limit is checked', () => {
    assert.equal(searchGuidance(corpus, 'sepsis', { limit: 1 }).hits.length, 1);
    assert.throws(
      () => searchGuidance(corpus, 'sepsis', { limit: 0 }),
      (e: unknown) => isAppError(e) && e.code === 'BAD_INPUT',
    );
  });
});

describe('section look-ups', async () => {
  const corpus = await fixtureCorpus();

  test('a section written as users write it', () => {
    assert.equal(parseSectionRef('Section I.C.9.a.3.'), 'I.C.9.a.3');
    assert.equal(parseSectionRef('i.c.1.d.1.(a)'), 'I.C.1.d.1.a');
    assert.equal(parseSectionRef('what does section iv.h say'), 'IV.H');
    assert.equal(parseSectionRef('Chapter I, Section E'), 'Chapter I, Section E');
    assert.equal(parseSectionRef('ch. 1 sec. e.d'), 'Chapter I, Section E.d');
    assert.equal(parseSectionRef('chapter XI section B'), 'Chapter XI, Section B');
    assert.equal(parseSectionRef('appendix i'), 'Appendix I');
    assert.equal(parseSectionRef('sepsis with pneumonia'), undefined);
  });

  test('passageBySection finds the newest edition of a section; passagesUnder adds its subsections', () => {
    assert.equal(passageBySection(corpus, 'section I.A.2.a.1.(a)')?.heading, 'Sepsis');
    assert.equal(passageBySection(corpus, 'chapter 1 section E.b')?.edition, '2030');
    assert.equal(passageBySection(corpus, 'Chapter I, Section E.b', { edition: '2029' })?.edition, '2029');
    assert.equal(passageBySection(corpus, 'I.C.99'), undefined);
    assert.deepEqual(
      passagesUnder(corpus, 'I.A.2.a.1').map((p) => p.section),
      ['I.A.2.a.1', 'I.A.2.a.1.a', 'I.A.2.a.1.a.i', 'I.A.2.a.1.a.ii'],
    );
  });
});
