// Reads and writes the catalog artifact under <dataDir>/catalog. A build is written into a fresh folder and
// only then made current by atomically renaming a one-line pointer file, so an interrupted import (even
// kill -9) leaves the previous catalog in force and whole.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../shared/index.js';
import { ARTIFACT_FORMAT, type CatalogManifest, type LayerKind, type LayerPayloads } from './model.js';
import { decodeLayer, encodeLayer } from './table-codec.js';

const CURRENT = 'CURRENT';

export function catalogRoot(dataDir: string): string {
  return join(dataDir, 'catalog');
}

function layerFileName(releaseId: string, layer: LayerKind): string {
  return `${releaseId.replace(/[^A-Za-z0-9.-]/g, '_')}.${layer}.json`;
}

export function newBuildId(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${randomBytes(3).toString('hex')}`;
}

/** Writes one build. Call `writeLayer` for every layer, then `commit` to make it current. */
export class BuildWriter {
  readonly buildId: string;
  private readonly tmpDir: string;
  private readonly finalDir: string;

  private constructor(
    private readonly dataDir: string,
    buildId: string,
  ) {
    this.buildId = buildId;
    const builds = join(catalogRoot(dataDir), 'builds');
    this.tmpDir = join(builds, `${buildId}.partial`);
    this.finalDir = join(builds, buildId);
  }

  /** the folder the build is written into until commit (derived artifacts go here too) */
  get stagingDir(): string {
    return this.tmpDir;
  }

  static async start(dataDir: string): Promise<BuildWriter> {
    const w = new BuildWriter(dataDir, newBuildId());
    await mkdir(join(w.tmpDir, 'layers'), { recursive: true });
    return w;
  }

  async writeLayer<K extends LayerKind>(releaseId: string, layer: K, payload: LayerPayloads[K]): Promise<number> {
    const text = JSON.stringify(encodeLayer(payload));
    await writeFile(join(this.tmpDir, 'layers', layerFileName(releaseId, layer)), text);
    return Buffer.byteLength(text);
  }

  async commit(manifest: CatalogManifest): Promise<void> {
    writeDurably(join(this.tmpDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
    await rename(this.tmpDir, this.finalDir);
    const root = catalogRoot(this.dataDir);
    const pointerTmp = join(root, `${CURRENT}.${this.buildId}.tmp`);
    writeDurably(pointerTmp, `${this.buildId}\n`);
    await rename(pointerTmp, join(root, CURRENT));
    await pruneBuilds(this.dataDir, this.buildId);
  }

  async abort(): Promise<void> {
    await rm(this.tmpDir, { recursive: true, force: true });
  }
}

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Keep the current build and the one before it; remove partial builds left by interrupted imports. */
async function pruneBuilds(dataDir: string, current: string): Promise<void> {
  const builds = join(catalogRoot(dataDir), 'builds');
  const names = (await readdir(builds)).sort();
  const complete = names.filter((n) => !n.endsWith('.partial') && n !== current);
  const keep = new Set([current, complete[complete.length - 1]]);
  for (const n of names) {
    if (!keep.has(n)) await rm(join(builds, n), { recursive: true, force: true });
  }
  for (const n of await readdir(catalogRoot(dataDir))) {
    if (n.startsWith(`${CURRENT}.`) && n.endsWith('.tmp')) await rm(join(catalogRoot(dataDir), n), { force: true });
  }
}

export function currentBuildDir(dataDir: string): string | undefined {
  const pointer = join(catalogRoot(dataDir), CURRENT);
  if (!existsSync(pointer)) return undefined;
  const id = readFileSync(pointer, 'utf8').trim();
  return join(catalogRoot(dataDir), 'builds', id);
}

export function readManifest(buildDir: string): CatalogManifest {
  const path = join(buildDir, 'manifest.json');
  let manifest: CatalogManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as CatalogManifest;
  } catch (e) {
    throw new AppError('CATALOG_CORRUPT', { path, why: e instanceof Error ? e.message : String(e) });
  }
  if (manifest.format !== ARTIFACT_FORMAT) {
    throw new AppError('CATALOG_CORRUPT', {
      path,
      why: `artifact format ${String(manifest.format)} is not ${ARTIFACT_FORMAT}; run "codedesk import" again`,
    });
  }
  return manifest;
}

export function readLayer<K extends LayerKind>(buildDir: string, releaseId: string, layer: K): LayerPayloads[K] {
  const path = join(buildDir, 'layers', layerFileName(releaseId, layer));
  try {
    return decodeLayer<LayerPayloads[K]>(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
  } catch (e) {
    throw new AppError('CATALOG_CORRUPT', { path, why: e instanceof Error ? e.message : String(e) });
  }
}
