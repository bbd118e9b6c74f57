// A HCPCS Level II code page in Chromium (the mini catalog: the January 2026 quarter with its record layout and
// processing notes): the official record is laid out as a table a coder reads, each value beside its meaning, with
// no serious or critical axe violation; a modifier's page and the modifier list too. Screenshots in test-results/.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './test-support/axe.js';
import { type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';

describe('HCPCS pages in the browser', { skip: chromiumMissing }, () => {
  let app: BrowserApp;
  let browser: Browser;

  before(async () => {
    app = await startBrowserApp();
    browser = app.browser;
  });
  after(async () => {
    await app?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(app.base + path);
    return page;
  }

  /** the row of the record table for one field: its heading and its values as shown */
  async function row(page: Page, field: string): Promise<{ label: string; values: string[] }> {
    const tr = page.locator(`#hcpcs-${field}`);
    return {
      label: ((await tr.locator('th').textContent()) ?? '').trim(),
      values: (await tr.locator('li').allTextContents()).map((s) => s.trim()),
    };
  }

  test('J1100: the whole record, each value with its meaning', async () => {
    const page = await open('/codes/hcpcs/J1100');
    const table = page.locator('table.hcpcs-record');
    assert.ok(await table.isVisible());
    assert.equal(await table.locator('caption').textContent(), 'CMS HCPCS code record, hcpcs:2026-01');
    assert.deepEqual(await row(page, 'pricing'), { label: 'Pricing indicator', values: ['51 — Drugs (Other)'] });
    assert.deepEqual(await row(page, 'coverage'), {
      label: 'Coverage',
      values: ['D — Special coverage instructions apply'],
    });
    assert.deepEqual(await row(page, 'betos'), { label: 'BETOS', values: ['O1E — Other drugs'] });
    assert.deepEqual((await row(page, 'typeOfService')).values, [
      '1 — Medical care',
      'P — Lump sum purchase of DME, prosthetics, orthotics',
    ]);
    assert.equal((await row(page, 'addDate')).label, 'Added');
    assert.match((await row(page, 'actionCode')).values[0] ?? '', /^N — No maintenance for this code$/);
    // the layout's own name of the field is the heading's tooltip
    assert.equal(
      await page.locator('#hcpcs-betos th').getAttribute('title'),
      'HCPCS Berenson-Eggers Type Of Service Code',
    );
    assert.deepEqual(await seriousViolations(page), [], '/codes/hcpcs/J1100');
    await page.screenshot({ path: resolve(RESULTS, 'hcpcs-code-page.png'), fullPage: true });
    await page.close();
  });

  test('a modifier page and the modifier list', async () => {
    const page = await open('/browse/hcpcs/modifiers');
    assert.equal(await page.locator('h1').textContent(), 'HCPCS Level II modifiers');
    assert.deepEqual(await seriousViolations(page), [], '/browse/hcpcs/modifiers');
    await Promise.all([page.waitForURL(/\/codes\/hcpcs\/A1$/), page.locator('table.modifiers a').first().click()]);
    assert.equal(
      await page.locator('table.hcpcs-record caption').textContent(),
      'CMS HCPCS modifier record, hcpcs:2026-01',
    );
    assert.ok(await page.locator('#hcpcs-addDate').isVisible());
    assert.deepEqual(await seriousViolations(page), [], '/codes/hcpcs/A1');
    await page.screenshot({ path: resolve(RESULTS, 'hcpcs-modifier-page.png'), fullPage: true });
    await page.close();
  });
});
