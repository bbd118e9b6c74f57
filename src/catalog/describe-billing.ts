// The plain-words description of a HCPCS Level II or CPT code. HCPCS: its long descriptor. CPT: the licensed
// descriptor when the operator imported one; otherwise no descriptor text at all (AMA copyright) — what CMS
// publishes about the code number instead: its RBCS classification when one is given, its add-on role and its
// fee schedule status and global period, each with the meaning the record layouts give.

import { lowerFirst } from './describe-words.js';
import type { CodeLookup } from './lookup-types.js';
import type { CodeMedicare } from './medicare/code-medicare.js';

/** CMS's Restructured BETOS Classification System entry of a CPT or HCPCS code (the lookup's `classification`). */
export interface CodeClassification {
  source: 'RBCS';
  release: string;
  category: string;
  subcategory: string;
  /** null or "No RBCS Family" when the code has a subcategory but no family */
  family: string | null;
  /** RBCS major-procedure indicator: true for a major procedure */
  major?: boolean | null;
}

const MAX_PRIMARIES = 3;

export function classificationSentence(k: CodeClassification): string {
  const family = k.family && !/^No RBCS Family$/i.test(k.family) ? ` › ${k.family}` : '';
  const major = k.major === true ? ', a major procedure' : '';
  return `CMS classifies it (${k.source} ${k.release}) as ${k.category} › ${k.subcategory}${family}${major}.`;
}

function medicareSentences(m: CodeMedicare | undefined): string[] {
  if (!m) return [];
  const out: string[] = [];
  if ('isAddOn' in m.addOn && m.addOn.isAddOn) {
    const primaries = m.addOn.primaries.slice(0, MAX_PRIMARIES);
    const type = m.addOn.typeMeaning ? ` (NCCI type ${m.addOn.type}: ${lowerFirst(m.addOn.typeMeaning)})` : '';
    const withPrimaries =
      primaries.length > 0
        ? `, reported with a primary code such as ${primaries.join(', ')}`
        : m.addOn.contractorDefinedPrimaries
          ? ', reported with a primary code the Medicare contractor defines'
          : '';
    out.push(`An add-on code${type}${withPrimaries}.`);
  }
  const row = m.payment && 'rows' in m.payment ? m.payment.rows.find((r) => r.modifier === '') : undefined;
  if (row) {
    const { status, globalDays } = row.indicators;
    const parts = [`status ${status.code} (${lowerFirst(status.meaning)})`];
    if (globalDays.code !== 'XXX') parts.push(`global period ${globalDays.code} (${lowerFirst(globalDays.meaning)})`);
    out.push(`Under the Medicare physician fee schedule it has ${parts.join(' and ')}.`);
  }
  return out;
}

export function describeHcpcs(c: CodeLookup, classification?: CodeClassification): string | null {
  if (!c.title) return null;
  const lead = c.kind === 'modifier' ? `HCPCS modifier ${c.code}: ${c.title}.` : `${c.title}.`;
  return [lead, ...(classification ? [classificationSentence(classification)] : [])].join(' ');
}

export function describeCpt(c: CodeLookup, classification?: CodeClassification): string | null {
  const sentences: string[] = [];
  // a title on a CPT code comes only from the licensed descriptor file the operator imported
  if (c.title) sentences.push(`${c.title}.`);
  if (classification) sentences.push(classificationSentence(classification));
  sentences.push(...medicareSentences(c.medicare && 'addOn' in c.medicare ? c.medicare : undefined));
  return sentences.length > 0 ? sentences.join(' ') : null;
}
