// The PDF reader and the guidance parsers on tiny PDFs made here (test-support/), so they run without the official
// files: lines in reading order, running footers dropped, the outline followed level by level, editions read from
// the text, excerpts told from complete documents, and newer editions superseding older ones.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildGuidanceCorpus } from './corpus-data.js';
import { isGuidanceCandidate, readGuidancePdf } from './guidance-document.js';
import { OutlineTracker, readLabels } from './outline.js';
import { readPdfPages } from './pdf-text.js';
import { tinyGuidelinesPdf, tinyManualExcerptPdf } from './test-support/guidance-fixtures.js';
import { tinyPdf } from './test-support/tiny-pdf.js';
import type { GuidanceDocument, GuidancePassage, ParsedGuidanceDocument } from './types.js';

async function read(bytes: Uint8Array, path: string): Promise<ParsedGuidanceDocument> {
  const r = await readGuidancePdf(bytes, path);
  assert.ok('read' in r, 'skipped' in r ? r.skipped : '');
  return r.read;
}

const section = (doc: ParsedGuidanceDocument, s: string) => doc.passages.find((p) => p.section === s);

describe('PDF text reader', () => {
  test('lines top down, items of a line ordered by x, a superscript joined to its line', async () => {
    const pdf = tinyPdf([
      [
        { text: 'Characters', x: 108, y: 680 },
        { text: '5.', x: 72, y: 680 },
        { text: '7', x: 90, y: 680 },
        { text: 'th', x: 96.2, y: 684, size: 6 },
        { text: 'First line', x: 72, y: 700 },
      ],
    ]);
    const [page] = await readPdfPages(pdf);
    assert.deepEqual(
      page?.lines.map((l) => l.text),
      ['First line', '5. 7th Characters'],
    );
    assert.equal(page?.lines[1]?.y, 680, 'the baseline is the line text, not the superscript');
  });

  test('bytes that are not a PDF are refused', async () => {
    await assert.rejects(() => readPdfPages(new TextEncoder().encode('not a pdf at all')));
  });
});

describe('ICD-10-CM Official Guidelines (tiny FY 2031 edition)', async () => {
  const doc = await read(tinyGuidelinesPdf(2031), 'guidance/icd10cm-guidelines-fy2031/guidelines.pdf');

  test('edition and effective date come from the cover, not from a year in the code', () => {
    assert.equal(doc.document.id, 'icd10cm-guidelines-fy2031');
    assert.equal(doc.document.edition, 'FY 2031');
    assert.equal(doc.document.editionDate, '2030-10-01');
    assert.equal(doc.document.coverage, 'complete');
    assert.equal(doc.document.pages, 5);
  });

  test('sections keyed by their full path, the table of contents left out', () => {
    assert.deepEqual(
      doc.passages.map((p) => p.section),
      [
        'Introduction',
        'I',
        'I.A',
        'I.A.1',
        'I.A.2',
        'I.A.2.a',
        'I.A.2.a.1',
        'I.A.2.a.1.a',
        'I.A.2.a.1.a.i',
        'I.A.2.a.1.a.ii',
        'IV',
        'IV.A',
        'IV.B',
        'Appendix I',
        'Appendix I, Reporting Options',
      ],
    );
  });

  test('a heading printed over two lines is one heading; a numbered list line out of sequence stays text', () => {
    assert.equal(section(doc, 'I')?.heading, 'Conventions, general coding guidelines and chapter specific guidelines');
    assert.equal(section(doc, 'I.A.2.a.1.a.i')?.heading, 'Negative or inconclusive blood cultures and sepsis');
    assert.equal(section(doc, 'IV')?.heading, 'Diagnostic Coding and Reporting Guidelines for Outpatient Services');
    assert.match(section(doc, 'I.A.1')?.text ?? '', /Steps to follow:\n?.*1\. this numbered line is a step/);
    assert.equal(section(doc, 'Appendix I')?.heading, 'Present on Admission Reporting Guidelines');
  });

  test('passages carry their text, parents and page; running footers are gone', () => {
    const sepsis = section(doc, 'I.A.2.a.1.a');
    assert.match(
      sepsis?.text ?? '',
      /^For a diagnosis of sepsis, assign the code for the underlying systemic infection\./,
    );
    assert.deepEqual(
      sepsis?.parents.map((p) => p.section),
      ['I', 'I.A', 'I.A.2', 'I.A.2.a', 'I.A.2.a.1'],
    );
    assert.equal(sepsis?.parents[3]?.heading, 'Sepsis, Severe Sepsis, and Septic Shock');
    assert.equal(sepsis?.pageLabel, '3');
    for (const p of doc.passages) {
      assert.doesNotMatch(p.text, /Page \d+ of \d+|Official Guidelines for Coding and Reporting$/, p.section);
    }
  });
});

describe('NCCI Policy Manual excerpt (tiny 2030 revision)', async () => {
  const doc = await read(tinyManualExcerptPdf(2030), 'ncci/policy-manual-2030-excerpt/modifiers.pdf');

  test('an excerpt: its edition from the revision line, its scope from its page numbers', () => {
    assert.equal(doc.document.id, 'ncci-policy-manual-2030-excerpt');
    assert.equal(doc.document.edition, '2030');
    assert.equal(doc.document.coverage, 'excerpt');
    assert.equal(doc.document.scope, 'Chapter I, pages I-14 to I-16');
  });

  test('sections and their lettered paragraphs; the section it starts inside is reported, not guessed', () => {
    assert.deepEqual(
      doc.passages.map((p) => `${p.section} | ${p.heading}`),
      [
        'Chapter I, Section E | Modifiers and Modifier Indicators',
        'Chapter I, Section E.a | Modifier 22',
        'Chapter I, Section E.b | Modifier 59',
        'Chapter I, Section F | Standard Preparation/Monitoring Services for Anesthesia',
        'Chapter I, Section G | Anesthesia Service Included in the Surgical Procedure',
      ],
    );
    assert.match(doc.issues[0]?.message ?? '', /before the excerpt's first section heading/);
    assert.match(section(doc, 'Chapter I, Section E.a')?.text ?? '', /NCCI PTP-associated edit\./, 'hyphen joined');
    assert.match(section(doc, 'Chapter I, Section E.b')?.text ?? '', /1\. a numbered list inside/);
    assert.equal(section(doc, 'Chapter I, Section E.b')?.pageLabel, 'I-15');
    for (const p of doc.passages) assert.doesNotMatch(p.text, /Revision Date/);
  });

  test('a PDF that is neither document is skipped with the reason', async () => {
    const r = await readGuidancePdf(tinyPdf([[{ text: 'A menu for the canteen', y: 700 }]]), 'guidance/x/menu.pdf');
    assert.ok('skipped' in r);
    assert.match(r.skipped, /neither the ICD-10-CM Official Guidelines nor the NCCI Policy Manual/);
  });
});

describe('discovery and editions', () => {
  test('PDFs under folders named like the published documents are offered, any year', () => {
    for (const p of [
      'guidance/icd10cm-guidelines-fy2027/ICD-10-CM-October-2026-Guidelines.pdf',
      'ncci/policy-manual-2026/ncci_manual.pdf',
      'ncci/policy-manual-2026-excerpt/NCCI_-_Modifiers.PDF',
    ])
      assert.equal(isGuidanceCandidate(p), true, p);
    for (const p of ['gems/2018/Dxgem_guide_2018.pdf', 'icd10cm/2026/layout.pdf', 'ncci/policy-manual-2026/notes.txt'])
      assert.equal(isGuidanceCandidate(p), false, p);
  });

  function doc(id: string, editionDate: string, coverage: 'complete' | 'excerpt'): GuidanceDocument {
    return {
      id,
      kind: 'ncci-policy-manual',
      title: 'NCCI Policy Manual for Medicare Services',
      edition: editionDate.slice(0, 4),
      editionDate,
      editionSource: '',
      coverage,
      file: `${id}.pdf`,
      sha256: '',
      pages: 1,
      passages: 0,
    };
  }
  function passage(d: GuidanceDocument, section: string): GuidancePassage {
    return {
      documentId: d.id,
      document: d.kind,
      documentTitle: d.title,
      edition: d.edition,
      section,
      heading: '',
      parents: [],
      page: 1,
      endPage: 1,
      pageLabel: '1',
      endPageLabel: '1',
      text: section,
    };
  }
  const parsed = (d: GuidanceDocument, sections: string[]): ParsedGuidanceDocument => ({
    document: d,
    passages: sections.map((s) => passage(d, s)),
    issues: [],
  });

  test('an excerpt supersedes the sections it holds in full, not the last one it may cut off', () => {
    const full = doc('ncci-policy-manual-2025', '2025-01-01', 'complete');
    const excerpt = doc('ncci-policy-manual-2026-excerpt', '2026-01-01', 'excerpt');
    const corpus = buildGuidanceCorpus([
      parsed(full, [
        'Chapter I, Section D',
        'Chapter I, Section E',
        'Chapter I, Section E.d',
        'Chapter I, Section F',
        'Chapter I, Section G',
      ]),
      parsed(excerpt, [
        'Chapter I, Section E',
        'Chapter I, Section E.d',
        'Chapter I, Section F',
        'Chapter I, Section G',
      ]),
    ]);
    const superseded = corpus.passages.filter((p) => p.supersededBy).map((p) => `${p.documentId} ${p.section}`);
    assert.deepEqual(superseded, [
      'ncci-policy-manual-2025 Chapter I, Section E',
      'ncci-policy-manual-2025 Chapter I, Section E.d',
      'ncci-policy-manual-2025 Chapter I, Section F',
    ]);
    assert.deepEqual(
      corpus.missing.map((m) => m.kind),
      ['icd10cm-guidelines'],
    );
  });

  test('a newer complete edition supersedes every older one; a second copy of an edition is reported', () => {
    const old = doc('ncci-policy-manual-2025', '2025-01-01', 'complete');
    const excerpt = doc('ncci-policy-manual-2026-excerpt', '2026-01-01', 'excerpt');
    const newer = doc('ncci-policy-manual-2027', '2027-01-01', 'complete');
    const corpus = buildGuidanceCorpus([
      parsed(old, ['Chapter I, Section A']),
      parsed(excerpt, ['Chapter I, Section E', 'Chapter I, Section F']),
      parsed(newer, ['Chapter I, Section A', 'Chapter I, Section E']),
      parsed({ ...newer, file: 'copy.pdf' }, ['Chapter I, Section A']),
    ]);
    assert.deepEqual(
      corpus.passages.map((p) => `${p.documentId} ${p.section} ${p.supersededBy ?? 'current'}`),
      [
        'ncci-policy-manual-2025 Chapter I, Section A ncci-policy-manual-2027',
        'ncci-policy-manual-2026-excerpt Chapter I, Section E ncci-policy-manual-2027',
        'ncci-policy-manual-2026-excerpt Chapter I, Section F ncci-policy-manual-2027',
        'ncci-policy-manual-2027 Chapter I, Section A current',
        'ncci-policy-manual-2027 Chapter I, Section E current',
      ],
    );
    assert.match(corpus.issues[0]?.message ?? '', /the same edition as ncci-policy-manual-2027\.pdf/);
  });
});

describe('outline labels', () => {
  test('"(i)" is the ninth letter after "(h)" and the first roman numeral under "(a)"', () => {
    const kinds = ['section', 'upper', 'number', 'lower', 'numparen', 'letterparen', 'romanparen'] as const;
    const tracker = new OutlineTracker({ kinds, maxDepth: 7 });
    for (const line of ['Section I. X', 'A. X', '1. X', 'a. X', '1) X', '(a) X'])
      assert.ok(tracker.accept(readLabels(line)));
    assert.deepEqual(tracker.path(), ['I', 'A', '1', 'a', '1', 'a']);
    tracker.accept(readLabels('(i) Negative blood cultures'));
    assert.deepEqual(tracker.path(), ['I', 'A', '1', 'a', '1', 'a', 'i']);
    for (const l of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) tracker.accept(readLabels(`(${l}) X`));
    tracker.accept(readLabels('(i) Ninth'));
    assert.deepEqual(tracker.path(), ['I', 'A', '1', 'a', '1', 'i']);
    assert.equal(tracker.accept(readLabels('3. a number out of sequence')), undefined);
  });
});
