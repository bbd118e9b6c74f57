// An editor's save that the database cannot take (locked, gone, failing) must not lose the text: the editor
// comes back with the text as typed and a message, on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createUser } from '../accounts/index.js';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { type Dialect, startTestApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`editor saves on ${dialect}`, { skip }, () => {
    const dir = tempDir();
    let t: TestApp;
    before(async () => {
      await importCatalog({ from: miniCodesets, dataDir: dir.path });
      t = await startTestApp({ catalogDir: dir.path, dialect });
      await createUser(t.database.db, { email: 'ed@example.org', password: PASSWORD, role: 'editor' }, new Date());
    });
    after(async () => {
      await t?.close();
      dir.remove();
    });

    test('a save the database refuses answered 500 and lost the text: the editor comes back with it', async () => {
      const ed = new TestClient(t.app, {}, '10.5.0.1');
      assert.equal(
        (await ed.submit('/login', '/login', { email: 'ed@example.org', password: PASSWORD })).statusCode,
        303,
      );
      const url = '/editor/codes/icd10cm/E11.9';
      const page = await ed.get(url);
      const typed = 'A long tip the editor typed & must not lose: code Z79.4 <as well>.';
      const db = t.database.db;
      // the table the save writes to is gone for a moment: a real failure of the database, as a lock or a dead
      // connection would be
      await sql`alter table editorial_revisions rename to editorial_revisions_away`.execute(db);
      let r: Awaited<ReturnType<TestClient['post']>>;
      try {
        r = await ed.post(url, { _csrf: csrfOf(page.body), field: 'tip', body: typed });
      } finally {
        await sql`alter table editorial_revisions_away rename to editorial_revisions`.execute(db);
      }
      assert.equal(r.statusCode, 503, r.body.slice(0, 500));
      assert.match(r.body, /could not be saved/);
      assert.match(
        r.body,
        /<textarea id="body-tip"[^>]*>A long tip the editor typed &amp; must not lose: code Z79\.4 &lt;as well>\./,
      );
      // the form is still a form: saving it again now works
      const again = await ed.post(url, { _csrf: csrfOf(r.body), field: 'tip', body: typed });
      assert.equal(again.statusCode, 303);
      assert.match((await ed.get(url)).body, /must not lose/);
    });
  });
}
