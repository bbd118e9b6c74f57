// The guidance corpus on the official PDFs (../shared/data or CODESETS_DIR): the guidelines' outline read whole
// (Sections I-IV, the chapter guidelines, Appendix I), the NCCI manual's chapters and sections, editions read from
// the documents, the 2026 modifier pages superseding the 2025 ones, no running header or footer in any passage, and
// the evaluation's recall held (npm run eval:guidance prints it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { skipUnlessCodesets } from '../shared/test-support/codesets.js';
import { evaluateGuidance } from './eval/evaluate.js';
import { GUIDANCE_QUESTIONS } from './eval/guidance-questions.js';
import { type GuidanceCorpus, passageBySection, passagesUnder, searchGuidance } from './index.js';
import { realGuidanceCorpus } from './test-support/real-corpus.js';

const GUIDELINES = 'guidance/icd10cm-guidelines-fy2026/ICD-10-CM-October-2025-Guidelines.pdf';
const MANUAL = 'ncci/policy-manual-2025/ncci_manual.pdf';
const EXCERPT = 'ncci/policy-manual-2026-excerpt/NCCI_-_Modifiers__NCCI_Coding_Policy_.pdf';

describe('guidance corpus on the official PDFs', { skip: skipUnlessCodesets(GUIDELINES, MANUAL, EXCERPT) }, () => {
  let corpus: GuidanceCorpus;
  const load = async () => {
    corpus ??= await realGuidanceCorpus();
    return corpus;
  };

  test('three documents, editions from their own text', async () => {
    const c = await load();
    assert.deepEqual(
      c.documents.map((d) => `${d.id} | ${d.edition} | ${d.editionDate} | ${d.coverage} | ${d.scope ?? ''}`),
      [
        'icd10cm-guidelines-fy2026 | FY 2026 | 2025-10-01 | complete | ',
        'ncci-policy-manual-2025 | 2025 | 2025-02-28 | complete | ',
        'ncci-policy-manual-2026-excerpt | 2026 | 2026-01-01 | excerpt | Chapter I, pages I-14 to I-20',
      ],
    );
    assert.deepEqual(c.missing, []);
  });

  test('the guidelines: every chapter of Section I.C, Sections II-IV and Appendix I, with headings and pages', async () => {
    const c = await load();
    for (let chapter = 1; chapter <= 22; chapter++) assert.ok(passageBySection(c, `I.C.${chapter}`), `I.C.${chapter}`);
    const expected: [string, string, string][] = [
      ['I.A.12.a', 'Excludes1', '9'],
      ['I.B.14', "Documentation by Clinicians Other than the Patient's Provider", '15'],
      ['I.C.1.d.4', 'Sepsis or severe sepsis with a localized infection', '24'],
      ['I.C.1.d.1.a.ii', 'Urosepsis', '23'],
      [
        'I.C.4.a.3',
        'Diabetes mellitus and the use of insulin, oral hypoglycemics, and injectable non-insulin drugs',
        '40',
      ],
      ['I.C.9.a.3', 'Hypertensive Heart and Chronic Kidney Disease', '51'],
      ['II.H', 'Uncertain Diagnosis', '109'],
      ['III.B', 'Abnormal findings', '111'],
      ['IV.A.1', 'Outpatient Surgery', '112'],
      ['IV.H', 'Uncertain diagnosis', '114'],
      ['Appendix I', 'Present on Admission Reporting Guidelines', '116'],
    ];
    for (const [section, heading, page] of expected) {
      const p = passageBySection(c, section);
      assert.equal(p?.heading, heading, section);
      assert.equal(p?.pageLabel, page, section);
    }
    assert.match(
      passageBySection(c, 'I.C.1.d.4')?.text ?? '',
      /^If the reason for admission is sepsis or severe sepsis/,
    );
    assert.ok(passagesUnder(c, 'I.C.1.d').length >= 15);
    assert.ok(c.passages.filter((p) => p.document === 'icd10cm-guidelines').length > 480);
  });

  test('the NCCI manual: chapters I-XIII with titles, sections with titles, the modifier paragraphs', async () => {
    const c = await load();
    const chapters = c.passages.filter((p) => /^Chapter [IVXL]+$/.test(p.section));
    assert.equal(chapters.length, 13);
    assert.equal(passageBySection(c, 'Chapter II')?.heading, 'Anesthesia Services');
    assert.equal(passageBySection(c, 'Chapter I, Section V')?.heading, 'Medically Unlikely Edits (MUEs)');
    assert.equal(passageBySection(c, 'Chapter XI, Section N')?.heading, 'Chemotherapy Administration');
    assert.equal(passageBySection(c, 'Chapter XIII, Section A')?.heading, 'Introduction');
    assert.equal(passageBySection(c, 'Introduction, Purpose')?.pageLabel, 'Intro-3');
    const modifier59 = passageBySection(c, 'Chapter I, Section E.d');
    assert.equal(modifier59?.heading, 'Modifier 59');
    assert.equal(modifier59?.edition, '2026', 'the 2026 pages supersede the 2025 ones');
    assert.equal(
      passageBySection(c, 'Chapter I, Section E.d', { edition: '2025' })?.supersededBy,
      'ncci-policy-manual-2026-excerpt',
    );
    // the excerpt ends inside Section G: the 2025 text of G stays in force
    assert.equal(passageBySection(c, 'Chapter I, Section G')?.edition, '2025');
  });

  test('no running header, footer or table-of-contents line in any passage', async () => {
    const c = await load();
    for (const p of c.passages) {
      assert.doesNotMatch(p.text, /Page \d+ of \d+|Revision Date \(Medicare\)|\.{8,}/, `${p.documentId} ${p.section}`);
    }
  });

  test('recall on the evaluation questions holds (recall@3 at least 0.9, "not covered" right)', async () => {
    const r = evaluateGuidance(await load(), GUIDANCE_QUESTIONS);
    assert.ok(r.recallAt3 >= 0.9, `recall@3 ${r.recallAt3}`);
    assert.ok(r.recallAt1 >= 0.75, `recall@1 ${r.recallAt1}`);
    assert.equal(r.notCoveredRight, 1);
    assert.ok(r.notCoveredWrong <= 0.05, `wrongly not covered: ${r.notCoveredWrong}`);
  });

  test('an answer quotes and cites: modifier 59', async () => {
    const r = searchGuidance(await load(), 'what is modifier 59 used for');
    assert.match(
      r.hits[0]?.citation ?? '',
      /^NCCI Policy Manual for Medicare Services, 2026 \(excerpt\), Chapter I, Section E\.d \(Modifier 59\), pp\. I-17-I-20$/,
    );
  });
});
