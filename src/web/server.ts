// Starts the web app: opens the catalog, its search index and the database, starts the housekeeping (expired
// rows purged at start and hourly) and the task worker (which sends the mail), listens on HOST:PORT, and shuts
// down gracefully on SIGINT/SIGTERM (stops accepting, finishes requests in flight, stops the worker — it gives
// back the tasks it still runs — and the housekeeping, closes the database).
import { Catalog } from '../catalog/index.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/index.js';
import { createMailer } from '../mail/index.js';
import { checkClaim } from '../rules/index.js';
import { SearchIndex } from '../search/index.js';
import { startTaskWorker, taskTypes } from '../tasks/index.js';
import { buildApp } from './app.js';
import { startHousekeeping } from './housekeeping.js';

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

export async function startServer(config: Readonly<Config>): Promise<{ url: string; close: () => Promise<void> }> {
  const catalog = Catalog.open(config.dataDir);
  catalog.warm();
  const search = SearchIndex.open(catalog);
  // searches with a date of service read views of the releases in force then: made now, not on a request
  search.views.warm();
  warmClaimCheck(catalog);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const app = await buildApp(config, { catalog, search, database, logger: { level: 'info' } });
  const housekeeping = startHousekeeping(database, { now: () => new Date(), log: app.log });
  const mailer = createMailer(config);
  const tasks = startTaskWorker(database, { types: taskTypes({ mailer }), log: app.log });
  const url = await app.listen({ host: config.host, port: config.port });
  // one shutdown however many signals arrive (Ctrl-C reaches cluster workers and their primary both)
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await app.close();
      await tasks.stop();
      mailer.close();
      await housekeeping.stop();
      await database.close();
    })();
    return closing;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  if (!catalog.hasChecksums) {
    app.log.warn(
      { buildId: catalog.manifest.buildId },
      'the catalog has no checksums (imported by an older version): edits to its files go unnoticed; run "codedesk import" again',
    );
  }
  if (search.notice) app.log.warn({ search: search.source }, search.notice);
  app.log.info({ url, database: database.dialect, search: search.source }, 'CodeDesk is listening');
  return { url, close };
}
