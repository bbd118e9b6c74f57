// The catalogs the web's end-to-end tests run on: the full catalog built from the official files (skipped without
// them) and the catalog of their excerpts (src/catalog/fixtures/excerpts: same release ids, file names and shapes,
// always there). Each is opened once per test process, with one search index for every test app on it.
import { describe } from 'node:test';
import { Catalog } from '../../catalog/index.js';
import { excerptCatalogDir } from '../../catalog/test-support/excerpt-codesets.js';
import { realCatalogDir } from '../../catalog/test-support/real-catalog.js';
import { postgresUnavailable } from '../../db/test-support/postgres.js';
import { SearchIndex } from '../../search/index.js';
import { skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import type { Dialect } from './test-app.js';

export interface OpenedCatalog {
  /** the data folder: read-only, shared by the test apps */
  dir: string;
  search: SearchIndex;
}

export interface WebCatalogSource {
  /** for describe names: "the real catalog" */
  name: string;
  /** false for the excerpts, whose counts and line numbers are not the official files' */
  official: boolean;
  skip: false | string;
  open(): Promise<OpenedCatalog>;
}

function once(dataDir: () => Promise<string>): () => Promise<OpenedCatalog> {
  let opened: Promise<OpenedCatalog> | undefined;
  return () => {
    // building the search index takes seconds on the full catalog: one for every dialect and test app
    opened ??= dataDir().then((dir) => ({ dir, search: SearchIndex.open(Catalog.open(dir)) }));
    return opened;
  };
}

export const WEB_CATALOG_SOURCES: readonly WebCatalogSource[] = [
  { name: 'the real catalog', official: true, skip: skipUnlessCodesets(), open: once(() => realCatalogDir()) },
  { name: 'the excerpts of the official files', official: false, skip: false, open: once(excerptCatalogDir) },
];

/** Every catalog on every database dialect, with the reason to skip the pair (no files, no PostgreSQL) or false. */
export function catalogsByDialect(): { source: WebCatalogSource; dialect: Dialect; skip: false | string }[] {
  return WEB_CATALOG_SOURCES.flatMap((source) =>
    (['sqlite', 'postgres'] as Dialect[]).map((dialect) => ({
      source,
      dialect,
      skip: source.skip || (dialect === 'postgres' ? (postgresUnavailable() ?? false) : false),
    })),
  );
}

/** One describe block per catalog: `name` for the real one (skipped without the files), "name on <source>" else. */
export function describeOnWebCatalogs(name: string, body: (source: WebCatalogSource) => void): void {
  for (const source of WEB_CATALOG_SOURCES) {
    describe(source.official ? name : `${name} on ${source.name}`, { skip: source.skip }, () => body(source));
  }
}
