// `codedesk lookup` of a CPT code on the catalog of the excerpts: the JSON carries the code's RBCS classification as
// `classification` and `rbcs`; the readable output names it as a CMS RBCS category, the title still unlicensed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { projectRoot } from '../config.js';

const main = resolve(projectRoot, 'src/cli/main.ts');

describe('codedesk lookup with RBCS', () => {
  let env: NodeJS.ProcessEnv;
  before(async () => {
    env = { ...process.env, CODEDESK_DATA_DIR: await excerptCatalogDir() };
  });
  const codedesk = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env });

  test('--json: classification and rbcs, source RBCS, with the release and source line', () => {
    const r = codedesk(['lookup', '27447', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.title, null);
    for (const field of ['classification', 'rbcs']) {
      const c = out[field];
      assert.deepEqual(
        [c.source, c.category, c.subcategory, c.family, c.major, c.release.id],
        ['RBCS', 'Procedure', 'Musculoskeletal', 'Arthroplasty - Knee', true, 'rbcs:2025'],
      );
      assert.match(c.sourceFile, /RBCS_RY_2025\.csv$/);
    }
  });

  test('the readable output names the CMS RBCS category', () => {
    const r = codedesk(['lookup', '27447']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^27447 {2}\(CPT descriptor not licensed\)/);
    assert.match(
      r.stdout,
      /CMS RBCS category: Procedure › Musculoskeletal › Arthroplasty - Knee · major procedure \(CMS Restructured BETOS Classification System \(RBCS\) 2025\)/,
    );
  });
});
