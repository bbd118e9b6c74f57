// Reads and writes the catalog artifact under <dataDir>/catalog. A build is written into a fresh folder and
// only then made current by atomically renaming a one-line pointer file, so an interrupted import (even
// kill -9) leaves the previous catalog in force and whole. The manifest records the checksum of every other
// file of the build, so a file edited or damaged later is refused rather than served (checksum.ts).
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../shared/index.js';
import { assertAsRecorded, type CheckDepth, checksumOf, checksumOfFile } from './checksum.js';
import {
  ARTIFACT_FORMAT,
  type CatalogManifest,
  type FileChecksum,
  type LayerKind,
  type LayerPayloads,
} from './model.js';
import { decodeLayer, encodeLayer } from './table-codec.js';

const CURRENT = 'CURRENT';

export function catalogRoot(dataDir: string): string {
  return join(dataDir, 'catalog');
}

const MANIFEST = 'manifest.json';
const LAYERS = 'layers';

/** A layer's file, relative to the build folder (the key of its checksum in the manifest). */
export function layerFile(releaseId: string, layer: LayerKind): string {
  return `${LAYERS}/${releaseId.replace(/[^A-Za-z0-9.-]/g, '_')}.${layer}.json`;
}

export function newBuildId(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${randomBytes(3).toString('hex')}`;
}

/** Writes one build. Call `writeLayer` for every layer, then `commit` to make it current. */
export class BuildWriter {
  readonly buildId: string;
  private readonly tmpDir: string;
  private readonly finalDir: string;
  private readonly written: Record<string, FileChecksum> = {};

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
    await mkdir(join(w.tmpDir, LAYERS), { recursive: true });
    return w;
  }

  async writeLayer<K extends LayerKind>(releaseId: string, layer: K, payload: LayerPayloads[K]): Promise<number> {
    const bytes = Buffer.from(JSON.stringify(encodeLayer(payload)));
    const file = layerFile(releaseId, layer);
    await writeFile(join(this.tmpDir, file), bytes);
    this.written[file] = checksumOf(bytes);
    return bytes.length;
  }

  /** The checksums of the layers written so far. */
  layerChecksums(): Record<string, FileChecksum> {
    return { ...this.written };
  }

  /**
   * Writes the manifest, with the checksum of every file of the build (the layers, and derived artifacts such as
   * the search index found beside them), and makes the build current. Returns the manifest as written.
   */
  async commit(manifest: CatalogManifest): Promise<CatalogManifest> {
    const checksums: Record<string, FileChecksum> = { ...this.written };
    for (const entry of await readdir(this.tmpDir, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name === MANIFEST || entry.name.endsWith('.tmp')) continue;
      checksums[entry.name] = await checksumOfFile(join(this.tmpDir, entry.name));
    }
    const written: CatalogManifest = { ...manifest, checksums };
    writeDurably(join(this.tmpDir, MANIFEST), JSON.stringify(written, null, 1));
    await rename(this.tmpDir, this.finalDir);
    const root = catalogRoot(this.dataDir);
    const pointerTmp = join(root, `${CURRENT}.${this.buildId}.tmp`);
    writeDurably(pointerTmp, `${this.buildId}\n`);
    await rename(pointerTmp, join(root, CURRENT));
    await pruneBuilds(this.dataDir, this.buildId);
    return written;
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
  const path = join(buildDir, MANIFEST);
  let manifest: CatalogManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as CatalogManifest;
  } catch (e) {
    throw new AppError('CATALOG_CORRUPT', { path, why: e instanceof Error ? e.message : String(e) });
  }
  if (manifest.format !== ARTIFACT_FORMAT) {
    throw new AppError('CATALOG_CORRUPT', {
      path,
      why: `artifact format ${String(manifest.format)} is not ${ARTIFACT_FORMAT}`,
    });
  }
  return manifest;
}

/** The bytes of a file of the build, checked against its recorded checksum when there is one. */
export function readBuildFile(
  buildDir: string,
  file: string,
  recorded: FileChecksum | undefined,
  depth: CheckDepth,
): Buffer {
  const path = join(buildDir, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new AppError('CATALOG_CORRUPT', { path, why: e instanceof Error ? e.message : String(e) });
  }
  if (recorded) assertAsRecorded(path, bytes, recorded, depth);
  return bytes;
}

/**
 * One layer, parsed. With its recorded checksum, the file is checked first (`depth`): a file edited to other
 * valid JSON is refused, not served.
 */
export function readLayer<K extends LayerKind>(
  buildDir: string,
  releaseId: string,
  layer: K,
  recorded?: FileChecksum,
  depth: CheckDepth = 'sha256',
): LayerPayloads[K] {
  const file = layerFile(releaseId, layer);
  const bytes = readBuildFile(buildDir, file, recorded, depth);
  try {
    return decodeLayer<LayerPayloads[K]>(JSON.parse(bytes.toString('utf8')) as Record<string, unknown>);
  } catch (e) {
    throw new AppError('CATALOG_CORRUPT', {
      path: join(buildDir, file),
      why: e instanceof Error ? e.message : String(e),
    });
  }
}
