// The abbreviation and synonym dictionary of the search engine. Each entry names its source. The Alphabetic
// Index's own "see" references are added at build time from the data (see search-index.ts), not listed here.
//
// Sources:
//  - "clinical": abbreviations in common clinical use, as listed in standard medical abbreviation lists
//    (e.g. the Joint Commission / ISMP lists and coding textbooks); expansions use the wording of the
//    ICD-10-CM titles so the expanded query meets the official text.
//  - "coding": shorthand coders type for the words of ICD-10-CM titles (7th-character wording etc.).
//  - "tabular": the ICD-10-CM titles' own conventions ("w" = with). "NOS" (not otherwise specified) is
//    handled by the tokenizer as a stop word: it marks the unqualified form of a term.

export interface Abbreviation {
  /** the abbreviation as typed, lower case, one token */
  abbr: string;
  /** the words it stands for */
  expansion: string;
  source: 'clinical' | 'coding' | 'tabular';
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { abbr: 'chf', expansion: 'congestive heart failure', source: 'clinical' },
  { abbr: 'copd', expansion: 'chronic obstructive pulmonary disease', source: 'clinical' },
  { abbr: 'dm', expansion: 'diabetes mellitus', source: 'clinical' },
  { abbr: 'dm1', expansion: 'type 1 diabetes mellitus', source: 'clinical' },
  { abbr: 'dm2', expansion: 'type 2 diabetes mellitus', source: 'clinical' },
  { abbr: 't1dm', expansion: 'type 1 diabetes mellitus', source: 'clinical' },
  { abbr: 't2dm', expansion: 'type 2 diabetes mellitus', source: 'clinical' },
  { abbr: 'iddm', expansion: 'type 1 diabetes mellitus', source: 'clinical' },
  { abbr: 'niddm', expansion: 'type 2 diabetes mellitus', source: 'clinical' },
  { abbr: 'htn', expansion: 'hypertension', source: 'clinical' },
  { abbr: 'mi', expansion: 'myocardial infarction', source: 'clinical' },
  { abbr: 'ami', expansion: 'acute myocardial infarction', source: 'clinical' },
  { abbr: 'stemi', expansion: 'st elevation myocardial infarction', source: 'clinical' },
  { abbr: 'nstemi', expansion: 'non st elevation myocardial infarction', source: 'clinical' },
  { abbr: 'cad', expansion: 'coronary artery disease', source: 'clinical' },
  { abbr: 'ckd', expansion: 'chronic kidney disease', source: 'clinical' },
  { abbr: 'esrd', expansion: 'end stage renal disease', source: 'clinical' },
  { abbr: 'aki', expansion: 'acute kidney failure', source: 'clinical' },
  { abbr: 'uti', expansion: 'urinary tract infection', source: 'clinical' },
  { abbr: 'uri', expansion: 'upper respiratory infection', source: 'clinical' },
  { abbr: 'afib', expansion: 'atrial fibrillation', source: 'clinical' },
  { abbr: 'af', expansion: 'atrial fibrillation', source: 'clinical' },
  { abbr: 'dvt', expansion: 'deep vein thrombosis', source: 'clinical' },
  { abbr: 'pe', expansion: 'pulmonary embolism', source: 'clinical' },
  { abbr: 'cva', expansion: 'cerebral infarction', source: 'clinical' },
  { abbr: 'tia', expansion: 'transient cerebral ischemic attack', source: 'clinical' },
  { abbr: 'gerd', expansion: 'gastro esophageal reflux disease', source: 'clinical' },
  { abbr: 'oa', expansion: 'osteoarthritis', source: 'clinical' },
  { abbr: 'ra', expansion: 'rheumatoid arthritis', source: 'clinical' },
  { abbr: 'bph', expansion: 'benign prostatic hyperplasia', source: 'clinical' },
  { abbr: 'osa', expansion: 'obstructive sleep apnea', source: 'clinical' },
  { abbr: 'hld', expansion: 'hyperlipidemia', source: 'clinical' },
  { abbr: 'hf', expansion: 'heart failure', source: 'clinical' },
  { abbr: 'hfref', expansion: 'systolic heart failure', source: 'clinical' },
  { abbr: 'hfpef', expansion: 'diastolic heart failure', source: 'clinical' },
  { abbr: 'sob', expansion: 'shortness of breath', source: 'clinical' },
  { abbr: 'abd', expansion: 'abdominal', source: 'clinical' },
  { abbr: 'hx', expansion: 'history', source: 'clinical' },
  { abbr: 'fx', expansion: 'fracture', source: 'clinical' },
  { abbr: 'fxs', expansion: 'fracture', source: 'clinical' },
  { abbr: 'exac', expansion: 'exacerbation', source: 'clinical' },
  { abbr: 'exacerb', expansion: 'exacerbation', source: 'clinical' },
  { abbr: 'bilat', expansion: 'bilateral', source: 'clinical' },
  { abbr: 'rt', expansion: 'right', source: 'clinical' },
  { abbr: 'lt', expansion: 'left', source: 'clinical' },
  { abbr: 'w', expansion: 'with', source: 'tabular' },
  { abbr: 'wo', expansion: 'without', source: 'tabular' },
  { abbr: 'init', expansion: 'initial', source: 'coding' },
  { abbr: 'initl', expansion: 'initial', source: 'coding' },
  { abbr: 'subs', expansion: 'subsequent', source: 'coding' },
  { abbr: 'subsq', expansion: 'subsequent', source: 'coding' },
  { abbr: 'seq', expansion: 'sequela', source: 'coding' },
  { abbr: 'enc', expansion: 'encounter', source: 'coding' },
  { abbr: 'encntr', expansion: 'encounter', source: 'coding' },
  { abbr: 'unsp', expansion: 'unspecified', source: 'coding' },
  { abbr: 'unspec', expansion: 'unspecified', source: 'coding' },
  { abbr: 'oth', expansion: 'other', source: 'coding' },
  { abbr: 'disp', expansion: 'displaced', source: 'coding' },
  { abbr: 'nondisp', expansion: 'nondisplaced', source: 'coding' },
];

/** abbreviation -> expansion words, for the tokenizer */
export const ABBREVIATION_MAP: ReadonlyMap<string, string> = new Map(ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));
