// For the diagnosis rules' tests: the catalog a describe block runs on (the real one built from ../shared/data,
// skipped with the reason when the files are absent, or the excerpts of those files), normalized claims built from
// a short spec, and a runner that keeps one rule's findings.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import type { Catalog } from '../../catalog/index.js';
import type { Claim, Finding, Rule, RuleId } from '../types.js';
import type { CatalogSource } from './catalogs.js';

/** Opens the source's catalog before the describe block's tests. Call inside describe. */
export function catalogOf(source: CatalogSource): () => Catalog {
  let catalog: Catalog | undefined;
  before(async () => {
    catalog = await source.open();
  });
  return () => {
    assert.ok(catalog, 'catalog opened');
    return catalog;
  };
}

export interface ClaimSpec {
  dx: string[];
  age?: number;
  sex?: 'F' | 'M' | 'U';
  setting?: Claim['setting'];
  date?: string;
  lines?: { code: string; pointers?: number[]; modifiers?: string[] }[];
}

export function claimOf(spec: ClaimSpec): Claim {
  const date = spec.date ?? '2026-05-01';
  return {
    dateOfService: date,
    patient: {
      ...(spec.age !== undefined ? { age: spec.age } : {}),
      ...(spec.sex !== undefined ? { sex: spec.sex } : {}),
    },
    setting: spec.setting ?? 'practitioner',
    diagnoses: spec.dx,
    lines: (spec.lines ?? []).map((l, i) => ({
      line: i + 1,
      code: l.code,
      system: 'cpt',
      modifiers: l.modifiers ?? [],
      units: 1,
      diagnosisPointers: l.pointers ?? [],
      dateOfService: date,
    })),
  };
}

/** The rule's findings for the claim, checked for the common shape (rule id, citation filled in). */
export function run(rule: Rule, catalog: Catalog, spec: ClaimSpec, id: RuleId): Finding[] {
  const findings = rule(claimOf(spec), { catalog });
  for (const f of findings) {
    assert.equal(f.rule, id);
    assert.ok(f.message.length > 0);
    assert.ok(f.citation.source && f.citation.release && f.citation.file && f.citation.record, JSON.stringify(f));
  }
  return findings;
}
