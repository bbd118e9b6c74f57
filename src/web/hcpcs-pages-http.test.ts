// HCPCS Level II pages over HTTP, on the catalog of the official files (skipped without them) and on their excerpts:
// the code page shows the whole official record with the meanings of its values, a modifier has its page and the
// modifiers their list, browsing J lists code groups by range and no modifier, and the API's lookup carries the
// record.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appOnCatalog } from './test-support/catalog-app.js';
import { catalogsByDialect } from './test-support/catalog-sources.js';

for (const { source, dialect, skip } of catalogsByDialect().filter((c) => c.dialect === 'sqlite')) {
  describe(`HCPCS pages on ${source.name}, ${dialect}`, { skip }, () => {
    const app = appOnCatalog(source, dialect);
    const t = { get: (url: string, html?: boolean) => app().get(url, html) };

    test('a HCPCS code page shows the whole record, each value with its meaning', async () => {
      const r = await t.get('/codes/hcpcs/J1100', true);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /<h2 id="hcpcsRecord-h">Official HCPCS record<\/h2>/);
      assert.match(r.body, /<th scope="row">Short descriptor<\/th><td>Dexamethasone sodium phos<\/td>/);
      assert.match(r.body, /Pricing indicator<\/th><td><ul class="values"><li><span class="code">51<\/span> — Drugs/);
      assert.match(r.body, /<span class="code">A<\/span> — Not applicable as HCPCS priced under one methodology/);
      assert.match(r.body, /<span class="code">D<\/span> — Special coverage instructions apply/);
      assert.match(r.body, /<span class="code">O1E<\/span> — Other drugs/);
      assert.match(r.body, /<span class="code">1<\/span> — Medical care/);
      assert.match(r.body, /Added<\/th><td><ul class="values"><li><span class="code">1982-01-01<\/span>/);
      assert.match(r.body, /<span class="code">N<\/span> — No maintenance for this code/);
      assert.match(r.body, /Meanings: hcpcs\/2026-01\/HCPC2026_recordlayout.txt/);
      // the breadcrumb walks the browse groups the code sits in, each labelled by its range as on the browse page
      const crumb = /<nav class="breadcrumb"[\s\S]*?<\/nav>/.exec(r.body)?.[0] ?? '';
      assert.match(
        crumb,
        /<a href="\/browse\/hcpcs">[^<]+<\/a> › <a href="\/browse\/hcpcs\/J">J\d{4}(–J\d{4})?<\/a> › <a href="\/browse\/hcpcs\/J1">J1\d{3}(–J1\d{3})?<\/a>/,
      );
      // a modifier is not in a group of codes
      const modifier = await t.get('/codes/hcpcs/JW', true);
      assert.doesNotMatch(/<nav class="breadcrumb"[\s\S]*?<\/nav>/.exec(modifier.body)?.[0] ?? '', /browse\/hcpcs\/J/);
    });

    test('a processing note is shown with its text; an ASC code with what YY means', async () => {
      const r = await t.get('/codes/hcpcs/S0189', true);
      assert.match(r.body, /<span class="code">0088<\/span> — &quot;S&quot; CODES ARE UNIQUE TEMPORARY CODES/);
      const asc = await t.get('/codes/hcpcs/A2001', true);
      assert.match(asc.body, /ASC payment group<\/th><td><ul class="values"><li><span class="code">YY<\/span>/);
      assert.match(
        asc.body,
        /The 'YY' indicator represents that this procedure is approved to be performed in an ambulatory surgical center\. You must/,
      );
    });

    test('a modifier has its own page with its record and dates, and the modifiers a list', async () => {
      const m = await t.get('/codes/hcpcs/GT', true);
      assert.equal(m.statusCode, 200);
      assert.match(m.body, /CMS HCPCS modifier record/);
      // a modifier is not a header code with codes to choose from
      assert.match(m.body, /<p class="badge modifier">HCPCS modifier/);
      assert.doesNotMatch(m.body, /choose a more specific code/);
      assert.match(m.body, /Added<\/th>/);
      assert.match(m.body, /href="\/browse\/hcpcs\/modifiers"/);
      const list = await t.get('/browse/hcpcs/modifiers', true);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /<h1>HCPCS Level II modifiers<\/h1>/);
      assert.match(
        list.body,
        /<a href="\/codes\/hcpcs\/GT"><span class="code">GT<\/span><\/a><\/td><td>Via interactive audio/,
      );
      assert.doesNotMatch(list.body, /href="\/codes\/hcpcs\/J1100"/);
    });

    test('browsing J: groups of codes labelled by their range, no modifier among them', async () => {
      const r = await t.get('/browse/hcpcs/J', true);
      assert.equal(r.statusCode, 200);
      // regression: modifier J1's title ("Competitive acquisition program…") labelled the J1xxx codes
      assert.doesNotMatch(r.body, /Competitive acquisition/i);
      assert.match(r.body, /<a href="\/browse\/hcpcs\/J1"><span class="code">J1<\/span> J1\d{3}(–J1\d{3})?<\/a>/);
      for (const modifier of ['J1', 'J5', 'JW', 'JZ'])
        assert.doesNotMatch(r.body, new RegExp(`href="/codes/hcpcs/${modifier}"`));
      const top = await t.get('/browse/hcpcs', true);
      assert.match(top.body, /<span class="code">J<\/span> J\d{4}–J\d{4}/);
    });

    test('the API lookup carries the record with meanings', async () => {
      const r = await t.get('/api/v1/codes/hcpcs/J1100');
      assert.equal(r.statusCode, 200);
      const body = JSON.parse(r.body) as {
        hcpcs: { betos: string };
        hcpcsRecord: { fields: { field: string; values: { value: string; meaning: string | null }[] }[] };
      };
      // the old field stays as it was
      assert.equal(body.hcpcs.betos, 'O1E');
      const betos = body.hcpcsRecord.fields.find((f) => f.field === 'betos');
      assert.deepEqual(
        betos?.values.map((v) => [v.value, v.meaning]),
        [['O1E', 'Other drugs']],
      );
    });
  });
}
