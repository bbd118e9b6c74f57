// A CPT code page in Debian's Chromium against the real server on the mini catalog: the locality picker is a plain
// form (JavaScript off, so it cannot lean on the client bundle): choose a locality, send it, and the page shows
// that locality's amounts beside the national ones, with the choice kept; axe finds no serious or critical
// violation on it; screenshots in test-results/.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations } from './test-support/axe.js';
import { type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';

describe('a CPT page in the browser', { skip: chromiumMissing }, () => {
  let app: BrowserApp;
  before(async () => {
    app = await startBrowserApp();
  });
  after(async () => {
    await app?.close();
  });

  async function text(page: Page, selector: string): Promise<string> {
    return ((await page.locator(selector).first().textContent()) ?? '').trim();
  }

  test('choose a locality in the picker, send it: the amounts of that locality are shown', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.base}/codes/cpt/99213`);
    assert.equal(await text(page, '#payment td.national-nf'), '$95.19');
    assert.equal(await page.locator('#payment td.locality-nf').count(), 0);

    await page.selectOption('#locality', '13202-01');
    await Promise.all([page.waitForURL(/locality=13202-01/), page.click('.locality-picker button[type="submit"]')]);
    // (1.30 x 1.063 + 1.46 x 1.318 + 0.09 x 1.285) x 33.4009
    assert.equal(await text(page, '#payment td.locality-nf'), '$114.29');
    assert.equal(await text(page, '#payment td.national-nf'), '$95.19');
    assert.equal(await page.locator('#locality').inputValue(), '13202-01', 'the choice is kept');
    await page.screenshot({ path: resolve(RESULTS, 'cpt-page-locality.png'), fullPage: true });

    await page.selectOption('#locality', '04412-99');
    await Promise.all([page.waitForURL(/locality=04412-99/), page.click('.locality-picker button[type="submit"]')]);
    // (1.30 x 1.000 + 1.46 x 0.900 + 0.09 x 0.934) x 33.4009
    assert.equal(await text(page, '#payment td.locality-nf'), '$90.12');
    assert.match(await text(page, '#indicators'), /Global days\s*XXX\s*The global concept does not apply/);
    await context.close();
  });

  test('axe: no serious or critical violations on a CPT page with a locality', async () => {
    // axe is injected as an inline script, which the app's Content-Security-Policy rightly refuses
    const page = await app.browser.newPage({ bypassCSP: true });
    await page.goto(`${app.base}/codes/cpt/99213?locality=13202-01`);
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
});
