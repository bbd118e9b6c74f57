// Browser tests of dates of service (Debian's Chromium, the mini catalog, the app's clock fixed at 2026-12-07, after
// every loaded release ended): the code page's date picker showing an older release, the stale-release notice on a
// code page and on the home page, axe on each, and screenshots in test-results/.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations } from './test-support/axe.js';
import { type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';

describe('dates of service in the browser', { skip: chromiumMissing }, () => {
  let app: BrowserApp | undefined;
  before(async () => {
    app = await startBrowserApp({ now: () => new Date('2026-12-07T12:00:00Z') });
  });
  after(() => app?.close());

  async function open(path: string): Promise<Page> {
    // axe is injected inline, which the app's Content-Security-Policy rightly refuses
    assert.ok(app, 'browser app started');
    const page = await app.browser.newPage({ bypassCSP: true });
    await page.goto(app.base + path);
    return page;
  }

  test('a code page on today says the loaded release ended; the date picker shows an older release', async () => {
    const page = await open('/codes/icd10cm/E11.9');
    const notice = page.locator('.stale-notice');
    assert.match((await notice.textContent()) ?? '', /ICD-10-CM FY2026, ended on 2026-09-30.*codedesk data fetch/);
    assert.match((await page.locator('p.release').first().textContent()) ?? '', /ICD-10-CM FY2026/);
    assert.deepEqual(await seriousViolations(page), [], 'stale code page');
    await page.screenshot({ path: resolve(RESULTS, 'code-page-stale.png'), fullPage: true });
    // choose a date of service in FY2023 with the picker
    await page.locator('#dos').fill('2023-01-15');
    await Promise.all([page.waitForURL(/\?date=2023-01-15$/), page.locator('#date-of-service button').click()]);
    assert.match(
      (await page.locator('p.release').first().textContent()) ?? '',
      /ICD-10-CM FY2023 \(2022-10-01 to 2023-09-30\)/,
    );
    assert.equal(await page.locator('.stale-notice').count(), 0);
    assert.equal(await page.locator('#dos').inputValue(), '2023-01-15');
    assert.deepEqual(await seriousViolations(page), [], 'dated code page');
    await page.screenshot({ path: resolve(RESULTS, 'code-page-dated.png'), fullPage: true });
    await page.close();
  });

  test('a code page with ?date= of an older release, and its history with the years not loaded', async () => {
    const page = await open('/codes/icd10cm/E11.99?date=2023-01-15');
    assert.match((await page.locator('h1').textContent()) ?? '', /E11\.99/);
    assert.match((await page.locator('p.release').first().textContent()) ?? '', /ICD-10-CM FY2023/);
    const history = (await page.locator('#history').textContent()) ?? '';
    assert.match(history, /FY2024–FY2025 \(2023-10-01 to 2025-09-30\): not loaded/);
    assert.match(history, /ICD-10-CM FY2026 \(2025-10-01 to 2026-09-30\): deleted/);
    await page.close();
  });

  test("the home page's Releases in force says which loaded releases have ended", async () => {
    const page = await open('/');
    const section = page.locator('#releases');
    assert.match((await section.textContent()) ?? '', /On 2026-12-07 \(today\)/);
    const notice = (await section.locator('.stale-notice').textContent()) ?? '';
    assert.match(notice, /HCPCS Level II 2026-01, ended on 2026-03-31/);
    assert.match(notice, /ICD-10-CM FY2026, ended on 2026-09-30/);
    assert.deepEqual(await seriousViolations(page), [], 'home');
    await page.screenshot({ path: resolve(RESULTS, 'home-stale.png'), fullPage: true });
    await page.close();
  });
});
