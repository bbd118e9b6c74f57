// Browser tests: Debian's Chromium (headless, --no-sandbox) driven by playwright-core against the real server
// on a loopback port, on the mini catalog. Search-as-you-type to a code page with the keyboard, the words that
// complete the input (type-ahead's phrases, escaped) and a search for one, browsing to a code, the 404 page's
// suggestion, axe-core on home, search and code pages (no serious or critical
// violations), and screenshots of the home page and a code page in test-results/.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  type BrowserApp,
  chromiumMissing,
  RESULTS,
  seriousViolations,
  startBrowserApp,
} from './test-support/browser-app.js';

describe('in the browser', { skip: chromiumMissing }, () => {
  let app: BrowserApp;
  let browser: Browser;
  let base: string;

  before(async () => {
    // the meter stays off (startTestApp's default): these tests read many code pages as one guest
    // two lay phrases beside the index terms: one as the lay-term dictionary would give it, one made to be escaped
    app = await startBrowserApp({
      extraPhrases: [
        { phrase: 'sugar diabetes', code: 'E11.9' },
        { phrase: '<img src=x onerror="window.__xss=1"> sugar diabetes', code: 'E11.9' },
      ],
    });
    browser = app.browser;
    base = app.base;
  });
  after(async () => {
    await app?.close();
  });

  // axe is injected as an inline script, which the app's Content-Security-Policy rightly refuses
  async function open(path: string, forAxe = false): Promise<Page> {
    const page = await browser.newPage(forAxe ? { bypassCSP: true } : {});
    await page.goto(base + path);
    return page;
  }

  test('search as you type, then the keyboard, to a code page', async () => {
    const page = await open('/');
    await page.screenshot({ path: resolve(RESULTS, 'home.png'), fullPage: true });
    await page.locator('#q').pressSequentially('diabetes hyper', { delay: 20 });
    // suggestions for the earlier keystrokes ("diab…") may show first: wait for those of the whole query
    await page.waitForFunction(
      () => document.querySelector('#suggestions [role="option"]')?.textContent?.startsWith('E11.65') === true,
    );
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#q').getAttribute('aria-activedescendant'), 'suggestion-0');
    await Promise.all([page.waitForURL(/\/codes\//), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/codes\/icd10cm\/E11\.65$/);
    assert.match((await page.locator('h1').textContent()) ?? '', /E11\.65/);
    await page.screenshot({ path: resolve(RESULTS, 'code-page.png'), fullPage: true });
    await page.close();
  });

  test('type-ahead: the words that complete the input, above the codes; choosing one searches that phrase', async () => {
    const page = await open('/', true);
    await page.locator('#q').pressSequentially('type 2 d', { delay: 20 });
    const firstWord = '#suggestions [role="group"][aria-label="Words"] [role="option"]';
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.startsWith('type 2 diabetes') === true,
      firstWord,
    );
    assert.deepEqual(
      await page.locator('#suggestions > [role="group"]').evaluateAll((els) => els.map((e) => e.ariaLabel)),
      ['Words', 'Codes'],
    );
    assert.equal(await page.locator(firstWord).first().textContent(), 'type 2 diabetes E11.9');
    assert.equal(await page.locator('#q').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await seriousViolations(page), [], 'the open listbox');
    await page.screenshot({ path: resolve(RESULTS, 'type-ahead.png') });
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#q').getAttribute('aria-activedescendant'), 'suggestion-0');
    assert.equal(await page.locator('#suggestion-0').getAttribute('aria-selected'), 'true');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'type 2 diabetes');
    assert.match((await page.locator('h1').textContent()) ?? '', /type 2 diabetes/);
    assert.ok((await page.locator('.results a[href="/codes/icd10cm/E11.9"]').count()) > 0);
    await page.close();
  });

  test('type-ahead: a word chosen with the mouse; phrases are shown as text, never as HTML', async () => {
    const page = await open('/');
    await page.locator('#q').pressSequentially('sugar diab', { delay: 20 });
    const words = page.locator('#suggestions [role="group"][aria-label="Words"] [role="option"]');
    await page.waitForFunction(
      () => document.querySelectorAll('#suggestions [aria-label="Words"] [role="option"]').length === 2,
    );
    assert.deepEqual(await words.allTextContents(), [
      'sugar diabetes E11.9',
      '<img src=x onerror="window.__xss=1"> sugar diabetes E11.9',
    ]);
    assert.equal(await page.locator('#suggestions img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await Promise.all([page.waitForURL(/\/search\?q=/), words.first().click()]);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'sugar diabetes');
    await page.close();
  });

  test('browse to a code: chapter, section, category, code', async () => {
    const page = await open('/browse');
    await page.getByRole('link', { name: 'ICD-10-CM diagnoses' }).click();
    await page.locator('a[href="/browse/icd10cm/chapter/4"]').click();
    await page.locator('a[href="/browse/icd10cm/section/E08-E13"]').click();
    await page.locator('a[href="/codes/icd10cm/E11"]').click();
    await page.locator('a[href="/codes/icd10cm/E11.9"]').first().click();
    await page.waitForURL(/\/codes\/icd10cm\/E11\.9$/);
    assert.match((await page.locator('.badge').first().textContent()) ?? '', /Billable/);
    await page.close();
  });

  test('the 404 page suggests a code that exists', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${base}/codes/icd10cm/E11.7Z`);
    assert.equal(res?.status(), 404);
    const first = page.locator('.results a').first();
    const href = await first.getAttribute('href');
    assert.match(href ?? '', /^\/codes\/icd10cm\/E11/);
    await first.click();
    await page.waitForURL((u) => u.pathname === href);
    assert.equal((await page.request.get(page.url())).status(), 200);
    await page.close();
  });

  test('Claim Check: Add line without a round trip, then check: findings inside their line; axe on the result', async () => {
    const page = await open('/claims', true);
    assert.equal(await page.locator('fieldset.claim-line').count(), 6);
    const url = page.url();
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.waitForFunction(() => document.querySelectorAll('fieldset.claim-line').length === 7);
    assert.equal(page.url(), url, 'no round trip');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'line7-code');
    assert.equal(await page.locator('input[name="rows"]').inputValue(), '7');
    await page.getByLabel('Date of service', { exact: true }).fill('2026-07-15');
    await page.getByLabel('ICD-10-CM codes, principal (first-listed) first').fill('E11.6');
    await page.locator('#line1-code').fill('99213');
    await page.locator('#line1-pointers').fill('1');
    await page.locator('#line7-code').fill('93000');
    await page.locator('#line7-units').fill('0');
    await page.locator('#line7-pointers').fill('1');
    await Promise.all([page.waitForURL(/\/claims$/), page.locator('button.primary').click()]);
    await page.waitForSelector('.claim-summary');
    // the blank rows went to the end: 93000 is claim line 2, with its finding inside its own line
    assert.equal(await page.locator('#line2-code').inputValue(), '93000');
    assert.match((await page.locator('#line2 .finding').first().textContent()) ?? '', /units\.invalid/);
    assert.match((await page.locator('.claim-diagnoses .finding').first().textContent()) ?? '', /code\.not-billable/);
    await page.screenshot({ path: resolve(RESULTS, 'claim-check.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), [], '/claims with findings');
    await page.close();
  });

  test('axe: no serious or critical violations on home, search and code pages', async () => {
    for (const path of [
      '/',
      '/search?q=diabetes',
      '/codes/icd10cm/E11.9',
      '/codes/icd10cm/S72.0',
      '/browse/icd10cm',
      '/browse/icd10cm/section/E08-E13',
      '/browse/hcpcs/J',
      '/docs',
      '/claims',
    ]) {
      const page = await open(path, true);
      assert.deepEqual(await seriousViolations(page), [], path);
      await page.close();
    }
  });
});
