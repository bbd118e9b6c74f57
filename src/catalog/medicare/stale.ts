// When a Medicare source has no release covering the date of service, its data still comes from the nearest
// release: say so, as the code lists do with release.stale.
import type { Catalog } from '../catalog.js';
import type { LayerKind } from '../model.js';
import type { SourceId } from '../releases.js';

export function staleWarnings(catalog: Catalog, layers: readonly [SourceId, LayerKind][], date?: string): string[] {
  if (!date) return [];
  const out = new Set<string>();
  for (const [source, layer] of layers) {
    const pick = catalog.pick(source, layer, date);
    if (pick?.stale) out.add(pick.stale);
  }
  return [...out];
}
