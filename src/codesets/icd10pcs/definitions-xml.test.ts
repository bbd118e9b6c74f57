import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { parsePcsDefinitions } from './definitions-xml.js';
import { readFixture } from './test-support/fixtures.js';

describe('parsePcsDefinitions on the hand-made fixture', () => {
  const { definitions, issues } = parsePcsDefinitions(readFixture('definitions-small.xml'), 'definitions-small.xml');

  test('reads sections, axes and terms with title, definition, explanation and includes', () => {
    assert.equal(definitions.version, '2026');
    assert.deepEqual(definitions.sections, [
      { code: '0', label: 'Medical and Surgical' },
      { code: 'X', label: 'New Technology' },
    ]);
    assert.deepEqual(definitions.terms[0], {
      section: '0',
      axisPos: 3,
      axisTitle: 'Operation',
      title: 'Excision',
      definition: 'Cutting out or off, without replacement, a portion of a body part',
      explanation: 'The qualifier DIAGNOSTIC is used to identify excision procedures that are biopsies',
      includes: ['Partial nephrectomy, liver biopsy'],
      titles: ['Excision'],
      line: 9,
    });
    assert.deepEqual(
      definitions.terms.map((t) => [t.section, t.axisPos, t.title]),
      [
        ['0', 3, 'Excision'],
        ['0', 4, '1st Toe, Left'],
        ['X', 5, 'Open'],
      ],
    );
  });

  test('an entry with several titles keeps them all, the first as its title', () => {
    const toe = definitions.terms[1];
    assert.deepEqual(toe?.titles, ['1st Toe, Left', '1st Toe, Right']);
    assert.deepEqual(toe?.includes, ['Hallux']);
    assert.equal(toe?.definition, undefined);
  });

  test('reads the device aggregation table', () => {
    assert.deepEqual(definitions.deviceAggregations, [
      {
        device: 'Cardiac Lead, Defibrillator',
        operation: 'Insertion',
        bodySystems: ['Heart and Great Vessels'],
        parent: { code: 'M', label: 'Cardiac Lead' },
        line: 39,
      },
    ]);
  });

  test('an entry without a title is an issue and is skipped', () => {
    assert.deepEqual(issues, [
      { file: 'definitions-small.xml', line: 15, field: 'title', message: '<terms> without a <title>; skipped' },
    ]);
  });

  test('the tables file is CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parsePcsDefinitions(readFixture('tables-small.xml'), 'tables-small.xml'),
      (e) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

const FY2026_DEFINITIONS = 'icd10pcs/2026/icd10pcs_definitions_2026.xml';

describe('FY2026 definitions (official file)', { skip: skipUnlessCodesets(FY2026_DEFINITIONS) }, () => {
  const definitions = lazyParse(FY2026_DEFINITIONS, parsePcsDefinitions);

  test('16 sections and 954 entries, without an issue', (t) => {
    const { value, parseMs } = definitions();
    t.diagnostic(`parse ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.definitions.version, '2026');
    assert.equal(value.definitions.sections?.length, 16);
    assert.equal(new Set(value.definitions.terms.map((term) => term.section)).size, 16);
    assert.equal(value.definitions.terms.length, 954);
    assert.equal(value.definitions.deviceAggregations?.length, 60);
  });

  test("Excision's definition", () => {
    const excision = definitions().value.definitions.terms.find(
      (term) => term.section === '0' && term.axisPos === 3 && term.title === 'Excision',
    );
    assert.equal(excision?.axisTitle, 'Operation');
    assert.equal(excision?.definition, 'Cutting out or off, without replacement, a portion of a body part');
    assert.deepEqual(excision?.includes, ['Partial nephrectomy, liver biopsy']);
  });
});
