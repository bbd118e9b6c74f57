// The guidance retrieval evaluation: questions written for this project the way coders type them (lower case,
// shorthand, a few typos), each with the sections that answer it. A hit counts when its section is one of them or
// lies under one ("I.C.1.d" accepts "I.C.1.d.4"; "Chapter I, Section E" accepts "Chapter I, Section E.d").
// `notCovered` questions are outside the corpus: the right result is the plain "not covered".
// Written from the documents' tables of contents, not from any other question set.

export interface GuidanceQuestion {
  q: string;
  /** the sections that answer it; empty for a question the corpus does not cover */
  expect: string[];
  notCovered?: boolean;
}

export const GUIDANCE_QUESTIONS: readonly GuidanceQuestion[] = [
  // ICD-10-CM Official Guidelines
  { q: 'how do i sequence sepsis and pneumonia when both are present on admission', expect: ['I.C.1.d.4'] },
  { q: 'provider wrote urosepsis, what do i code', expect: ['I.C.1.d.1.a.ii'] },
  { q: 'how many codes are needed for severe sepsis', expect: ['I.C.1.d.1.b'] },
  { q: 'septic shock sequencing', expect: ['I.C.1.d.2', 'I.C.1.d.3'] },
  { q: 'outpatient uncertain dx probable suspected rule out', expect: ['IV.H'] },
  { q: 'inpatient discharge diagnosis still "probable" - code it as if it existed?', expect: ['II.H', 'III.C'] },
  { q: 'hypertension with heart disease is a causal relationship presumed', expect: ['I.C.9.a.1'] },
  { q: 'htn with ckd stage 4', expect: ['I.C.9.a.2'] },
  { q: 'hypertensive heart disease and chronic kidney disease together', expect: ['I.C.9.a.3'] },
  { q: 'type of diabetes not documented which code is the default', expect: ['I.C.4.a.2'] },
  { q: 'type 2 dm on insulin and oral meds, which long term use z code', expect: ['I.C.4.a.3'] },
  { q: 'secondary diabetes due to steroids sequencing', expect: ['I.C.4.a.6'] },
  { q: 'hiv positive patient without symptoms', expect: ['I.C.1.a.2.e'] },
  { q: 'patient admitted for an hiv related condition, principal dx', expect: ['I.C.1.a.2.b'] },
  { q: 'confirmed covid-19 with pneumonia, sequencing', expect: ['I.C.1.g.1'] },
  { q: 'pressure ulcer stage not documented vs unstagable', expect: ['I.C.12.a.2', 'I.C.12.a.3'] },
  { q: 'laterality: condition bilateral but no bilateral code exists', expect: ['I.B.13'] },
  { q: 'how to code a sequela / late effect and which goes first', expect: ['I.B.10'] },
  { q: 'signs and symptoms routinely associated with a disease - code them?', expect: ['I.B.5'] },
  { q: 'same condition described as both acute and chronic', expect: ['I.B.8'] },
  { q: 'bmi documented by the dietitian can i report it', expect: ['I.B.14'] },
  { q: 'what is a combination code', expect: ['I.B.9'] },
  { q: 'what does an excludes1 note mean', expect: ['I.A.12.a'] },
  { q: '7th character a d s for injuries, initial encounter meaning', expect: ['I.C.19.a'] },
  { q: 'multiple burns which one do i sequence first', expect: ['I.C.19.d.1', 'I.C.19.d.5'] },
  { q: 'adverse effect of a drug correctly prescribed and properly administered', expect: ['I.C.19.e.5.a'] },
  { q: 'routine prenatal visit with no complications, first listed code', expect: ['I.C.15.b.1'] },
  { q: 'bacterial sepsis in a newborn', expect: ['I.C.16.f'] },
  { q: 'two diagnoses equally meet the definition of principal diagnosis', expect: ['II.C'] },
  { q: 'patient admitted to inpatient from observation unit principal diagnosis', expect: ['II.I'] },
  { q: 'poa indicator when documentation is unclear whether present at admission', expect: ['Appendix I'] },
  { q: 'chronic disease treated on ongoing basis in the office, code each visit?', expect: ['IV.I'] },
  { q: 'preoperative evaluation outpatient first-listed diagnosis', expect: ['IV.M'] },
  { q: 'z codes that can only be first listed', expect: ['I.C.21.c.15'] },
  { q: 'personal history of malignancy vs current cancer still under treatment', expect: ['I.C.2.m', 'I.C.2.d'] },
  { q: 'anemia due to chemotherapy, what goes first', expect: ['I.C.2.c.2'] },
  { q: 'copd with acute exacerbation and asthma', expect: ['I.C.10.a'] },
  { q: 'acute respiratory failure as principal diagnosis', expect: ['I.C.10.b'] },
  { q: 'chronic pain g89 sequencing with site specific pain code', expect: ['I.C.6.b'] },
  { q: 'social determinants of health documented by social worker', expect: ['I.C.21.c.17', 'I.B.14'] },
  { q: 'what does section I.C.4.a say', expect: ['I.C.4.a'] },
  { q: 'sepsis sequnce with pnuemonia', expect: ['I.C.1.d.4'] },
  // NCCI Policy Manual for Medicare Services
  { q: 'what is modifier 59 used for', expect: ['Chapter I, Section E'] },
  {
    q: 'mod 25 significant separately identifiable e/m same day as minor procedure',
    expect: ['Chapter I, Section E.b', 'Chapter I, Section D'],
  },
  { q: 'modifier 58 staged or related procedure during the postop period', expect: ['Chapter I, Section E.c'] },
  { q: 'when to use XE XS XP XU instead of 59', expect: ['Chapter I, Section E.e', 'Chapter I, Section E.d'] },
  { q: 'global surgery package what is included', expect: ['Chapter I, Section C', 'Chapter I, Section D'] },
  { q: 'correct coding modifier indicator 0 1 9 meaning', expect: ['Chapter I, Section E'] },
  { q: 'mue adjudication indicator date of service edit', expect: ['Chapter I, Section V'] },
  { q: 'add-on code edit types 1 2 3', expect: ['Chapter I, Section W', 'Chapter I, Section R'] },
  { q: 'ptp edits with unlisted procedure codes', expect: ['Chapter I, Section T'] },
  { q: 'mutually exclusive procedures that cannot be performed together', expect: ['Chapter I, Section P'] },
  { q: 'anesthesia performed by the surgeon, paid separately?', expect: ['Chapter I, Section G', 'Chapter II'] },
  {
    q: 'laparoscopic procedure converted to open, what do i report',
    expect: ['Chapter I, Section C.12', 'Chapter VI, Section F', 'Chapter VII, Section F'],
  },
  {
    q: 'diagnostic endoscopy followed by open procedure at same session',
    expect: ['Chapter I, Section C.13', 'Chapter VI, Section C'],
  },
  { q: 'cpt separate procedure designation meaning', expect: ['Chapter I, Section J'] },
  {
    q: 'lab panel - can the component tests be billed separately',
    expect: ['Chapter I, Section N', 'Chapter X, Section C'],
  },
  { q: 'how do i appeal an ncci denial', expect: ['Introduction'] },
  {
    q: 'chemotherapy administration and hydration same day',
    expect: ['Chapter XI, Section N', 'Chapter XI, Section B'],
  },
  { q: 'mohs surgery and biopsy same day', expect: ['Chapter III, Section F'] },
  { q: 'fracture care and casting included', expect: ['Chapter IV, Section G'] },
  { q: 'medically unlikely edits what are they', expect: ['Chapter I, Section V'] },
  { q: 'ncci chapter 1 section e', expect: ['Chapter I, Section E'] },
  // outside the corpus
  { q: 'what is the capital of france', expect: [], notCovered: true },
  { q: 'cdt dental implant crown billing', expect: [], notCovered: true },
  { q: 'oasis home health functional scoring', expect: [], notCovered: true },
  { q: 'hipaa breach notification deadline', expect: [], notCovered: true },
  { q: 'veterinary vaccine schedule for puppies', expect: [], notCovered: true },
];

/** Whether a passage's section answers: it is one of the expected sections or lies under one. */
export function sectionMatches(section: string, expected: readonly string[]): boolean {
  return expected.some(
    (e) => section === e || section.startsWith(`${e}.`) || section.startsWith(`${e},`) || section.startsWith(`${e} `),
  );
}
