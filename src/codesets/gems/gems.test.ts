import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse, skipUnlessCodesets, timed } from '../../shared/test-support/codesets.js';
import { dotIcd9cm, dotIcd9Procedure } from './code-format.js';
import { parseGem } from './gem-file.js';
import { combinationClusters, groupBySource, groupMappings } from './mapping-groups.js';
import type { GemEntry } from './types.js';

// Rows as the 2018 ICD-10-CM -> ICD-9-CM file writes them (source padded to 8, target to 6), plus one bad line.
const I10_SMALL = [
  'A000    0010  00000',
  'R6521   78552 10111',
  'R6521   99592 10112',
  'T422X1A 9660  10121',
  'T422X1A 9662  10111',
  'T422X1A E8558 10112',
  'T422X1A E8558 10122',
  'T8853XD v5889 10000',
  'Z6740   NoDx  11000',
  'Z6741   NoDx  1100',
  '',
].join('\n');

const I9PCS_SMALL = [
  '3774  02HN0JZ 10000',
  '3774  02HN0JZ 10111',
  '3774  02PA0MZ 10112',
  '9051  NoPCS   11000',
  '',
].join('\n');

function targets(entries: GemEntry[]): (string | null)[] {
  return entries.map((e) => e.target);
}

describe('parseGem on a hand-made ICD-10-CM -> ICD-9-CM file', () => {
  const { records, issues, direction } = parseGem(I10_SMALL, '2018_I10gem.txt');

  test('tells the direction from the codes, and the file name agrees', () => {
    assert.deepEqual(direction, {
      kind: 'dx',
      source: 'icd10cm',
      target: 'icd9cm',
      forward: false,
      detectedFrom: 'content and file name',
    });
  });

  test('decodes the five flag digits and dots both codes', () => {
    assert.equal(records.length, 9);
    assert.deepEqual(records[1], {
      source: 'R65.21',
      target: '785.52',
      sourceRaw: 'R6521',
      targetRaw: '78552',
      flags: { approximate: true, noMap: false, combination: true, scenario: 1, choiceList: 1 },
      flagsRaw: '10111',
      line: 2,
    });
    assert.deepEqual(
      records.map((r) => [r.source, r.target]),
      [
        ['A00.0', '001.0'],
        ['R65.21', '785.52'],
        ['R65.21', '995.92'],
        ['T42.2X1A', '966.0'],
        ['T42.2X1A', '966.2'],
        ['T42.2X1A', 'E855.8'],
        ['T42.2X1A', 'E855.8'],
        ['T88.53XD', 'V58.89'],
        ['Z67.40', null],
      ],
    );
  });

  test('a no-map row has a null target and keeps "NoDx" as written', () => {
    const noDx = records[8];
    assert.equal(noDx?.targetRaw, 'NoDx');
    assert.equal(noDx?.flags.noMap, true);
    assert.equal(noDx?.flags.approximate, true);
  });

  test('a bad line is an issue with its line number; a lower-case code is read and reported', () => {
    assert.deepEqual(issues, [
      { file: '2018_I10gem.txt', line: 8, field: 'target', message: 'lower-case code "v5889" read as "V5889"' },
      {
        file: '2018_I10gem.txt',
        line: 10,
        field: 'flags',
        message: '"1100" is not five flag digits (three 0/1, scenario, choice list)',
      },
    ]);
  });

  test('groups a combination entry by scenario and choice list', () => {
    const bySource = groupBySource(records);
    const sepsis = groupMappings(bySource.get('R65.21') ?? []);
    assert.equal(sepsis.noMap, false);
    assert.deepEqual(sepsis.plain, []);
    assert.deepEqual(
      sepsis.scenarios.map((s) => [s.scenario, s.choiceLists.map((l) => [l.choiceList, targets(l.entries)])]),
      [
        [
          1,
          [
            [1, ['785.52']],
            [2, ['995.92']],
          ],
        ],
      ],
    );
    const [scenario] = sepsis.scenarios;
    assert.ok(scenario);
    assert.deepEqual(combinationClusters(scenario).map(targets), [['785.52', '995.92']]);

    const poisoning = groupMappings(bySource.get('T42.2X1A') ?? []);
    assert.deepEqual(
      poisoning.scenarios.map((s) => combinationClusters(s).map(targets)),
      [[['966.2', 'E855.8']], [['966.0', 'E855.8']]],
    );
  });

  test('a plain mapping and a no-map source', () => {
    const bySource = groupBySource(records);
    const cholera = groupMappings(bySource.get('A00.0') ?? []);
    assert.deepEqual(targets(cholera.plain), ['001.0']);
    assert.deepEqual(cholera.scenarios, []);
    const blood = groupMappings(bySource.get('Z67.40') ?? []);
    assert.deepEqual(
      { noMap: blood.noMap, plain: blood.plain, scenarios: blood.scenarios },
      {
        noMap: true,
        plain: [],
        scenarios: [],
      },
    );
  });

  test('groupMappings refuses rows of two sources, or none', () => {
    assert.throws(() => groupMappings(records.slice(0, 2)), RangeError);
    assert.throws(() => groupMappings([]), RangeError);
  });
});

describe('parseGem on a hand-made ICD-9 procedure -> ICD-10-PCS file', () => {
  test('the codes alone tell the direction; one source has single and combination rows', () => {
    const { records, issues, direction } = parseGem(I9PCS_SMALL, 'renamed.txt');
    assert.deepEqual(issues, []);
    assert.deepEqual(direction, {
      kind: 'pcs',
      source: 'icd9proc',
      target: 'icd10pcs',
      forward: true,
      detectedFrom: 'content',
    });
    assert.deepEqual(
      records.map((r) => [r.source, r.target]),
      [
        ['37.74', '02HN0JZ'],
        ['37.74', '02HN0JZ'],
        ['37.74', '02PA0MZ'],
        ['90.51', null],
      ],
    );
    const lead = groupMappings(records.filter((r) => r.source === '37.74'));
    assert.deepEqual(targets(lead.plain), ['02HN0JZ']);
    assert.deepEqual(
      lead.scenarios[0]?.choiceLists.map((l) => targets(l.entries)),
      [['02HN0JZ'], ['02PA0MZ']],
    );
  });

  test('a file name that contradicts the codes is reported, the codes win', () => {
    const { issues, direction } = parseGem(I9PCS_SMALL, 'gem_pcsi9.txt');
    assert.equal(direction.source, 'icd9proc');
    assert.deepEqual(issues, [
      {
        file: 'gem_pcsi9.txt',
        line: 1,
        field: 'direction',
        message:
          'the file name says ICD-10-PCS to ICD-9-CM procedures but the codes are ICD-9-CM procedures to ICD-10-PCS; read as ICD-9-CM procedures to ICD-10-PCS',
      },
    ]);
  });

  test('only the file name can tell ICD-9 procedure from ICD-9-CM diagnosis no-map rows', () => {
    const text = '9051  NoPCS   11000\n';
    assert.equal(parseGem(text, 'gem_i9pcs.txt').direction.detectedFrom, 'content and file name');
    assert.throws(
      () => parseGem(text, 'mapping.txt'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });

  test('a file of ICD-10-CM codes and titles is not a GEM', () => {
    assert.throws(
      () => parseGem('A000    Cholera due to Vibrio cholerae 01, biovar cholerae\nA001    Cholera\n', 'codes.txt'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

describe('ICD-9 dotting conventions', () => {
  test('diagnoses: 3 digits then dot, E codes 4, V codes 3; procedures 2', () => {
    assert.deepEqual(['0010', '042', '99592', 'V08', 'V5889', 'E030', 'E8558'].map(dotIcd9cm), [
      '001.0',
      '042',
      '995.92',
      'V08',
      'V58.89',
      'E030',
      'E855.8',
    ]);
    assert.deepEqual(['016', '0001', '3774'].map(dotIcd9Procedure), ['01.6', '00.01', '37.74']);
  });
});

const I10GEM = 'gems/2018/2018_I10gem.txt';
const I9GEM = 'gems/2018/2018_I9gem.txt';
const I9PCS = 'gems/2016-pcs/gem_i9pcs.txt';
const PCSI9 = 'gems/2016-pcs/gem_pcsi9.txt';
const i10gem = lazyParse(I10GEM, parseGem);
const i9gem = lazyParse(I9GEM, parseGem);
const i9pcs = lazyParse(I9PCS, parseGem);
const pcsi9 = lazyParse(PCSI9, parseGem);

describe('the staged GEM files', { skip: skipUnlessCodesets(I10GEM, I9GEM, I9PCS, PCSI9) }, () => {
  test('every line is read, in the direction the name says', (t) => {
    const expected = [
      [i10gem, 81_593, 'icd10cm', 'icd9cm'],
      [i9gem, 24_860, 'icd9cm', 'icd10cm'],
      [i9pcs, 70_105, 'icd9proc', 'icd10pcs'],
      [pcsi9, 82_760, 'icd10pcs', 'icd9proc'],
    ] as const;
    for (const [load, count, source, target] of expected) {
      const { value, parseMs } = load();
      t.diagnostic(`${source} -> ${target}: ${value.records.length} rows parsed in ${parseMs} ms`);
      assert.equal(value.records.length, count);
      assert.equal(value.direction.source, source);
      assert.equal(value.direction.target, target);
      assert.equal(value.direction.detectedFrom, 'content and file name');
    }
  });

  test('the only issues are the files own slips: one lower-case code, two "NoI9" rows without the no-map flag', () => {
    assert.deepEqual(i9gem().value.issues, []);
    assert.deepEqual(i9pcs().value.issues, []);
    assert.deepEqual(
      i10gem().value.issues.map((i) => [i.line, i.message]),
      [[73_170, 'lower-case code "v5889" read as "V5889"']],
    );
    assert.deepEqual(
      pcsi9().value.issues.map((i) => [i.line, i.message]),
      [
        [82_751, '10000: the target is a no-map placeholder but the no-map flag is off'],
        [82_752, '10000: the target is a no-map placeholder but the no-map flag is off'],
      ],
    );
  });

  test('no-map rows: NoDx in the diagnosis GEMs, NoPCS from ICD-9 procedures', () => {
    const noMap = (rows: GemEntry[]) => rows.filter((r) => r.target === null);
    assert.equal(noMap(i10gem().value.records).length, 731);
    assert.equal(noMap(i9gem().value.records).length, 422);
    assert.deepEqual(new Set(noMap(i9pcs().value.records).map((r) => r.targetRaw)), new Set(['NoPCS']));
    assert.equal(noMap(i9pcs().value.records).length, 210);
    assert.equal(noMap(pcsi9().value.records).length, 2);
  });

  test('R65.21 severe sepsis with septic shock maps to two ICD-9-CM codes in one scenario', () => {
    const rows = i10gem().value.records.filter((r) => r.source === 'R65.21');
    assert.deepEqual(
      rows.map((r) => [r.line, r.target, r.flagsRaw]),
      [
        [28_426, '785.52', '10111'],
        [28_427, '995.92', '10112'],
      ],
    );
    const group = groupMappings(rows);
    assert.equal(group.scenarios.length, 1);
    const [scenario] = group.scenarios;
    assert.ok(scenario);
    assert.deepEqual(combinationClusters(scenario).map(targets), [['785.52', '995.92']]);
  });

  test('every combination scenario has choice lists 1..n, n >= 2, and groups in reasonable time', (t) => {
    for (const load of [i10gem, i9gem, i9pcs, pcsi9]) {
      const { value: groups, ms } = timed(() => [...groupBySource(load().value.records).values()].map(groupMappings));
      let scenarios = 0;
      for (const group of groups) {
        for (const scenario of group.scenarios) {
          scenarios++;
          const numbers = scenario.choiceLists.map((l) => l.choiceList);
          assert.ok(numbers.length >= 2, `${group.source} scenario ${scenario.scenario}`);
          assert.deepEqual(
            numbers,
            numbers.map((_, i) => i + 1),
            group.source,
          );
        }
        assert.ok(!(group.noMap && (group.plain.length > 0 || group.scenarios.length > 0)), group.source);
      }
      t.diagnostic(
        `${load().value.direction.source}: ${groups.length} sources, ${scenarios} scenarios, grouped in ${ms} ms`,
      );
    }
  });

  test('37.74 has single and combination rows for the same targets, as the technical documentation shows', () => {
    const group = groupMappings(i9pcs().value.records.filter((r) => r.source === '37.74'));
    assert.equal(group.plain.length, 6);
    assert.deepEqual(
      group.scenarios.map((s) => s.choiceLists.map((l) => l.entries.length)),
      [[6, 4]],
    );
    const [scenario] = group.scenarios;
    assert.ok(scenario);
    assert.equal(combinationClusters(scenario).length, 24);
  });
});
