// Crosswalks (CMS General Equivalence Mappings, ICD-9 ↔ ICD-10), modifier meanings (the HCPCS modifier records,
// NCCI's PTP-associated modifiers) and guideline or policy passages from the official documents.
import type { CrosswalkResult } from '../../catalog/index.js';
import { type GuidanceDocumentKind, passagesUnder, searchGuidance } from '../../guidance/index.js';
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
  const missing: string[] = [];
  for (const mod of mods.slice(0, 3)) {
    const l = lookup(a, 'hcpcs', mod);
    if (l && l.kind === 'modifier') {
      a.draft.say(`Modifier ${mod}: ${l.title}.`);
      citeCodeList(a, l);
    } else missing.push(mod);
  }
  // CPT modifiers (two digits) are AMA's and not in the HCPCS file: NCCI policy says how Medicare reads them
  if (missing.length > 0)
    a.draft.fact(
      `${listWords(missing.map((m) => `Modifier ${m}`))} ${missing.length === 1 ? 'is' : 'are'} ${missing.every((m) => /^\d{2}$/.test(m)) ? `${missing.length === 1 ? 'a CPT modifier' : 'CPT modifiers'}, defined in AMA's CPT codebook (not among the public files loaded here)` : 'not in the loaded HCPCS modifier list'}; what the NCCI Policy Manual says follows.`,
    );
  answerGuidance(a, 'ncci-policy-manual', 2, a.draft.lead.length === 0);
}

/**
 * Which document answers a question that names no code or coding word ("what does an excludes1 note mean"), if
 * either does well enough to quote: the guidelines or the NCCI manual, whichever covers more of it.
 */
export function documentAnswering(a: Asked): GuidanceDocumentKind | undefined {
  const corpus = a.ctx.guidance;
  if (!corpus) return undefined;
  const query = guidanceQuery(a);
  let best: { kind: GuidanceDocumentKind; coverage: number } | undefined;
  for (const kind of ['icd10cm-guidelines', 'ncci-policy-manual'] as const) {
    const r = searchGuidance(corpus, query, { document: kind, limit: 1 });
    const coverage = r.notCovered ? 0 : (r.hits[0]?.coverage ?? 0);
    if (coverage > 0 && (!best || coverage > best.coverage)) best = { kind, coverage };
  }
  return best?.kind;
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
  const result = searchGuidance(corpus, guidanceQuery(a), { document: kind, limit });
  // beside another answer (a scenario's codes), only a passage that answers the question is worth adding
  if (!lead && result.notCovered) return;
  if (result.hits.length === 0) {
    if (lead) {
      a.draft.say(
        `The ${name} (${corpus.newestEdition(kind)?.edition ?? 'as loaded'}) has no passage on this.${copyrightNote(a)}`,
      );
      a.draft.lowerConfidence('low');
    }
    return;
  }
  // no passage covers the question well: said plainly, and the closest passages given as what the public sources say
  if (result.notCovered) {
    const s = `No passage of the ${name} (${corpus.newestEdition(kind)?.edition ?? 'as loaded'}) clearly answers this; the closest ${result.hits.length === 1 ? 'passage is' : 'passages are'} below.${copyrightNote(a)}`;
    if (lead) a.draft.say(s);
    else a.draft.fact(s);
    a.draft.lowerConfidence('low');
  }
  for (const [i, hit] of result.hits.entries()) {
    const p = hit.passage;
    const where = /^(?:I|II|III|IV)(?:\.|$)/.test(p.section) ? `Section ${p.section}` : p.section;
    // a section's rule may sit in its numbered paragraphs (Chapter I, Section V.10): the first hit is read whole
    const whole =
      i === 0
        ? passagesUnder(corpus, p.section, { document: kind })
            .map((x) => x.text)
            .join(' ')
        : p.text;
    const quote =
      bestSentences(whole || p.text, a.question.lower) || (hit.excerpt || p.text).replace(/\s+/g, ' ').trim();
    const s = `${p.documentTitle} (${p.edition}), ${where}${p.heading ? ` "${p.heading}"` : ''}: "${clip(quote, 700)}"`;
    if (i === 0 && lead && !result.notCovered) a.draft.say(s);
    else a.draft.fact(s);
    // the best passage in full (up to a screenful): the excerpt is the matching sentences, the rule is the section
    if (i === 0 && p.text.length > Math.min(quote.length, 700) + 40)
      a.draft.fact(`The section in full: "${clip(p.text.replace(/\s+/g, ' ').trim(), 1500)}"`);
    a.draft.cite({
      source: p.documentTitle,
      release: p.edition,
      locator: `${where}, ${p.pageLabel === p.endPageLabel ? `p. ${p.pageLabel}` : `pp. ${p.pageLabel}-${p.endPageLabel}`}`,
    });
    for (const c of codesQuoted(quote)) a.draft.addCode(c.system, c.code);
  }
  if (!result.notCovered && (result.hits[0]?.coverage ?? 0) < 0.75) a.draft.lowerConfidence('medium');
}

/**
 * Coder shorthand and everyday words next to the words the documents use for them, added to the question for
 * retrieval (the question itself is kept): "likely CHF" is an uncertain diagnosis, "2x" is "more than once".
 */
const DOCUMENT_WORDS: readonly [RegExp, string][] = [
  [
    /\b(likely|probable|suspected|possible|questionable|rule[ds]? out|r\/o|compatible with|consistent with)\b/,
    'uncertain diagnosis probable suspected',
  ],
  [/\b(2x|twice|two times|more than once|same code twice|duplicate)\b/, 'only once'],
  [/\bdx\b/, 'diagnosis'],
  [/\bsx\b|\bsymptoms?\b/, 'signs symptoms'],
  [/\bhx\b/, 'history'],
  [/\bpt\b/, 'patient'],
  [/\bsecondary\b/, 'principal first-listed'],
  [/\babn\b/, 'advance beneficiary notice ABN'],
  [/\bunits?\b/, 'units of service UOS'],
  [/\bdeny|denied|denial\b/, 'denied'],
  [/\bnever commented|not (commented|addressed)|didn'?t (comment|address)\b/, 'clinical significance provider'],
  // sepsis with an infection of one site: the guidelines' "localized infection"
  [
    /\b(sepsis|septic)\b.*\b(pneumonia|cellulitis|uti|urinary tract infection|pyelonephritis|abscess|wound infection)\b|\b(pneumonia|cellulitis|uti|urinary tract infection|pyelonephritis|abscess)\b.*\b(sepsis|septic)\b/,
    'sepsis with a localized infection',
  ],
];

/** The question for retrieval: its words, the documents' words for its shorthand, and its codes' categories. */
function guidanceQuery(a: Asked): string {
  const lower = a.question.lower;
  const extra: string[] = [];
  for (const [re, words] of DOCUMENT_WORDS) if (re.test(lower)) extra.push(words);
  for (const c of a.entities.codes.slice(0, 3)) {
    if (c.system !== 'icd10cm') continue;
    const category = c.code.slice(0, 3);
    extra.push(category);
    const l = lookup(a, 'icd10cm', category);
    if (l?.title) extra.push(l.title);
  }
  return extra.length > 0 ? `${a.question.text} ${extra.join(' ')}`.slice(0, 2000) : a.question.text;
}

const QUESTION_STOP = new Set(
  'what when which where does have with from that this there their they them will would should could about into than then also only just need want okay use used using code codes coding bill billed billing report reported can the and for are was were been being ok'.split(
    ' ',
  ),
);

/**
 * The sentences of a passage that answer the question best (at most three, in the passage's order): each scored by
 * the question's words it holds (prefixes, so "deny" meets "denied") and the question's word pairs ("type 3",
 * "modifier 59") it holds as written.
 */
function bestSentences(text: string, lower: string): string {
  const words = (lower.match(/[a-z0-9]+/g) ?? []).filter(
    (w) => (w.length >= 3 || /\d/.test(w)) && !QUESTION_STOP.has(w),
  );
  if (words.length === 0) return '';
  const pairs: string[] = [];
  const all = lower.match(/[a-z0-9]+/g) ?? [];
  for (let i = 0; i + 1 < all.length; i++) if (/\d/.test(all[i + 1] as string)) pairs.push(`${all[i]} ${all[i + 1]}`);
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;])\s+(?=[A-Z(“"])/)
    .map((t, i) => ({ t, i }));
  // a word counts by how rare it is among these sentences: in a section on MUEs "mue" is everywhere, "abn" is not
  const unique = [...new Set(words)];
  const patterns = unique.map((w) => new RegExp(`\\b${w.slice(0, Math.max(3, Math.min(w.length, 5)))}`));
  const lows = sentences.map(({ t }) => t.toLowerCase());
  const weights = patterns.map((re, k) => {
    const df = lows.filter((low) => re.test(low)).length;
    const base = /\d/.test(unique[k] as string) ? 0.5 : 1;
    return base * (1 + Math.log((lows.length + 1) / (df + 1)));
  });
  const scored = sentences.map(({ t, i }) => {
    const low = lows[i] as string;
    let score = 0;
    patterns.forEach((re, k) => {
      if (re.test(low)) score += weights[k] as number;
    });
    for (const p of pairs) if (low.includes(p)) score += 3;
    return { t, i, score };
  });
  // the two best sentences, each with the sentence after it (a rule's second sentence often says who or how)
  const best = [...scored]
    .sort((x, y) => y.score - x.score || x.i - y.i)
    .filter((x) => x.score > 0)
    .slice(0, 2);
  if (best.length === 0) return '';
  const chosen = new Set<number>();
  for (const b of best) {
    chosen.add(b.i);
    if (b.i + 1 < sentences.length) chosen.add(b.i + 1);
  }
  let out = '';
  let last = -2;
  for (const i of [...chosen].sort((x, y) => x - y)) {
    const t = (sentences[i] as { t: string }).t;
    if (out.length + t.length > 900) break;
    out += out ? (i === last + 1 ? ` ${t}` : ` … ${t}`) : t;
    last = i;
  }
  return out;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** What the public corpus cannot hold: AMA's CPT guidelines. */
function copyrightNote(a: Asked): string {
  return /\be\/m\b|e&m|evaluation and management|\bcpt\b (guideline|rule)/i.test(a.question.text)
    ? " AMA's CPT guidelines (including its E/M guidelines) are copyrighted and not among the public documents loaded here."
    : '';
}

/** ICD-10-CM codes a quoted passage names (the guidelines cite codes: "Z79.4", "J95.851"). */
function codesQuoted(text: string): { system: 'icd10cm'; code: string }[] {
  return [...text.matchAll(/(?<![A-Za-z0-9.])([A-TV-Z]\d[0-9AB]\.[0-9A-Z]{1,4})(?![A-Za-z0-9])/g)]
    .slice(0, 8)
    .map((m) => ({ system: 'icd10cm' as const, code: m[1] as string }));
}
