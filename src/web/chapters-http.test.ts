// ICD-10-CM chapter and section pages, the code page's breadcrumb, "did you mean" on a missing code and the fair
// meter, over HTTP (inject) on the mini catalog: a FY2023 tabular with chapter 4 (E00-E89, section E08-E13) and
// chapter 19 (S00-T88, its one section S70-S79), a FY2026 code list with the header E11 above E11.6 and E11.9.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { TestClient } from './test-support/client.js';
import { startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';
const locked = (body: string) => /class="meter locked-banner"/.test(body);

describe('chapters, sections, breadcrumbs, did you mean and the meter over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await startMiniApp({
      env: { GUEST_CODE_VIEWS: '1', FREE_CODE_VIEWS: '1', RATE_LIMIT_PER_MINUTE: '100000' },
    });
    await createUser(t.database.db, { email: 'free@example.org', password: PASSWORD, role: 'member' }, new Date());
  });
  after(async () => {
    await t?.close();
  });

  test('a section page by its range: title, chapter, categories; not metered', async () => {
    const guest = new TestClient(t.app, {}, '10.9.0.1');
    const r = await guest.get('/codes/icd10cm/E08-E13');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<h1><span class="code">E08-E13<\/span> Diabetes mellitus<\/h1>/);
    assert.match(
      r.body,
      /href="\/codes\/icd10cm\/E00-E89">Chapter 4: Endocrine, nutritional and metabolic diseases<\/a>/,
    );
    assert.match(r.body, /href="\/codes\/icd10cm\/E11"><span class="code">E11<\/span> Type 2 diabetes mellitus/);
    assert.match(r.body, /<link rel="canonical" href="[^"]*\/codes\/icd10cm\/E08-E13"/);
    assert.equal(r.headers['x-codedesk-views-remaining'], undefined, 'the hierarchy is not metered');
    // a range in lower case is the same page
    const lower = await guest.get('/codes/icd10cm/e08-e13');
    assert.equal(lower.statusCode, 301);
    assert.equal(lower.headers.location, '/codes/icd10cm/E08-E13');
  });

  test('a chapter page by its number, its range redirecting there; the range is the title’s (S00-T88)', async () => {
    const r = await t.get('/codes/icd10cm/chapter/19', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<span class="code">S00-T88<\/span> Chapter 19: Injury, poisoning/);
    assert.match(r.body, /href="\/codes\/icd10cm\/S70-S79"><span class="code">S70-S79<\/span> Injuries to the hip/);
    const byRange = await t.get('/codes/icd10cm/S00-T88', true);
    assert.equal(byRange.statusCode, 301);
    assert.equal(byRange.headers.location, '/codes/icd10cm/chapter/19');
    for (const url of ['/codes/icd10cm/E08-E14', '/codes/icd10cm/chapter/22']) {
      const missing = await t.get(url);
      assert.equal(missing.statusCode, 404, url);
      assert.equal(missing.json().error.code, 'CATALOG_UNKNOWN_BLOCK');
    }
    const bad = await t.get('/codes/icd10cm/chapter/x1');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'BAD_INPUT');
  });

  test('the API: a section or chapter range in place of a code, a chapter by ?chapter=', async () => {
    const section = await t.get('/api/v1/codes/icd10cm/E08-E13');
    assert.equal(section.statusCode, 200);
    const s = section.json();
    assert.equal(s.kind, 'section');
    assert.equal(s.parent.code, 'E00-E89');
    assert.deepEqual(
      s.children.map((c: { code: string }) => c.code),
      ['E11'],
    );
    const chapter = (await t.get('/api/v1/codes/icd10cm?chapter=4')).json();
    assert.equal(chapter.kind, 'chapter');
    assert.equal(chapter.code, 'E00-E89');
    assert.equal(chapter.children[0].code, 'E08-E13');
    const both = await t.get('/api/v1/codes/icd10cm/E11.9?chapter=4');
    assert.equal(both.statusCode, 400);
    const otherSystem = await t.get('/api/v1/codes/hcpcs/E08-E13');
    assert.equal(otherSystem.statusCode, 400);
  });

  test('the code page’s breadcrumb: titles, each level once, leading to the chapter and section pages', async () => {
    const r = await t.get('/codes/icd10cm/E11.65', true);
    const crumb = /<nav class="breadcrumb" aria-label="Hierarchy">(.*?)<\/nav>/s.exec(r.body)?.[1] ?? '';
    assert.match(crumb, /<a href="\/browse\/icd10cm">ICD-10-CM diagnoses<\/a>/);
    assert.match(
      crumb,
      /<a href="\/codes\/icd10cm\/E00-E89">Chapter 4: Endocrine, nutritional and metabolic diseases<\/a>/,
    );
    assert.match(crumb, /<a href="\/codes\/icd10cm\/E08-E13">Diabetes mellitus<\/a>/);
    assert.match(
      crumb,
      /<a href="\/codes\/icd10cm\/E11.6">Type 2 diabetes mellitus with other specified complications<\/a>/,
    );
    // no bare code as a link's text, no range twice
    assert.doesNotMatch(crumb, />E08-E13<\/a>/);
    assert.equal(crumb.match(/E08-E13\)/g)?.length, 1);
  });

  test('did you mean: XYZ.99 suggests nothing unrelated; a typo its code; a code of the category its category', async () => {
    const none = await t.get('/codes/icd10cm/XYZ.99', true);
    assert.equal(none.statusCode, 404);
    assert.doesNotMatch(none.body, /Did you mean/);
    assert.doesNotMatch(none.body, /href="\/codes\//);
    const typo = await t.get('/codes/icd10cm/E11.66', true);
    assert.match(typo.body, /Did you mean/);
    const suggested = [...typo.body.matchAll(/href="\/codes\/(\w+)\/([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    assert.equal(suggested[0], 'icd10cm:E11.6');
    assert.ok(suggested.includes('icd10cm:E11.65'));
    assert.ok(
      suggested.every((s) => s.startsWith('icd10cm:E11')),
      suggested.join(' '),
    );
    const category = await t.get('/codes/icd10cm/E11.777', true);
    const inCategory = [...category.body.matchAll(/href="\/codes\/(\w+)\/([^"]+)"/g)].map((m) => m[2] as string);
    assert.ok(inCategory.length > 0);
    assert.ok(
      inCategory.every((c) => c.startsWith('E11')),
      inCategory.join(' '),
    );
    // words are still searched
    assert.match((await t.get('/codes/icd10cm/diabetes', true)).body, /Did you mean.*href="\/codes\/icd10cm\/E11/s);
  });

  test('meter: header pages spend no view on the way to a code; when none is left they still list their codes', async () => {
    const guest = new TestClient(t.app, {}, '10.9.1.1');
    for (const header of ['/codes/icd10cm/E11', '/codes/icd10cm/E11.6']) {
      const r = await guest.get(header);
      assert.ok(!locked(r.body), header);
      assert.equal(r.headers['x-codedesk-views-remaining'], '1', `${header} spent nothing`);
      assert.match(r.body, /did not use a view/);
    }
    const code = await guest.get('/codes/icd10cm/E11.65');
    assert.ok(!locked(code.body));
    assert.equal(code.headers['x-codedesk-views-remaining'], '0');
    // the one view is spent: a header page now locks its detailed sections, but lists the codes below it
    const after = await guest.get('/codes/icd10cm/E11.6');
    assert.ok(locked(after.body));
    assert.match(after.body, /href="\/codes\/icd10cm\/E11.65"/);
    assert.match(after.body, /<h2 id="notes-h">Instructional notes<\/h2><p class="locked">/);
    // the API applies the same rule: a header costs nothing and is refused only when nothing is left
    const api = await t.app.inject({ url: '/api/v1/codes/icd10cm/E11', remoteAddress: '10.9.1.2' });
    assert.equal(api.statusCode, 200);
    assert.equal(api.headers['x-codedesk-views-remaining'], '1');
  });

  test('the free account’s lock offers the way to more: PLANS_URL, else the administrator', async () => {
    const reader = async (app: TestApp['app'], address: string) => {
      const c = new TestClient(app, {}, address);
      const login = await c.submit('/login', '/login', { email: 'free@example.org', password: PASSWORD });
      assert.equal(login.statusCode, 303);
      return c;
    };
    const c = await reader(t.app, '10.9.2.1');
    await c.get('/codes/icd10cm/E11.9');
    const lockedPage = await c.get('/codes/icd10cm/S72.001A');
    assert.ok(locked(lockedPage.body));
    assert.match(lockedPage.body, /Ask this site&#39;s administrator for a paid plan|Ask this site's administrator/);
    assert.match(lockedPage.body, /<a href="\/search">search<\/a>/);
    const withPlans = await t.variant({
      GUEST_CODE_VIEWS: '1',
      FREE_CODE_VIEWS: '1',
      RATE_LIMIT_PER_MINUTE: '100000',
      PLANS_URL: 'mailto:admin@codedesk.test',
    });
    const p = await reader(withPlans, '10.9.2.2');
    const page = await p.get('/codes/icd10cm/S72.001A');
    assert.ok(locked(page.body));
    assert.match(page.body, /<a href="mailto:admin@codedesk.test" rel="noopener">Get a paid plan/);
  });
});
