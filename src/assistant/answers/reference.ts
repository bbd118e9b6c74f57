// Crosswalks (CMS General Equivalence Mappings, ICD-9 ↔ ICD-10), modifier meanings (the HCPCS modifier records,
// NCCI's PTP-associated modifiers) and guideline or policy passages from the official documents.
import type { CrosswalkResult } from '../../catalog/index.js';
import { type GuidanceDocumentKind, searchGuidance } from '../../guidance/index.js';
import { type Asked, callTool, citeCodeList, failed, listWords, lookup } from '../asked.js';

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
  answerGuidance(a, 'ncci-policy-manual', 2, false);
}

/** Passages of the official documents answering the question, quoted with document, edition, section and page. */
export function answerGuidance(a: Asked, kind: GuidanceDocumentKind, limit = 2, lead = true): void {
  const corpus = a.ctx.guidance;
  const name =
    kind === 'icd10cm-guidelines' ? 'ICD-10-CM Official Guidelines for Coding and Reporting' : 'NCCI Policy Manual';
  if (!corpus?.documents.some((d) => d.kind === kind)) {
    const s = `The ${name} is not loaded in this installation, so I cannot quote it; put the official PDF in the code-set folder and import it.`;
    if (lead) {
      a.draft.say(s);
      a.draft.lowerConfidence('low');
    } else a.draft.warn(s);
    return;
  }
  const result = searchGuidance(corpus, a.question.text, { document: kind, limit });
  if (result.notCovered || result.hits.length === 0) {
    if (lead) {
      a.draft.say(
        `The ${name} (${corpus.newestEdition(kind)?.edition ?? 'as loaded'}) does not cover this clearly enough for me to quote it${kind === 'ncci-policy-manual' ? '' : ''}.${/\be\/m\b|evaluation and management|\bcpt\b/i.test(a.question.text) ? " AMA's CPT guidelines (including its E/M guidelines) are copyrighted and not part of the public documents loaded here." : ''}`,
      );
      a.draft.lowerConfidence('low');
    }
    return;
  }
  for (const [i, hit] of result.hits.entries()) {
    const p = hit.passage;
    const where = /^(?:I|II|III|IV)(?:\.|$)/.test(p.section) ? `Section ${p.section}` : p.section;
    const quote = hit.excerpt || (p.text.length > 700 ? `${p.text.slice(0, 700)}…` : p.text);
    const s = `${p.documentTitle} (${p.edition}), ${where}${p.heading ? ` "${p.heading}"` : ''}: "${quote.replace(/\s+/g, ' ').trim()}"`;
    if (i === 0 && lead) a.draft.say(s);
    else a.draft.fact(s);
    a.draft.cite({
      source: p.documentTitle,
      release: p.edition,
      locator: `${where}, ${p.pageLabel === p.endPageLabel ? `p. ${p.pageLabel}` : `pp. ${p.pageLabel}-${p.endPageLabel}`}`,
    });
    for (const c of codesQuoted(quote)) a.draft.addCode(c.system, c.code);
  }
  if ((result.hits[0]?.coverage ?? 0) < 0.75) a.draft.lowerConfidence('medium');
}

/** ICD-10-CM codes a quoted passage names (the guidelines cite codes: "Z79.4", "J95.851"). */
function codesQuoted(text: string): { system: 'icd10cm'; code: string }[] {
  return [...text.matchAll(/(?<![A-Za-z0-9.])([A-TV-Z]\d[0-9AB]\.[0-9A-Z]{1,4})(?![A-Za-z0-9])/g)]
    .slice(0, 8)
    .map((m) => ({ system: 'icd10cm' as const, code: m[1] as string }));
}
