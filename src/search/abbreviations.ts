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
  { abbr: 'lap', expansion: 'laparoscopic', source: 'clinical' },
  // (in HCPCS quality-measure titles "pvd" is posterior vitreous detachment; in a coder's search box it is the
  // vascular disease, I73.9 by the Index: Disease, peripheral vascular)
  { abbr: 'pvd', expansion: 'peripheral vascular disease', source: 'clinical' },
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
  // Added with the lay-term dictionary (lay-terms.ts): more single-word clinical shorthand whose expansion is the
  // wording of the ICD-10-CM titles. Procedure abbreviations (TKA, ORIF, EGD), brand names and lay words are in
  // lay-terms.ts, where each entry is checked against the real data.
  { abbr: 'pna', expansion: 'pneumonia', source: 'clinical' },
  { abbr: 'lbp', expansion: 'low back pain', source: 'clinical' },
  { abbr: 'rsv', expansion: 'respiratory syncytial virus', source: 'clinical' },
  { abbr: 'ibs', expansion: 'irritable bowel syndrome', source: 'clinical' },
  { abbr: 'pud', expansion: 'peptic ulcer', source: 'clinical' },
  { abbr: 'std', expansion: 'sexually transmitted disease', source: 'clinical' },
  { abbr: 'sti', expansion: 'sexually transmitted disease', source: 'clinical' },
  { abbr: 'mrsa', expansion: 'methicillin resistant staphylococcus aureus', source: 'clinical' },
  { abbr: 'adhd', expansion: 'attention-deficit hyperactivity disorder', source: 'clinical' },
  { abbr: 'ocd', expansion: 'obsessive-compulsive disorder', source: 'clinical' },
  { abbr: 'gad', expansion: 'generalized anxiety disorder', source: 'clinical' },
  { abbr: 'mdd', expansion: 'major depressive disorder', source: 'clinical' },
  // the Index reads degenerative joint disease as osteoarthritis (Degeneration, joint disease, see Osteoarthritis)
  { abbr: 'djd', expansion: 'osteoarthritis', source: 'clinical' },
  { abbr: 'dnr', expansion: 'do not resuscitate', source: 'clinical' },
  { abbr: 'lac', expansion: 'laceration', source: 'clinical' },
  { abbr: 'sz', expansion: 'seizure', source: 'clinical' },
  { abbr: 'fhx', expansion: 'family history', source: 'clinical' },
  { abbr: 'mets', expansion: 'secondary malignant neoplasm', source: 'clinical' },
  { abbr: 'ams', expansion: 'altered mental status', source: 'clinical' },
  { abbr: 'loc', expansion: 'loss of consciousness', source: 'clinical' },
  { abbr: 'aaa', expansion: 'abdominal aortic aneurysm', source: 'clinical' },
  { abbr: 'ards', expansion: 'acute respiratory distress syndrome', source: 'clinical' },
  { abbr: 'bppv', expansion: 'benign paroxysmal vertigo', source: 'clinical' },
  { abbr: 'dka', expansion: 'diabetes mellitus with ketoacidosis', source: 'clinical' },
  { abbr: 'atn', expansion: 'acute kidney failure with tubular necrosis', source: 'clinical' },
  { abbr: 'sdh', expansion: 'subdural hemorrhage', source: 'clinical' },
  { abbr: 'sah', expansion: 'subarachnoid hemorrhage', source: 'clinical' },
  { abbr: 'ich', expansion: 'intracerebral hemorrhage', source: 'clinical' },
  { abbr: 'cll', expansion: 'chronic lymphocytic leukemia of b-cell type', source: 'clinical' },
  { abbr: 'aml', expansion: 'acute myeloblastic leukemia', source: 'clinical' },
  { abbr: 'nhl', expansion: 'non-hodgkin lymphoma', source: 'clinical' },
  { abbr: 'bcc', expansion: 'basal cell carcinoma', source: 'clinical' },
  { abbr: 'scc', expansion: 'squamous cell carcinoma', source: 'clinical' },
  { abbr: 'dcis', expansion: 'intraductal carcinoma in situ of breast', source: 'clinical' },
  { abbr: 'pms', expansion: 'premenstrual tension syndrome', source: 'clinical' },
  { abbr: 'pcos', expansion: 'polycystic ovarian syndrome', source: 'clinical' },
  { abbr: 'tmj', expansion: 'temporomandibular joint', source: 'clinical' },
];

/** abbreviation -> expansion words, for the tokenizer */
export const ABBREVIATION_MAP: ReadonlyMap<string, string> = new Map(ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));
