// Citations for edits on the claim's own structure (pointers, units, duplicate lines): no code set file holds
// them, so the citation names the claim field checked and the claim-form rule behind it.
import type { Citation } from './types.js';

export function claimCitation(basis: string, field: string): Citation {
  return { source: basis, release: 'n/a (claim field)', file: 'claim', record: field };
}
