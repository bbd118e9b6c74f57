// releases: every loaded release with its dates, layers, counts and files (the catalog's manifest).
import { Type } from 'typebox';
import type { ReleaseInfo } from '../catalog/index.js';
import { releaseRefSchema } from './fields.js';
import { defineOperation } from './operation.js';

/** One release as every surface lists it (`codedesk import --json` too). */
export function releaseSummary(r: ReleaseInfo) {
  return {
    source: r.system,
    id: r.id,
    title: r.title,
    version: r.version,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    layers: r.layers,
    counts: r.counts,
    files: r.files.map((f) => f.path),
  };
}

const output = Type.Array(
  Type.Object({
    source: Type.String({ description: 'the code system or Medicare source: icd10cm, hcpcs, pfs, ncci, gems…' }),
    ...releaseRefSchema.properties,
    layers: Type.Array(Type.String(), { description: 'the kinds of facts the release carries' }),
    counts: Type.Record(Type.String(), Type.Integer()),
    files: Type.Array(Type.String(), { description: 'the official files it was built from' }),
  }),
);

export const releasesOperation = defineOperation({
  name: 'releases',
  description: 'Every loaded release with its dates, layers, record counts and source files',
  input: Type.Object({}, { additionalProperties: false }),
  output,
  example: {},
  errors: [],
  run: (ctx) => ctx.catalog.manifest.releases.map(releaseSummary),
});
