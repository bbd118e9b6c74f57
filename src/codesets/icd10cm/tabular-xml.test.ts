import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse } from '../../shared/test-support/codesets.js';
import { describeOnFiles } from '../../shared/test-support/excerpts.js';
import { parseCmTabular } from './tabular-xml.js';
import { readFixture } from './test-support/fixtures.js';
import type { CmTabularCode } from './types.js';

function byCode(codes: CmTabularCode[]): Map<string, CmTabularCode> {
  return new Map(codes.map((c) => [c.code, c]));
}

function get(codes: Map<string, CmTabularCode>, code: string): CmTabularCode {
  const found = codes.get(code);
  assert.ok(found, `${code} should be in the tabular`);
  return found;
}

describe('parseCmTabular on the hand-made fixture', () => {
  const { tabular, issues } = parseCmTabular(readFixture('tabular-small.xml'), 'tabular-small.xml');
  const codes = byCode(tabular.codes);

  test('reads version, chapters with their range and sections without the repeated range', () => {
    assert.deepEqual(issues, []);
    assert.equal(tabular.version, '2099');
    assert.deepEqual(
      tabular.chapters.map((c) => [c.num, c.title, c.range]),
      [
        ['1', 'Certain infectious and parasitic diseases', 'A00-B99'],
        ['19', 'Injury, poisoning and certain other consequences of external causes', 'S00-T88'],
      ],
    );
    assert.deepEqual(tabular.chapters[0]?.notes, {
      includes: ['diseases generally recognized as communicable or transmissible'],
      excludes2: ['carrier or suspected carrier of infectious disease (Z22.-)'],
    });
    assert.deepEqual(tabular.sections[0], {
      id: 'A00-A09',
      title: 'Intestinal infectious diseases',
      chapter: '1',
      notes: { notes: ['A section note.'] },
    });
  });

  test('keeps each note kind on the diag that carries it, codes dotted upper case, whitespace collapsed', () => {
    assert.deepEqual(get(codes, 'A00').notes, { excludes1: ['cholera carrier (Z22.1)'] });
    assert.deepEqual(get(codes, 'A00.0').notes, { inclusionTerm: ['Classical cholera'] });
    const a009 = get(codes, 'A00.9');
    assert.equal(a009.title, 'Cholera, unspecified');
    assert.deepEqual(a009.notes, {
      useAdditionalCode: ['code to identify resistance to antimicrobial drugs (Z16.-)'],
      codeFirst: ['underlying condition'],
      codeAlso: ['any associated dehydration (E86.0)'],
    });
    assert.equal(a009.parent, 'A00');
    assert.equal(a009.section, 'A00-A09');
    assert.equal(a009.chapter, '1');
    assert.equal(a009.line, 45);
  });

  test('a diag with children is not billable, a leaf without 7th characters is', () => {
    assert.equal(get(codes, 'A00').billable, false);
    assert.equal(get(codes, 'A00').parent, null);
    assert.equal(get(codes, 'A00.0').billable, true);
  });

  test('titles of codes are ASCII like the order file; notes keep the XML spelling', () => {
    assert.equal(get(codes, 'B10').title, 'Sezary-like infection');
    assert.deepEqual(get(codes, 'B10').notes.excludes2, ['Sézary disease (C84.1-)']);
  });

  test('placeholder X pads to 6 characters before the 7th character', () => {
    assert.equal(get(codes, 'S02.0XXA').title, 'Fracture of vault of skull, initial encounter for closed fracture');
    assert.ok(codes.has('T07.XXXA'));
    assert.ok(codes.has('T36.0X1A'));
    assert.ok(codes.has('T36.0X1D'));
  });

  test('the 7th-character definition is inherited two levels down and expanded only on leaves', () => {
    const s02101 = get(codes, 'S02.101');
    assert.equal(s02101.billable, false);
    assert.equal(s02101.sevenChrFrom, 'S02');
    assert.deepEqual(
      s02101.sevenChrDef?.map((v) => v.char),
      ['A', 'B', 'S'],
    );
    assert.deepEqual(s02101.sevenChrNote, [
      'The appropriate 7th character is to be added to each code from category S02',
    ]);
    const expanded = get(codes, 'S02.101A');
    assert.equal(expanded.title, 'Fracture of base of skull, right side, initial encounter for closed fracture');
    assert.equal(expanded.billable, true);
    assert.equal(expanded.parent, 'S02.101');
    assert.equal(expanded.expandedFrom, 'S02.101');
    assert.equal(expanded.sevenChrFrom, 'S02');
    assert.equal(codes.has('S02.10XA'), false, 'a diag with children is not expanded');
    assert.equal(get(codes, 'S02.10').billable, false);
    // the inclusion note under "B" stays with it
    assert.deepEqual(get(codes, 'S02').sevenChrDef?.[1], {
      char: 'B',
      meaning: 'initial encounter for open fracture',
      notes: ['initial encounter for open fracture NOS'],
    });
  });

  test('expanded codes follow their diag in document order', () => {
    const order = tabular.codes.map((c) => c.code);
    const at = order.indexOf('S02.0');
    assert.deepEqual(order.slice(at, at + 5), ['S02.0', 'S02.0XXA', 'S02.0XXB', 'S02.0XXS', 'S02.1']);
  });

  test('the nearest definition wins over the category one', () => {
    assert.equal(get(codes, 'T36.0X5').sevenChrFrom, 'T36.0X5');
    assert.deepEqual(get(codes, 'T36.0X5').sevenChrNote, ["A nearer definition replaces the category's."]);
    assert.ok(codes.has('T36.0X5Z'));
    assert.equal(codes.has('T36.0X5A'), false);
  });

  test('the S06 note rules out D and S for 6th character 7 and 8', () => {
    assert.ok(codes.has('S06.1X7A'));
    assert.equal(codes.has('S06.1X7D'), false);
    assert.equal(codes.has('S06.1X7S'), false);
    assert.ok(codes.has('S06.1X9D'));
    assert.ok(codes.has('S06.1X9S'));
  });
});

describe('parseCmTabular on bad input', () => {
  test('truncated XML is CODESET_MALFORMED naming the last line', () => {
    const text = readFixture('tabular-truncated.xml');
    const lastLine = text.split('\n').length;
    assert.throws(
      () => parseCmTabular(text, 'tabular-truncated.xml'),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'CODESET_MALFORMED' &&
        (e.params as { line: number }).line === lastLine &&
        e.message.startsWith(`tabular-truncated.xml, line ${lastLine}:`),
    );
  });

  test('mismatched tags are CODESET_MALFORMED at the line of the bad tag', () => {
    const text =
      '<?xml version="1.0"?>\n<ICD10CM.tabular>\n<version>2099</version>\n<chapter></section>\n</ICD10CM.tabular>\n';
    assert.throws(
      () => parseCmTabular(text, 't.xml'),
      (e: unknown) =>
        e instanceof AppError && e.code === 'CODESET_MALFORMED' && (e.params as { line: number }).line === 4,
    );
  });

  test('another XML document or plain text is CODESET_NOT_RECOGNIZED', () => {
    const notRecognized = (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED';
    assert.throws(() => parseCmTabular(readFixture('index-small.xml'), 'index.xml'), notRecognized);
    assert.throws(() => parseCmTabular(readFixture('order-small.txt'), 'order.txt'), notRecognized);
    assert.throws(() => parseCmTabular('', 'empty.xml'), notRecognized);
  });

  test('a chapter takes the range its title states, wider than its sections (chapter 22: U00-U85, one section U00-U49)', () => {
    const xml = `<ICD10CM.tabular><version>2099</version>
  <chapter><name>22</name><desc>Codes for special purposes (U00-U85)</desc>
    <section id="U00-U49"><desc>Provisional assignment (U00-U49)</desc>
      <diag><name>U07</name><desc>Emergency use of U07</desc></diag></section></chapter>
  <chapter><name>23</name><desc>A chapter title without its range</desc>
    <section id="V00-V09"><desc>First</desc><diag><name>V00</name><desc>A</desc></diag></section>
    <section id="V10-V19"><desc>Second</desc><diag><name>V10</name><desc>B</desc></diag></section></chapter>
</ICD10CM.tabular>`;
    const { tabular, issues } = parseCmTabular(xml, 'chapters.xml');
    assert.deepEqual(issues, []);
    assert.deepEqual(
      tabular.chapters.map((c) => [c.num, c.range, c.title]),
      [
        ['22', 'U00-U85', 'Codes for special purposes'],
        // no range in the title: the span of the first and last section
        ['23', 'V00-V19', 'A chapter title without its range'],
      ],
    );
  });

  test('a diag without a usable name is an issue; its children move up and parsing goes on', () => {
    const text = `<ICD10CM.tabular><version>2099</version><chapter><name>1</name><desc>C (A00-A09)</desc>
<section id="A00-A09"><desc>S</desc>
<diag><name>A00</name><desc>Cholera</desc>
<diag><name>??</name><desc>Broken</desc>
<diag><name>A00.01</name><desc>Child of broken</desc></diag>
</diag>
</diag></section></chapter></ICD10CM.tabular>`;
    const { tabular, issues } = parseCmTabular(text, 't.xml');
    assert.deepEqual(issues, [{ file: 't.xml', line: 4, field: 'name', message: '"??" is not an ICD-10-CM code' }]);
    assert.deepEqual(
      tabular.codes.map((c) => [c.code, c.parent, c.billable]),
      [
        ['A00', null, false],
        ['A00.01', 'A00', true],
      ],
    );
  });
});

// the codes and notes it names are also read from the excerpt of the file; counts are the official file's
describeOnFiles('FY2023 Tabular List', ['icd10cm/2023/icd10cm_tabular_2023.xml'], (files) => {
  const fy2023 = lazyParse('icd10cm/2023/icd10cm_tabular_2023.xml', parseCmTabular, 'utf8', files.path);

  test('22 chapters, 296 sections, 45,869 diag, 73,639 billable codes after expansion, no issues', {
    skip: files.onlyOfficial,
  }, (t) => {
    const { value, parseMs } = fy2023();
    t.diagnostic(`icd10cm_tabular_2023.xml parsed in ${parseMs} ms`);
    const { tabular, issues } = value;
    assert.deepEqual(issues, []);
    assert.equal(tabular.version, '2023');
    assert.equal(tabular.chapters.length, 22);
    assert.equal(tabular.sections.length, 296);
    assert.equal(tabular.codes.filter((c) => c.expandedFrom === undefined).length, 45_869);
    assert.equal(tabular.codes.filter((c) => c.billable).length, 73_639);
    const definitions = tabular.codes.filter((c) => c.expandedFrom === undefined && c.sevenChrFrom === c.code);
    assert.equal(definitions.length, 507);
    // Chapter 22 comes last in the file; its title says U00-U85 while its only section is U00-U49: the chapter's
    // range is the one its title states (the sections' span, U00-U49, was the chapter range before).
    assert.deepEqual(
      tabular.chapters.slice(-4).map((c) => [c.num, c.range, c.title]),
      [
        ['19', 'S00-T88', 'Injury, poisoning and certain other consequences of external causes'],
        ['20', 'V00-Y99', 'External causes of morbidity'],
        ['21', 'Z00-Z99', 'Factors influencing health status and contact with health services'],
        ['22', 'U00-U85', 'Codes for special purposes'],
      ],
    );
  });

  test('notes by kind on E08 (codeFirst, useAdditionalCode, excludes1) and on a section', () => {
    const { tabular } = fy2023().value;
    const e08 = get(byCode(tabular.codes), 'E08');
    assert.equal(e08.notes.codeFirst?.[0], 'the underlying condition, such as:');
    assert.ok(e08.notes.codeFirst?.includes("Cushing's syndrome (E24.-)"));
    assert.deepEqual(e08.notes.useAdditionalCode, [
      'code to identify control using:',
      'insulin (Z79.4)',
      'oral antidiabetic drugs (Z79.84)',
      'oral hypoglycemic drugs (Z79.84)',
    ]);
    assert.ok(e08.notes.excludes1?.includes('type 2 diabetes mellitus (E11.-)'));
    assert.equal(e08.notes.excludes1?.length, 8);
    const sequelae = tabular.sections.find((s) => s.id === 'B90-B94');
    assert.equal(sequelae?.title, 'Sequelae of infectious and parasitic diseases');
    assert.equal(
      sequelae?.notes.codeFirst?.[0],
      'condition resulting from (sequela) the infectious or parasitic disease',
    );
    assert.deepEqual(tabular.chapters[0]?.notes.useAdditionalCode, [
      'code to identify resistance to antimicrobial drugs (Z16.-)',
    ]);
  });

  test('chapter 19: S72.001A comes from S72.001 with the definition of S72, titled as in the order file', () => {
    const codes = byCode(fy2023().value.tabular.codes);
    const s72001 = get(codes, 'S72.001');
    assert.equal(s72001.billable, false);
    assert.equal(s72001.sevenChrFrom, 'S72');
    assert.equal(s72001.sevenChrDef?.length, 16);
    const s72001a = get(codes, 'S72.001A');
    assert.equal(s72001a.billable, true);
    assert.equal(
      s72001a.title,
      'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
    );
    assert.equal(s72001a.expandedFrom, 'S72.001');
    assert.equal(s72001a.chapter, '19');
    assert.equal(get(codes, 'S72').sevenChrDef?.[1]?.notes?.[0], 'initial encounter for open fracture NOS');
    assert.equal(get(codes, 'S72.0').billable, false);
  });

  test('placeholder X on S and T codes, 7th characters on E08.32 laterality', () => {
    const codes = byCode(fy2023().value.tabular.codes);
    assert.equal(get(codes, 'S02.0XXA').title, 'Fracture of vault of skull, initial encounter for closed fracture');
    assert.equal(
      get(codes, 'T36.0X1A').title,
      'Poisoning by penicillins, accidental (unintentional), initial encounter',
    );
    assert.equal(get(codes, 'T07.XXXA').title, 'Unspecified multiple injuries, initial encounter');
    assert.equal(
      get(codes, 'E08.3211').title,
      'Diabetes mellitus due to underlying condition with mild nonproliferative diabetic retinopathy with macular edema, right eye',
    );
    assert.equal(codes.has('S06.1X7D'), false);
  });
});
