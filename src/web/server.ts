// The web server of one process: opens the catalog (every layer read and checked), its search index and type-ahead's
// phrases, builds the app over the database it is given, and listens on HOST:PORT. close() stops accepting
// connections and resolves once the requests in flight are answered. The process around it — the database, the task
// worker, signals — is the runtime's (src/runtime).
import { Catalog } from '../catalog/index.js';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { checkClaim } from '../rules/index.js';
import { SearchIndex, TermSuggestions } from '../search/index.js';
import { buildApp } from './app.js';

/**
 * Claim Check builds its per-catalog indexes (notes by code, MCE lists, lab NCDs, edit rows) on first use,
 * about 0.1–0.8 s: one small claim at start moves that cost off the first user's request.
 */
function warmClaimCheck(catalog: Catalog): void {
  const claim = {
    dateOfService: new Date().toISOString().slice(0, 10),
    patient: { age: 40, sex: 'F' },
    diagnoses: ['E11.9', 'E10.9'],
    lines: [{ code: '82947', units: 1, diagnosisPointers: [1] }, { code: '11045' }],
  };
  try {
    checkClaim(claim, { catalog });
  } catch {
    // a catalog without these codes still serves; the first real claim pays the cost instead
  }
}

export interface WebServer {
  url: string;
  /** stops accepting; resolves when the requests in flight are answered */
  close(): Promise<void>;
}

export async function startWebServer(config: Readonly<Config>, database: Database): Promise<WebServer> {
  const catalog = Catalog.open(config.dataDir);
  // type-ahead's phrases, built once, never on a request: first, while the heap holds only the layers they read
  // (the indexes and the code lists; about half a second), then warm() checks those and reads the rest
  const suggestions = TermSuggestions.open(catalog);
  catalog.warm();
  const search = SearchIndex.open(catalog);
  // searches with a date of service read views of the releases in force then: made now, not on a request
  search.views.warm();
  warmClaimCheck(catalog);
  const app = await buildApp(config, { catalog, search, suggestions, database, logger: { level: 'info' } });
  const url = await app.listen({ host: config.host, port: config.port });
  if (!catalog.hasChecksums) {
    app.log.warn(
      { buildId: catalog.manifest.buildId },
      'the catalog has no checksums (imported by an older version): edits to its files go unnoticed; run "codedesk import" again',
    );
  }
  if (search.notice) app.log.warn({ search: search.source }, search.notice);
  app.log.info(
    {
      url,
      database: database.dialect,
      search: search.source,
      suggestions: { phrases: suggestions.size, buildMs: Math.round(suggestions.buildMs) },
    },
    'CodeDesk is listening',
  );
  return { url, close: () => app.close() };
}
