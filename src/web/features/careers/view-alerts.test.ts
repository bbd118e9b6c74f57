// The "Save this search" button the /jobs page drops in: the page's filters (as the search read them) become hidden
// fields of a form posting to /jobs/alerts with the CSRF token, paging and sort left out; a guest gets a log-in link
// that comes back to the same search instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { parseJobFilters } from '../../../careers/index.js';
import { SaveSearchButton } from './view-alerts.js';

const filters = parseJobFilters({ credential: 'cpc-a', remote: 'true', salaryMin: '40000', page: '2', sort: 'salary' });

test('a signed-in visitor gets a form with the filters as hidden fields and the CSRF token', () => {
  const html = renderToString(h(SaveSearchButton, { filters, csrf: 'tok' }));
  assert.match(html, /<form class="save-search" action="\/jobs\/alerts" method="post">/);
  assert.match(html, /<input type="hidden" name="_csrf" value="tok"\/>/);
  const hidden = [...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"\/>/g)]
    .map((m) => `${m[1]}=${m[2]}`)
    .filter((f) => !f.startsWith('_csrf='));
  assert.deepEqual(hidden, ['remote=true', 'credential=CPC-A', 'salaryMin=40000', 'salaryPeriod=year']);
  assert.match(html, /<button type="submit">Save this search<\/button>/);
});

test('a guest gets a link to log in and come back to the search', () => {
  const html = renderToString(h(SaveSearchButton, { filters, csrf: undefined }));
  assert.doesNotMatch(html, /<form/);
  assert.match(
    html,
    /<a href="\/login\?next=%2Fjobs%3Fremote%3Dtrue%26credential%3DCPC-A%26salaryMin%3D40000%26salaryPeriod%3Dyear">Log in to save this search<\/a>/,
  );
});
