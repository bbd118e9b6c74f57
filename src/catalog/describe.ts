// Common-language descriptions generated from the official structure (labelled as generated wherever shown): a
// sentence or two a student understands, every phrase taken from the code sets (describe-words.ts changes only
// case, order and punctuation). ICD-10-PCS from the definitions of its characters (describe-pcs.ts), ICD-10-CM
// from the title, inclusion terms and index (describe-cm.ts), HCPCS from its descriptor and CPT from public CMS
// data, never AMA text (describe-billing.ts). An editor's description, when there is one, is shown before it.
import { type CodeClassification, describeCpt, describeHcpcs } from './describe-billing.js';
import { describeCm } from './describe-cm.js';
import { describePcs } from './describe-pcs.js';
import type { CodeLookup } from './lookup-types.js';
import type { RbcsClassification } from './rbcs-types.js';

export type { CodeClassification } from './describe-billing.js';

export interface DescribeOptions {
  /** the code's RBCS classification (CPT and HCPCS), when the catalog has one */
  classification?: CodeClassification;
}

export function describeCode(c: CodeLookup, opts: DescribeOptions = {}): string | null {
  // the lookup's own RBCS classification, unless the caller gives one
  const classification = opts.classification ?? (c.classification ? fromRbcs(c.classification) : undefined);
  switch (c.system) {
    case 'icd10pcs':
      return c.pcs ? describePcs(c.pcs.axes) : null;
    case 'icd10cm':
      return describeCm(c);
    case 'hcpcs':
      return describeHcpcs(c, classification);
    case 'cpt':
      return describeCpt(c, classification);
  }
}

function fromRbcs(r: RbcsClassification): CodeClassification {
  return {
    source: 'RBCS',
    // "2025" of rbcs:2025: the sentence names the system already ("RBCS 2025")
    release: r.release.id.split(':')[1] ?? r.release.id,
    category: r.category,
    subcategory: r.subcategory,
    family: r.family,
    major: r.major,
  };
}
