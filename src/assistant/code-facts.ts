// The official facts about one code, as plain text for a model to draft from and for an editor to compare with the
// draft: title, hierarchy, notes, index entries, the characters' meanings (PCS), the HCPCS record's descriptors and
// the generated description. Only what the catalog holds; CPT descriptor text never (the caller leaves out CPT codes
// without a licensed descriptor).
import { type CodeLookup, describeCode, SYSTEM_NAMES } from '../catalog/index.js';

const MAX_ITEMS = 8;
const MAX_FACTS = 4000;

function bullet(label: string, items: readonly string[]): string[] {
  return items.length > 0 ? [`${label}:`, ...items.slice(0, MAX_ITEMS).map((i) => `- ${i}`)] : [];
}

export function codeFacts(c: CodeLookup): string {
  const lines = [`Code: ${SYSTEM_NAMES[c.system]} ${c.code}`];
  if (c.title) lines.push(`Official title: ${c.title}`);
  if (c.shortTitle && c.shortTitle !== c.title) lines.push(`Short title: ${c.shortTitle}`);
  lines.push(c.billable ? 'Billable: yes' : 'Billable: no (a header: a more specific code must be reported)');
  if (c.hierarchy.length > 0) lines.push(`Classified under: ${c.hierarchy.map((x) => x.title).join(' › ')}`);
  for (const [kind, items] of Object.entries(c.notes)) lines.push(...bullet(`Note (${kind})`, items));
  lines.push(
    ...bullet(
      'Alphabetic Index entries leading here',
      c.indexTerms.filter((t) => !t.incomplete).map((t) => t.path.join(' › ')),
    ),
  );
  for (const a of c.pcs?.axes ?? [])
    lines.push(`Character ${a.pos} (${a.title}): ${a.label}${a.definition ? ` — ${a.definition}` : ''}`);
  const generated = describeCode(c);
  if (generated) lines.push(`Generated plain-words description: ${generated}`);
  return lines.join('\n').slice(0, MAX_FACTS);
}
