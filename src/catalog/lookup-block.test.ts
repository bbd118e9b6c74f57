// ICD-10-CM chapters and sections as lookups, and the codes close to a missing one, on the mini catalog (a FY2023
// tabular with chapters 4 and 19, a FY2026 code list).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { isAppError } from '../shared/index.js';
import type { Catalog } from './catalog.js';
import { closeCodes, oneEditAway } from './close-codes.js';
import { lookupCode } from './lookup.js';
import { isBlockRange, lookupCmBlock } from './lookup-block.js';
import { importedCatalog } from './test-support/imported-catalog.js';
import { miniCodesets } from './test-support/mini-codesets.js';

const refusedWith = (code: string) => (e: unknown) => isAppError(e) && e.code === code;

describe('ICD-10-CM chapters and sections (lookupCmBlock)', () => {
  const mini = importedCatalog(miniCodesets);
  let catalog: Catalog;
  before(() => {
    catalog = mini.catalog();
  });

  test('a section by its range: title, its chapter as parent, its categories from the code list in force', () => {
    const s = lookupCmBlock(catalog, { range: 'e08-e13' });
    assert.equal(s.kind, 'section');
    assert.equal(s.code, 'E08-E13');
    assert.equal(s.title, 'Diabetes mellitus');
    assert.equal(s.chapter, '4');
    assert.deepEqual(s.parent, {
      system: 'icd10cm',
      kind: 'chapter',
      code: 'E00-E89',
      title: 'Endocrine, nutritional and metabolic diseases',
      billable: false,
      chapter: '4',
    });
    assert.deepEqual(
      s.children.map((c) => [c.kind, c.code, c.title]),
      [['category', 'E11', 'Type 2 diabetes mellitus']],
    );
    assert.deepEqual(s.hierarchy, [
      { level: 'chapter', code: 'E00-E89', title: 'Chapter 4: Endocrine, nutritional and metabolic diseases' },
    ]);
    assert.equal(s.notesRelease.id, 'icd10cm:2023');
    assert.equal(s.release.id, 'icd10cm:2026');
    assert.ok(s.warnings.some((w) => w.code === 'notes.older-release'));
  });

  test('a chapter by its number or by the range its title states (not the span of its sections)', () => {
    const byNumber = lookupCmBlock(catalog, { chapter: 19 });
    assert.equal(byNumber.kind, 'chapter');
    // the chapter's only section is S70-S79: the range is the title's, S00-T88
    assert.equal(byNumber.code, 'S00-T88');
    assert.equal(byNumber.parent, null);
    assert.deepEqual(
      byNumber.children.map((c) => [c.kind, c.code, c.title]),
      [['section', 'S70-S79', 'Injuries to the hip and thigh']],
    );
    assert.deepEqual(lookupCmBlock(catalog, { range: 'S00-T88' }), byNumber);
    assert.equal(lookupCmBlock(catalog, { chapter: '4' }).code, 'E00-E89');
  });

  test('bad and unknown blocks are refused in the error catalogue’s words', () => {
    assert.throws(() => lookupCmBlock(catalog, { range: 'E08-E14' }), refusedWith('CATALOG_UNKNOWN_BLOCK'));
    assert.throws(() => lookupCmBlock(catalog, { chapter: 22 }), refusedWith('CATALOG_UNKNOWN_BLOCK'));
    assert.throws(() => lookupCmBlock(catalog, { range: 'E08' }), refusedWith('BAD_INPUT'));
    assert.throws(() => lookupCmBlock(catalog, { chapter: 'x' }), refusedWith('BAD_INPUT'));
    assert.throws(() => lookupCmBlock(catalog, {}), refusedWith('BAD_INPUT'));
    assert.throws(() => lookupCmBlock(catalog, { range: 'E08-E13', date: '2026-02-30' }), refusedWith('BAD_DATE'));
    assert.ok(isBlockRange('g10-g14'));
    assert.ok(!isBlockRange('E11.9'));
  });

  test('a code lookup’s hierarchy names the chapter by the range its title states', () => {
    const code = lookupCode(catalog, { code: 'S72.001A' });
    assert.deepEqual(code.hierarchy[0], {
      level: 'chapter',
      code: 'S00-T88',
      title: 'Chapter 19: Injury, poisoning and certain other consequences of external causes',
    });
  });

  test('close codes: one edit away, then the same category; nothing for a code of no category', () => {
    // XYZ.99: no category XYZ and nothing one character away — no suggestion at all
    assert.deepEqual(closeCodes(catalog, { code: 'XYZ.99' }), []);
    assert.deepEqual(closeCodes(catalog, { code: 'XYZ.99', system: 'icd10cm' }), []);
    // a typo of E11.65 (a character changed): E11.65 first
    const typo = closeCodes(catalog, { code: 'E11.66', system: 'icd10cm' });
    assert.deepEqual(
      typo.filter((c) => c.oneEdit).map((c) => c.code),
      ['E11.6', 'E11.65'],
    );
    // a code of the category, more than one edit from any code: the category's codes, nearest first
    const category = closeCodes(catalog, { code: 'E11.777', system: 'icd10cm' });
    assert.ok(category.length > 0);
    assert.ok(category.every((c) => c.code.startsWith('E11') && !c.oneEdit));
    // a swapped pair of characters (S72.010A for S72.001A)
    assert.equal(closeCodes(catalog, { code: 'S72.010A', system: 'icd10cm' })[0]?.code, 'S72.001A');
    assert.ok(oneEditAway('E119').has('E1A9'));
    assert.ok(oneEditAway('E119').has('E19'));
    assert.ok(oneEditAway('E119').has('E1109'));
    assert.ok(!oneEditAway('E119').has('E119'));
  });
});
