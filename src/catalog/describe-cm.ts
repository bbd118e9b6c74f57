// The plain-words description of an ICD-10-CM code: its title placed in its section and chapter, the inclusion
// terms (and the code's own "includes" note) as what else it covers, and the Alphabetic Index entries that say
// most beyond the title, as a reader would say them ("Asthma › moderate persistent › with › exacerbation (acute)"
// → "asthma, moderate persistent, with exacerbation").
import { compactModifiers, joinAnd, lowerFirst, withoutModifiers } from './describe-words.js';
import type { CodeLookup } from './lookup-types.js';

const MAX_COVERS = 5;
const MAX_INDEX = 3;
/** Index subterms that join the next one rather than stand alone ("with", "due to"). */
const CONNECTIVES = new Set(['with', 'without', 'in', 'due to', 'following', 'complicating', 'affecting', 'of']);

/** An index path in reading order, each term without its nonessential modifiers and its main term's variants. */
export function indexPhrase(path: readonly string[]): string {
  const parts: string[] = [];
  let pending = '';
  for (const [i, raw] of path.entries()) {
    // the main term's variants after its first comma ("Diabetes, diabetic" → "Diabetes")
    const term = withoutModifiers(i === 0 ? (raw.split(',')[0] ?? raw) : raw);
    if (term === '') continue;
    if (CONNECTIVES.has(term.toLowerCase())) {
      pending = `${pending}${term} `;
      continue;
    }
    parts.push(`${pending}${term}`);
    pending = '';
  }
  return lowerFirst(parts.join(', '));
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

/** The index entries that add most to the title (words it does not have), each said once. */
export function tellingIndexEntries(c: CodeLookup, limit = MAX_INDEX): string[] {
  const known = words(`${c.title ?? ''} ${c.notes.inclusionTerm?.join(' ') ?? ''}`);
  const seen = new Set<string>();
  const scored: { phrase: string; added: number }[] = [];
  for (const t of c.indexTerms) {
    if (t.incomplete) continue;
    const phrase = indexPhrase(t.path);
    const own = words(phrase);
    const key = [...own].sort().join(' ');
    if (phrase === '' || seen.has(key)) continue;
    seen.add(key);
    const added = [...own].filter((w) => !known.has(w)).length;
    if (added > 0) scored.push({ phrase, added });
  }
  // most new words first; a stable sort keeps the index's own order among equals
  return scored
    .sort((a, b) => b.added - a.added)
    .slice(0, limit)
    .map((s) => s.phrase);
}

/** "Chapter 4: Endocrine, nutritional and metabolic diseases" → chapter 4, "Endocrine, …". */
function chapterWords(title: string): string {
  const m = /^Chapter (\w+): (.*)$/.exec(title);
  return m ? `chapter ${m[1]}, “${m[2]}”` : `“${title}”`;
}

export function describeCm(c: CodeLookup): string | null {
  if (!c.title) return null;
  const chapter = c.hierarchy.find((x) => x.level === 'chapter');
  const section = c.hierarchy.find((x) => x.level === 'section');
  const place = [section ? `the section “${section.title}”` : null, chapter ? chapterWords(chapter.title) : null]
    .filter((x): x is string => x !== null)
    .join(' of ');
  const sentences = [place ? `${c.title}: a diagnosis classified in ${place}.` : `${c.title}.`];
  const covers = [...(c.notes.inclusionTerm ?? []), ...(c.notes.includes ?? [])].map(compactModifiers);
  if (covers.length > 0) sentences.push(`It also covers ${joinAnd(covers.slice(0, MAX_COVERS))}.`);
  const index = tellingIndexEntries(c);
  if (index.length > 0)
    sentences.push(`In the Alphabetic Index it is found under ${joinAnd(index.map((p) => `“${p}”`))}.`);
  if (!c.billable) sentences.push('Not billable: a more specific code below it must be reported.');
  return sentences.join(' ');
}
