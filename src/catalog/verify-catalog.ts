// `codedesk verify`: every file of a catalog build compared with the checksums its import recorded (the layers
// and derived artifacts such as the search index), without parsing them. A build imported before checksums were
// recorded cannot be checked that way: each layer is parsed instead (so a damaged file is still found) and a
// warning says that edits cannot be detected until the catalog is imported again.
import { join } from 'node:path';
import { AppError, isAppError } from '../shared/index.js';
import type { Catalog } from './catalog.js';
import { layerFile, readBuildFile, readLayer } from './store.js';

export interface IntegrityProblem {
  /** relative to the build folder, as in the manifest: "layers/icd10cm_2026.codes.json" */
  file: string;
  code: string;
  message: string;
}

export interface IntegrityReport {
  buildId: string;
  buildDir: string;
  ok: boolean;
  /** files read */
  checked: number;
  problems: IntegrityProblem[];
  warnings: string[];
}

type FoundProblem = IntegrityProblem & { error: AppError };

function problemOf(file: string, e: unknown): FoundProblem {
  if (isAppError(e)) return { file, code: e.code, message: e.message, error: e };
  throw e;
}

/**
 * Throws the first problem verifyCatalog would report, as its AppError. A build without checksums passes unread
 * (parsing every layer is the loading process's work): for a process that checks before starting others.
 */
export function assertCatalogIntact(catalog: Catalog): void {
  if (!catalog.hasChecksums) return;
  const first = check(catalog).problems[0];
  if (first) throw first.error;
}

export function verifyCatalog(catalog: Catalog): IntegrityReport {
  const { problems, warnings, checked } = check(catalog);
  return {
    buildId: catalog.manifest.buildId,
    buildDir: catalog.buildDir,
    ok: problems.length === 0,
    checked,
    problems: problems.map(({ file, code, message }) => ({ file, code, message })),
    warnings,
  };
}

function check(catalog: Catalog): { problems: FoundProblem[]; warnings: string[]; checked: number } {
  const problems: FoundProblem[] = [];
  const warnings: string[] = [];
  const checksums = catalog.manifest.checksums;
  let checked = 0;
  if (checksums) {
    // each layer the releases name must have a checksum; a name missing from the list means the manifest changed
    for (const r of catalog.manifest.releases)
      for (const l of r.layers) {
        const file = layerFile(r.id, l);
        if (checksums[file]) continue;
        const why = `no checksum is recorded for ${file}, a layer of ${r.id}: the manifest was changed after the import`;
        problems.push(
          problemOf(file, new AppError('CATALOG_CORRUPT', { path: join(catalog.buildDir, 'manifest.json'), why })),
        );
      }
    for (const [file, recorded] of Object.entries(checksums)) {
      checked++;
      try {
        readBuildFile(catalog.buildDir, file, recorded, 'sha256');
      } catch (e) {
        problems.push(problemOf(file, e));
      }
    }
  } else {
    warnings.push(
      `The catalog build ${catalog.manifest.buildId} has no checksums (it was imported before they were recorded): every layer was read and parsed, but an edit that keeps a file valid cannot be detected. Run "codedesk import" again to record them.`,
    );
    for (const r of catalog.manifest.releases)
      for (const l of r.layers) {
        checked++;
        try {
          readLayer(catalog.buildDir, r.id, l);
        } catch (e) {
          problems.push(problemOf(layerFile(r.id, l), e));
        }
      }
  }
  return { problems, warnings, checked };
}
