// A section as a user writes it, in the form the corpus keys passages by: "section I.C.4.a" → "I.C.4.a",
// "I.C.1.d.1.(a)" → "I.C.1.d.1.a", "ch. 1 sec. e" → "Chapter I, Section E", "Chapter I, Section E.d", "appendix i"
// → "Appendix I". Guideline paths are recased by level (Section, letter, number, letter, number, letter, roman).

const ROMANS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

function chapterNumeral(text: string): string | undefined {
  if (/^\d+$/.test(text)) return ROMANS[Number(text)] || undefined;
  return /^[ivxl]+$/i.test(text) ? text.toUpperCase() : undefined;
}

/** An NCCI manual reference ("Chapter I, Section E.d", "ch 1 sec E", "chapter XI section B.3"), else undefined. */
function manualRef(text: string): string | undefined {
  const m =
    /\bch(?:apter|\.)?\s*([ivxl]+|\d{1,2})\b[\s,.;-]*(?:(?:sec(?:tion|\.)?|§)\s*([a-z])\b(?:[.\s]*([a-z]|\d{1,2})\b)?)?/i.exec(
      text,
    );
  if (!m) return undefined;
  const chapter = chapterNumeral(m[1] as string);
  if (!chapter) return undefined;
  if (!m[2]) return `Chapter ${chapter}`;
  const section = `Chapter ${chapter}, Section ${(m[2] as string).toUpperCase()}`;
  return m[3] ? `${section}.${(m[3] as string).toLowerCase()}` : section;
}

/** A guideline path ("I.C.9.a.3", "Section IV.H", "I.C.1.d.1.(a)"), recased by level, else undefined. */
function guidelineRef(text: string): string | undefined {
  const m = /(?:^|\bsection\s+|\s)((?:iv|iii|ii|i)(?:\s*\.\s*\(?[a-z0-9]{1,4}\)?)+)\.?(?=$|[\s,;:?!)])/i.exec(text);
  if (!m) return undefined;
  const parts = (m[1] as string).split('.').map((p) => p.replace(/[\s()]/g, ''));
  const cased = parts.map((p, level) => {
    if (level === 0 || level === 1) return p.toUpperCase();
    if (level === 2 || level === 4) return /^\d+$/.test(p) ? p : undefined;
    return p.toLowerCase();
  });
  if (cased.some((p) => p === undefined || p === '')) return undefined;
  return cased.join('.');
}

/**
 * The section a text names, as the corpus keys it; undefined when it names none. Used on a section asked for and
 * on a question ("what does section I.C.4.a say").
 */
export function parseSectionRef(text: string): string | undefined {
  const appendix = /\bappendix\s+([ivx]+)\b/i.exec(text);
  if (appendix) return `Appendix ${(appendix[1] as string).toUpperCase()}`;
  const manual = manualRef(text);
  if (manual) return manual;
  const guideline = guidelineRef(text.trim());
  if (guideline) return guideline;
  const bare = /^\s*(?:section\s+)?(iv|iii|ii|i)\.?\s*$/i.exec(text);
  return bare ? (bare[1] as string).toUpperCase() : undefined;
}
