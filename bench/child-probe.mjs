// Run in a fresh process by the catalog benchmark: measures one thing about the built catalog and prints
// JSON. Uses the compiled code in dist/ (what `codedesk` runs).
import { performance } from 'node:perf_hooks';

const [mode, dataDir, ...rest] = process.argv.slice(2);
const { Catalog, lookupCode } = await import('../dist/catalog/index.js');

function openChecked(dir, check) {
  if (check !== 'none') return Catalog.open(dir, { firstUseCheck: check });
  const opened = Catalog.open(dir);
  return new Catalog({ ...opened.manifest, checksums: undefined }, opened.buildDir);
}

if (mode === 'import') {
  const t0 = performance.now();
  const { importCatalog } = await import('../dist/catalog/import/index.js');
  await importCatalog({ from: rest[0], dataDir });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'cold') {
  // rest[1]: how layers read on first use are checked — 'size' (the default), 'sha256', or 'none' (the manifest's
  // checksums dropped, as in a build from before they were recorded)
  const check = rest[1] ?? 'size';
  const catalog = openChecked(dataDir, check);
  const r = lookupCode(catalog, { code: rest[0] ?? 'E11.9' });
  // performance.now() counts from process start: this is start-up plus the first lookup
  process.stdout.write(JSON.stringify({ ms: performance.now(), code: r.code }));
} else if (mode === 'warm') {
  // Catalog.warm() (every layer read; with checksums, every file's sha256 compared), after the open
  const catalog = openChecked(dataDir, rest[0] ?? 'size');
  const t0 = performance.now();
  catalog.warm();
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));
} else if (mode === 'search-write') {
  const { SearchIndex } = await import('../dist/search/index.js');
  process.stdout.write(JSON.stringify({ bytes: SearchIndex.writePrebuilt(Catalog.open(dataDir)) }));
} else if (mode === 'search-read') {
  // reading the prebuilt search index with and without comparing its sha256, alternately, file in the page cache
  const { readSearchData, SEARCH_INDEX_FILE } = await import('../dist/search/search-data.js');
  const { checksumOfFile } = await import('../dist/catalog/checksum.js');
  const catalog = Catalog.open(dataDir);
  const recorded = await checksumOfFile(`${catalog.buildDir}/${SEARCH_INDEX_FILE}`);
  const plain = [];
  const checked = [];
  for (let k = 0; k < 7; k++) {
    for (const [list, arg] of [
      [plain, undefined],
      [checked, recorded],
    ]) {
      const t = performance.now();
      const read = readSearchData(catalog.buildDir, catalog.manifest.buildId, arg);
      list.push(performance.now() - t);
      if (!read.data) throw new Error(`search index not read: ${read.notice}`);
    }
  }
  process.stdout.write(JSON.stringify({ plain, checked, bytes: recorded.bytes }));
} else if (mode === 'fee') {
  // fee calculations per second: every priced code × every locality id that is unique, in a fresh process
  const { computeFee } = await import('../dist/catalog/index.js');
  const catalog = Catalog.open(dataDir);
  const rvu = catalog.layer(catalog.pick('pfs', 'pfs-rvu').release, 'pfs-rvu');
  const gpci = catalog.layer(catalog.pick('pfs', 'pfs-gpci').release, 'pfs-gpci');
  const codes = [...new Set(rvu.rows.filter((r) => r.modifier === '').map((r) => r.hcpcs))];
  const ids = gpci.localities.map((l) => l.id);
  const localities = [...new Set(ids)].filter((id) => ids.indexOf(id) === ids.lastIndexOf(id));
  const pairs = [];
  for (let i = 0; i < 200_000; i++) pairs.push([codes[i % codes.length], localities[i % localities.length]]);
  const rounds = [];
  for (let k = 0; k < 4; k++) {
    const t = performance.now();
    for (const [code, locality] of pairs) computeFee(catalog, { code, locality });
    rounds.push(pairs.length / ((performance.now() - t) / 1000));
  }
  process.stdout.write(JSON.stringify({ firstRound: rounds[0], laterRounds: rounds.slice(1) }));
} else if (mode === 'memory') {
  const catalog = Catalog.open(dataDir);
  catalog.warm();
  for (const r of catalog.manifest.releases) {
    if (!r.layers.includes('codes')) continue;
    const idx = catalog.codeIndex(r);
    lookupCode(catalog, { code: idx.layer.codes[0], system: r.system });
  }
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stdout.write(JSON.stringify({ rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20 }));
}
