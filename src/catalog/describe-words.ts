// Small wording helpers for the generated plain-words descriptions: they change case, order and punctuation of the
// official phrases, never their words, so that every phrase of a description can still be found in the code sets.

export function lowerFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function upperFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** "a, b and c" (a list in running text), the duplicates left out. */
export function joinAnd(items: readonly string[], last = 'and'): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} ${last} ${unique[unique.length - 1]}`;
}

/**
 * A code set's label as running text: Title Case words lower-cased (acronyms, numbers and mixed case kept), and a
 * trailing side or extent moved in front, as a reader says it ("Kidney, Right" → "right kidney").
 */
export function plainLabel(label: string): string {
  let text = label.trim();
  const side = /^(.*), (Right|Left|Bilateral|Unilateral)$/.exec(text);
  if (side?.[1] && side[2]) text = `${side[2]} ${side[1]}`;
  return text.replace(/(?<!\w)[A-Z][a-z]+(?!\w|-\d)/g, (w) => w.toLowerCase());
}

/**
 * The Index's and the tabular's nonessential modifiers, written one parenthesis each ("hypertension (arterial)
 * (benign) (essential)"), as one parenthesis listing them ("hypertension (arterial, benign or essential)").
 */
export function compactModifiers(term: string): string {
  return term.replace(/(?:\s*\([^()]*\)){2,}/g, (run) => {
    const words = [...run.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
    return ` (${joinAnd(words, 'or')})`;
  });
}

/** The term without its nonessential modifiers ("Appendicitis (pneumococcal) (retrocecal)" → "Appendicitis"). */
export function withoutModifiers(term: string): string {
  return term
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
