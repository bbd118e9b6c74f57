// Claim Check over HTTP on the full catalog built from the official files (skipped without them) and on the catalog
// of their excerpts, on SQLite and on PostgreSQL: POST /api/v1/claims/check with the four example claims of docs/claim-examples.md (clean, units over
// an MUE with adjudication indicator 3, an add-on code without its primary, an Excludes1 pair), invalid claims and
// bodies, and the /claims page: labelled form, CSRF, findings beside the line they concern, input kept, add, remove
// and paste.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Catalog } from '../catalog/index.js';
import { mueLayerFor, mueRow, pickLayer } from '../rules/catalog-data.js';
import type { ClaimCheckResult, ClaimInput } from '../rules/index.js';
import { catalogsByDialect, describeOnWebCatalogs } from './test-support/catalog-sources.js';
import { csrfOf, TestClient } from './test-support/client.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

const DOS = '2026-05-01';

function claim(diagnoses: string[], lines: ClaimInput['lines']): ClaimInput {
  return {
    dateOfService: DOS,
    patient: { age: 45, sex: 'F' },
    placeOfService: '11',
    setting: 'practitioner',
    diagnoses,
    lines,
  };
}

/** The practitioner MUE of a code on DOS, from the table itself (the quarter's values may change). */
function mueOf(catalog: Catalog, code: string) {
  const picked = pickLayer(catalog, 'ncci', mueLayerFor('practitioner'), DOS);
  const row = picked && mueRow(picked.layer, code);
  assert.ok(row, `${code} has a practitioner MUE`);
  return row;
}

/** The rules that found something a coder must act on (info findings are reminders and "not checked" notes). */
function actionable(r: ClaimCheckResult): string[] {
  return r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => f.rule)
    .sort();
}

/** The HTML of one part of the claim page: from a marker to the next one. */
function between(html: string, from: string, to: string): string {
  const start = html.indexOf(from);
  assert.ok(start >= 0, `${from} on the page`);
  const end = html.indexOf(to, start + from.length);
  return html.slice(start, end < 0 ? undefined : end);
}

for (const { source, dialect, skip } of catalogsByDialect()) {
  describe(`Claim Check over HTTP on ${source.name}, ${dialect}`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      const { dir, search } = await source.open();
      t = await startTestApp({ catalogDir: dir, dialect, search, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    });
    after(async () => {
      await t?.close();
    });

    const check = (body: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/claims/check',
        payload: typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
      });

    async function checked(body: ClaimInput): Promise<ClaimCheckResult> {
      const r = await check(body);
      assert.equal(r.statusCode, 200, r.body);
      assert.match(r.headers['content-type'] as string, /application\/json/);
      const out = r.json() as ClaimCheckResult;
      for (const field of ['claim', 'findings', 'summary'] as const) assert.ok(field in out, field);
      for (const f of out.findings) {
        assert.deepEqual(Object.keys(f).sort(), ['citation', 'codes', 'lines', 'message', 'rule', 'severity']);
        assert.deepEqual(Object.keys(f.citation).sort(), ['file', 'record', 'release', 'source']);
      }
      return out;
    }

    test('a clean claim: no error, warning or review', async () => {
      const out = await checked(
        claim(
          ['J45.41'],
          [
            { code: '99214', modifiers: ['25'], units: 1, diagnosisPointers: [1] },
            { code: '94640', units: 1, diagnosisPointers: [1] },
          ],
        ),
      );
      assert.deepEqual(actionable(out), [], JSON.stringify(out.findings, null, 1));
      assert.deepEqual(out.summary, { errors: 0, warnings: 0, reviews: 0 });
      assert.equal(out.claim.lines[0]?.system, 'cpt');
    });

    test('units over a practitioner MUE with adjudication indicator 3: mue, and nothing else', async () => {
      const row = mueOf(t.catalog, '96372');
      assert.equal(row.adjudicationIndicator, 3);
      const atLimit = await checked(
        claim(['J45.41'], [{ code: '96372', units: row.mueValue, diagnosisPointers: [1] }]),
      );
      assert.deepEqual(actionable(atLimit), []);
      const out = await checked(
        claim(['J45.41'], [{ code: '96372', units: row.mueValue + 1, diagnosisPointers: [1] }]),
      );
      assert.deepEqual(actionable(out), ['mue']);
      const mue = out.findings.find((f) => f.rule === 'mue');
      assert.equal(mue?.severity, 'error');
      assert.deepEqual(mue?.lines, [1]);
      assert.match(
        mue?.message ?? '',
        new RegExp(`exceed its MUE of ${row.mueValue} per day \\(MAI 3, date of service edit: clinical\\)`),
      );
      assert.equal(mue?.citation.release, 'ncci:2026-04');
      assert.match(mue?.citation.file ?? '', /MCR_MUE_PractitionerServices_Eff_04-01-2026\.csv$/);
      assert.match(mue?.citation.record ?? '', new RegExp(`^line ${row.line}: 96372, MUE ${row.mueValue}, MAI 3`));
      assert.deepEqual(out.summary, { errors: 1, warnings: 0, reviews: 0 });
    });

    test('an add-on code without its primary (11045 without 11042): addon.no-primary, and nothing else', async () => {
      const out = await checked(claim(['L97.412'], [{ code: '11045', units: 1, diagnosisPointers: [1] }]));
      assert.deepEqual(actionable(out), ['addon.no-primary']);
      const f = out.findings.find((x) => x.rule === 'addon.no-primary');
      assert.equal(f?.severity, 'error');
      assert.deepEqual(f?.lines, [1]);
      assert.match(f?.message ?? '', /11042/);
      assert.match(f?.citation.file ?? '', /AOC/);
      // with its primary on the same date it passes
      const withPrimary = await checked(
        claim(
          ['L97.412'],
          [
            { code: '11042', units: 1, diagnosisPointers: [1] },
            { code: '11045', units: 1, diagnosisPointers: [1] },
          ],
        ),
      );
      assert.deepEqual(actionable(withPrimary), []);
    });

    test('an Excludes1 pair (E11.9 with E10.9): dx.excludes1, and nothing else', async () => {
      const out = await checked(claim(['E11.9', 'E10.9'], [{ code: '99213', units: 1, diagnosisPointers: [1, 2] }]));
      assert.deepEqual(actionable(out), ['dx.excludes1']);
      const f = out.findings.find((x) => x.rule === 'dx.excludes1');
      assert.equal(f?.severity, 'error');
      assert.deepEqual(f?.codes, ['E11.9', 'E10.9']);
      assert.deepEqual(f?.lines, []);
      assert.equal(f?.citation.source, 'ICD-10-CM Tabular List');
    });

    test('an invalid claim → 400 CLAIM_INVALID naming the field; not JSON → 400; too large → 413', async () => {
      const cases: [unknown, RegExp][] = [
        [claim(['J45.41'], [{ code: '99213', units: 'x' as unknown as number }]), /^lines\[0\]\.units: /],
        [{ ...claim(['J45.41'], [{ code: '99213' }]), dateOfService: '05/01/2026' }, /^dateOfService: /],
        [{ ...claim(['J45.41'], [{ code: '99213' }]), payer: 'x' }, /^payer: unknown field/],
        ['{"dateOfService": "2026-05-01",', /^claim: is not valid JSON \(/],
        ['', /^claim: is empty/],
      ];
      for (const [body, message] of cases) {
        const r = await check(body);
        assert.equal(r.statusCode, 400, r.body);
        assert.equal(r.json().error.code, 'CLAIM_INVALID');
        assert.match(r.json().error.message, message);
      }
      const big = await check(`{"dateOfService": "${'x'.repeat(300_000)}"}`);
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error.code, 'PAYLOAD_TOO_LARGE');
    });

    test('the JSON API takes JSON only: a cross-site form (urlencoded, text/plain, multipart) is refused', async () => {
      const form = new URLSearchParams({ dateOfService: DOS, diagnoses: 'J45.41', lines: '99213' }).toString();
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
        const r = await check(form, { 'content-type': type });
        assert.ok(r.statusCode === 400 || r.statusCode === 415, `${type}: ${r.statusCode}`);
        assert.equal(r.json().error.code, 'BAD_INPUT');
        assert.match(r.json().error.message, /application\/json/);
      }
      // no CSRF token is asked of a JSON request: a browser only sends application/json cross-site after a CORS
      // preflight, which this server never grants
      const ok = await check(claim(['J45.41'], [{ code: '99213', diagnosisPointers: [1] }]));
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.headers['access-control-allow-origin'], undefined);
    });

    test('/claims: the form, every control labelled, six lines, add line and paste', async () => {
      const browser = new TestClient(t.app);
      const r = await browser.get('/claims');
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /<h1>Claim Check<\/h1>/);
      assert.match(r.body, /<form action="\/claims" method="post"/);
      assert.ok(csrfOf(r.body));
      assert.equal(r.headers['cache-control'], 'no-store');
      const ids = [...r.body.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1] as string);
      for (const name of [
        'claim-date',
        'claim-age',
        'claim-sex',
        'claim-pos',
        'claim-setting',
        'claim-diagnoses',
        'claim-paste',
      ])
        assert.ok(ids.includes(name), name);
      for (const id of ids) assert.match(r.body, new RegExp(`<label for="${id}"`), `label for ${id}`);
      assert.equal((r.body.match(/<fieldset class="claim-line"/g) ?? []).length, 6 + 1, 'six lines and the template');
      assert.match(r.body, /<button[^>]*value="add"[^>]*>Add line<\/button>/);
      // the home page and the header lead here
      assert.match((await browser.get('/')).body, /<a href="\/claims">Claim Check<\/a>/);
    });

    test('POST /claims without the CSRF token → 403', async () => {
      const browser = new TestClient(t.app);
      await browser.get('/claims');
      const r = await browser.post('/claims', { dateOfService: DOS, diagnoses: 'J45.41', 'line1.code': '99213' });
      assert.equal(r.statusCode, 403);
      assert.match(r.body, /did not come from this site/);
    });

    test('POST /claims: findings beside the line they concern, diagnosis findings above the lines, input kept', async () => {
      const browser = new TestClient(t.app);
      const row = mueOf(t.catalog, '96372');
      const units = String(row.mueValue + 1);
      const r = await browser.submit('/claims', '/claims', {
        rows: '6',
        dateOfService: DOS,
        age: '45',
        sex: 'F',
        placeOfService: '11',
        setting: 'practitioner',
        diagnoses: 'E11.9\nE10.9',
        'line1.code': '96372',
        'line1.units': units,
        'line1.pointers': '1',
        // a gap: the blank row 2 goes to the end, so 11045 is claim line 2 and shows as line 2
        'line3.code': '11045',
        'line3.mod1': '',
        'line3.mod2': 'rt',
        'line3.pointers': 'A, B',
        action: 'check',
      });
      assert.equal(r.statusCode, 200, r.body.slice(0, 500));
      assert.match(r.body, /<title>Claim Check: 3 errors · CodeDesk<\/title>/);
      assert.match(between(r.body, 'class="claim-summary"', '</section>'), />3 errors</);
      const dx = between(r.body, '<fieldset class="claim-diagnoses"', '<fieldset class="claim-lines"');
      assert.match(dx, /<code class="rule">dx\.excludes1<\/code>/);
      assert.match(
        dx,
        /release <span class="release-id">icd10cm:2023<\/span> · file <code>icd10cm\/2023\/icd10cm_tabular_2023\.xml<\/code>/,
      );
      assert.match(dx, /E11\.9\nE10\.9<\/textarea>/);
      const line1 = between(r.body, 'id="line1"', 'id="line2"');
      const line2 = between(r.body, 'id="line2"', 'id="line3"');
      assert.match(line1, /<span class="sev-badge sev-error">Error<\/span> <code class="rule">mue<\/code>/);
      assert.match(line1, /MCR_MUE_PractitionerServices_Eff_04-01-2026\.csv/);
      assert.doesNotMatch(line1, /addon\.no-primary|dx\.excludes1/);
      assert.match(line2, /<code class="rule">addon\.no-primary<\/code>/);
      assert.doesNotMatch(line2, /<code class="rule">mue<\/code>/);
      // what was typed is all there (the modifier moved to the first box, as the claim reads it)
      assert.match(line1, /name="line1\.code" value="96372"/);
      assert.match(line1, new RegExp(`name="line1\\.units" value="${units}"`));
      assert.match(line2, /name="line2\.code" value="11045"/);
      assert.match(line2, /name="line2\.mod1" value="rt"/);
      assert.match(line2, /name="line2\.pointers" value="A, B"/);
      assert.match(r.body, /name="age" value="45"/);
      assert.match(r.body, /<option value="F" selected>/);
      assert.match(r.body, /name="placeOfService" value="11"/);
      // fix and run again: the same form, submitted again
      const fixed = await browser.post('/claims', {
        _csrf: csrfOf(r.body),
        dateOfService: DOS,
        diagnoses: 'E11.9',
        'line1.code': '96372',
        'line1.units': '1',
        'line1.pointers': '1',
        'line2.code': '11042',
        'line2.pointers': '1',
        'line3.code': '11045',
        'line3.pointers': '1',
        action: 'check',
      });
      assert.equal(fixed.statusCode, 200);
      assert.match(fixed.body, /<title>Claim Check: 0 errors · CodeDesk<\/title>/);
      assert.doesNotMatch(fixed.body, /<code class="rule">(mue|addon\.no-primary|dx\.excludes1)<\/code>/);
    });

    test('POST /claims with an invalid claim: 400, the message beside the field it names, nothing lost', async () => {
      const browser = new TestClient(t.app);
      const r = await browser.submit('/claims', '/claims', {
        dateOfService: DOS,
        diagnoses: 'J45.41',
        paste: '',
        'line1.code': '99213',
        'line1.pointers': '1',
        'line2.code': '94640',
        'line2.units': 'two',
        'line2.mod1': '76',
        action: 'check',
      });
      assert.equal(r.statusCode, 400);
      assert.match(
        r.body,
        /role="alert">The claim was not checked: <a href="#line2-units">Line 2, units<\/a>: must be a number/,
      );
      const line2 = between(r.body, 'id="line2"', 'id="line3"');
      assert.match(
        line2,
        /id="line2-units" name="line2\.units" value="two"[^>]*aria-invalid="true" aria-describedby="line2-units-error"/,
      );
      assert.match(
        line2,
        /<p class="field-error" id="line2-units-error">Line 2, units: must be a number, not &quot;two&quot;/,
      );
      assert.match(line2, /name="line2\.mod1" value="76"/);
      assert.match(r.body, /name="line1\.code" value="99213"/);
      assert.doesNotMatch(r.body, /class="claim-summary"/);
      // a header field: the message sits with the date
      const date = await browser.post('/claims', {
        _csrf: csrfOf(r.body),
        dateOfService: '2026-13-01',
        diagnoses: 'J45.41',
        'line1.code': '99213',
        action: 'check',
      });
      assert.equal(date.statusCode, 400);
      assert.match(date.body, /id="claim-date"[^>]*value="2026-13-01"[^>]*aria-invalid="true"/);
      assert.match(date.body, /<p class="field-error" id="claim-date-error">Date of service: must be a date/);
    });

    test('Add line, Remove and paste re-render the form without checking it', async () => {
      const browser = new TestClient(t.app);
      const page = await browser.get('/claims');
      const base = { _csrf: csrfOf(page.body), rows: '6', dateOfService: DOS, diagnoses: 'J45.41' };
      const added = await browser.post('/claims', {
        ...base,
        'line1.code': '99213',
        'line1.units': '1',
        action: 'add',
      });
      assert.equal(added.statusCode, 200);
      assert.equal((added.body.match(/<fieldset class="claim-line"/g) ?? []).length, 7 + 1);
      assert.match(added.body, /name="line7\.code" value(="")?[ />]/);
      assert.match(added.body, /name="line1\.code" value="99213"/);
      assert.doesNotMatch(added.body, /class="claim-summary"/);

      const removed = await browser.post('/claims', {
        ...base,
        _csrf: csrfOf(added.body),
        rows: '7',
        'line1.code': '99213',
        'line2.code': '94640',
        'line2.units': '2',
        action: 'remove-1',
      });
      assert.equal(removed.statusCode, 200);
      assert.match(removed.body, /name="line1\.code" value="94640"/);
      assert.match(removed.body, /name="line1\.units" value="2"/);
      assert.doesNotMatch(removed.body, /value="99213"/);
      assert.equal((removed.body.match(/<fieldset class="claim-line"/g) ?? []).length, 6 + 1);

      const pasted = await browser.post('/claims', {
        ...base,
        _csrf: csrfOf(removed.body),
        'line1.code': '99214',
        paste: '96372, 11045\n11042 J3301',
        action: 'paste',
      });
      assert.equal(pasted.statusCode, 200);
      assert.match(pasted.body, /role="status">4 lines added from the pasted codes\./);
      const codes = [...pasted.body.matchAll(/name="line(\d+)\.code" value="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`);
      assert.deepEqual(codes, ['1=99214', '2=96372', '3=11045', '4=11042', '5=J3301']);
      assert.match(pasted.body, /<textarea id="claim-paste"[^>]*><\/textarea>/);

      // pasting and checking at once: the pasted codes are checked as lines
      const both = await browser.post('/claims', {
        ...base,
        _csrf: csrfOf(pasted.body),
        paste: '11045',
        action: 'check',
      });
      assert.equal(both.statusCode, 200);
      assert.match(between(both.body, 'id="line1"', 'id="line2"'), /<code class="rule">addon\.no-primary<\/code>/);
    });
  });
}

describeOnWebCatalogs('Claim Check API rate limit', (source) => {
  let t: TestApp;
  before(async () => {
    const { dir, search } = await source.open();
    t = await startTestApp({ catalogDir: dir, search, env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  after(async () => {
    await t?.close();
  });

  test('a client over the limit gets 429 with the error shape', async () => {
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 3; i++) {
      last = await t.app.inject({
        method: 'POST',
        url: '/api/v1/claims/check',
        payload: claim(['J45.41'], [{ code: '99213', diagnosisPointers: [1] }]),
      });
      statuses.push(last.statusCode);
    }
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.equal(last?.json().error.code, 'RATE_LIMITED');
  });
});
