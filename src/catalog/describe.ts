// Common-language descriptions generated from the official structure (labelled as generated wherever shown):
// ICD-10-PCS from the axis values and their definitions, ICD-10-CM from the hierarchy, inclusion terms and index
// entries, HCPCS from the long descriptor. Nothing here is invented: every phrase comes from the code sets.
import type { CodeLookup } from './lookup-types.js';

const MAX_LIST = 5;

function lowerFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function list(items: readonly string[]): string {
  const unique = [...new Set(items)].slice(0, MAX_LIST);
  return unique.join('; ');
}

export function describeCode(c: CodeLookup): string | null {
  if (c.system === 'icd10pcs' && c.pcs) {
    const axes = (
      c.pcs as { axes: { pos: number; title: string; label: string; definition?: string; includes?: string[] }[] }
    ).axes;
    const parts: string[] = [];
    for (const a of axes) {
      if (/^(No |None$)/i.test(a.label) || a.pos === 1) continue;
      let phrase = `${a.title}: ${a.label}`;
      if (a.definition) phrase += ` — ${lowerFirst(a.definition)}`;
      if (a.includes && a.includes.length > 0) phrase += ` (includes ${list(a.includes)})`;
      parts.push(phrase);
    }
    return parts.length > 0 ? `${parts.join('. ')}.` : null;
  }
  if (c.system === 'icd10cm') {
    const sentences: string[] = [];
    const chapter = c.hierarchy.find((h) => h.level === 'chapter');
    const section = c.hierarchy.find((h) => h.level === 'section');
    if (c.title) sentences.push(`${c.title}.`);
    if (chapter || section) {
      sentences.push(`Classified under ${[chapter?.title, section?.title].filter(Boolean).join(' › ')}.`);
    }
    const inclusion = c.notes.inclusionTerm ?? [];
    if (inclusion.length > 0) sentences.push(`Also covers: ${list(inclusion)}.`);
    const index = c.indexTerms.filter((t) => !t.incomplete).map((t) => t.path.join(', '));
    if (index.length > 0) sentences.push(`Alphabetic Index: ${list(index)}.`);
    if (!c.billable) sentences.push('Not billable: a more specific code below it must be reported.');
    return sentences.join(' ');
  }
  if (c.system === 'hcpcs' && c.title) {
    const short = c.shortTitle && c.shortTitle !== c.title ? ` Short descriptor: ${c.shortTitle}.` : '';
    return `${c.title}.${short}`;
  }
  return null;
}
