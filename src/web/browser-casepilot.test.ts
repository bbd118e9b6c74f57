// CasePilot in Chromium (headless, --no-sandbox) against the real server on a loopback port, on the mini catalog:
// a guest opens it from a code page's question box, asks three questions (the page's script streams each answer in),
// follows a code link to its page, and reaches the daily limit with the question kept; without JavaScript the same
// form posts and the page answers; axe-core finds no serious or critical violation.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './test-support/axe.js';
import { type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';

describe('CasePilot in the browser', { skip: chromiumMissing }, () => {
  let app: BrowserApp;
  let browser: Browser;
  let base: string;

  before(async () => {
    app = await startBrowserApp({ env: { GUEST_ASSISTANT_QUESTIONS: '3' } });
    browser = app.browser;
    base = app.base;
  });
  after(async () => {
    await app?.close();
  });

  test('from a code page: three questions, a code link followed, then the guest limit', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${base}/codes/icd10cm/E11.65`);
    await Promise.all([
      page.waitForURL(/\/casepilot\?q=/),
      page.getByRole('button', { name: 'Ask CasePilot' }).click(),
    ]);
    assert.match(await page.locator('#question').inputValue(), /^About E11\.65: /);
    // the page's script asks over the streaming API and adds the answer in place (no page load)
    const ask = async (question: string) => {
      const before = await page.locator('.exchange, [role="alert"]').count();
      await page.locator('#question').fill(question);
      await page.getByRole('button', { name: 'Ask', exact: true }).click();
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('.exchange, [role="alert"]').length > n &&
          !document.querySelector('.answer[aria-busy="true"]'),
        before,
      );
    };
    await ask('Is E11.65 billable?');
    assert.match(
      (await page.locator('.answer').last().textContent()) ?? '',
      /E11\.65 is a valid, billable ICD-10-CM code/,
    );
    await ask('Is E11 billable?');
    assert.match((await page.locator('.answer').last().textContent()) ?? '', /header/);
    await ask('what does E11.9 stand for');
    assert.match((await page.locator('.meter').textContent()) ?? '', /0 of 3 CasePilot questions left today/);
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: resolve(RESULTS, 'casepilot.png'), fullPage: true });
    await Promise.all([
      page.waitForURL(/\/codes\/icd10cm\/E11\.9$/),
      page.locator('.answer a[href="/codes/icd10cm/E11.9"]').first().click(),
    ]);
    assert.match((await page.locator('h1').textContent()) ?? '', /E11\.9/);
    await page.goto(`${base}/casepilot`);
    await ask('Is E11.A billable?');
    assert.match((await page.locator('[role="alert"]').first().textContent()) ?? '', /This question was not answered/);
    assert.equal(await page.locator('#question').inputValue(), 'Is E11.A billable?');
    await page.close();
  });

  test('without JavaScript the form posts and the page answers', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/casepilot`);
    await page.locator('#question').fill('Is E11.65 billable?');
    await Promise.all([
      page.waitForURL(/\/casepilot$/),
      page.getByRole('button', { name: 'Ask', exact: true }).click(),
    ]);
    assert.match(
      (await page.locator('.answer').last().textContent()) ?? '',
      /E11\.65 is a valid, billable ICD-10-CM code/,
    );
    await page.close();
  });
});
