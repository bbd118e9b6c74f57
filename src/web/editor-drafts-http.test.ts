// Drafted descriptions (codedesk describe --draft) in the editorial tool over HTTP: listed on /editor and shown on
// the code's editor page with the facts it came from, never on the code page, until an editor publishes it (then
// readers see it as the editors' text); a discarded draft is gone; a member cannot publish.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { saveDraft } from '../editorial/index.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'correct horse battery staple';

describe('drafted descriptions in the editorial tool', () => {
  let t: TestApp;
  const now = () => new Date('2026-11-10T12:00:00Z');
  before(async () => {
    t = await startMiniApp({ now, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    await createUser(t.database.db, { email: 'editor@example.org', password: PASSWORD, role: 'editor' }, now());
    await createUser(t.database.db, { email: 'member@example.org', password: PASSWORD, role: 'member' }, now());
  });
  after(async () => {
    await t?.close();
  });
  const draft = (code: string, body: string) =>
    saveDraft(
      t.database.db,
      {
        system: 'icd10cm',
        code,
        field: 'description',
        body,
        source: 'model stand-in',
        facts: `Code: ICD-10-CM ${code}`,
      },
      now,
    );

  test('waiting, shown to editors only; published, seen by readers; discarded, gone', async () => {
    const published = await draft('E11.9', 'A drafted **plain** text. <script>alert(1)</script>');
    const discarded = await draft('E11.65', 'Another drafted text.');
    const ed = new TestClient(t.app, {}, '10.9.0.1');
    await ed.submit('/login', '/login', { email: 'editor@example.org', password: PASSWORD });
    const home = await ed.get('/editor');
    assert.match(home.body, /Drafts waiting for review/);
    assert.match(home.body, /href="\/editor\/codes\/icd10cm\/E11.9#edit-description"/);
    const page = await ed.get('/editor/codes/icd10cm/E11.9');
    assert.match(page.body, /Draft waiting for review \(model stand-in/);
    assert.match(page.body, /A drafted <strong>plain<\/strong> text\./);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.match(page.body, /Code: ICD-10-CM E11.9/);
    assert.doesNotMatch((await new TestClient(t.app, {}, '10.9.0.2').get('/codes/icd10cm/E11.9')).body, /drafted/);

    const member = new TestClient(t.app, {}, '10.9.0.3');
    await member.submit('/login', '/login', { email: 'member@example.org', password: PASSWORD });
    const refused = await member.post(`/editor/drafts/${published.id}/publish`, {
      _csrf: csrfOf((await member.get('/')).body),
    });
    assert.equal(refused.statusCode, 403);

    const publish = await ed.post(`/editor/drafts/${published.id}/publish`, { _csrf: csrfOf(page.body) });
    assert.equal(publish.statusCode, 303);
    const reader = await new TestClient(t.app, {}, '10.9.0.4').get('/codes/icd10cm/E11.9');
    assert.match(reader.body, /A drafted <strong>plain<\/strong> text\./);
    assert.match(reader.body, /Written by the site&#39;s editors|Written by the site's editors/);
    assert.match(
      (await ed.get('/editor/codes/icd10cm/E11.9')).body,
      /Revision 1, [0-9-]+ [0-9:]+ by editor@example.org/,
    );

    const discard = await ed.post(`/editor/drafts/${discarded.id}/discard`, { _csrf: csrfOf(page.body) });
    assert.equal(discard.statusCode, 303);
    assert.doesNotMatch((await ed.get('/editor')).body, /Drafts waiting for review/);
    const again = await ed.post(`/editor/drafts/${discarded.id}/publish`, { _csrf: csrfOf(page.body) });
    assert.equal(again.statusCode, 404);
  });
});
