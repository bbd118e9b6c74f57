import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Classification, classifyFile } from './classify.js';
import type { SourceFile } from './discover.js';

function classify(path: string, head = ''): Classification {
  const parts = path.split('/');
  const name = parts[parts.length - 1] as string;
  const file: SourceFile = {
    displayPath: path,
    name,
    folder: parts[parts.length - 2] ?? '',
    size: 0,
    read: async () => Buffer.alloc(0),
  };
  return classifyFile(file, head);
}

function label(c: Classification): string {
  if (!c.recognized) return `skipped: ${c.reason}`;
  return `${c.kind} ${c.system}:${c.label.year}${c.label.month ? `-${String(c.label.month).padStart(2, '0')}` : ''}`;
}

test('Medicare files are recognised with their releases, whatever the year', () => {
  assert.equal(label(classify('ncci/2026Q2/AOC_V2026Q2-MCR.xlsx')), 'ncci-aoc ncci:2026-04');
  assert.equal(label(classify('ncci/x/MCR_MUE_PractitionerServices_Eff_10-01-2031.csv')), 'ncci-mue ncci:2031-10');
  assert.equal(label(classify('ncci/ptp/ccipra-v321r0-f1.txt')), 'ncci-ptp ncci:2026-04');
  assert.equal(label(classify('ncci/ptp/ccioph-v330r0-f2.txt')), 'ncci-ptp ncci:2027-01');
  assert.equal(label(classify('pfs/2026-rvu26c/GPCI2026.csv')), 'pfs-gpci pfs:2026');
  assert.equal(label(classify('pfs/2025-rvu25a/25LOCCO.csv')), 'pfs-locco pfs:2025');
  assert.equal(label(classify('pfs/2025-rvu25a/ANES2025.csv')), 'pfs-anes pfs:2025');
  assert.match(label(classify('pfs/2025-rvu25a/ANES2025.xlsx')), /^skipped: same data as the ANES \.csv/);
  assert.equal(label(classify('gems/2016-pcs/gem_i9pcs.txt')), 'gem gems:2016');
  assert.equal(label(classify('gems/2018/2018_I10gem.txt')), 'gem gems:2018');
  assert.equal(
    label(classify('mce/v43.1/Definitions of Medicare Code Edits_v_43_1.txt')),
    'mce-definitions mce:2026-04',
  );
  assert.equal(label(classify('mce/v37/MCE_Simple_Code_Edits_v37.txt')), 'mce-simple mce:2020');
  assert.equal(
    label(classify('mcd/lab-ncd-2026100/2026100-Initial-ICD10-NCD-Spreadsheet-20250721.xlsx')),
    'mcd-lab-ncd mcd:2026-01',
  );
});

test('code-set files and documentation', () => {
  assert.equal(
    label(classify('icd10cm/2027/icd10cm_order_2027.txt', '00001 A00     0 Cholera')),
    'cm-order icd10cm:2027',
  );
  assert.equal(
    label(classify('icd10pcs/2027/icd10pcs_order_2027.txt', '00001 001     0 Central')),
    'pcs-order icd10pcs:2027',
  );
  assert.equal(label(classify('hcpcs/2026-04/HCPC2026_APR_ANWEB.txt')), 'hcpcs-txt hcpcs:2026-04');
  assert.equal(
    label(classify('x/icd10cm_tabular_2027.xml', '<?xml version="1.0"?>\n<ICD10CM.tabular>\n<version>2027</version>')),
    'cm-tabular icd10cm:2027',
  );
  // the HCPCS record layout and processing notes give the meanings and note texts of the ANWEB records: read
  assert.equal(label(classify('hcpcs/2026-01/HCPC2026_recordlayout.txt')), 'hcpcs-layout hcpcs:2026-01');
  assert.equal(label(classify('hcpcs/2019/HCPCS2019_recordlayout.txt')), 'hcpcs-layout hcpcs:2019');
  assert.equal(label(classify('hcpcs/2026-01/proc_notes_JAN2026.txt')), 'hcpcs-proc-notes hcpcs:2026-01');
  assert.match(label(classify('hcpcs/2019/HCPC2019_README.txt')), /^skipped: documentation/);
  // addenda: the year's changes, read for code history; the system from the path (the PCS name says neither)
  assert.equal(
    label(classify('icd10cm/2027/icd10cm_order_addenda_2027.txt', 'Add:         1 B8801   Infestation')),
    'cm-addenda icd10cm:2027',
  );
  assert.equal(
    label(classify('icd10pcs/2027/order_addenda_2027.txt', 'Add:         00H033J Insertion')),
    'pcs-addenda icd10pcs:2027',
  );
  assert.match(label(classify('icd10cm/2027/addenda_notes_2027.txt', 'Changes this year')), /^skipped: documentation/);
  assert.match(
    label(classify('cpt/2026/licensed.tsv', '\u00EF\u00BB\u00BFcode\tshort_description\tlong_description\n')),
    /^cpt-licensed cpt:2026/,
  );
});

test('an RBCS file is recognised by its header (any case) or its name, its release year from the name or folder', () => {
  const header = 'hcpcs_cd,rbcs_id,rbcs_cat,rbcs_cat_desc';
  assert.equal(label(classify('rbcs/2025/RBCS_RY_2025.csv', header)), 'rbcs rbcs:2025');
  // CMS's mixed-case header, a name that does not say RBCS, a newer release in its folder
  assert.equal(label(classify('rbcs/2026/export.csv', 'HCPCS_Cd,RBCS_ID,RBCS_Cat')), 'rbcs rbcs:2026');
  assert.match(label(classify('data/rbcs/rbcs.csv', header)), /skipped: RBCS file without a recognisable release/);
});
