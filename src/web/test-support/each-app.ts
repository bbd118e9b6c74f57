// HTTP tests that need the database run once on SQLite and once on PostgreSQL (skipped, with the reason, where
// PostgreSQL is not installed): each run imports the mini catalog, starts a real SMTP sink on loopback and a
// web app whose mail goes to it (links in mail start http://codedesk.test).
import { after, before, describe } from 'node:test';
import { importCatalog } from '../../catalog/import/import-catalog.js';
import { miniCodesets } from '../../catalog/test-support/mini-codesets.js';
import { postgresUnavailable } from '../../db/test-support/postgres.js';
import { type SmtpSink, type SmtpSinkOptions, startSmtpSink } from '../../mail/test-support/smtp-sink.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { type Dialect, startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

export interface EachAppOptions extends Omit<TestAppOptions, 'catalogDir' | 'dialect' | 'mailer'> {
  sink?: SmtpSinkOptions;
}

export interface AppUnderTest {
  dialect: Dialect;
  catalogDir: string;
  /** the app (after `before`) */
  readonly t: TestApp;
  readonly sink: SmtpSink;
  /** another instance of the app on the same database and mail (as a second server process would be) */
  another(): Promise<TestApp>;
}

export function describeEachApp(title: string, options: EachAppOptions, body: (u: AppUnderTest) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
    const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
    describe(`${title} on ${dialect}`, { skip }, () => {
      const dir = tempDir();
      let t: TestApp | undefined;
      let sink: SmtpSink | undefined;
      const others: TestApp[] = [];
      const { sink: sinkOptions, ...rest } = options;
      const start = (mailTo: SmtpSink, first?: TestApp) =>
        startTestApp({
          ...rest,
          catalogDir: dir.path,
          dialect,
          env: { SMTP_RELAY_URL: mailTo.url, PUBLIC_URL: 'http://codedesk.test', ...options.env },
          ...(first ? { dbDir: first.dbDir, databaseUrl: first.databaseUrl, search: first.search } : {}),
        });
      before(async () => {
        await importCatalog({ from: miniCodesets, dataDir: dir.path });
        sink = await startSmtpSink(sinkOptions);
        t = await start(sink);
      });
      after(async () => {
        for (const other of others) await other.close();
        await t?.close();
        await sink?.close();
        dir.remove();
      });
      body({
        dialect,
        catalogDir: dir.path,
        get t() {
          if (!t) throw new Error('the app starts in before()');
          return t;
        },
        get sink() {
          if (!sink) throw new Error('the sink starts in before()');
          return sink;
        },
        async another() {
          if (!t || !sink) throw new Error('the app starts in before()');
          const other = await start(sink, t);
          others.push(other);
          return other;
        },
      });
    });
  }
}
