// Crosswalks (CMS General Equivalence Mappings, ICD-9 ↔ ICD-10), modifier meanings (the HCPCS modifier records,
// NCCI's PTP-associated modifiers) and guideline or policy passages from the official documents.
import type { CrosswalkResult } from '../../catalog/index.js';
import { type Asked, callTool, citeCodeList, failed, listWords, lookup } from '../asked.js';
import type { GuidanceKind } from '../guidance-library.js';

export function answerCrosswalk(a: Asked): void {
  const icd9 = a.entities.icd9[0];
  const icd10 = a.entities.codes.find((c) => c.system === 'icd10cm' || c.system === 'icd10pcs');
  const from = icd9 ? 'icd9' : 'icd10';
  const code = icd9 ?? icd10?.code;
  if (!code) {
    a.draft.say('Which code should I convert? Give the ICD-9-CM or ICD-10 code.');
    a.draft.lowerConfidence('low');
    return;
  }
  const r = callTool<CrosswalkResult>(a.ctx, 'crosswalk', { code, from, to: from === 'icd9' ? 'icd10' : 'icd9' });
  if (failed(r)) {
    a.draft.say(`The GEMs give no mapping for ${code}: ${r.error}`);
    a.draft.lowerConfidence('low');
    return;
  }
  const system = r.kind === 'pcs' ? 'icd10pcs' : 'icd10cm';
  const targets = r.mappings.filter((m) => m.code).map((m) => m.code as string);
  if (r.noMap || targets.length === 0) a.draft.say(`The GEM marks ${code} as having no map to ${r.to.toUpperCase()}.`);
  else {
    const listed = from === 'icd9' ? targets.filter((t) => a.draft.addCode(system, t)) : targets;
    const approximate = r.mappings.some((m) => m.flags.approximate);
    a.draft.say(
      `The CMS GEM maps ${from === 'icd9' ? 'ICD-9-CM' : 'ICD-10'} ${code} to ${listWords(listed.slice(0, 12))}${approximate ? ' (approximate: the codes do not mean exactly the same)' : ''}.`,
    );
    for (const m of r.mappings.slice(0, 12)) if (m.code && m.title) a.draft.fact(`${m.code} ${m.title}`);
  }
  for (const n of r.notes) a.draft.fact(n);
  a.draft.fact('A GEM is a starting point: code from the record and the current code set, not from the map alone.');
  a.draft.cite({ source: 'CMS General Equivalence Mappings', release: r.release, locator: `${r.file}, ${code}` });
  if (icd10) a.draft.addCode(icd10.system, icd10.code);
}

export function answerModifier(a: Asked): void {
  const mods = a.entities.modifiers;
  for (const [i, mod] of mods.slice(0, 3).entries()) {
    const l = lookup(a, 'hcpcs', mod);
    if (l && l.kind === 'modifier') {
      const s = `Modifier ${mod}: ${l.title}.`;
      if (i === 0) a.draft.say(s);
      else a.draft.say(s);
      citeCodeList(a, l);
    } else a.draft.fact(`Modifier ${mod} is not in the loaded HCPCS modifier list.`);
  }
  answerGuidance(a, 'ncci-policy', 2, false);
}

/** Passages of the official documents answering the question, quoted with document, edition and section. */
export function answerGuidance(a: Asked, kind: GuidanceKind, limit = 2, lead = true): void {
  const library = a.ctx.guidance;
  const name = kind === 'guidelines' ? 'ICD-10-CM Official Guidelines for Coding and Reporting' : 'NCCI Policy Manual';
  if (!library?.documents().some((d) => d.kind === kind)) {
    const s = `The ${name} is not loaded in this installation, so I cannot quote it; put the official PDF in the code-set folder and import it.`;
    if (lead) {
      a.draft.say(s);
      a.draft.lowerConfidence('low');
    } else a.draft.warn(s);
    return;
  }
  const hits = library.search(a.question.text, { kind, limit });
  if (hits.length === 0) {
    if (lead) {
      a.draft.say(`I found no passage of the ${name} on this; the loaded edition may not cover the topic.`);
      a.draft.lowerConfidence('low');
    }
    return;
  }
  for (const [i, { passage: p }] of hits.entries()) {
    const where = /^[IVX]+\.|^[IVX]+$/.test(p.section) ? `Section ${p.section}` : p.section;
    const quote = p.text.length > 900 ? `${p.text.slice(0, 900)}…` : p.text;
    const s = `${p.title} (${p.edition}), ${where}${p.heading ? ` "${p.heading}"` : ''}: "${quote}"`;
    if (i === 0 && lead) a.draft.say(s);
    else a.draft.fact(s);
    a.draft.cite({ source: p.title, release: p.edition, locator: `${where}, page ${p.page}` });
  }
  if (hits.length > 0 && (hits[0]?.score ?? 0) < 1) a.draft.lowerConfidence('medium');
}
