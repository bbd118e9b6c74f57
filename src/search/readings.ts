// Other readings of a query word: words the code sets use for the same thing, searched beside the word as typed
// (never instead of it), each with its source. The Alphabetic Index's own equivalences (a main term's forms, its
// one-word references) are read from the data at build time (search-build.ts addForms), not listed here.
//
// Sources:
//  - "tabular": the ICD-10-CM tabular's wording for what clinicians name otherwise (its inclusion terms say so:
//    "Fracture of distal end of radius" is an inclusion term of S52.5 "Fracture of lower end of radius"; the
//    titles say "examination" where people write "exam").
//  - "pcs": the ICD-10-PCS titles' wording: the approach values ("Percutaneous Endoscopic" is the laparoscopic
//    approach, per the ICD-10-PCS Reference Manual's approach definitions) and durations ("Greater than 96
//    Consecutive Hours").
//
// Organ noun/adjective pairs (kidney/renal, heart/cardiac) were tried and left out: they changed no result on the
// short-query set and made queries on those words several times slower (both words are very common).

export interface Reading {
  /** the word as typed, lower case */
  word: string;
  /** another word read at the same place (one word) */
  also: string;
  source: 'tabular' | 'pcs';
}

export const READINGS: readonly Reading[] = [
  { word: 'distal', also: 'lower', source: 'tabular' },
  { word: 'proximal', also: 'upper', source: 'tabular' },
  { word: 'lumbar', also: 'lower', source: 'tabular' },
  { word: 'laparoscopic', also: 'endoscopic', source: 'pcs' },
  { word: 'laparoscopically', also: 'endoscopic', source: 'pcs' },
  { word: 'arthroscopic', also: 'endoscopic', source: 'pcs' },
  { word: 'over', also: 'greater', source: 'pcs' },
  { word: 'more', also: 'greater', source: 'pcs' },
  { word: 'under', also: 'less', source: 'pcs' },
  { word: 'exam', also: 'examination', source: 'tabular' },
  { word: 'exams', also: 'examination', source: 'tabular' },
];

/** word -> the other words read beside it */
export const READING_MAP: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const r of READINGS) m.set(r.word, [...(m.get(r.word) ?? []), r.also]);
  return m;
})();
