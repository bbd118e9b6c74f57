// The set-up of the browser tests: Debian's Chromium (headless, --no-sandbox as root) against a real server on a
// loopback port over the mini catalog, with axe-core's source for accessibility checks and the folder screenshots
// go to. One definition, so every browser test starts the same way.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { importCatalog } from '../../catalog/import/import-catalog.js';
import { Catalog } from '../../catalog/index.js';
import { miniCodesets } from '../../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../../config.js';
import { type ExtraPhrase, SearchIndex, TermSuggestions } from '../../search/index.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = resolve(projectRoot, 'test-results');
/** the describe's skip: a reason when Debian's Chromium is not installed */
export const chromiumMissing: false | string = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface BrowserApp {
  t: TestApp;
  browser: Browser;
  /** http://127.0.0.1:PORT */
  base: string;
  close(): Promise<void>;
}

export interface BrowserAppOptions extends Omit<TestAppOptions, 'catalogDir' | 'suggestions'> {
  /** phrases type-ahead offers beside the mini catalog's index terms */
  extraPhrases?: ExtraPhrase[];
  /** the code-set folder to import (default: the mini code sets) */
  codesets?: string;
}

/** The mini catalog imported (with its search index), the app listening on loopback, Chromium launched. */
export async function startBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const dir = tempDir();
  const { extraPhrases, codesets, ...rest } = options;
  await importCatalog({
    from: codesets ?? miniCodesets,
    dataDir: dir.path,
    derive: (c) => void SearchIndex.writePrebuilt(c),
  });
  const suggestions = extraPhrases
    ? TermSuggestions.build(Catalog.open(dir.path), { extraPhrases })
    : TermSuggestions.open(Catalog.open(dir.path));
  const t = await startTestApp({ ...rest, suggestions, catalogDir: dir.path });
  const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  mkdirSync(RESULTS, { recursive: true });
  return {
    t,
    browser,
    base,
    async close() {
      await browser.close();
      await t.close();
      dir.remove();
    },
  };
}
