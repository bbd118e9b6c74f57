// The Medicare files joined onto the catalog, against the real files in ../shared/data: counts, fee schedule
// amounts recomputed by hand from the raw CSV cells, NA and status rules, add-on types, MUEs, the plain
// "PTP edits not loaded", GEM combinations, MCE lists with their version, lab NCDs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { isAppError } from '../../shared/index.js';
import { codesetPath, codesetsDir, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import type { Catalog } from '../catalog.js';
import { lookupCode } from '../lookup.js';
import { importedCatalog } from '../test-support/imported-catalog.js';
import type { CodeMedicare } from './code-medicare.js';
import { crosswalk } from './crosswalk.js';
import { computeFee } from './fee.js';
import { type IcdMedicare, labNcdsForDiagnosis } from './icd-medicare.js';
import { listLocalities } from './localities.js';

const RVU_FILE = 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv';
const GPCI_FILE = 'pfs/2026-rvu26c/GPCI2026.csv';

/** Exact cents from decimal strings: RVUs (2 places) × GPCIs (3 places) × CF (4 places), half away from zero. */
function handAmount(rvus: [string, string, string], gpcis: [string, string, string], cf: string): number {
  const scaled = (s: string, places: number): bigint => {
    const [whole = '0', frac = ''] = s.split('.');
    return BigInt(whole + frac.padEnd(places, '0').slice(0, places));
  };
  let sum = 0n; // scale 10^5 (RVU 10^2 × GPCI 10^3)
  for (let i = 0; i < 3; i++) sum += scaled(rvus[i] as string, 2) * scaled(gpcis[i] as string, 3);
  const total = sum * scaled(cf, 4); // scale 10^9
  const cents = (total + 5_000_000n) / 10_000_000n;
  return Number(cents) / 100;
}

function rawRow(lines: string[], code: string, modifier: string): string[] {
  const line = lines.find((l) => l.startsWith(`${code},${modifier},`));
  assert.ok(line, `${code}-${modifier} in the RVU file`);
  return line.split(',');
}

describe('Medicare data on the catalog', { skip: skipUnlessCodesets() }, () => {
  const imported = importedCatalog(codesetsDir);
  let catalog: Catalog;
  before(() => {
    catalog = imported.catalog();
  });
  const release = imported.release;

  test('row counts equal the files', () => {
    assert.equal(release('pfs:2026-07').counts.rvuRows, 19_356);
    assert.equal(release('pfs:2026').counts.gpciLocalities, 98);
    assert.equal(release('pfs:2025').counts.anesthesiaLocalities, 109);
    const ncci = release('ncci:2026-04').counts;
    assert.deepEqual(
      [ncci.addOnEdits, ncci['mue-practitioner'], ncci['mue-outpatient-hospital'], ncci['mue-dme-supplier']],
      [9_000, 15_095, 15_045, 3_083],
    );
    assert.deepEqual(
      [
        release('gems:2018').counts['gems-dx-icd10-icd9'],
        release('gems:2018').counts['gems-dx-icd9-icd10'],
        release('gems:2016').counts['gems-pcs-icd9-icd10'],
        release('gems:2016').counts['gems-pcs-icd10-icd9'],
      ],
      [81_593, 24_860, 70_105, 82_760],
    );
    assert.equal(release('mcd:2026-01').counts.labNcdRows, 66_278);
    assert.equal(release('mcd:2026-01').counts.labNcds, 26);
    assert.ok(
      catalog.manifest.report.verifications.some(
        (v) => v.release === 'ncci:2026-04' && v.ok && v.check.includes('MUE practitioner'),
      ),
    );
  });

  test('fee amounts agree to the cent with a hand computation from the raw CSV cells', () => {
    const rvuLines = readFileSync(codesetPath(RVU_FILE), 'latin1').split(/\r?\n/);
    const gpciLines = readFileSync(codesetPath(GPCI_FILE), 'latin1').split(/\r?\n/);
    const gpciOf = (id: string): [string, string, string] => {
      const [mac, loc] = id.split('-');
      const cells = gpciLines.find((l) => l.startsWith(`${mac},`) && l.split(',')[2] === loc)?.split(',') ?? [];
      return [cells[cells.length - 3], cells[cells.length - 2], cells[cells.length - 1]] as [string, string, string];
    };
    const cases: [string, string, string][] = [
      ['99213', '', '13202-01'],
      ['99214', '', '01112-05'],
      ['11042', '', '04412-99'],
      ['20610', '', '02102-01'],
      ['45378', '', '09202-20'],
      ['45378', '53', '13202-01'],
      ['71046', '26', '01112-05'],
      ['97110', '', '10112-00'],
      ['99214', '', '02102-01'],
      ['20610', '', '13202-01'],
    ];
    let checked = 0;
    for (const [code, modifier, locality] of cases) {
      const c = rawRow(rvuLines, code, modifier);
      const g = gpciOf(locality);
      const fee = computeFee(catalog, { code, modifier, locality });
      const cf = c[25] as string;
      const nonFacility = handAmount([c[5], c[6], c[10]] as [string, string, string], g, cf);
      const facility = handAmount([c[5], c[8], c[10]] as [string, string, string], g, cf);
      if (c[7] !== 'NA') {
        assert.equal(fee.payment.nonFacility, nonFacility, `${code}-${modifier} ${locality} non-facility`);
        checked++;
      }
      if (c[9] !== 'NA') {
        assert.equal(fee.payment.facility, facility, `${code}-${modifier} ${locality} facility`);
        checked++;
      }
      assert.equal(
        fee.citation[0]?.line,
        rvuLines.indexOf(rvuLines.find((l) => l.startsWith(`${code},${modifier},`)) as string) + 1,
      );
    }
    assert.ok(checked >= 18, `${checked} figures checked`);
  });

  test('NA flags and status codes give no amount, with the reason', () => {
    const knee = computeFee(catalog, { code: '27447', locality: 'manhattan' });
    assert.equal(knee.payment.nonFacility, null);
    assert.ok(typeof knee.payment.facility === 'number');
    const xray = computeFee(catalog, { code: '71046', locality: '13202-01' });
    assert.equal(xray.payment.facility, null);
    const bundled = computeFee(catalog, { code: '20930', locality: '13202-01' });
    assert.equal(bundled.payment.nonFacility, null);
    assert.ok(
      bundled.payment.reasons.some((r) => /bundled/i.test(r)),
      bundled.payment.reasons.join('; '),
    );
    assert.equal(bundled.indicators.status, 'B');
  });

  test('bad fee input: a modifier with no row, an ambiguous or unknown locality, a code not on the file', () => {
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (isAppError(e)) return `${e.code}: ${e.message}`;
        throw e;
      }
      return 'no error';
    };
    assert.match(
      code(() => computeFee(catalog, { code: '99213', modifier: '26', locality: 'manhattan' })),
      /^FEE_NO_MODIFIER_ROW: .*PC\/TC indicator 0/,
    );
    assert.match(
      code(() => computeFee(catalog, { code: '99213', locality: 'new' })),
      /^LOCALITY_AMBIGUOUS: .*13202-99 REST OF NEW YORK/,
    );
    assert.match(
      code(() => computeFee(catalog, { code: '99213', locality: 'atlantis' })),
      /^LOCALITY_UNKNOWN/,
    );
    assert.match(
      code(() => computeFee(catalog, { code: 'E11.9', locality: 'manhattan' })),
      /^FEE_CODE_NOT_PRICED_FILE/,
    );
  });

  test('localities carry counties and anesthesia factors, and say the CY2025 files are older', () => {
    const list = listLocalities(catalog);
    assert.equal(list.localities.length, 98);
    const manhattan = list.localities.find((l) => l.id === '13202-01');
    assert.equal(manhattan?.anesthesia?.conversionFactor, 22.76);
    assert.match(manhattan?.counties?.counties ?? '', /NEW YORK/);
    assert.ok(
      list.warnings.some((w) =>
        w.includes('Anesthesia conversion factors are from Medicare Physician Fee Schedule 2025'),
      ),
    );
  });

  test('a lookup carries add-on, MUE and a plain "PTP edits not loaded"', () => {
    const m = lookupCode(catalog, { code: '99292' }).medicare as CodeMedicare;
    assert.ok(!('notLoaded' in m.addOn));
    if (!('notLoaded' in m.addOn)) {
      assert.equal(m.addOn.isAddOn, true);
      assert.equal(m.addOn.type, 1);
      assert.deepEqual(m.addOn.types, [1]);
      assert.deepEqual(m.addOn.primaries, ['99291']);
    }
    assert.equal(m.mue.practitioner?.meaning, 'Date of service edit: clinical');
    assert.equal(m.ptp.loaded, false);
    assert.match(m.ptp.loaded ? '' : m.ptp.message, /^PTP edits not loaded/);
    const contractor = lookupCode(catalog, { code: '64727' }).medicare as CodeMedicare;
    assert.ok(!('notLoaded' in contractor.addOn) && contractor.addOn.contractorDefinedPrimaries);
    assert.deepEqual(m.warnings, []);
    const earlier = lookupCode(catalog, { code: '99292', date: '2025-05-01' }).medicare as CodeMedicare;
    assert.ok(
      earlier.warnings.some((w) => w.includes('No loaded Medicare NCCI release is in force on 2025-05-01')),
      earlier.warnings.join('; '),
    );
    const j1100 = lookupCode(catalog, { code: 'J1100' }).medicare as CodeMedicare;
    assert.equal(j1100.mue.practitioner?.value, 120);
  });

  test('GEM combination entries are grouped by scenario and choice list', () => {
    const r = crosswalk(catalog, { code: 'R65.21', from: 'icd10', to: 'icd9' });
    assert.deepEqual(r.scenarios, [
      {
        scenario: 1,
        choiceLists: [
          { choiceList: 1, codes: ['785.52'] },
          { choiceList: 2, codes: ['995.92'] },
        ],
      },
    ]);
    const back = crosswalk(catalog, { code: '250.00', from: 'icd9', to: 'icd10' });
    assert.equal(back.mappings[0]?.code, 'E11.9');
    assert.equal(back.mappings[0]?.title, 'Type 2 diabetes mellitus without complications');
    const gems = (lookupCode(catalog, { code: 'R65.21' }).medicare as IcdMedicare).gems;
    assert.ok(!('notLoaded' in gems) && gems.toIcd9?.scenarios.length === 1);
  });

  test('MCE lists with their version; the older sex lists are shown with the deactivation', () => {
    const maternity = (lookupCode(catalog, { code: 'O00.00' }).medicare as IcdMedicare).mce;
    assert.ok(!('notLoaded' in maternity));
    if (!('notLoaded' in maternity)) {
      assert.deepEqual(maternity.lists[0]?.ageRange, { min: 9, max: 64 });
      assert.equal(maternity.lists[0]?.version, '43.1');
    }
    const cervix = (lookupCode(catalog, { code: 'C53.0', date: '2020-05-01' }).medicare as IcdMedicare).mce;
    assert.ok(!('notLoaded' in cervix) && cervix.lists.some((l) => l.sex === 'female' && l.official === false));
    assert.ok(
      !('notLoaded' in cervix) &&
        cervix.lists.every((l) => l.sex !== 'female' || /10\/01\/2024/.test(l.inactive ?? '')),
    );
    const mce = catalog.layer(release('mce:2026-04'), 'mce');
    assert.match(mce.edits.find((e) => /sex/i.test(e.name))?.deactivated ?? '', /10\/01\/2024/);
  });

  test('a lab NCD entry that ended is not shown after its termination date', () => {
    const layer = catalog.layer(release('mcd:2026-01'), 'mcd-lab-ncd');
    const i = layer.dxTermination.findIndex((t) => t !== null && t < '2025-01-01');
    assert.ok(i >= 0, 'an ended entry');
    const code = layer.dxKeys[i] as string;
    const ncd = layer.dxNcds[i] as string;
    const ended = layer.dxTermination[i] as string;
    const after = labNcdsForDiagnosis(catalog, code, '2026-02-01') ?? [];
    assert.ok(!after.some((n) => n.ncd === ncd && n.line === layer.dxLines[i]), `${code} in ${ncd} ended ${ended}`);
    const dayBefore = new Date(Date.parse(`${ended}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const before = labNcdsForDiagnosis(catalog, code, dayBefore) ?? [];
    assert.ok(before.some((n) => n.ncd === ncd && n.line === layer.dxLines[i]));
  });

  test('lab NCDs list diagnoses with their resolution, and the CPT codes they cover', () => {
    const dx = (lookupCode(catalog, { code: 'K92.1' }).medicare as IcdMedicare).labNcds ?? [];
    assert.ok(dx.some((n) => n.ncd === '190.34' && n.coverage === 'covered'));
    const cpt = (lookupCode(catalog, { code: '82272' }).medicare as CodeMedicare).labNcds ?? [];
    assert.ok(cpt.some((n) => n.ncd === '190.34'));
  });
});
