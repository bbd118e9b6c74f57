import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { codesetPath, skipUnlessCodesets, timed } from '../../shared/test-support/codesets.js';
import { decodeCp1252 } from './cp1252.js';
import { parseMceDefinitions } from './definitions-text.js';
import { parseMceSimpleEdits } from './simple-edits-tsv.js';
import type { MceCodeList, MceDefinitions, MceEdit } from './types.js';

// A cut-down v43.1 document: title block, contents, chapter 1 with four of the edits, chapter 2, index. Line 23
// puts a procedure code in a diagnosis list; "\u0092" is the apostrophe as a Latin-1 decoding leaves it.
const DEFINITIONS_SMALL = [
  '',
  'Definitions of Medicare Code Edits',
  'ICD-10 Version',
  'v43.1 April 2026',
  '',
  'Table of Contents',
  'Chapter 1: Edit code lists\t7',
  '4. Age conflict\t8',
  'Chapter 2: Code list changes\t267',
  '',
  'Chapter 1: Edit code lists',
  'Below is a list of edits described in this chapter. ',
  '4. Age conflict',
  '5. Sex conflict (deactivated as of 10/01/2024)',
  '9. Unacceptable principal diagnosis',
  '11. Non-covered procedure',
  '',
  '4. Age conflict',
  'The Medicare Code Editor detects inconsistencies between a patient\u0092s age and any diagnosis.',
  '* Perinatal/Newborn. Age 0 years only; a subset of diagnoses (e.g., tetanus neonatorum).',
  '* Maternity. Age range is 9\u201364 years inclusive (e.g., diabetes in pregnancy).',
  'A. Perinatal/Newborn diagnoses',
  '10D00Z0\tExtraction of Products of Conception, High, Open Approach',
  'A33\tTetanus neonatorum',
  'Z00110\tHealth examination for newborn under 8 days old',
  '',
  'C. Maternity diagnoses (age 9 through 64)',
  'O0000\tAbdominal pregnancy without intrauterine pregnancy',
  '',
  '5. Sex conflict (deactivated as of 10/01/2024)',
  'Medicare Code Editor detects inconsistencies between a patient\u0092s sex and any diagnosis or procedure.',
  '9. Unacceptable principal diagnosis',
  'The following unacceptable principal diagnosis code is considered "acceptable" when a secondary diagnosis is also coded:',
  'Z5189\tEncounter for other specified aftercare',
  'Note: This code is identified with an asterisk.',
  'Unacceptable principal diagnosis codes',
  '*Z5189\tEncounter for other specified aftercare',
  'Z9989\tDependence on other enabling machines and devices',
  '',
  '11. Non-covered procedure',
  'A. Non-covered procedure codes',
  'The procedures shown below are identified as always non-covered procedures.',
  'Procedure',
  '0WFGXZZ\tFragmentation in Peritoneal Cavity, External Approach      ',
  '5A1955Z \tRespiratory Ventilation, greater than 96 consecutive hours',
  'C. Non-covered procedure codes (discontinued as of 04/01/2022)',
  'The procedures shown below are identified as non-covered procedures except with Z006.',
  '',
  'Chapter 2: Code list changes',
  'Changes to edits',
  '11A. Non-covered procedure codes',
  'The following codes were removed',
  '30233AZ\tTransfuse of Embr Stem Cell into Periph Vein, Perc Approach',
  '',
  'Index',
  'A',
  'Adult\t73',
  '',
].join('\n');

function edit(defs: MceDefinitions, n: number): MceEdit {
  const found = defs.edits.find((e) => e.number === n);
  assert.ok(found, `edit ${n}`);
  return found;
}

function codesOf(list: MceCodeList | undefined): string[] {
  return (list?.codes ?? []).map((c) => c.code);
}

describe('parseMceDefinitions on a hand-made excerpt', () => {
  const defs = parseMceDefinitions(DEFINITIONS_SMALL, 'mce-small.txt');

  test('version, release and the edits in order', () => {
    assert.equal(defs.version, '43.1');
    assert.equal(defs.release, 'April 2026');
    assert.equal(defs.official, true);
    assert.deepEqual(
      defs.edits.map((e) => [e.number, e.name]),
      [
        [4, 'Age conflict'],
        [5, 'Sex conflict'],
        [9, 'Unacceptable principal diagnosis'],
        [11, 'Non-covered procedure'],
      ],
    );
  });

  test('age lists carry the ranges of their heading or of the edit text; codes are dotted', () => {
    const age = edit(defs, 4);
    assert.equal(
      age.description?.split('\n')[0],
      'The Medicare Code Editor detects inconsistencies between a patient\u2019s age and any diagnosis.',
    );
    assert.deepEqual(
      age.lists.map((l) => [l.section, l.name, l.codeType, l.ageRange]),
      [
        ['A', 'Perinatal/Newborn diagnoses', 'dx', { min: 0, max: 0 }],
        ['C', 'Maternity diagnoses (age 9 through 64)', 'dx', { min: 9, max: 64 }],
      ],
    );
    assert.deepEqual(age.lists[1]?.codes, [
      { code: 'O00.00', description: 'Abdominal pregnancy without intrauterine pregnancy', line: 28 },
    ]);
  });

  test('a code of the wrong kind is an issue with its line; the rest of the list is read', () => {
    assert.deepEqual(defs.issues, [
      {
        file: 'mce-small.txt',
        line: 23,
        field: 'code',
        message: '"10D00Z0" is not an ICD-10-CM code like the rest of its list',
      },
    ]);
    assert.deepEqual(codesOf(edit(defs, 4).lists[0]).slice(1), ['A33', 'Z00.110']);
  });

  test('the sex conflict edit keeps its deactivation note', () => {
    const sex = edit(defs, 5);
    assert.equal(sex.deactivated, 'deactivated as of 10/01/2024');
    assert.equal(sex.inactiveSince, '2024-10-01');
    assert.deepEqual(sex.lists, []);
  });

  test('an introduced list without heading, and an asterisk', () => {
    const unacceptable = edit(defs, 9);
    assert.deepEqual(
      unacceptable.lists.map((l) => [l.name, codesOf(l)]),
      [
        ['Unacceptable principal diagnosis', ['Z51.89']],
        ['Unacceptable principal diagnosis codes', ['Z51.89', 'Z99.89']],
      ],
    );
    assert.match(unacceptable.lists[0]?.description ?? '', /considered "acceptable"/);
    assert.equal(unacceptable.lists[1]?.codes[0]?.asterisk, true);
    assert.equal(unacceptable.description, 'Note: This code is identified with an asterisk.');
  });

  test('lettered sections, a discontinued one without codes, procedure codes as printed', () => {
    const noncovered = edit(defs, 11);
    assert.deepEqual(
      noncovered.sections.map((s) => [s.letter, s.title, s.discontinued]),
      [
        ['A', 'Non-covered procedure codes', undefined],
        ['C', 'Non-covered procedure codes', 'discontinued as of 04/01/2022'],
      ],
    );
    assert.deepEqual(
      noncovered.lists.map((l) => [l.section, l.name, l.codeType, codesOf(l)]),
      [['A', 'Procedure', 'pcs', ['0WFGXZZ', '5A1955Z']]],
    );
    assert.equal(noncovered.lists[0]?.codes[0]?.description, 'Fragmentation in Peritoneal Cavity, External Approach');
  });

  test('chapter 2 changes', () => {
    assert.deepEqual(defs.changes, [
      {
        edit: 11,
        title: 'Non-covered procedure codes',
        section: 'A',
        change: 'removed',
        line: 52,
        codeType: 'pcs',
        codes: [
          { code: '30233AZ', description: 'Transfuse of Embr Stem Cell into Periph Vein, Perc Approach', line: 53 },
        ],
      },
    ]);
  });

  test('another document is not recognised', () => {
    assert.throws(
      () => parseMceDefinitions('MCE_Version\tICD_Version\n37\t10\n', 'other.txt'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

const SIMPLE_SMALL = [
  'MCE_Version\tICD_Version\tMCE_Section\tMCE_Subsection\tMCE_Edit_Type\tICD_Code_Type\tICD_Code\tICD_Desc',
  '37\t10\t4\tC\tMaternity_Only\tD\tO0000\tAbdominal pregnancy without intrauterine pregnancy',
  '37\t10\t5\tA\tFemale_Only\tD\tC530\tMalignant neoplasm of endocervix',
  '37\t10\t5\tD\tMale_Only\tP\t0VT00ZZ\tResection of Prostate, Open Approach',
  '37\t10\t5\tD\tMale_Only\tX\t0VT04ZZ\tResection of Prostate, Perc Endo Approach',
  '37\t10\t9\t_\tPrincipal_Unacceptable\tD\tZ3A40\t40 weeks gestation of pregnancy',
  '',
].join('\n');

describe('parseMceSimpleEdits on a hand-made transcription', () => {
  const defs = parseMceSimpleEdits(SIMPLE_SMALL, 'simple-small.txt');

  test('same shape as the CMS definitions, marked not official', () => {
    assert.equal(defs.official, false);
    assert.equal(defs.version, '37');
    assert.deepEqual(
      defs.edits.map((e) => [e.number, e.name, e.lists.map((l) => [l.section, l.name, l.codeType, l.sex, codesOf(l)])]),
      [
        [4, 'Age conflict', [['C', 'Maternity_Only', 'dx', undefined, ['O00.00']]]],
        [
          5,
          'Sex conflict',
          [
            ['A', 'Female_Only', 'dx', 'female', ['C53.0']],
            ['D', 'Male_Only', 'pcs', 'male', ['0VT00ZZ']],
          ],
        ],
        [9, 'Unacceptable principal diagnosis', [[undefined, 'Principal_Unacceptable', 'dx', undefined, ['Z3A.40']]]],
      ],
    );
  });

  test('a bad row is an issue with its line', () => {
    assert.deepEqual(defs.issues, [
      { file: 'simple-small.txt', line: 5, field: 'ICD_Code_Type', message: '"X" is not D or P' },
    ]);
  });

  test('a file without the header is not recognised', () => {
    assert.throws(
      () => parseMceSimpleEdits(DEFINITIONS_SMALL, 'mce-small.txt'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

const V43 = 'mce/v43.1/Definitions of Medicare Code Edits_v_43_1.txt';
const V37 = 'mce/v37/MCE_Simple_Code_Edits_v37.txt';

describe('MCE v43.1 definitions (CMS)', { skip: skipUnlessCodesets(V43) }, () => {
  let cached: MceDefinitions | undefined;
  const load = (t?: { diagnostic(message: string): void }): MceDefinitions => {
    if (!cached) {
      const text = decodeCp1252(readFileSync(codesetPath(V43)));
      const { value, ms } = timed(() => parseMceDefinitions(text, 'Definitions of Medicare Code Edits_v_43_1.txt'));
      t?.diagnostic(`v43.1 definitions parsed in ${ms} ms`);
      cached = value;
    }
    return cached;
  };

  test('edits 1-20, no issues, version 43.1 April 2026', (t) => {
    const defs = load(t);
    assert.deepEqual(defs.issues, []);
    assert.equal(defs.version, '43.1');
    assert.equal(defs.release, 'April 2026');
    assert.deepEqual(
      defs.edits.map((e) => e.number),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      defs.edits.filter((e) => e.discontinued).map((e) => [e.number, e.inactiveSince]),
      [
        [7, '2007-10-01'],
        [10, '2007-10-01'],
        [12, '2010-10-01'],
        [13, undefined],
      ],
    );
    assert.equal(edit(defs, 16).values?.length, 41);
  });

  test('sex conflict: deactivated on 10/01/2024 and prints no code list', () => {
    const sex = edit(load(), 5);
    assert.equal(sex.name, 'Sex conflict');
    assert.equal(sex.deactivated, 'deactivated as of 10/01/2024');
    assert.equal(sex.inactiveSince, '2024-10-01');
    assert.deepEqual(sex.lists, []);
  });

  test('code lines: 10,254 diagnosis and 246 procedure in chapter 1, 5 and 2 in chapter 2', (t) => {
    const defs = load();
    const lists = defs.edits.flatMap((e) => e.lists);
    const count = (type: string) => lists.filter((l) => l.codeType === type).reduce((n, l) => n + l.codes.length, 0);
    assert.equal(count('dx'), 10_254);
    assert.equal(count('pcs'), 246);
    assert.deepEqual(
      defs.changes.map((c) => [c.edit, c.section, c.change, c.codeType, c.codes.length]),
      [
        [9, undefined, 'removed', 'dx', 5],
        [11, 'D', 'removed', 'pcs', 2],
      ],
    );
    // MANIFEST's ~4,887 "PCS" lines are pattern counts: they take in the 4,640 seven-character ICD-10-CM codes
    // without I or O (T86.8409 …), which fit the PCS pattern as well, and so also counted as diagnoses.
    const pcsLookingDx = lists
      .filter((l) => l.codeType === 'dx')
      .flatMap((l) => l.codes)
      .filter((c) => /^[0-9A-HJ-NP-Z]{7}$/.test(c.code.replace('.', ''))).length;
    t.diagnostic(`ICD-10-CM codes in chapter 1 that also fit the ICD-10-PCS pattern: ${pcsLookingDx}`);
    assert.equal(pcsLookingDx, 4_640);
    assert.deepEqual(
      defs.edits.flatMap((e) => e.lists.map((l) => `${e.number}${l.section ?? ''} ${l.codeType} ${l.codes.length}`)),
      [
        '4A dx 42',
        '4B dx 125',
        '4C dx 2543',
        '4D dx 856',
        '6 dx 422',
        '8A dx 30',
        '8B pcs 3',
        '8B pcs 5',
        '8B dx 19',
        '9 dx 1',
        '9 dx 2652',
        '11A pcs 95',
        '11B dx 85',
        '11D pcs 4',
        '11D dx 11',
        '11F pcs 2',
        '11G pcs 87',
        '17A pcs 49',
        '18 dx 3',
        '19 pcs 1',
        '20 dx 3465',
      ],
    );
  });

  test('age conflict: O00.00 is a maternity code (9-64), A33 newborn (0)', () => {
    const age = edit(load(), 4);
    const maternity = age.lists.find((l) => l.section === 'C');
    assert.deepEqual(maternity?.ageRange, { min: 9, max: 64 });
    assert.deepEqual(
      maternity?.codes.find((c) => c.code === 'O00.00'),
      { code: 'O00.00', description: 'Abdominal pregnancy without intrauterine pregnancy', line: 290 },
    );
    const newborn = age.lists.find((l) => l.section === 'A');
    assert.equal(newborn?.name, 'Perinatal/Newborn diagnoses');
    assert.deepEqual(newborn?.ageRange, { min: 0, max: 0 });
    assert.equal(newborn?.codes[0]?.code, 'A33');
    assert.deepEqual(
      age.lists.map((l) => l.ageRange),
      [
        { min: 0, max: 0 },
        { min: 0, max: 17 },
        { min: 9, max: 64 },
        { min: 15, max: 124 },
      ],
    );
  });

  test('Z51.89 is the one asterisked unacceptable principal diagnosis', () => {
    const marked = edit(load(), 9).lists.flatMap((l) => l.codes.filter((c) => c.asterisk).map((c) => [c.code, c.line]));
    assert.deepEqual(marked, [['Z51.89', 6045]]);
  });
});

describe('MCE v37 simple edits (third-party transcription)', { skip: skipUnlessCodesets(V37) }, () => {
  let cached: MceDefinitions | undefined;
  const load = (t?: { diagnostic(message: string): void }): MceDefinitions => {
    if (!cached) {
      const text = readFileSync(codesetPath(V37), 'utf8');
      const { value, ms } = timed(() => parseMceSimpleEdits(text, 'MCE_Simple_Code_Edits_v37.txt'));
      t?.diagnostic(`v37 transcription parsed in ${ms} ms`);
      cached = value;
    }
    return cached;
  };

  test('14,153 rows, with the per-edit counts of the MANIFEST', (t) => {
    const defs = load(t);
    assert.deepEqual(defs.issues, []);
    assert.equal(defs.official, false);
    assert.equal(defs.version, '37');
    const byType = new Map<string, number>();
    for (const l of defs.edits.flatMap((e) => e.lists)) {
      byType.set(l.editType ?? '', (byType.get(l.editType ?? '') ?? 0) + l.codes.length);
    }
    assert.deepEqual(Object.fromEntries(byType), {
      Newborn_Only: 41,
      Pediatric_Only: 114,
      Maternity_Only: 2_372,
      Adult_Only: 771,
      Female_Only: 5_429,
      Male_Only: 2_445,
      Principal_Manifestation: 395,
      Principal_Questionable_Admit: 27,
      Principal_Unacceptable: 2_406,
      Noncovered_Always: 97,
      Noncovered_Over60: 2,
      Limited_Coverage: 50,
      Wrong_Performed: 3,
      Noncovered_LOS_96hr: 1,
    });
    assert.equal(
      [...byType.values()].reduce((a, b) => a + b, 0),
      14_153,
    );
  });

  test('sex conflict: C53.0 female diagnosis, 0VT00ZZ male procedure', () => {
    const sex = edit(load(), 5);
    assert.deepEqual(
      sex.lists.map((l) => [l.section, l.sex, l.codeType, l.codes.length]),
      [
        ['A', 'female', 'dx', 3_135],
        ['B', 'female', 'pcs', 2_294],
        ['C', 'male', 'dx', 529],
        ['D', 'male', 'pcs', 1_916],
      ],
    );
    assert.equal(sex.lists[0]?.codes.find((c) => c.code === 'C53.0')?.description, 'Malignant neoplasm of endocervix');
    assert.equal(
      sex.lists[3]?.codes.find((c) => c.code === '0VT00ZZ')?.description,
      'Resection of Prostate, Open Approach',
    );
  });

  test('age conflict: N40.0 adult, O00.00 maternity; the transcription gives no age ranges', () => {
    const age = edit(load(), 4);
    const adult = age.lists.find((l) => l.editType === 'Adult_Only');
    assert.ok(adult?.codes.some((c) => c.code === 'N40.0'));
    assert.ok(age.lists.find((l) => l.editType === 'Maternity_Only')?.codes.some((c) => c.code === 'O00.00'));
    assert.ok(age.lists.every((l) => l.ageRange === undefined));
  });
});
