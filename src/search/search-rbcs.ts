// Search documents from CMS's RBCS classification: each CPT and HCPCS code in an RBCS family gets one document, its
// subcategory and family names ("Musculoskeletal", "Arthroplasty - Knee"), so "knee arthroplasty" or "office visit
// established" find CPT codes by public data. The document's text says it is a CMS RBCS category; the code's title is
// never touched (a CPT result has no descriptor). Codes with no family are left out: a subcategory alone ("Skin")
// would only add thousands of equal matches.
import { type Catalog, RBCS_NO_FAMILY, rbcsClassification } from '../catalog/index.js';

/** The text a match shows: what the words matched, labelled as the CMS category it is. */
export function rbcsMatchText(category: string, subcategory: string, family: string): string {
  return `CMS RBCS category: ${category} › ${subcategory} › ${family}`;
}

export interface RbcsDocument {
  code: string;
  /** shown as the match */
  text: string;
  /** the words searched */
  words: string;
}

/** One document per code of the newest RBCS release that has a family; none when no RBCS file is loaded. */
export function rbcsDocuments(catalog: Catalog): RbcsDocument[] {
  const pick = catalog.pick('rbcs', 'rbcs');
  if (!pick) return [];
  const layer = catalog.layer(pick.release, 'rbcs');
  const out: RbcsDocument[] = [];
  for (const code of layer.codes) {
    const c = rbcsClassification(catalog, code);
    if (!c?.family || c.familyCode?.endsWith(RBCS_NO_FAMILY)) continue;
    out.push({
      code,
      text: rbcsMatchText(c.category, c.subcategory, c.family),
      words: `${c.subcategory} ${c.family}`,
    });
  }
  return out;
}
