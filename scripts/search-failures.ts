// Shows where the search engine misses on the *inspected* half of llmcoder-dev (see llmcoderHalf in
// eval-search/common.ts); the other half is never shown, only scored by npm run eval:search.
// Usage: node --import tsx scripts/search-failures.ts [typo|abbreviation|reorder|sentence] [how many]
import { codeKey } from '../src/catalog/index.js';
import { SearchIndex, searchCodes } from '../src/search/index.js';
import { cmCodesInForce, llmcoderHalf, loadCatalog, loadLlmcoder } from './eval-search/common.js';

const kind = process.argv[2] ?? 'typo';
const show = Number(process.argv[3] ?? 40);
const loaded = await loadCatalog();
try {
  const cm = cmCodesInForce(loaded.catalog);
  const rows = loadLlmcoder(cm).filter((q) => q.kind === kind && llmcoderHalf(q) === 'inspected' && !q.notInRelease);
  const index = SearchIndex.open(loaded.catalog);
  let shown = 0;
  let hits = 0;
  for (const q of rows) {
    const results = searchCodes(index, q.query, { system: 'icd10cm', limit: 10 }).results;
    const rank = results.findIndex((r) => q.gold.includes(codeKey(r.code)));
    if (rank === 0) {
      hits++;
      continue;
    }
    if (shown++ >= show) continue;
    const gold = q.gold[0] as string;
    process.stdout.write(
      `\n# ${q.query}\n  gold ${gold} ${cm.byKey.get(gold)?.title} (rank ${rank < 0 ? '>10' : rank + 1})\n`,
    );
    for (const r of results.slice(0, 3))
      process.stdout.write(`  ${r.code} ${r.score} ${r.title} [${r.matched.kind}: ${r.matched.text}]\n`);
  }
  process.stdout.write(`\ntop-1 ${hits}/${rows.length} on the inspected half of "${kind}"\n`);
} finally {
  loaded.cleanup();
}
