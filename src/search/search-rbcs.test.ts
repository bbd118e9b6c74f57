// RBCS in search, on the catalog of the excerpts: CPT codes found by their CMS family's words, the match labelled as
// the CMS RBCS category, the result's title never descriptor text.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from '../catalog/catalog.js';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { SearchIndex, searchCodes } from './index.js';

describe('search by RBCS family (excerpts)', () => {
  let index: SearchIndex;
  before(async () => {
    index = SearchIndex.build(Catalog.open(await excerptCatalogDir()));
  });

  test('"knee arthroplasty" finds 27447 through its RBCS family, labelled as a CMS category', () => {
    const r = searchCodes(index, 'knee arthroplasty', { limit: 5 }).results;
    const knee = r.find((x) => x.code === '27447');
    assert.ok(knee, r.map((x) => x.code).join(' '));
    assert.equal(knee.system, 'cpt');
    assert.equal(knee.title, null);
    assert.deepEqual(knee.matched, {
      kind: 'rbcs',
      text: 'CMS RBCS category: Procedure › Musculoskeletal › Arthroplasty - Knee',
    });
  });

  test('"office visit established" finds the established-patient office E&M codes', () => {
    const r = searchCodes(index, 'office visit established', { limit: 10 }).results;
    const cpt = r.filter((x) => x.system === 'cpt').map((x) => x.code);
    // the established-patient family first; the new-patient family (only "office" matches) after it, if at all
    assert.deepEqual(cpt.slice(0, 5), ['99211', '99212', '99213', '99214', '99215'], cpt.join(' '));
  });

  test('a code with no RBCS family is not searched by its subcategory alone', () => {
    // 00840 is Anesthesia with no family: "anesthesia" does not reach it through RBCS
    const r = searchCodes(index, 'anesthesia', { limit: 20 }).results;
    assert.ok(!r.some((x) => x.code === '00840' && x.matched.kind === 'rbcs'));
  });
});
