// The designed interface in the browser: every kind of page at desktop and phone widths, each checked by axe-core
// (no serious or critical violation), the phone layout without sideways scrolling, the dark scheme's contrast, and
// a screenshot of each in test-results/screens/ (NAME-desktop.png, NAME-phone.png, NAME-dark.png).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { type TempDir, tempDir } from '../shared/test-support/codesets.js';
import { seriousViolations } from './test-support/axe.js';
import { type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';

const SCREENS = resolve(RESULTS, 'screens');

const PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'code-icd10cm', path: '/codes/icd10cm/E11.65' },
  { name: 'code-icd10pcs', path: '/codes/icd10pcs/0DTJ4ZZ' },
  { name: 'code-hcpcs', path: '/codes/hcpcs/J1100' },
  { name: 'code-cpt', path: '/codes/cpt/99213' },
  { name: 'search', path: '/search?q=diabetes' },
  { name: 'browse', path: '/browse/icd10cm' },
];

const WIDTHS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

describe('the interface at desktop and phone widths', { skip: chromiumMissing }, () => {
  let app: BrowserApp;
  let codesets: TempDir;

  before(async () => {
    // the mini code sets and the ICD-10-PCS excerpt (the mini set has no PCS), so every system has a page
    codesets = tempDir('codedesk-codesets-');
    cpSync(miniCodesets, codesets.path, { recursive: true });
    cpSync(resolve(projectRoot, 'src/catalog/fixtures/excerpts/icd10pcs'), resolve(codesets.path, 'icd10pcs'), {
      recursive: true,
    });
    // one free code view per guest: each page below is seen in a fresh context, and the locked page is a second view
    app = await startBrowserApp({
      codesets: codesets.path,
      env: { GUEST_CODE_VIEWS: '1', GUEST_VIEWS_PER_ADDRESS_PER_DAY: '1000' },
    });
    mkdirSync(SCREENS, { recursive: true });
  });
  after(async () => {
    await app?.close();
    codesets?.remove();
  });

  /** A fresh guest (own cookies) at a width, allowed to run axe despite the Content-Security-Policy. */
  async function guest(
    size: (typeof WIDTHS)[keyof typeof WIDTHS],
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await app.browser.newContext({ viewport: size, bypassCSP: true, colorScheme });
    return { context, page: await context.newPage() };
  }

  async function visit(page: Page, path: string): Promise<void> {
    const res = await page.goto(app.base + path);
    assert.equal(res?.status(), 200, path);
  }

  /** How far the page is wider than the window (0 when nothing scrolls sideways). */
  function overflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  for (const [label, size] of Object.entries(WIDTHS)) {
    test(`every kind of page at ${label} width: axe clean, screenshot${label === 'phone' ? ', no sideways scrolling' : ''}`, async () => {
      for (const { name, path } of PAGES) {
        const { context, page } = await guest(size);
        try {
          await visit(page, path);
          if (label === 'phone') assert.ok((await overflow(page)) <= 0, `${path}: wider than a phone`);
          await page.screenshot({ path: resolve(SCREENS, `${name}-${label}.png`), fullPage: true });
          assert.deepEqual(await seriousViolations(page), [], `${path} at ${label} width`);
        } finally {
          await context.close();
        }
      }
    });
  }

  test('a locked code page (the guest has used the free view), at both widths', async () => {
    for (const [label, size] of Object.entries(WIDTHS)) {
      const { context, page } = await guest(size);
      try {
        await visit(page, '/codes/icd10cm/E11.9');
        await visit(page, '/codes/icd10cm/E11.65');
        await page.locator('.meter.locked-banner').waitFor({ state: 'visible' });
        await page.screenshot({ path: resolve(SCREENS, `code-locked-${label}.png`), fullPage: true });
        assert.deepEqual(await seriousViolations(page), [], `locked page at ${label} width`);
      } finally {
        await context.close();
      }
    }
  });

  test('the dark scheme keeps every text readable (axe colour contrast) on home, a code page and search', async () => {
    for (const { name, path } of PAGES.filter((p) => ['home', 'code-icd10cm', 'search'].includes(p.name))) {
      const { context, page } = await guest(WIDTHS.desktop, 'dark');
      try {
        await visit(page, path);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.notEqual(background, 'rgb(255, 255, 255)', `${path}: the dark scheme is applied`);
        await page.screenshot({ path: resolve(SCREENS, `${name}-dark.png`), fullPage: true });
        assert.deepEqual(await seriousViolations(page), [], `${path} in the dark scheme`);
      } finally {
        await context.close();
      }
    }
  });
});
