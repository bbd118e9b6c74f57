import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
import { MAX_CLAIM_LINES, normalizeClaim } from './claim.js';
import { describeOnCatalogs } from './test-support/catalogs.js';
import { claimOf, DOS } from './test-support/claims.js';

function invalid(catalog: Catalog, input: unknown): AppError {
  try {
    normalizeClaim(input, catalog);
  } catch (e) {
    assert.ok(e instanceof AppError, `not an AppError: ${String(e)}`);
    return e;
  }
  assert.fail('the claim was accepted');
}

describeOnCatalogs('normalizeClaim', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  const good = claimOf(['99214']);
  const line0 = good.lines[0];

  // [what, input, field named in the message]
  const cases: [string, unknown, string][] = [
    ['not an object', [], 'claim'],
    ['unknown top-level field', { ...good, claimId: 'x' }, 'claimId'],
    ['missing date', { ...good, dateOfService: undefined }, 'dateOfService'],
    ['not a real date', { ...good, dateOfService: '2026-02-30' }, 'dateOfService'],
    ['US date', { ...good, dateOfService: '05/01/2026' }, 'dateOfService'],
    ['date before 1900', { ...good, dateOfService: '1899-12-31' }, 'dateOfService'],
    ['age too high', { ...good, patient: { age: 125 } }, 'patient.age'],
    ['age fractional', { ...good, patient: { age: 4.5 } }, 'patient.age'],
    ['age negative', { ...good, patient: { age: -1 } }, 'patient.age'],
    ['sex', { ...good, patient: { sex: 'X' } }, 'patient.sex'],
    ['unknown patient field', { ...good, patient: { gender: 'F' } }, 'patient.gender'],
    ['setting', { ...good, setting: 'inpatient' }, 'setting'],
    ['place of service one digit', { ...good, placeOfService: '1' }, 'placeOfService'],
    ['place of service number', { ...good, placeOfService: 11 }, 'placeOfService'],
    ['diagnoses not an array', { ...good, diagnoses: 'J45.41' }, 'diagnoses'],
    ['diagnosis not a string', { ...good, diagnoses: ['J45.41', 7] }, 'diagnoses[1]'],
    ['diagnosis with a space inside', { ...good, diagnoses: ['J45 41'] }, 'diagnoses[0]'],
    ['26 diagnoses', { ...good, diagnoses: Array.from({ length: 26 }, () => 'J45.41') }, 'diagnoses'],
    ['no lines', { ...good, lines: [] }, 'lines'],
    ['line not an object', { ...good, lines: ['99214'] }, 'lines[0]'],
    ['line without code', { ...good, lines: [{ units: 1 }] }, 'lines[0].code'],
    ['misspelt modifiers', { ...good, lines: [{ ...line0, modifier: ['25'] }] }, 'lines[0].modifier'],
    [
      'five modifiers',
      { ...good, lines: [{ ...line0, modifiers: ['25', '59', 'XS', 'RT', 'LT'] }] },
      'lines[0].modifiers',
    ],
    [
      'three-character modifier',
      { ...good, lines: [line0, { ...line0, modifiers: ['250'] }] },
      'lines[1].modifiers[0]',
    ],
    ['units as text', { ...good, lines: [{ ...line0, units: '1' }] }, 'lines[0].units'],
    ['pointer as text', { ...good, lines: [{ ...line0, diagnosisPointers: ['1'] }] }, 'lines[0].diagnosisPointers[0]'],
    [
      'pointer fractional',
      { ...good, lines: [{ ...line0, diagnosisPointers: [1.5] }] },
      'lines[0].diagnosisPointers[0]',
    ],
    ['line date', { ...good, lines: [{ ...line0, dateOfService: '2026-13-01' }] }, 'lines[0].dateOfService'],
  ];
  for (const [what, input, field] of cases) {
    test(`CLAIM_INVALID names the field: ${what}`, () => {
      const e = invalid(catalog, input);
      assert.equal(e.code, 'CLAIM_INVALID');
      assert.equal(e.status, 400);
      assert.equal(e.exitCode, 2);
      assert.ok(e.message.startsWith(`${field}: `), e.message);
    });
  }

  test('a line error also gives the 1-based claim line', () => {
    const e = invalid(catalog, { ...good, lines: [line0, line0, { ...line0, units: 'two' }] });
    assert.match(e.message, /^lines\[2\]\.units: must be a number, not "two" \(claim line 3\)$/);
  });

  test('more than 50 lines is CLAIM_TOO_MANY_LINES', () => {
    const e = invalid(catalog, claimOf(Array.from({ length: MAX_CLAIM_LINES + 1 }, () => '99214')));
    assert.equal(e.code, 'CLAIM_TOO_MANY_LINES');
    assert.match(e.message, /51 lines; the limit is 50/);
    assert.equal(
      normalizeClaim(claimOf(Array.from({ length: MAX_CLAIM_LINES }, () => '99214')), catalog).lines.length,
      50,
    );
  });

  test('zero, negative and fractional units pass through for the units rule', () => {
    const claim = normalizeClaim(
      claimOf([
        { code: '99214', units: 0 },
        { code: '99214', units: -2 },
        { code: '99214', units: 1.5 },
      ]),
      catalog,
    );
    assert.deepEqual(
      claim.lines.map((l) => l.units),
      [0, -2, 1.5],
    );
  });

  test('normalizes spellings, systems and defaults', () => {
    const claim = normalizeClaim(
      {
        dateOfService: DOS,
        patient: { age: 0, sex: 'f' },
        diagnoses: [' j4541 ', 'e11.65', 'S72001A', 'zz999', 'q9999', 'E1'],
        lines: [
          { code: '99214', modifiers: ['25'] },
          {
            code: ' j3301 ',
            modifiers: ['rt', 'xs'],
            units: 2,
            diagnosisPointers: [1, 2],
            dateOfService: '2026-05-02',
          },
          { code: 'abc12' },
          { code: 'e11.9', units: null, modifiers: null, diagnosisPointers: null },
        ],
      },
      catalog,
    );
    assert.equal(claim.setting, 'practitioner');
    assert.deepEqual(claim.patient, { age: 0, sex: 'F' });
    assert.equal(claim.placeOfService, undefined);
    assert.deepEqual(claim.diagnoses, ['J45.41', 'E11.65', 'S72.001A', 'ZZ999', 'Q99.99', 'E1']);
    assert.deepEqual(claim.lines[0], {
      line: 1,
      code: '99214',
      system: 'cpt',
      modifiers: ['25'],
      units: 1,
      diagnosisPointers: [],
      dateOfService: DOS,
    });
    assert.deepEqual(claim.lines[1], {
      line: 2,
      code: 'J3301',
      system: 'hcpcs',
      modifiers: ['RT', 'XS'],
      units: 2,
      diagnosisPointers: [1, 2],
      dateOfService: '2026-05-02',
    });
    assert.equal(claim.lines[2]?.system, undefined);
    assert.equal(claim.lines[2]?.code, 'ABC12');
    assert.equal(claim.lines[3]?.code, 'E11.9');
    assert.equal(claim.lines[3]?.system, undefined);
    assert.equal(claim.lines[3]?.units, 1);
  });

  test('the outpatient hospital setting and a place of service are kept', () => {
    const claim = normalizeClaim(claimOf(['G0463'], { setting: 'outpatient-hospital', placeOfService: '22' }), catalog);
    assert.equal(claim.setting, 'outpatient-hospital');
    assert.equal(claim.placeOfService, '22');
  });
});
