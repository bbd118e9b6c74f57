// checkClaim end to end on the real catalog: order and counts of findings, and properties over random claims
// (fast-check): no schema-shaped claim crashes it, removing a line never adds a PTP finding, same input same output.
// The same on the excerpts of the official files, where the random claims take every code of the short lists.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Catalog } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
import { checkClaim, compareFindings } from './check-claim.js';
import { describeOnCatalogs, type PtpCatalog } from './test-support/catalogs.js';
import { claimOf } from './test-support/claims.js';
import type { ClaimCheckResult, ClaimInput, Finding, RuleId, Severity } from './types.js';

const RULE_IDS: readonly RuleId[] = [
  'code.unknown',
  'code.not-billable',
  'code.not-in-force',
  'code.seventh-character',
  'ptp',
  'mue',
  'addon.no-primary',
  'dx.excludes1',
  'dx.code-first',
  'dx.use-additional',
  'mce.sex',
  'mce.age',
  'mce.manifestation-principal',
  'mce.unacceptable-principal',
  'modifier.unknown',
  'modifier.mismatch',
  'coverage.lab-ncd',
  'pointer.invalid',
  'units.invalid',
  'line.duplicate',
  'release.stale',
];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'review', 'info'];

/** The contract's shape, for every finding of a result. */
function assertWellFormed(result: ClaimCheckResult, lineCount: number): void {
  let errors = 0;
  let warnings = 0;
  let reviews = 0;
  for (const f of result.findings) {
    assert.ok(RULE_IDS.includes(f.rule), f.rule);
    assert.ok(SEVERITIES.includes(f.severity), f.severity);
    for (const l of f.lines) assert.ok(Number.isInteger(l) && l >= 1 && l <= lineCount, `line ${l}`);
    for (const c of f.codes) assert.equal(typeof c, 'string');
    assert.ok(f.message.length > 0);
    for (const k of ['source', 'release', 'file', 'record'] as const) assert.equal(typeof f.citation[k], 'string', k);
    if (f.severity === 'error') errors++;
    if (f.severity === 'warning') warnings++;
    if (f.severity === 'review') reviews++;
  }
  assert.deepEqual(result.summary, { errors, warnings, reviews });
  for (let i = 1; i < result.findings.length; i++) {
    assert.ok(compareFindings(result.findings[i - 1] as Finding, result.findings[i] as Finding) <= 0, 'sorted');
  }
}

describeOnCatalogs('checkClaim on the real catalog', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  test('the contract example: no errors', () => {
    const result = checkClaim(
      {
        dateOfService: '2026-05-01',
        patient: { age: 45, sex: 'F' },
        placeOfService: '11',
        setting: 'practitioner',
        diagnoses: ['J45.41'],
        lines: [{ code: '99214', modifiers: ['25'], units: 1, diagnosisPointers: [1] }],
      },
      { catalog },
    );
    assertWellFormed(result, 1);
    assert.equal(result.summary.errors, 0, JSON.stringify(result.findings, null, 1));
    assert.ok(
      result.findings.some((f) => f.rule === 'ptp' && f.severity === 'info'),
      'PTP not loaded is said',
    );
  });

  test('findings come sorted by severity, then line, then rule, with the counts', () => {
    const result = checkClaim(
      claimOf(
        [
          { code: '99213', units: 0 },
          { code: '93000', modifiers: ['26'] },
          { code: '93000', modifiers: ['26'] },
          '11045',
          { code: '96161', diagnosisPointers: [] },
        ],
        { diagnoses: ['J45.41', 'E11.6'] },
      ),
      { catalog },
    );
    assertWellFormed(result, 5);
    const head = result.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.lines[0] ?? 0, f.rule]);
    assert.deepEqual(head, [
      ['error', 0, 'code.not-billable'],
      ['error', 1, 'units.invalid'],
      ['error', 2, 'modifier.mismatch'],
      ['error', 3, 'modifier.mismatch'],
      ['error', 4, 'addon.no-primary'],
      ['warning', 2, 'line.duplicate'],
      ['warning', 5, 'pointer.invalid'],
    ]);
    assert.deepEqual(result.summary, { errors: 5, warnings: 2, reviews: 0 });
    assert.equal(result.claim.lines[0]?.system, 'cpt');
  });

  test('a claim that breaks the schema throws CLAIM_INVALID', () => {
    assert.throws(
      () =>
        checkClaim({ dateOfService: '2026-05-01', diagnoses: [], lines: [{ code: '99214', units: 'x' }] }, { catalog }),
      (e: unknown) => e instanceof AppError && e.code === 'CLAIM_INVALID' && e.message.startsWith('lines[0].units:'),
    );
  });
});

// ---- properties ----

function sampleEvery<T>(list: readonly T[], step: number): T[] {
  return list.filter((_, i) => i % step === 0);
}

function claimArbitrary(dx: string[], codes: string[]): fc.Arbitrary<ClaimInput> {
  const date = fc.constantFrom(
    '2026-05-01',
    '2026-07-15',
    '2023-05-01',
    '2019-06-01',
    '2003-06-01',
    '1900-01-01',
    '2099-12-31',
  );
  const modifier = fc.constantFrom(
    '25',
    '26',
    'TC',
    '50',
    '59',
    'XS',
    'XU',
    'RT',
    'LT',
    '62',
    '66',
    '80',
    'AS',
    '76',
    '91',
    'ZZ',
    '33',
    'GD',
    '1a',
  );
  const units = fc.oneof(fc.integer({ min: -3, max: 3000 }), fc.double({ min: -5, max: 50, noNaN: true }));
  const line = fc.record(
    {
      code: fc.constantFrom(...codes),
      modifiers: fc.array(modifier, { maxLength: 4 }),
      units,
      diagnosisPointers: fc.array(fc.integer({ min: -2, max: 30 }), { maxLength: 6 }),
      dateOfService: date,
    },
    { requiredKeys: ['code'] },
  );
  return fc.record(
    {
      dateOfService: date,
      patient: fc.record(
        { age: fc.integer({ min: 0, max: 124 }), sex: fc.constantFrom('F', 'M', 'U') },
        { requiredKeys: [] },
      ),
      placeOfService: fc.constantFrom('11', '22', '23'),
      setting: fc.constantFrom('practitioner', 'outpatient-hospital'),
      diagnoses: fc.array(fc.constantFrom(...dx), { maxLength: 10 }),
      lines: fc.array(line, { minLength: 1, maxLength: 12 }),
    },
    { requiredKeys: ['dateOfService', 'diagnoses', 'lines'] },
  ) as fc.Arbitrary<ClaimInput>;
}

describeOnCatalogs('checkClaim properties', (source) => {
  let catalog: Catalog;
  let ptp: PtpCatalog;
  let dx: string[];
  let codes: string[];
  // every n-th code of a real list; every code of an excerpt's short one
  const sample = <T>(list: readonly T[], step: number): T[] => sampleEvery(list, source.official ? step : 1);
  before(async () => {
    catalog = await source.open();
    ptp = await source.withPtp();
    const list = (id: string) => catalog.codeIndex(catalog.releasesById.get(id) ?? assert.fail(id)).layer.codes;
    // real codes (billable and headers, several releases) plus junk and the known hard cases
    dx = [
      ...sample(list('icd10cm:2026'), 397),
      ...sample(list('icd10cm:2021'), 1999),
      ...[
        'E11.6',
        'S72.001',
        'S72.001Z',
        'T36.01A',
        'T36.0X1',
        'S02.0',
        'S30.1XXA',
        'A41.54',
        'E11.99',
        'ZZ999',
        'A',
        '99214',
        'O80',
      ],
    ];
    codes = [
      ...sample(list('cpt:2026-07'), 97),
      ...sample(list('hcpcs:2026-01'), 89),
      ...sample(list('hcpcs:2019'), 401),
      ...[
        '11045',
        '11042',
        '96161',
        '99100',
        '99291',
        '99292',
        '27447',
        'A6460',
        '20930',
        'C8904',
        'XS',
        'E11.9',
        '12345',
        'Z9999',
        '0016070',
        'ABC',
        '1',
      ],
      ...['10060', '11055', '29881', '29877', '93000', '93005', '33935', '33924', '0001U', '36415'],
    ];
  });
  after(() => ptp?.remove());

  test('no schema-shaped claim crashes checkClaim; results are well formed', () => {
    fc.assert(
      fc.property(claimArbitrary(dx, codes), (input) => {
        for (const c of [catalog, ptp.catalog]) assertWellFormed(checkClaim(input, { catalog: c }), input.lines.length);
      }),
      { numRuns: 300, seed: 20260501 },
    );
  });

  test('any JSON value either checks or is refused with CLAIM_INVALID / CLAIM_TOO_MANY_LINES', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          claimArbitrary(dx, codes).map((c) => ({ ...c, lines: [...c.lines, 5] })),
        ),
        (input) => {
          try {
            checkClaim(input, { catalog });
          } catch (e) {
            assert.ok(
              e instanceof AppError && (e.code === 'CLAIM_INVALID' || e.code === 'CLAIM_TOO_MANY_LINES'),
              String(e),
            );
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  test('removing a line never adds a PTP finding', () => {
    const ptpCodes = [
      '10060',
      '11055',
      '29881',
      '29877',
      '93000',
      '93005',
      '33935',
      '33924',
      '33945',
      '0001U',
      '36415',
      '99214',
    ];
    const arb = claimArbitrary(['J45.41'], ptpCodes).chain((c) =>
      fc.record({ claim: fc.constant(c), drop: fc.nat({ max: c.lines.length - 1 }) }),
    );
    const keys = (r: ClaimCheckResult) => {
      const m = new Map<string, number>();
      for (const f of r.findings) {
        if (f.rule !== 'ptp' || f.severity === 'info') continue;
        const k = `${f.severity}|${f.codes.join(',')}`;
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return m;
    };
    let pairsSeen = 0;
    fc.assert(
      fc.property(arb, ({ claim, drop }) => {
        const before = keys(checkClaim(claim, { catalog: ptp.catalog }));
        const fewer = { ...claim, lines: claim.lines.filter((_, i) => i !== drop) };
        if (fewer.lines.length === 0) return;
        const after = keys(checkClaim(fewer, { catalog: ptp.catalog }));
        if (before.size > 0) pairsSeen++;
        for (const [k, n] of after)
          assert.ok(n <= (before.get(k) ?? 0), `${k}: ${n} after, ${before.get(k) ?? 0} before`);
      }),
      { numRuns: 400, seed: 42 },
    );
    assert.ok(pairsSeen > 20, `the generator must produce PTP pairs (${pairsSeen})`);
  });

  test('same input, same output', () => {
    fc.assert(
      fc.property(claimArbitrary(dx, codes), (input) => {
        const a = checkClaim(input, { catalog: ptp.catalog });
        const b = checkClaim(structuredClone(input), { catalog: ptp.catalog });
        assert.deepEqual(b, a);
        assert.equal(JSON.stringify(b), JSON.stringify(a));
      }),
      { numRuns: 150, seed: 99 },
    );
  });
});
