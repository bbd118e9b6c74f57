// Catalogs for the Claim Check tests: the full catalog built from the official files (../shared/data), the catalog
// of their excerpts (src/catalog/fixtures/excerpts, always there), and either with the NCCI PTP tables of the
// official-layout fixtures added (the staged data has no PTP table). The real PTP catalog is the real build's layers,
// linked, plus the layers of a tiny import of the two fixture tables, under one merged manifest: opened with
// Catalog.open like any build, and costs seconds, not an import.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import { importCatalog } from '../../catalog/import/index.js';
import { Catalog, type CatalogManifest, currentBuildDir } from '../../catalog/index.js';
import { excerptCatalogDir } from '../../catalog/test-support/excerpt-codesets.js';
import { realCatalogDir } from '../../catalog/test-support/real-catalog.js';
import { projectRoot, skipUnlessCodesets, type TempDir, tempDir } from '../../shared/test-support/codesets.js';
import { writeExcerptCodesets } from '../../shared/test-support/excerpts.js';

/** For node:test's skip option: false, or why the real-data tests cannot run here. */
export const skipReal: false | string = skipUnlessCodesets();

let real: Promise<Catalog> | undefined;

/** The full catalog of the official files, opened once per test process. */
export function realCatalog(): Promise<Catalog> {
  real ??= realCatalogDir().then((dir) => Catalog.open(dir));
  return real;
}

let excerpts: Promise<Catalog> | undefined;

/** The catalog of the excerpts of the official files, imported once per test process. */
export function excerptCatalog(): Promise<Catalog> {
  excerpts ??= excerptCatalogDir().then((dir) => Catalog.open(dir));
  return excerpts;
}

/** A catalog a describe block runs on: the real one (skipped without the files) or the excerpts (always run). */
export interface CatalogSource {
  /** false for the excerpts, whose line numbers and record counts are not the official files' */
  official: boolean;
  skip: false | string;
  open(): Promise<Catalog>;
  /** PTP fixture tables added: ncci:2026-07 */
  withPtp(): Promise<PtpCatalog>;
  /** the describe block's name on this catalog: unchanged for the real one */
  title(name: string): string;
}

export const CATALOG_SOURCES: readonly CatalogSource[] = [
  {
    official: true,
    skip: skipReal,
    open: realCatalog,
    withPtp: realCatalogWithPtpFixtures,
    title: (name) => name,
  },
  {
    official: false,
    skip: false,
    open: excerptCatalog,
    withPtp: excerptCatalogWithPtpFixtures,
    // "mue on the real tables" -> "mue on the excerpts of the tables"; other names get the catalog appended
    title: (name) =>
      name.includes('the real ') ? name.replace('the real ', 'the excerpts of the ') : `${name}, on the excerpts`,
  },
];

/** One describe block per catalog source, named after it: the real catalog (skipped without the files), the excerpts. */
export function describeOnCatalogs(name: string, body: (source: CatalogSource) => void): void {
  for (const source of CATALOG_SOURCES) describe(source.title(name), { skip: source.skip }, () => body(source));
}

const FIXTURES = path.join(projectRoot, 'src/codesets/ncci/fixtures');
/** The fixtures under the names CMS gives the quarterly tables (version 32.2 = July 2026). */
export const PTP_FIXTURE_FILES = {
  'ccipra-v322r0-f1-sample.txt': 'ccipra-v322r0-f1.txt',
  'ccioph-v322r0-f1-sample.txt': 'ccioph-v322r0-f1.txt',
} as const;

export interface PtpCatalog {
  catalog: Catalog;
  /** deletes the merged build and the fixture import */
  remove(): void;
}

function removeAll(temps: readonly TempDir[]): void {
  for (const t of temps) t.remove();
}

/** Copies the PTP fixture tables into a code-set folder, where CMS's quarterly tables would go. */
function addPtpFixtures(codesets: string): void {
  mkdirSync(path.join(codesets, 'ncci/ptp'), { recursive: true });
  for (const [from, to] of Object.entries(PTP_FIXTURE_FILES)) {
    copyFileSync(path.join(FIXTURES, from), path.join(codesets, 'ncci/ptp', to));
  }
}

/** The excerpt catalog plus the PTP fixture tables: the excerpts and the tables imported together. */
export async function excerptCatalogWithPtpFixtures(): Promise<PtpCatalog> {
  const temp = tempDir('codedesk-ptp-excerpts-');
  try {
    const codesets = path.join(temp.path, 'codesets');
    await writeExcerptCodesets(codesets);
    addPtpFixtures(codesets);
    await importCatalog({ from: codesets, dataDir: path.join(temp.path, 'data') });
    return { catalog: Catalog.open(path.join(temp.path, 'data')), remove: () => temp.remove() };
  } catch (e) {
    temp.remove();
    throw e;
  }
}

/** The real catalog plus the PTP fixture tables (release ncci:2026-07, practitioner and outpatient hospital). */
export async function realCatalogWithPtpFixtures(): Promise<PtpCatalog> {
  const realBuild = currentBuildDir(await realCatalogDir());
  if (!realBuild) throw new Error('the real catalog has no current build');
  const temps: TempDir[] = [
    tempDir('codedesk-ptp-src-'),
    tempDir('codedesk-ptp-data-'),
    tempDir('codedesk-ptp-merged-'),
  ];
  const [src, data, merged] = temps as [TempDir, TempDir, TempDir];
  try {
    addPtpFixtures(src.path);
    await importCatalog({ from: src.path, dataDir: data.path });
    const ptpBuild = currentBuildDir(data.path);
    if (!ptpBuild) throw new Error('the PTP fixture import wrote no build');

    const id = 'merged-ptp-fixtures';
    const build = path.join(merged.path, 'catalog/builds', id);
    mkdirSync(path.join(build, 'layers'), { recursive: true });
    for (const name of readdirSync(path.join(realBuild, 'layers'))) {
      symlinkSync(path.join(realBuild, 'layers', name), path.join(build, 'layers', name));
    }
    for (const name of readdirSync(path.join(ptpBuild, 'layers'))) {
      copyFileSync(path.join(ptpBuild, 'layers', name), path.join(build, 'layers', name));
    }
    const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as CatalogManifest;
    const manifest = read(realBuild);
    const known = new Set(manifest.releases.map((r) => r.id));
    const added = read(ptpBuild).releases.filter((r) => !known.has(r.id));
    writeFileSync(
      path.join(build, 'manifest.json'),
      JSON.stringify({ ...manifest, buildId: id, releases: [...manifest.releases, ...added] }),
    );
    writeFileSync(path.join(merged.path, 'catalog/CURRENT'), `${id}\n`);
    const catalog = Catalog.open(merged.path);
    return { catalog, remove: () => removeAll(temps) };
  } catch (e) {
    removeAll(temps);
    throw e;
  }
}
