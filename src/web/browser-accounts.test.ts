// Accounts and the code-page meter in the browser: Debian's Chromium (headless, --no-sandbox) driven by
// playwright-core against the real server on a loopback port, on the mini catalog and SQLite, with the meter
// on (1 view for a guest, 5 a month for a free account). A guest's full page then the lock; register, log out
// and log in through the forms, then a free account's five views and the lock; an editor's description seen
// by a reader, revision after revision; and a screenshot of the lock screen in test-results/. Each test has
// its own browser context, so its own cookies.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { createUser } from '../accounts/index.js';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { SearchIndex } from '../search/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = resolve(projectRoot, 'test-results');
const PASSWORD = 'a long enough password';
const EDITOR = 'editor@example.org';
// the CI machine is slow and shared: generous waits (each ends as soon as its condition holds)
const TIMEOUT = 60_000;
// six different code pages of the mini catalog, each a full code page
const PAGES = [
  '/codes/icd10cm/E11.9',
  '/codes/icd10cm/S72.001A',
  '/codes/hcpcs/J1100',
  '/codes/icd10cm/E11.65',
  '/codes/icd10cm/E11.A',
  '/codes/icd10cm/S72.001D',
];

/** Waits until one of the elements has text matching re; fails with the texts there were. */
async function expectText(locator: Locator, re: RegExp): Promise<void> {
  try {
    await locator.filter({ hasText: re }).first().waitFor({ state: 'attached', timeout: TIMEOUT });
  } catch {
    assert.match((await locator.allTextContents()).join(' | '), re);
  }
}

describe('accounts and the meter in the browser', {
  skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`,
}, () => {
  const dir = tempDir();
  let t: TestApp;
  let browser: Browser;
  let base: string;

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path, derive: (c) => void SearchIndex.writePrebuilt(c) });
    t = await startTestApp({
      catalogDir: dir.path,
      dialect: 'sqlite',
      env: { GUEST_CODE_VIEWS: '1', FREE_CODE_VIEWS: '5', GUEST_VIEWS_PER_ADDRESS_PER_DAY: '20' },
    });
    await createUser(t.database.db, { email: EDITOR, password: PASSWORD, role: 'editor' }, new Date());
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    mkdirSync(RESULTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    dir.remove();
  });

  /** A fresh context (its own cookies) and a page in it. */
  async function visitor(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    context.setDefaultTimeout(TIMEOUT);
    context.setDefaultNavigationTimeout(TIMEOUT);
    return { context, page: await context.newPage() };
  }

  async function open(page: Page, path: string): Promise<void> {
    const res = await page.goto(base + path);
    assert.equal(res?.status(), 200, path);
  }

  /** Submits the form of the button, waiting for where it leads. */
  async function submit(page: Page, button: Locator, to: RegExp | string): Promise<void> {
    await Promise.all([page.waitForURL(to), button.click()]);
  }

  async function logIn(page: Page, email: string): Promise<void> {
    await open(page, '/login');
    const form = page.locator('main form');
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await submit(page, form.getByRole('button', { name: 'Log in' }), `${base}/account`);
  }

  const lockBanner = (page: Page) => page.locator('.meter.locked-banner');

  /** The page is shown in full: no lock banner, no locked section. */
  async function assertOpen(page: Page, path: string): Promise<void> {
    await page.locator('h1').waitFor();
    assert.equal(await lockBanner(page).count(), 0, `${path}: lock banner`);
    assert.equal(await page.locator('p.locked').count(), 0, `${path}: locked section`);
  }

  test('guest: one code page in full, the second locked with register and log-in links', async () => {
    const { context, page } = await visitor();
    try {
      await open(page, '/codes/icd10cm/S72.001A');
      await assertOpen(page, 'S72.001A');
      const table = page.locator('#sevenChr table');
      await table.waitFor({ state: 'visible' });
      assert.deepEqual(await table.locator('thead th').allTextContents(), ['Character', 'Meaning']);
      assert.ok((await table.locator('tbody tr').count()) > 0, 'the 7th characters listed');
      await expectText(page.locator('p.meter'), /0 code page views remaining\./);

      await open(page, '/codes/icd10cm/S72.001D');
      const banner = lockBanner(page);
      await banner.waitFor({ state: 'visible' });
      await expectText(banner, /0 code page views remaining\./);
      await expectText(banner, /Guest accounts are limited to 1 page view\./);
      const register = banner.getByRole('link', { name: 'Register free account to get 5 more views' });
      assert.equal(await register.getAttribute('href'), '/register');
      const login = banner.getByRole('link', { name: 'Log in', exact: true });
      assert.equal(await login.getAttribute('href'), `/login?next=${encodeURIComponent('/codes/icd10cm/S72.001D')}`);
      // the official descriptor stays; the locked sections show their headings, not their content
      await expectText(page.locator('h1'), /S72\.001D/);
      await expectText(page.locator('h1'), /fracture of unspecified part of neck of right femur/i);
      const seventh = page.locator('#sevenChr');
      await seventh.getByRole('heading', { name: '7th characters' }).waitFor({ state: 'visible' });
      await expectText(seventh.locator('p.locked'), /register a free account or log in/);
      assert.equal(await seventh.locator('table').count(), 0, 'the 7th-character table is not sent');
      assert.ok((await page.locator('section p.locked').count()) >= 2, 'every detailed section locked');
      // the log-in link leads to the form, which returns to the page
      await submit(page, login, /\/login\?next=/);
      assert.equal(await page.locator('main form input[name="next"]').getAttribute('value'), '/codes/icd10cm/S72.001D');
    } finally {
      await context.close();
    }
  });

  test('register, log out, log in; a free account reads five code pages, the sixth is locked', async () => {
    const { context, page } = await visitor();
    const email = 'reader@example.org';
    try {
      await open(page, '/register');
      const form = page.locator('main form');
      await form.getByLabel('Email', { exact: true }).fill(email);
      await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await form.getByLabel('a coder, biller, auditor or student').check();
      await submit(page, form.getByRole('button', { name: 'Register' }), `${base}/account`);
      await expectText(page.locator('main'), new RegExp(email.replace('.', '\\.')));
      await expectText(page.locator('p.meter'), /^5 code page views remaining this month\.$/);

      await submit(page, page.getByRole('button', { name: 'Log out' }), `${base}/`);
      await page.locator('header').getByRole('link', { name: 'Log in', exact: true }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Log out' }).count(), 0, 'logged out');

      await logIn(page, email);
      await expectText(page.locator('p.meter'), /^5 code page views remaining this month\.$/);

      for (const [i, path] of PAGES.slice(0, 5).entries()) {
        await open(page, path);
        await assertOpen(page, path);
        const left = 4 - i;
        const views = left === 1 ? 'view' : 'views';
        await expectText(page.locator('p.meter'), new RegExp(`^${left} code page ${views} remaining this month\\.$`));
      }

      await open(page, PAGES[5] as string);
      const banner = lockBanner(page);
      await banner.waitFor({ state: 'visible' });
      await expectText(banner, /0 code page views remaining\./);
      await expectText(banner, /Free accounts are limited to 5 page views a month/);
      assert.equal(
        await banner.getByRole('link', { name: /register|log in/i }).count(),
        0,
        'no register or log-in links for an account',
      );
      // the way to more views (PLANS_URL is not set here: the administrator), not a dead end
      await expectText(banner, /administrator for a paid plan/);
      await expectText(page.locator('#sevenChr p.locked'), /your free views for this month are used/);
      assert.equal(await page.locator('#sevenChr table').count(), 0);

      // a page already read this month opens in full again
      await open(page, PAGES[1] as string);
      await assertOpen(page, PAGES[1] as string);
      await page.locator('#sevenChr table').waitFor({ state: 'visible' });
      await expectText(page.locator('p.meter'), /^0 code page views remaining this month\.$/);
    } finally {
      await context.close();
    }
  });

  test('an editor saves a Markdown description; a reader sees it, then the next revision', async () => {
    const editor = await visitor();
    const reader = await visitor();
    try {
      const ed = editor.page;
      await logIn(ed, EDITOR);
      await open(ed, '/editor/codes/icd10cm/E11.9');
      const field = ed.locator('#edit-description');
      await expectText(field, /Readers now see the generated text/);
      await field.locator('#body-description').fill("Editors' **plain** words for E11.9");
      await submit(ed, field.getByRole('button', { name: 'Save the description' }), /#edit-description$/);
      await expectText(field.locator('.preview'), /revision 1/);
      await expectText(field.locator('.preview .markdown strong'), /^plain$/);

      // a fresh guest: E11.9 is their first code page, so it is shown in full
      const rd = reader.page;
      await open(rd, '/codes/icd10cm/E11.9');
      await assertOpen(rd, 'E11.9');
      const description = rd.locator('#description');
      await expectText(description.locator('.markdown p'), /^Editors' plain words for E11\.9$/);
      await expectText(description.locator('.markdown strong'), /^plain$/);
      await expectText(description.locator('p.label'), /^Written by the site's editors\.$/);

      // the second revision (the editor page's URL already ends in #edit-description: wait for the preview)
      await field.locator('#body-description').fill('Second revision: **clearer** words for E11.9');
      await field.getByRole('button', { name: 'Save the description' }).click();
      await expectText(field.locator('.preview'), /revision 2/);
      await expectText(field.locator('.preview .markdown strong'), /^clearer$/);
      await expectText(field.locator('ol.history'), new RegExp(`Revision 1, .* by ${EDITOR.replace('.', '\\.')}`));

      await rd.reload();
      await assertOpen(rd, 'E11.9 reloaded');
      await expectText(description.locator('.markdown p'), /^Second revision: clearer words for E11\.9$/);
      await expectText(description.locator('.markdown strong'), /^clearer$/);
      await expectText(description.locator('p.label'), /^Written by the site's editors\.$/);
      assert.doesNotMatch((await description.textContent()) ?? '', /Editors' plain/, 'the first revision is gone');
    } finally {
      await editor.context.close();
      await reader.context.close();
    }
  });

  test('the lock screen, as a screenshot in test-results/code-page-locked.png', async () => {
    const { context, page } = await visitor();
    try {
      await open(page, '/codes/icd10cm/E11.65');
      await assertOpen(page, 'E11.65');
      await open(page, '/codes/icd10cm/S72.001A');
      await lockBanner(page).waitFor({ state: 'visible' });
      const path = resolve(RESULTS, 'code-page-locked.png');
      await page.screenshot({ path, fullPage: true });
      assert.ok(statSync(path).size > 0);
    } finally {
      await context.close();
    }
  });
});
