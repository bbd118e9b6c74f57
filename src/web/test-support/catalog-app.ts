// For a describe block over one of the web's catalogs (catalog-sources.ts): the test app on that catalog and
// database, started before the block's tests and closed after them, with the rate limit out of the way.
import { after, before } from 'node:test';
import type { WebCatalogSource } from './catalog-sources.js';
import { type Dialect, startTestApp, type TestApp } from './test-app.js';

/** Call inside the describe callback; the returned function gives the app once `before` has run. */
export function appOnCatalog(source: WebCatalogSource, dialect: Dialect): () => TestApp {
  let t: TestApp | undefined;
  before(async () => {
    const { dir, search } = await source.open();
    t = await startTestApp({ catalogDir: dir, dialect, search, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
  });
  after(async () => {
    await t?.close();
  });
  return () => {
    if (!t) throw new Error('the app starts in before()');
    return t;
  };
}
