// Shows where the search engine misses on the *tune* part of the short search-box queries (see shortQueryPart
// in eval-search/short-queries.ts); the measure part is never shown, only scored by npm run eval:search.
// Usage: node --import tsx scripts/short-failures.ts [kind|all] [how many]
import { SearchIndex, searchCodes } from '../src/search/index.js';
import { loadCatalog } from './eval-search/common.js';
import { loadShortQueries, scoreShort } from './eval-search/short-queries.js';

const kind = process.argv[2] ?? 'all';
const show = Number(process.argv[3] ?? 60);
const loaded = await loadCatalog();
try {
  const rows = loadShortQueries().filter((q) => q.part === 'tune' && (kind === 'all' || q.kind === kind));
  const index = SearchIndex.open(loaded.catalog);
  const { rates, outcomes } = scoreShort(rows, (q) => searchCodes(index, q, { limit: 10 }).results);
  let shown = 0;
  for (const o of outcomes) {
    if (o.rank === 1 || shown++ >= show) continue;
    const best = o.q.best.map(([s, c]) => `${s}:${c}`).join(' ');
    process.stdout.write(
      `\n# ${o.q.q}  [${o.q.kind}] rank ${o.rank || '>10'}  accept ${o.q.accept
        .slice(0, 6)
        .map(([s, c]) => `${s}:${c}`)
        .join(' ')}${best ? `  best ${best}` : ''}\n`,
    );
    const results = searchCodes(index, o.q.q, { limit: 5 }).results;
    for (const r of results)
      process.stdout.write(
        `  ${r.system} ${r.code} ${r.score} ${r.title?.slice(0, 70)} [${r.matched.kind}: ${r.matched.path?.join(' > ') ?? r.matched.text}]\n`,
      );
  }
  process.stdout.write(
    `\ntune part (${kind}): top-1 ${rates.top1.toFixed(3)} top-5 ${rates.top5.toFixed(3)} best@1 ${rates.bestAt1.toFixed(3)} of ${rates.queries}\n`,
  );
} finally {
  loaded.cleanup();
}
