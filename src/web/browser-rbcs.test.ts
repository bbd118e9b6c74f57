// In Chromium (headless, against the real server on a loopback port, on the catalog of the excerpts): a CPT code page
// shows the code's CMS classification (RBCS) and its family link leads to the family's page, which lists the code by
// number and links back to it. Screenshots of both pages in test-results/.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { CHROMIUM, chromiumMissing, RESULTS } from './test-support/browser-app.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

describe('a CPT page with its RBCS classification, in the browser', { skip: chromiumMissing }, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  before(async () => {
    t = await startTestApp({ catalogDir: await excerptCatalogDir() });
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  test('27447: Procedure › Musculoskeletal › Arthroplasty - Knee, major procedure; the family page lists it', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/codes/cpt/27447`);
    const section = page.locator('section#rbcs');
    assert.equal(await section.locator('h2').textContent(), 'CMS classification (RBCS)');
    const path = ((await section.locator('.rbcs-path').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    assert.equal(path, 'Procedure › Musculoskeletal › Arthroplasty - Knee Major procedure');
    assert.ok(await section.isVisible());
    await page.screenshot({ path: resolve(RESULTS, 'cpt-page-rbcs.png'), fullPage: true });
    await Promise.all([
      page.waitForURL(/\/browse\/rbcs\/PM014$/),
      section.getByRole('link', { name: 'Arthroplasty - Knee' }).click(),
    ]);
    assert.equal(await page.locator('h1').textContent(), 'Arthroplasty - Knee');
    await page.screenshot({ path: resolve(RESULTS, 'browse-rbcs-family.png'), fullPage: true });
    await Promise.all([page.waitForURL(/\/codes\/cpt\/27447$/), page.getByRole('link', { name: /^27447/ }).click()]);
    await page.close();
  });
});
