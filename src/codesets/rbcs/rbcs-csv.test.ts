import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../config.js';
import { AppError } from '../../shared/index.js';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { isRbcsHeader, parseRbcsCsv } from './index.js';

// CMS's own mixed-case header, as data.cms.gov publishes it
const HEADER =
  'HCPCS_Cd,RBCS_ID,RBCS_Cat,RBCS_Cat_Desc,RBCS_Cat_Subcat,RBCS_Subcat_Desc,RBCS_FamNumb,RBCS_Family_Desc,RBCS_Major_Ind,HCPCS_Cd_Add_Dt,HCPCS_Cd_End_Dt,RBCS_Latest_Assignment,First_RBCS_Release_Year,RBCS_Analysis_Start_Dt,RBCS_Analysis_End_Dt,Alt_Assignment_Method,RBCS_ID_Ever_Reassigned';
const KNEE =
  '27447,PM014M,P,Procedure,PM,Musculoskeletal,014,"Arthroplasty - Knee",M,01/01/1984,12/31/9999,1,2020,01/01/2014,12/31/9999,0,0';

describe('parseRbcsCsv', () => {
  test('reads a mixed-case header and a row, with open dates as null', () => {
    const r = parseRbcsCsv(`${HEADER}\r\n${KNEE}\r\n`, 'rbcs.csv');
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.records, [
      {
        code: '27447',
        rbcsId: 'PM014M',
        category: 'P',
        categoryName: 'Procedure',
        subcategory: 'PM',
        subcategoryName: 'Musculoskeletal',
        familyNumber: '014',
        familyName: 'Arthroplasty - Knee',
        major: 'M',
        codeAdded: '1984-01-01',
        codeEnded: null,
        firstReleaseYear: 2020,
        assignedFrom: '2014-01-01',
        assignedTo: null,
        alternativeAssignment: false,
        everReassigned: false,
        line: 2,
      },
    ]);
  });

  test('keeps the latest assignment of a code and counts the earlier ones', () => {
    const text = [
      HEADER.toLowerCase(),
      'A4719,RD000N,R,Treatment,RD,Dialysis,000,"No RBCS Family",N,01/01/2002,12/31/9999,0,2021,01/01/2014,12/31/2020,0,1',
      'A4719,RD028N,R,Treatment,RD,Dialysis,028,"Peritoneal Dialysis",N,01/01/2002,12/31/9999,1,2023,01/01/2014,12/31/9999,0,1',
    ].join('\n');
    const r = parseRbcsCsv(text, 'rbcs.csv');
    assert.deepEqual(r.issues, []);
    assert.equal(r.earlierAssignments, 1);
    assert.deepEqual(
      r.records.map((x) => [x.code, x.rbcsId, x.assignedTo, x.everReassigned, x.line]),
      [['A4719', 'RD028N', null, true, 3]],
    );
  });

  test('a bad row is an issue naming line and field; the other rows are read', () => {
    const text = [
      HEADER,
      '2744,PM014M,P,Procedure,PM,Musculoskeletal,014,Knee,M,01/01/1984,12/31/9999,1,2020,01/01/2014,12/31/9999,0,0',
      '27446,PM014M,P,Procedure,PM,Musculoskeletal,014,Knee,X,01/01/1984,12/31/9999,1,2020,01/01/2014,12/31/9999,0,0',
      '27445,PM014M,P,Procedure,PM,Musculoskeletal,014,Knee,M,1984-01-01,12/31/9999,1,2020,01/01/2014,12/31/9999,0,0',
      '27444,PM014M,P,Procedure,XM,Musculoskeletal,014,Knee,M,01/01/1984,12/31/9999,1,2020,01/01/2014,12/31/9999,0,0',
      '27443,PM014M,P,Procedure,PM,Musculoskeletal,014,Knee,M,01/01/1984,12/31/9999,2,2020,01/01/2014,12/31/9999,0,0',
      '27442,PM014M,P,Procedure',
      KNEE,
      KNEE.replace('Knee"', 'Knee again"'),
      '99999,EV001N,E,E&M,EV,Office,001,Office,N,01/01/1992,12/31/9999,0,2020,01/01/2014,12/31/9999,0,0',
    ].join('\n');
    const r = parseRbcsCsv(text, 'rbcs.csv');
    assert.deepEqual(
      r.records.map((x) => [x.code, x.familyName]),
      [['27447', 'Arthroplasty - Knee']],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.line, i.field]),
      [
        [2, 'hcpcs_cd'],
        [3, 'rbcs_major_ind'],
        [4, 'hcpcs_cd_add_dt'],
        [5, 'rbcs_cat_subcat'],
        [6, 'rbcs_latest_assignment'],
        [7, undefined],
        [9, 'rbcs_latest_assignment'],
        [10, 'rbcs_latest_assignment'],
      ],
    );
    assert.match(r.issues[6]?.message ?? '', /27447 has a latest assignment already \(line 8\)/);
    assert.match(r.issues[7]?.message ?? '', /99999 has no row with RBCS_Latest_Assignment = 1/);
  });

  test('a file that is not RBCS is refused, naming what the header lacks', () => {
    assert.equal(isRbcsHeader('HCPCS,MOD,DESCRIPTION'), false);
    assert.equal(isRbcsHeader(HEADER), true);
    assert.throws(
      () => parseRbcsCsv('hcpcs_cd,rbcs_id,rbcs_cat\n27447,PM014M,P\n', 'x.csv'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED' && /rbcs_cat_desc/.test(e.message),
    );
  });

  test('the excerpt reads without an issue and keeps one row per code', () => {
    const file = path.join(projectRoot, 'src/catalog/fixtures/excerpts/rbcs/2025/RBCS_RY_2025.csv');
    const r = parseRbcsCsv(readFileSync(file, 'utf8'), file);
    assert.deepEqual(r.issues, []);
    assert.equal(r.records.length, new Set(r.records.map((x) => x.code)).size);
    assert.equal(r.earlierAssignments, 3);
  });

  const real = 'rbcs/2025/RBCS_RY_2025.csv';
  test('the release year 2025 file: one latest assignment for each of its codes', {
    skip: skipUnlessCodesets(real),
  }, () => {
    const r = parseRbcsCsv(readFileSync(codesetPath(real), 'utf8'), real);
    assert.deepEqual(r.issues, []);
    // MANIFEST: 18,882 data rows, 16,618 distinct codes, exactly one latest assignment per code
    assert.equal(r.records.length, 16618);
    assert.equal(r.records.length + r.earlierAssignments, 18882);
    const knee = r.records.find((x) => x.code === '27447');
    assert.deepEqual(
      [knee?.categoryName, knee?.subcategoryName, knee?.familyName, knee?.major],
      ['Procedure', 'Musculoskeletal', 'Arthroplasty - Knee', 'M'],
    );
    assert.equal(new Set(r.records.map((x) => x.category)).size, 8);
  });
});
