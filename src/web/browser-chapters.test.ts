// Browser tests of ICD-10-CM's chapter and section pages and of the meter's header rule: Debian's Chromium driven
// by playwright-core against the real server on a loopback port, on the mini catalog, a guest allowed 1 code page.
// From a chapter to its section to a code by the links a reader clicks (the breadcrumb back up by titles), axe-core
// on the section page, and a guest browsing E11 → E11.6 → E11.65 who spends one view, on E11.65. Screenshots of
// the section page and of a header page once the view is spent are written to test-results/.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeSource, type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';

describe('chapters, sections and the meter in the browser', { skip: chromiumMissing }, () => {
  let app: BrowserApp;
  let browser: Browser;
  before(async () => {
    app = await startBrowserApp({ env: { GUEST_CODE_VIEWS: '1', RATE_LIMIT_PER_MINUTE: '100000' } });
    browser = app.browser;
  });
  after(async () => {
    await app?.close();
  });

  /** a new guest (its own cookies) on a page; bypassCSP for axe's inline script */
  async function guestAt(path: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(app.base + path);
    return { context, page };
  }

  test('a section page: reached from its chapter, titled, its categories listed, its breadcrumb by titles', async () => {
    const { context, page } = await guestAt('/codes/icd10cm/chapter/4');
    assert.match((await page.locator('h1').textContent()) ?? '', /E00-E89\s+Chapter 4: Endocrine/);
    await Promise.all([
      page.waitForURL(/\/codes\/icd10cm\/E08-E13$/),
      page.locator('a[href="/codes/icd10cm/E08-E13"]').click(),
    ]);
    assert.equal((await page.locator('h1').textContent())?.trim(), 'E08-E13 Diabetes mellitus');
    const crumbs = await page.locator('nav.breadcrumb a').allTextContents();
    assert.deepEqual(crumbs, ['ICD-10-CM diagnoses', 'Chapter 4: Endocrine, nutritional and metabolic diseases']);
    assert.ok(await page.locator('#children a[href="/codes/icd10cm/E11"]').isVisible());
    await page.addScriptTag({ content: axeSource });
    const serious = await page.evaluate(async () => {
      const r = await (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    assert.deepEqual(serious, []);
    await page.screenshot({ path: resolve(RESULTS, 'section-page.png'), fullPage: true });
    // the section page is the hierarchy: no view was spent reading it
    assert.equal(await page.locator('.meter').count(), 0);
    await Promise.all([
      page.waitForURL(/\/chapter\/4$/),
      page.locator('nav.breadcrumb a', { hasText: 'Chapter 4' }).click(),
    ]);
    await context.close();
  });

  test('the meter: browsing E11 → E11.6 → E11.65 spends one view; a header then still lists its codes', async () => {
    const { context, page } = await guestAt('/codes/icd10cm/E08-E13');
    await page.locator('#children a[href="/codes/icd10cm/E11"]').click();
    await page.waitForURL(/\/codes\/icd10cm\/E11$/);
    assert.match(
      (await page.locator('.meter').textContent()) ?? '',
      /1 code page view remaining\..*did not use a view/s,
    );
    await page.locator('a[href="/codes/icd10cm/E11.6"]').first().click();
    await page.waitForURL(/\/codes\/icd10cm\/E11\.6$/);
    assert.match((await page.locator('.meter').textContent()) ?? '', /1 code page view remaining/);
    await page.locator('#children a[href="/codes/icd10cm/E11.65"]').click();
    await page.waitForURL(/\/codes\/icd10cm\/E11\.65$/);
    assert.match((await page.locator('.meter').textContent()) ?? '', /0 code page views remaining/);
    assert.equal(await page.locator('.locked-banner').count(), 0, 'the code itself is read in full');
    assert.equal(await page.locator('#notes .locked').count(), 0);
    assert.ok((await page.locator('#notes li').count()) > 0, 'the notes are shown');
    // back up to the header: its detailed sections lock, its codes stay to choose from
    await page.goto(`${app.base}/codes/icd10cm/E11.6`);
    assert.equal(await page.locator('.locked-banner').count(), 1);
    assert.ok(await page.locator('#children a[href="/codes/icd10cm/E11.65"]').isVisible());
    assert.ok(await page.locator('.locked-banner a[href="/register"]').isVisible(), 'the way to more views');
    await page.screenshot({ path: resolve(RESULTS, 'header-page-locked.png'), fullPage: true });
    await context.close();
  });
});
