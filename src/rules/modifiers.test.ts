// modifier.unknown on the real HCPCS Level II files (2019, 2020-10, 2026-01) and modifier.mismatch on the real
// PFS RVU26C indicators; the same cases on the excerpts of those files.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { pickLayer, rvuRows } from './catalog-data.js';
import { modifierMismatch } from './modifier-mismatch.js';
import { modifierUnknown } from './modifier-unknown.js';
import { describeOnCatalogs } from './test-support/catalogs.js';
import { claimOf, DOS, runRule } from './test-support/claims.js';
import type { Severity } from './types.js';

describeOnCatalogs('modifier.unknown', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  // [modifier, date, severity or undefined for none, text]
  const cases: [string, string, Severity | undefined, string][] = [
    ['XS', DOS, undefined, ''],
    ['RT', DOS, undefined, ''],
    ['59', DOS, undefined, ''],
    ['26', DOS, undefined, ''],
    ['ZZ', DOS, 'error', 'ZZ is not a HCPCS Level II modifier in HCPCS Level II 2026-01 or any loaded release'],
    ['GD', DOS, 'error', 'HCPCS terminated it on 2019-12-31'],
    ['GD', '2019-06-01', undefined, ''],
    ['33', DOS, 'info', 'CPT (Level I) modifiers are licensed by the AMA and no CPT modifier list is loaded'],
  ];
  for (const [modifier, date, severity, says] of cases) {
    test(`${modifier} on ${date} -> ${severity ?? 'no finding'}`, () => {
      const findings = runRule(
        modifierUnknown,
        claimOf([{ code: '99214', modifiers: [modifier] }], { dateOfService: date }),
        catalog,
      );
      if (!severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      assert.equal(findings[0]?.severity, severity);
      assert.ok(findings[0]?.message.includes(says), findings[0]?.message);
      assert.deepEqual(findings[0]?.lines, [1]);
    });
  }

  test('a modifier added after the date of service', () => {
    const old = catalog.codeIndex(catalog.releasesById.get('hcpcs:2020-10') ?? assert.fail('hcpcs:2020-10'));
    const now = catalog.codeIndex(catalog.releasesById.get('hcpcs:2026-01') ?? assert.fail('hcpcs:2026-01'));
    const added = now.layer.codes.find((c) => c.length === 2 && !old.byKey.has(c));
    assert.ok(added, 'the 2026 file has modifiers the 2020 file lacks');
    const [f] = runRule(
      modifierUnknown,
      claimOf([{ code: 'G0463', modifiers: [added] }], { dateOfService: '2020-11-01' }),
      catalog,
    );
    assert.equal(f?.severity, 'error');
    assert.match(f?.message ?? '', /first appears in HCPCS Level II 2026-01/);
  });

  test('the citation points at the modifier line of the HCPCS file', () => {
    const [f] = runRule(modifierUnknown, claimOf([{ code: '99214', modifiers: ['GD'] }]), catalog);
    assert.equal(f?.citation.release, 'hcpcs:2026-01');
    assert.equal(f?.citation.file, 'hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.txt');
    assert.match(f?.citation.record ?? '', /^line \d+: modifier GD, termination date 2019-12-31$/);
  });

  test('unchecked CPT modifiers are reported once for the claim', () => {
    const findings = runRule(
      modifierUnknown,
      claimOf([
        { code: '99214', modifiers: ['33'] },
        { code: '99213', modifiers: ['95', '33'] },
      ]),
      catalog,
    );
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.codes, ['33', '95']);
    assert.deepEqual(findings[0]?.lines, [1, 2]);
  });
});

describeOnCatalogs('modifier.mismatch against the real fee schedule indicators', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  function indicator(code: string, column: 'pctcIndicator' | 'bilateral' | 'coSurgeon' | 'teamSurgery' | 'assistant') {
    const picked = pickLayer(catalog, 'pfs', 'pfs-rvu', DOS);
    const row = picked && rvuRows(picked.layer, code)?.find((r) => r.modifier === '');
    assert.ok(row, `${code} is in the RVU file`);
    return row[column];
  }

  // [code, modifier, column, indicator in RVU26C, severity or undefined, text]
  type Column = Parameters<typeof indicator>[1];
  const cases: [string, string, Column, string, Severity | undefined, string][] = [
    ['93000', '26', 'pctcIndicator', '4', 'error', 'Global test only code'],
    ['93010', '26', 'pctcIndicator', '2', 'error', 'professional component already'],
    ['93005', 'TC', 'pctcIndicator', '3', 'error', 'technical component already'],
    ['99213', '26', 'pctcIndicator', '0', 'error', 'modifiers 26 and TC cannot be used'],
    ['71046', '26', 'pctcIndicator', '1', undefined, ''],
    ['71046', 'TC', 'pctcIndicator', '1', undefined, ''],
    ['11042', '50', 'bilateral', '0', 'error', 'BILAT SURG indicator is 0'],
    ['11010', '50', 'bilateral', '2', 'error', 'bilateral by definition'],
    ['36415', '50', 'bilateral', '9', 'warning', 'Concept does not apply'],
    ['27447', '50', 'bilateral', '1', undefined, ''],
    ['70030', '50', 'bilateral', '3', undefined, ''],
    ['11450', '62', 'coSurgeon', '0', 'error', 'not permitted'],
    ['12007', '62', 'coSurgeon', '1', 'review', 'documentation'],
    ['15756', '62', 'coSurgeon', '2', undefined, ''],
    ['11450', '66', 'teamSurgery', '0', 'error', 'Team surgeons (modifier 66) not permitted'],
    ['15999', '66', 'teamSurgery', '1', 'review', 'medical necessity of a surgical team'],
    ['22818', '66', 'teamSurgery', '2', undefined, ''],
    ['10060', '80', 'assistant', '1', 'error', 'Statutory payment restriction'],
    ['10060', 'AS', 'assistant', '1', 'error', 'ASST SURG indicator is 1'],
    ['10004', '82', 'assistant', '0', 'review', 'documentation establishing medical necessity'],
    ['12018', '80', 'assistant', '2', undefined, ''],
  ];
  for (const [code, modifier, column, value, severity, says] of cases) {
    test(`${modifier} on ${code} (${column} ${value}) -> ${severity ?? 'no finding'}`, () => {
      assert.equal(indicator(code, column), value, 'the RVU file still has this indicator');
      const findings = runRule(modifierMismatch, claimOf([{ code, modifiers: [modifier] }]), catalog);
      if (!severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      assert.equal(f?.rule, 'modifier.mismatch');
      assert.equal(f?.severity, severity);
      assert.deepEqual(f?.codes, [code, modifier]);
      assert.ok(f?.message.includes(says), f?.message);
      assert.equal(f?.citation.file, 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv');
      assert.match(f?.citation.record ?? '', new RegExp(`^line \\d+: ${code}, [A-Z ]+ ${value}$`));
    });
  }

  test('outpatient hospital claims: indicators not applied, said once', () => {
    const findings = runRule(
      modifierMismatch,
      claimOf([{ code: '93000', modifiers: ['26'] }, { code: '11042', modifiers: ['50'] }, '99213'], {
        setting: 'outpatient-hospital',
      }),
      catalog,
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'info');
    assert.deepEqual(findings[0]?.codes, ['26', '50']);
    assert.deepEqual(findings[0]?.lines, [1, 2]);
  });

  test('no payment modifiers, no finding', () => {
    assert.deepEqual(runRule(modifierMismatch, claimOf([{ code: '93000', modifiers: ['59', 'XS'] }]), catalog), []);
  });
});
