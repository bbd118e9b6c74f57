import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctLevels } from './code-page-breadcrumb.js';

test('a section whose range is its chapter’s is not a second step of the breadcrumb', () => {
  const levels = [
    { level: 'chapter', code: 'U00-U49', title: 'Chapter 22: Codes for special purposes' },
    { level: 'section', code: 'U00-U49', title: 'Provisional assignment of new diseases' },
    { level: 'code', code: 'U07', title: 'Emergency use of U07' },
  ];
  assert.deepEqual(
    distinctLevels(levels).map((l) => l.level),
    ['chapter', 'code'],
  );
  // distinct ranges are all kept
  assert.equal(
    distinctLevels([levels[0] as (typeof levels)[0], { ...(levels[1] as (typeof levels)[0]), code: 'U00-U09' }]).length,
    2,
  );
});
