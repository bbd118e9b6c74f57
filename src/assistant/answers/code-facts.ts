// Questions about one code: what it is, whether it may be reported on a date, and its history (what replaced it,
// when it took effect). Everything comes from the lookup operation (the code lists, the tabular, CDC's conversion
// table); a code no loaded release has gets "no such code" and the nearest real codes.
import { type CodeLookup, codeHistory, codeKey, findCode, SYSTEM_NAMES } from '../../catalog/index.js';
import { type Asked, citeCodeList, listWords, lookup, named } from '../asked.js';
import type { CodeMention, UnknownMention } from '../entities.js';

const CPT_TEXT_NOTE =
  "CPT® descriptors are the American Medical Association's copyrighted text; none is loaded, so the code's number and its public Medicare data are shown instead.";

/** The code's status sentence on the date: billable, a header with its codes, deleted, or not yet valid. */
function statusSentence(a: Asked, m: CodeMention, l: CodeLookup | undefined): string {
  const f = m.finding;
  const sys = SYSTEM_NAMES[m.system];
  if (f.status === 'found') {
    const release = f.entry.release.title;
    if (f.entry.billable) return `${m.code} is a valid, billable ${sys} code in ${release}.`;
    const below = l?.children.filter((c) => c.billable).map((c) => c.code) ?? [];
    return `${m.code} is a header in ${release}, not billable: report a code below it${below.length > 0 ? ` (${listWords(below.slice(0, 12))}${below.length > 12 ? ', …' : ''})` : ''}.`;
  }
  if (f.status === 'deleted')
    return `${m.code} is no longer valid: ${f.firstWithout.title} (in force from ${f.firstWithout.effectiveFrom}) dropped it; the last release with it is ${f.lastRelease.title}.`;
  if (f.status === 'not-yet-valid')
    return `${m.code} is not valid yet on ${a.date}: it takes effect with ${f.firstRelease.title} on ${f.firstRelease.effectiveFrom}.`;
  return '';
}

function addBillableChildren(a: Asked, m: CodeMention, l: CodeLookup | undefined, max = 40): string[] {
  const below = l?.children.filter((c) => c.billable).map((c) => c.code) ?? [];
  for (const c of below.slice(0, max)) a.draft.addCode(m.system, c);
  return below;
}

function publicCptFacts(a: Asked, l: CodeLookup): void {
  const med = l.medicare as {
    payment?: { rows?: { indicators: Record<string, { code: string; meaning: string }> }[] };
  };
  const row = med?.payment?.rows?.[0];
  if (row) {
    const ind = row.indicators;
    if (ind.status) a.draft.fact(`Medicare status ${ind.status.code}: ${ind.status.meaning}.`);
    if (ind.globalDays) a.draft.fact(`Global period ${ind.globalDays.code}: ${ind.globalDays.meaning}.`);
  }
}

export function answerLookup(a: Asked, m: CodeMention): void {
  const l = lookup(a, m.system, m.code);
  a.draft.addCode(m.system, m.code);
  if (!l) {
    a.draft.say(statusSentence(a, m, undefined));
    return;
  }
  const sys = SYSTEM_NAMES[m.system];
  if (l.kind === 'modifier') a.draft.say(`${m.code} is a ${sys} modifier: ${l.title}.`);
  else if (l.title) a.draft.say(`${m.code} (${sys}): ${l.title}.`);
  else a.draft.say(`${m.code} is a ${sys} code. ${CPT_TEXT_NOTE}`);
  const status = statusSentence(a, m, l);
  if (status) a.draft.say(status);
  if (!l.billable && l.kind === 'code') addBillableChildren(a, m, l, 12);
  if (m.system === 'cpt' || m.system === 'hcpcs') publicCptFacts(a, l);
  if (l.hierarchy.length > 0) a.draft.fact(`In: ${l.hierarchy.map((h) => named(h.code, h.title)).join(' › ')}.`);
  citeCodeList(a, l);
  for (const w of l.warnings) if (w.code !== 'notes.older-release') a.draft.warn(w.message);
}

export function answerBillable(a: Asked, m: CodeMention): void {
  const l = lookup(a, m.system, m.code);
  a.draft.addCode(m.system, m.code);
  a.draft.say(statusSentence(a, m, l));
  if (l) {
    if (l.title) a.draft.fact(named(m.code, l.title));
    if (!l.billable) addBillableChildren(a, m, l);
    citeCodeList(a, l);
  }
  if (m.finding.status === 'deleted') answerReplacements(a, m, false);
}

/** What took over from a code: CDC's conversion table for a deleted code, the codes below it for an expanded one. */
function answerReplacements(a: Asked, m: CodeMention, lead: boolean): void {
  const f = m.finding;
  if (f.status === 'deleted') {
    const next = f.replacedBy.filter((c) => a.draft.addCode(m.system, c));
    if (next.length > 0) {
      const s = `CDC's ICD-10-CM conversion table names its replacement${next.length > 1 ? 's' : ''}: ${listWords(next)}.`;
      if (lead) a.draft.say(s);
      else a.draft.fact(s);
      a.draft.cite({
        source: 'ICD-10-CM conversion table',
        release: f.firstWithout.id,
        locator: `entries naming ${m.code} as a previous code`,
      });
    } else if (lead) a.draft.say('No loaded conversion table names a replacement for it.');
  }
}

export function answerHistory(a: Asked, m: CodeMention): void {
  const l = lookup(a, m.system, m.code);
  const f = m.finding;
  a.draft.addCode(m.system, m.code);
  const asksWhen = /\bwhen\b|effective date|took effect|\bnew code\b|\badded\b|became|become/.test(a.question.lower);
  if (f.status === 'deleted') {
    a.draft.say(statusSentence(a, m, l));
    answerReplacements(a, m, true);
    a.draft.cite({
      source: `${SYSTEM_NAMES[m.system]} code list`,
      release: f.lastRelease.id,
      locator: `${f.entry.sourceFile}${f.entry.line ? ` line ${f.entry.line}` : ''}`,
    });
    return;
  }
  if (f.status === 'found' && !f.entry.billable) {
    const below = addBillableChildren(a, m, l);
    const expanded = l?.children.filter((c) => c.billable) ?? [];
    a.draft.say(
      `${m.code} is not valid for reporting in ${f.entry.release.title}: it is a header (subdivided), so it is replaced on claims by the more specific codes below it${below.length > 0 ? `: ${listWords(below)}` : ''}.`,
    );
    for (const c of expanded.slice(0, 12)) a.draft.fact(named(c.code, c.title));
    if (l) citeCodeList(a, l);
    newSince(a, m, l);
    return;
  }
  if (f.status === 'not-yet-valid') {
    a.draft.say(statusSentence(a, m, l));
    return;
  }
  if (f.status !== 'found' || !l) return;
  const effective = l.conversion?.effective;
  if (asksWhen || effective) {
    if (effective) {
      const fy = Number(effective.slice(0, 4)) + (effective.slice(5) >= '10-01' ? 1 : 0);
      a.draft.say(
        `${m.code} took effect on ${effective} (FY${fy}${effective.endsWith('-10-01') ? ', the October 1 update' : ''})${l.conversion?.previousCodes.length ? `; before it, the condition was coded ${listWords(l.conversion.previousCodes)}` : ''}.`,
      );
      a.draft.cite({
        source: 'ICD-10-CM conversion table',
        release: l.conversion?.release ?? '',
        locator: `entry ${m.code}`,
      });
    } else {
      const history = codeHistory(a.ctx.catalog, { system: m.system, code: m.code });
      const first = history.find((h) => h.present);
      if (first && first === history[0])
        a.draft.say(
          `${m.code} is in every loaded ${SYSTEM_NAMES[m.system]} release, the oldest being ${first.title}; no loaded conversion table lists it as new, so it predates the releases loaded here.`,
        );
      else if (first) a.draft.say(`${m.code} first appears in ${first.title} among the loaded releases.`);
      a.draft.lowerConfidence('medium');
    }
  }
  a.draft.say(statusSentence(a, m, l));
  citeCodeList(a, l);
}

/** For a header: the codes below it that the conversion table lists as new since an earlier release. */
function newSince(a: Asked, m: CodeMention, l: CodeLookup | undefined): void {
  if (!l) return;
  for (const c of l.children.slice(0, 12)) {
    const child = lookup(a, m.system, c.code);
    if (child?.conversion?.previousCodes.some((p) => codeKey(p) === codeKey(m.code))) {
      a.draft.fact(`${c.code} took effect on ${child.conversion.effective}, taking over from ${m.code}.`);
      a.draft.cite({
        source: 'ICD-10-CM conversion table',
        release: child.conversion.release,
        locator: `entry ${c.code}`,
      });
    }
  }
}

/** "No such code", with the nearest real codes: the longest existing code the typed one starts with, and its codes. */
export function answerUnknown(a: Asked, u: UnknownMention): void {
  const catalog = a.ctx.catalog;
  const key = codeKey(u.printed);
  const sys = SYSTEM_NAMES[u.system];
  let parent: { code: string; title: string } | undefined;
  for (let len = key.length - 1; len >= 3 && !parent; len--) {
    const f = findCode(catalog, { system: u.system, code: key.slice(0, len), date: a.date });
    if (f.status === 'found') parent = { code: f.entry.code, title: f.entry.title };
  }
  const release = findCode(catalog, { system: u.system, code: key, date: a.date });
  const releaseTitle = release.list?.release.title ?? `the loaded ${sys} releases`;
  a.draft.say(
    `${u.printed} does not exist: there is no such code in ${releaseTitle} (nor in any other loaded ${sys} release).`,
  );
  if (parent) {
    a.draft.addCode(u.system, parent.code);
    const l = lookup(a, u.system, parent.code);
    const below = l?.children.filter((c) => c.billable) ?? [];
    for (const c of below.slice(0, 10)) a.draft.addCode(u.system, c.code);
    a.draft.say(
      `The closest real code is ${named(parent.code, parent.title)}${below.length > 0 ? `; codes below it: ${listWords(below.slice(0, 10).map((c) => c.code))}` : ''}.`,
    );
    if (l) citeCodeList(a, l);
  } else if (release.list) {
    a.draft.cite({
      source: `${sys} code list`,
      release: release.list.release.id,
      locator: `${release.list.layer.sourceFile} (searched; no entry ${u.printed})`,
    });
  }
}

/** One line on a code the question names beside another subject: its title and status on the date, cited. */
export function codeLine(a: Asked, m: CodeMention): void {
  const l = lookup(a, m.system, m.code);
  a.draft.addCode(m.system, m.code);
  a.draft.fact(`${named(m.code, l?.title)}: ${statusSentence(a, m, l)}`);
  if (l) citeCodeList(a, l);
}
