// Dates of service over HTTP, on the mini catalog (ICD-10-CM FY2023 and FY2026, HCPCS 2026-01) with the app's
// clock fixed: the code page's ?date= and date picker, the stale-release notice when today is past every loaded
// release, the home page's "Releases in force", the API's lookup with and without `date`, and the refusals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

describe('dates of service on pages and the API', () => {
  const dir = tempDir();
  let stale: TestApp;
  let inForce: TestApp;

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    // today after every loaded release ended, and a today inside FY2026 and HCPCS 2026-01
    stale = await startTestApp({ catalogDir: dir.path, now: () => new Date('2026-12-07T12:00:00Z') });
    inForce = await startTestApp({ catalogDir: dir.path, now: () => new Date('2026-02-10T12:00:00Z') });
  });
  after(async () => {
    await stale?.close();
    await inForce?.close();
    dir.remove();
  });

  test('a code page without a date is for today, and says plainly the loaded release ended', async () => {
    const r = await stale.get('/codes/icd10cm/E11.9', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<input id="dos" name="date" type="date" value="2026-12-07"/);
    assert.match(r.body, /class="warning stale-notice"/);
    assert.match(r.body, /the newest loaded, ICD-10-CM FY2026, ended on 2026-09-30/);
    assert.match(r.body, /codedesk data fetch/);
    // said once, in the date section
    assert.equal(r.body.match(/ended on 2026-09-30\. What is shown/g)?.length, 1);
  });

  test('a code page on a date in force shows no stale notice', async () => {
    const r = await inForce.get('/codes/icd10cm/E11.9', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /value="2026-02-10"/);
    assert.doesNotMatch(r.body, /stale-notice/);
    assert.match(r.body, /Release: ICD-10-CM FY2026/);
    // without a chosen date, links are for today (no date in them)
    assert.match(r.body, /href="\/codes\/icd10cm\/E11"/);
    assert.doesNotMatch(r.body, /\?date=/);
  });

  test('?date= shows the release in force then, with a link back to today', async () => {
    const r = await stale.get('/codes/icd10cm/E11.9?date=2023-01-15', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Release: ICD-10-CM FY2023 \(2022-10-01 to 2023-09-30\)/);
    assert.match(r.body, /value="2023-01-15"/);
    assert.match(r.body, /<a href="\/codes\/icd10cm\/E11\.9">Today<\/a>/);
    assert.doesNotMatch(r.body, /stale-notice/);
    // the links to other codes keep the date, so following the hierarchy stays on that date's releases
    assert.match(r.body, /href="\/codes\/icd10cm\/E11\?date=2023-01-15"/);
    assert.doesNotMatch(r.body, /href="\/codes\/icd10cm\/E11"/);
    // a code deleted since is still a page on a date it was valid
    const old = await stale.get('/codes/icd10cm/E11.99?date=2023-01-15', true);
    assert.equal(old.statusCode, 200);
    assert.match(old.body, /Invented code present only in this fixture/);
  });

  test('a date between loaded releases names the years not loaded', async () => {
    const r = await stale.get('/codes/icd10cm/E11.9?date=2024-06-01', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /FY2024–FY2025, 2023-10-01 to 2025-09-30, is not loaded/);
  });

  test('the canonical redirect keeps the date', async () => {
    const r = await stale.get('/codes/icd10cm/e119?date=2023-01-15', true);
    assert.equal(r.statusCode, 301);
    assert.equal(r.headers.location, '/codes/icd10cm/E11.9?date=2023-01-15');
  });

  test('a malformed date, two dates, or a date before every loaded release: 400, nothing defaulted', async () => {
    for (const q of ['date=2026-02-30', 'date=yesterday', 'date=2026-01-01&date=2026-02-01']) {
      const r = await stale.get(`/codes/icd10cm/E11.9?${q}`, true);
      assert.equal(r.statusCode, 400, q);
    }
    const early = await stale.get('/codes/icd10cm/E11.9?date=2015-06-01', true);
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /oldest loaded, ICD-10-CM FY2023, is in force from 2022-10-01/);
  });

  test('code history: each loaded release, what changed, and the years not loaded', async () => {
    const r = await stale.get('/codes/icd10cm/E11.A', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /FY2024–FY2025 \(2023-10-01 to 2025-09-30\): not loaded/);
    assert.match(r.body, /ICD-10-CM FY2026 \(2025-10-01 to 2026-09-30\): <strong>added<\/strong>/);
    const gone = await stale.get('/codes/icd10cm/E11.99?date=2023-01-15', true);
    assert.match(gone.body, /ICD-10-CM FY2026 \(2025-10-01 to 2026-09-30\): <strong>deleted<\/strong>/);
  });

  test('the home page: releases in force today, and the stale notice when every loaded release has ended', async () => {
    const r = await stale.get('/', true);
    assert.match(r.body, /Releases in force/);
    assert.match(r.body, /On 2026-12-07 \(today\)/);
    assert.match(r.body, /class="warning stale-notice"/);
    assert.match(r.body, /HCPCS Level II 2026-01, ended on 2026-03-31/);
    assert.match(r.body, /ICD-10-CM FY2026, ended on 2026-09-30/);
    const ok = await inForce.get('/', true);
    assert.doesNotMatch(ok.body, /stale-notice/);
    assert.match(ok.body, /ICD-10-CM FY2026 \(2025-10-01 to 2026-09-30\)<\/li>/);
  });

  test('API lookup: today by default with stale and the end date; date= for an older release; refusals', async () => {
    const now = (await stale.get('/api/v1/codes/icd10cm/E11.9')).json();
    assert.equal(now.date, '2026-12-07');
    assert.equal(now.release.stale, true);
    assert.equal(now.release.endedOn, '2026-09-30');
    assert.ok(now.warnings.some((w: { code: string; message: string }) => /codedesk data fetch/.test(w.message)));
    const older = (await stale.get('/api/v1/codes/icd10cm/E11.9?date=2023-01-15')).json();
    assert.equal(older.release.id, 'icd10cm:2023');
    assert.equal(older.release.stale, false);
    assert.equal(older.release.endedOn, undefined);
    const fresh = (await inForce.get('/api/v1/codes/icd10cm/E11.9')).json();
    assert.equal(fresh.release.stale, false);
    const bad = await stale.get('/api/v1/codes/icd10cm/E11.9?date=2026-02-30');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'BAD_DATE');
    const early = await stale.get('/api/v1/codes/icd10cm/E11.9?date=2015-06-01');
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().error.code, 'CATALOG_NO_RELEASE');
  });
});
