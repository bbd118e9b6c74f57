// What a question names: codes of every system (with or without the dot, any case), ICD-9 codes, NCD numbers,
// modifiers, a date of service or fiscal year, the claim setting and a payment locality. Each code-shaped token is
// checked against the catalog, so "T2DM" or "x3" never become codes and a code that looks real but is not in any
// loaded release is kept apart as unknown (the answer then says "no such code").
import {
  type Catalog,
  type CodeFinding,
  type CodeSystem,
  candidateSystems,
  codeKey,
  findCode,
  isValidIsoDate,
} from '../catalog/index.js';

export interface CodeMention {
  /** as typed */
  raw: string;
  system: CodeSystem;
  /** as the code list prints it (dotted ICD-10-CM) */
  code: string;
  finding: CodeFinding;
}

export interface UnknownMention {
  raw: string;
  /** the system the shape suggests most */
  system: CodeSystem;
  /** dotted when it is ICD-10-CM-shaped */
  printed: string;
}

export type ClaimSetting = 'practitioner' | 'outpatientHospital' | 'dmeSupplier';

export interface Entities {
  codes: CodeMention[];
  unknown: UnknownMention[];
  /** ICD-9-CM codes, when the question says ICD-9 */
  icd9: string[];
  /** lab NCD numbers ("190.31") */
  ncds: string[];
  modifiers: string[];
  /** YYYY-MM-DD: a date written in the question, the first day of a fiscal year named, or undefined */
  date?: string;
  /** how the date was found, for the answer ("FY 2026") */
  dateLabel?: string;
  setting?: ClaimSetting;
  /** the place after "in" in a payment question ("manhattan") */
  locality?: string;
}

// Code-shaped tokens: ICD-10-CM (letter, digit, digit or A/B, then up to four more after an optional dot),
// ICD-10-PCS (seven characters), HCPCS Level II (letter + four digits), CPT (four digits + digit, F, T or U).
const CODE_TOKEN = /(?<![a-z0-9.-])([a-z]\d[0-9ab](?:\.?[0-9a-z]{1,4})?|[0-9a-hj-np-z]{7}|\d{4}[0-9ftu])(?![a-z0-9])/gi;
const ICD9_TOKEN = /(?<![a-z0-9.])((?:\d{3}|v\d{2}|e\d{3})(?:\.\d{1,2})?)(?![a-z0-9])/gi;
const NCD_TOKEN = /(?<![\d.])(190\.\d{2}[ab]?)(?![\d])/gi;
const MODIFIER_AFTER_WORD =
  /\b(?:modifiers?|modifer|modifers|modifyer|mod)\s*[-#:]?\s*((?:[0-9a-z]{2})(?:\s*(?:,|\/|and|or|&|vs\.?|versus)\s*-?[0-9a-z]{2}\b)*)/gi;
const MODIFIER_BEFORE_WORD = /(?<![a-z0-9])-?([0-9a-z]{2})\s+(?:modifiers?|modifer|mod)\b/gi;
const X_MODIFIERS = /(?<![a-z0-9])(x[epsu])(?![a-z0-9])/gi;
const HYPHEN_MODIFIER = /(?<=\d{4}[0-9ftu]|\s)-(\d{2}|[a-z]{2}|[a-z]\d)(?![a-z0-9])/gi;
const BARE_MODIFIER =
  /\b(?:use|using|append|appending|add|adding|attach|need|needs|with a|put)\s+(?:a\s+|an\s+|the\s+)?-?(59|25|24|57|58|76|77|78|79|91|50|51|xe|xs|xp|xu|lt|rt)\b(?!\s*(?:units?|days?|minutes?|years?|%))/gi;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const US_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const FISCAL_YEAR = /\b(?:fy|fiscal year)\s*'?(\d{4}|\d{2})\b/i;

function pcsShaped(token: string): boolean {
  // seven characters with at least one letter and one digit; all-digit or all-letter words are not PCS codes
  return token.length === 7 && /\d/.test(token) && /[a-z]/i.test(token) && !token.includes('.');
}

/** The code a token names on the date, in the first system whose code list knows it (deleted codes included). */
function resolveToken(catalog: Catalog, raw: string, date: string | undefined): CodeMention | UnknownMention {
  const key = codeKey(raw);
  const systems = candidateSystems(raw, key);
  for (const system of systems) {
    if (system === 'icd10pcs' && !pcsShaped(raw)) continue;
    const finding = findCode(catalog, { system, code: key, date });
    if (finding.status !== 'unknown') {
      return { raw, system, code: finding.entry.code, finding };
    }
  }
  const system = systems[0] as CodeSystem;
  const printed = system === 'icd10cm' && key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
  return { raw, system, printed };
}

function dateOf(text: string, today: string): { date?: string; label?: string } {
  const iso = ISO_DATE.exec(text);
  if (iso && isValidIsoDate(iso[0])) return { date: iso[0], label: iso[0] };
  const us = US_DATE.exec(text);
  if (us) {
    const d = `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
    if (isValidIsoDate(d)) return { date: d, label: us[0] };
  }
  const fy = FISCAL_YEAR.exec(text);
  if (fy) {
    const digits = fy[1] as string;
    const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
    // the federal fiscal year starts on October 1 of the year before its number
    return { date: `${year - 1}-10-01`, label: `FY ${year}` };
  }
  if (/\b(today|this year|current(ly)?|now|still)\b/.test(text)) return { date: today, label: `today (${today})` };
  return {};
}

function settingOf(text: string): ClaimSetting | undefined {
  if (/\bdme\b|durable medical|supplier/.test(text)) return 'dmeSupplier';
  if (/outpatient hospital|hospital outpatient|\bopps\b|\bfacility\b|\bhopd\b|\boph\b/.test(text))
    return 'outpatientHospital';
  if (/practitioner|physician|professional|office|\bpro\b/.test(text)) return 'practitioner';
  return undefined;
}

function localityOf(text: string): string | undefined {
  const m =
    /\b(?:in|for|at)\s+((?:[a-z][a-z.'-]*\s?){1,4}?)(?:\s*(?:\?|$|,|\.|\bfor\b|\bwith\b|\bin\b|\bunder\b))/.exec(text);
  if (!m) return undefined;
  const place = (m[1] as string).trim();
  // words that follow "in" in coding questions without being places
  if (
    /^(the|a|an|my|our|this|that|icd|cpt|hcpcs|fy|fiscal|medicare|office|facility|hospital|total|dollars|practice|\d)/.test(
      place,
    )
  )
    return undefined;
  return place;
}

function modifiersOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(MODIFIER_AFTER_WORD)) {
    for (const part of (m[1] as string).split(/\s*(?:,|\/|and|or|&|vs\.?|versus)\s*/)) {
      const mod = part.replace(/^-/, '').trim();
      if (/^[0-9a-z]{2}$/.test(mod) && !/^(is|to|in|on|be|do|of|it|at|an|or|if|so|as|me|us|we)$/.test(mod))
        out.add(mod.toUpperCase());
    }
  }
  for (const m of text.matchAll(MODIFIER_BEFORE_WORD)) {
    const mod = m[1] as string;
    if (!/^(a|an|the|is|to|of|no|on|in|do)$/.test(mod) && /\d|^x[epsu]$|^[a-z]{2}$/.test(mod)) {
      if (
        /^[a-z]{2}$/.test(mod) &&
        !/^(x[epsu]|lt|rt|tc|gt|ga|gy|gz|gx|kx|fy|pt|ct|qw|gc|ge|gn|go|gp|cq|co|fa|f\d|t\d|e\d)$/.test(mod)
      )
        continue;
      out.add(mod.toUpperCase());
    }
  }
  for (const m of text.matchAll(X_MODIFIERS)) out.add((m[1] as string).toUpperCase());
  // "ok to use 59", "append 25": the NCCI-associated and E/M modifiers coders name without the word
  for (const m of text.matchAll(BARE_MODIFIER)) out.add((m[1] as string).toUpperCase());
  for (const m of text.matchAll(HYPHEN_MODIFIER)) {
    const mod = m[1] as string;
    if (/^\d{2}$|^(x[epsu]|lt|rt|tc|ga|gy|gz|gx|kx|qw)$/.test(mod)) out.add(mod.toUpperCase());
  }
  return [...out];
}

export function findEntities(catalog: Catalog, lower: string, today: string): Entities {
  const { date, label } = dateOf(lower, today);
  const says9 = /\bicd[- ]?9\b|\bicd9\b|\bicd-9-cm\b/.test(lower);
  const ncds = [...new Set([...lower.matchAll(NCD_TOKEN)].map((m) => (m[1] as string).toUpperCase()))];
  const codes: CodeMention[] = [];
  const unknown: UnknownMention[] = [];
  const seen = new Set<string>();
  const icd9: string[] = [];
  if (says9) {
    for (const m of lower.matchAll(ICD9_TOKEN)) {
      const c = (m[1] as string).toUpperCase();
      if (!ncds.includes(c) && !/^(19|20)\d\d$/.test(c)) icd9.push(c);
    }
  }
  for (const m of lower.matchAll(CODE_TOKEN)) {
    const raw = m[1] as string;
    // years, fiscal years and NCD numbers are not codes
    if (/^(19|20)\d\d\d?$/.test(raw) && raw.length !== 5) continue;
    if (icd9.includes(raw.toUpperCase())) continue;
    const mention = resolveToken(catalog, raw, date);
    const id = 'code' in mention ? `${mention.system}:${mention.code}` : `?:${mention.printed}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if ('code' in mention) codes.push(mention);
    else if (looksLikeACode(raw)) unknown.push(mention);
  }
  const out: Entities = {
    codes,
    unknown,
    icd9,
    ncds,
    modifiers: modifiersOf(lower).filter((m) => !codes.some((c) => c.code === m)),
  };
  if (date) {
    out.date = date;
    out.dateLabel = label;
  }
  const setting = settingOf(lower);
  if (setting) out.setting = setting;
  const locality = localityOf(lower);
  if (locality) out.locality = locality;
  return out;
}

/** A token worth calling a code that does not exist: ICD-10-CM-shaped with a dot or 4+ characters, or HCPCS-shaped. */
function looksLikeACode(raw: string): boolean {
  if (/^[a-z]\d[0-9ab]\.[0-9a-z]{1,4}$/i.test(raw)) return true;
  if (/^[a-z]\d[0-9ab][0-9a-z]{1,4}$/i.test(raw) && /\d/.test(raw.slice(3))) return true;
  return /^[a-v]\d{4}$/i.test(raw);
}
