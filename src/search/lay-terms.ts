// The lay-term and coder-shorthand dictionary of the search engine: what people type in a search box
// ("flu shot", "broken wrist", "lap chole", "zofran", "cpap machine") mapped to the words of the official titles
// and Alphabetic Index entries that lead to the code. Single-word clinical abbreviations whose expansion is plain
// title wording ("pna", "lbp") are in abbreviations.ts; a one-word phrase here (a brand name, a procedure
// abbreviation, a lay word) is never also an abbreviation there (lay-terms.test.ts checks it).
//
// Each entry names its source and says why the mapping is right:
//  - "lay": everyday words for a condition, procedure, drug or supply;
//  - "clinical": clinical shorthand and abbreviations (TKA, ORIF, N/V, GI bleed);
//  - "coding": coder shorthand and encounter wording (hx of, s/p, r/o, f/u, well child, med refill);
//  - "brand": a brand name for the generic name HCPCS writes ("Zofran" → "ondansetron hydrochloride");
//  - "index": the phrase itself is a term of the ICD-10-CM Alphabetic Index (FY2023), its External Cause Index
//    (April 2026) or the ICD-10-PCS Index (FY2025), which leads to the code.
// The titles quoted in `reason` are the official ones (ICD-10-CM and ICD-10-PCS FY2026 order files, HCPCS Level II
// January 2026). No CPT descriptor is quoted or paraphrased: where the usual code is a CPT code (vaccine products,
// imaging) the entry gives the HCPCS Level II or ICD-10 reading and says so.
//
// Where a phrase names both a condition and a procedure or supply, `reason` says which reading was chosen. Phrases
// a coder would not resolve one way ("cold", "physical" alone) are left out, and so are single words that are
// already words of the titles ("mammogram", "walker", "nebulizer"). lay-terms.test.ts checks, on the real catalog,
// that every expansion leads to one of its expected code families in the first five results.

export interface LayTerm {
  /** as people type it, lower case ("flu shot", "n/v", "lap chole", "zofran"); matched on words() of the query, whole words, longest phrase first */
  phrase: string;
  /** the words searched instead of the phrase, in the wording of the official titles / Alphabetic Index ("streptococcal pharyngitis") */
  expansion: string;
  source: 'lay' | 'clinical' | 'coding' | 'brand' | 'index';
  /** why the mapping is right, e.g. "Ondansetron is Zofran's generic name; HCPCS J2405 'Injection, ondansetron hydrochloride'" */
  reason: string;
  /** code prefixes the expansion must lead to (system + code with the ICD-10-CM dot), checked by the real-data test */
  expect: { system: 'icd10cm' | 'icd10pcs' | 'hcpcs'; code: string }[];
}

export const LAY_TERMS: readonly LayTerm[] = [
  // cardiovascular
  {
    phrase: 'heart attack',
    expansion: 'acute myocardial infarction',
    source: 'index',
    reason:
      "Lay name of a myocardial infarction. ICD-10-CM Index: Attack, heart, see Infarct, myocardium. ICD-10-CM I21 'Acute myocardial infarction'",
    expect: [{ system: 'icd10cm', code: 'I21' }],
  },
  {
    phrase: 'high blood pressure',
    expansion: 'essential primary hypertension',
    source: 'lay',
    reason:
      "Lay name of hypertension; unqualified hypertension is coded as essential (primary) hypertension. ICD-10-CM I10 'Essential (primary) hypertension'",
    expect: [{ system: 'icd10cm', code: 'I10' }],
  },
  {
    phrase: 'low blood pressure',
    expansion: 'hypotension',
    source: 'lay',
    reason: "Lay name of hypotension. ICD-10-CM I95 'Hypotension'",
    expect: [{ system: 'icd10cm', code: 'I95' }],
  },
  {
    phrase: 'high cholesterol',
    expansion: 'pure hypercholesterolemia',
    source: 'lay',
    reason:
      "Lay name of an elevated blood cholesterol (hypercholesterolemia). ICD-10-CM E78.0 'Pure hypercholesterolemia'",
    expect: [{ system: 'icd10cm', code: 'E78.0' }],
  },
  {
    phrase: 'irregular heartbeat',
    expansion: 'cardiac arrhythmia',
    source: 'lay',
    reason: "Lay name of an arrhythmia when the type is not known. ICD-10-CM I49.9 'Cardiac arrhythmia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'I49.9' }],
  },
  {
    phrase: 'enlarged heart',
    expansion: 'cardiomegaly',
    source: 'lay',
    reason: "Lay name of cardiomegaly. ICD-10-CM I51.7 'Cardiomegaly'",
    expect: [{ system: 'icd10cm', code: 'I51.7' }],
  },
  {
    phrase: 'heart murmur',
    expansion: 'cardiac murmur',
    source: 'lay',
    reason: "Lay name of a cardiac murmur. ICD-10-CM R01.1 'Cardiac murmur, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R01.1' }],
  },
  {
    phrase: 'fast heart rate',
    expansion: 'tachycardia',
    source: 'lay',
    reason: "Lay description of tachycardia. ICD-10-CM R00.0 'Tachycardia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R00.0' }],
  },
  {
    phrase: 'slow heart rate',
    expansion: 'bradycardia',
    source: 'lay',
    reason: "Lay description of bradycardia. ICD-10-CM R00.1 'Bradycardia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R00.1' }],
  },
  {
    phrase: 'blood clot in leg',
    expansion: 'acute embolism and thrombosis of deep veins of lower extremity',
    source: 'lay',
    reason:
      "A blood clot in the leg is a deep vein thrombosis (Index: Clot (blood), see also Embolism; Thrombosis, vein, deep); acute is the default. ICD-10-CM I82.4 'Acute embolism and thrombosis of deep veins of lower extremity'",
    expect: [{ system: 'icd10cm', code: 'I82.4' }],
  },
  {
    phrase: 'blood clot in lung',
    expansion: 'pulmonary embolism',
    source: 'lay',
    reason: "A blood clot in the lung is a pulmonary embolism. ICD-10-CM I26 'Pulmonary embolism'",
    expect: [{ system: 'icd10cm', code: 'I26' }],
  },
  {
    phrase: 'mini stroke',
    expansion: 'transient cerebral ischemic attack',
    source: 'lay',
    reason:
      "Lay name of a transient ischemic attack (TIA). ICD-10-CM G45.9 'Transient cerebral ischemic attack, unspecified'",
    expect: [{ system: 'icd10cm', code: 'G45.9' }],
  },
  {
    phrase: 'hardening of the arteries',
    expansion: 'atherosclerosis',
    source: 'index',
    reason: "Index: Hardening, artery, see Arteriosclerosis. ICD-10-CM I70 'Atherosclerosis'",
    expect: [{ system: 'icd10cm', code: 'I70' }],
  },
  {
    phrase: 'a fib',
    expansion: 'atrial fibrillation',
    source: 'clinical',
    reason:
      '"A fib" / "a-fib" is clinical shorthand for atrial fibrillation (the one-word "afib" is in abbreviations.ts). ICD-10-CM I48 \'Atrial fibrillation and flutter\'',
    expect: [{ system: 'icd10cm', code: 'I48' }],
  },
  // respiratory / ENT
  {
    phrase: 'strep throat',
    expansion: 'streptococcal pharyngitis',
    source: 'lay',
    reason: "Lay name of streptococcal pharyngitis. ICD-10-CM J02.0 'Streptococcal pharyngitis'",
    expect: [{ system: 'icd10cm', code: 'J02.0' }],
  },
  {
    phrase: 'sore throat',
    expansion: 'acute pharyngitis unspecified',
    source: 'index',
    reason:
      "Index: Sore, throat (acute), see also Pharyngitis; unqualified pharyngitis is J02.9. ICD-10-CM J02.9 'Acute pharyngitis, unspecified'",
    expect: [{ system: 'icd10cm', code: 'J02.9' }],
  },
  {
    phrase: 'chest cold',
    expansion: 'bronchitis not specified as acute or chronic',
    source: 'index',
    reason:
      "Index: Cold, chest, see Bronchitis; bronchitis NOS is J40. ICD-10-CM J40 'Bronchitis, not specified as acute or chronic'",
    expect: [{ system: 'icd10cm', code: 'J40' }],
  },
  {
    phrase: 'head cold',
    expansion: 'acute nasopharyngitis common cold',
    source: 'index',
    reason:
      'Index: Cold, head J00 (the bare word "cold" is left out: it is also cold exposure, T69). ICD-10-CM J00 \'Acute nasopharyngitis [common cold]\'',
    expect: [{ system: 'icd10cm', code: 'J00' }],
  },
  {
    phrase: 'walking pneumonia',
    expansion: 'pneumonia due to mycoplasma pneumoniae',
    source: 'lay',
    reason:
      '"Walking pneumonia" is the lay name of atypical pneumonia, classically Mycoplasma pneumoniae. ICD-10-CM J15.7 \'Pneumonia due to Mycoplasma pneumoniae\'',
    expect: [{ system: 'icd10cm', code: 'J15.7' }],
  },
  {
    phrase: 'sinus infection',
    expansion: 'acute sinusitis unspecified',
    source: 'lay',
    reason:
      "Lay name of sinusitis; a sinus infection without further detail is coded as acute sinusitis. ICD-10-CM J01.9 'Acute sinusitis, unspecified'",
    expect: [{ system: 'icd10cm', code: 'J01.9' }],
  },
  {
    phrase: 'hay fever',
    expansion: 'allergic rhinitis due to pollen',
    source: 'index',
    reason: "Index: Hay fever J30.1. ICD-10-CM J30.1 'Allergic rhinitis due to pollen'",
    expect: [{ system: 'icd10cm', code: 'J30.1' }],
  },
  {
    phrase: 'seasonal allergies',
    expansion: 'other seasonal allergic rhinitis',
    source: 'lay',
    reason: "Lay name of seasonal allergic rhinitis. ICD-10-CM J30.2 'Other seasonal allergic rhinitis'",
    expect: [{ system: 'icd10cm', code: 'J30.2' }],
  },
  {
    phrase: 'collapsed lung',
    expansion: 'pneumothorax',
    source: 'lay',
    reason:
      "A collapsed lung in lay use is a pneumothorax (the Index's Collapse, lung J98.19 is atelectasis, which patients rarely mean). ICD-10-CM J93.9 'Pneumothorax, unspecified'",
    expect: [{ system: 'icd10cm', code: 'J93.9' }],
  },
  {
    phrase: "smoker's cough",
    expansion: 'simple chronic bronchitis',
    source: 'index',
    reason: "Index: Cough, smokers' J41.0. ICD-10-CM J41.0 'Simple chronic bronchitis'",
    expect: [{ system: 'icd10cm', code: 'J41.0' }],
  },
  {
    phrase: 'smokers cough',
    expansion: 'simple chronic bronchitis',
    source: 'index',
    reason: "Index: Cough, smokers' J41.0 (typed without the apostrophe). ICD-10-CM J41.0 'Simple chronic bronchitis'",
    expect: [{ system: 'icd10cm', code: 'J41.0' }],
  },
  {
    phrase: 'lung cancer',
    expansion: 'malignant neoplasm of unspecified part of bronchus or lung',
    source: 'lay',
    reason:
      "Lay name of a primary malignant neoplasm of bronchus or lung, site within the lung not given. ICD-10-CM C34.9 'Malignant neoplasm of unspecified part of bronchus or lung'",
    expect: [{ system: 'icd10cm', code: 'C34.9' }],
  },
  {
    phrase: 'asthma attack',
    expansion: 'asthma with acute exacerbation',
    source: 'lay',
    reason:
      "An asthma attack is an acute exacerbation of asthma. ICD-10-CM J45.901 'Unspecified asthma with (acute) exacerbation'",
    expect: [{ system: 'icd10cm', code: 'J45.901' }],
  },
  {
    phrase: 'nosebleed',
    expansion: 'epistaxis',
    source: 'index',
    reason: "Index: Nosebleed R04.0. ICD-10-CM R04.0 'Epistaxis'",
    expect: [{ system: 'icd10cm', code: 'R04.0' }],
  },
  {
    phrase: 'nose bleed',
    expansion: 'epistaxis',
    source: 'index',
    reason: "Index: Nosebleed R04.0 (typed as two words). ICD-10-CM R04.0 'Epistaxis'",
    expect: [{ system: 'icd10cm', code: 'R04.0' }],
  },
  {
    phrase: 'stuffy nose',
    expansion: 'nasal congestion',
    source: 'lay',
    reason: "Lay name of nasal congestion. ICD-10-CM R09.81 'Nasal congestion'",
    expect: [{ system: 'icd10cm', code: 'R09.81' }],
  },
  {
    phrase: 'coughing up blood',
    expansion: 'hemoptysis',
    source: 'lay',
    reason: "Lay description of hemoptysis. ICD-10-CM R04.2 'Hemoptysis'",
    expect: [{ system: 'icd10cm', code: 'R04.2' }],
  },
  {
    phrase: 'hoarse voice',
    expansion: 'dysphonia',
    source: 'index',
    reason: "Index: Hoarseness R49.0. ICD-10-CM R49.0 'Dysphonia'",
    expect: [{ system: 'icd10cm', code: 'R49.0' }],
  },
  {
    phrase: 'lost voice',
    expansion: 'aphonia',
    source: 'lay',
    reason: "Loss of voice is aphonia. ICD-10-CM R49.1 'Aphonia'",
    expect: [{ system: 'icd10cm', code: 'R49.1' }],
  },
  {
    phrase: 'bad breath',
    expansion: 'halitosis',
    source: 'index',
    reason: "Index: Breath, foul R19.6; Halitosis R19.6. ICD-10-CM R19.6 'Halitosis'",
    expect: [{ system: 'icd10cm', code: 'R19.6' }],
  },
  {
    phrase: 'night sweats',
    expansion: 'generalized hyperhidrosis',
    source: 'index',
    reason: "Index: Sweat, sweats, night R61. ICD-10-CM R61 'Generalized hyperhidrosis'",
    expect: [{ system: 'icd10cm', code: 'R61' }],
  },
  {
    phrase: 'swollen glands',
    expansion: 'enlarged lymph nodes',
    source: 'lay',
    reason: "Swollen glands in lay use are enlarged lymph nodes. ICD-10-CM R59 'Enlarged lymph nodes'",
    expect: [{ system: 'icd10cm', code: 'R59' }],
  },
  {
    phrase: 'ear infection',
    expansion: 'otitis media',
    source: 'lay',
    reason: "An ear infection without detail is otitis media (middle ear). ICD-10-CM H66.9 'Otitis media, unspecified'",
    expect: [{ system: 'icd10cm', code: 'H66.9' }],
  },
  {
    phrase: 'ringing in ears',
    expansion: 'tinnitus',
    source: 'lay',
    reason: "Lay description of tinnitus. ICD-10-CM H93.1 'Tinnitus'",
    expect: [{ system: 'icd10cm', code: 'H93.1' }],
  },
  {
    phrase: 'ringing in the ears',
    expansion: 'tinnitus',
    source: 'lay',
    reason: "Lay description of tinnitus. ICD-10-CM H93.1 'Tinnitus'",
    expect: [{ system: 'icd10cm', code: 'H93.1' }],
  },
  {
    phrase: 'ear wax',
    expansion: 'impacted cerumen',
    source: 'lay',
    reason: "Ear wax brought to a visit is impacted cerumen. ICD-10-CM H61.2 'Impacted cerumen'",
    expect: [{ system: 'icd10cm', code: 'H61.2' }],
  },
  {
    phrase: 'earwax',
    expansion: 'impacted cerumen',
    source: 'lay',
    reason: "Ear wax brought to a visit is impacted cerumen. ICD-10-CM H61.2 'Impacted cerumen'",
    expect: [{ system: 'icd10cm', code: 'H61.2' }],
  },
  // digestive
  {
    phrase: 'acid reflux',
    expansion: 'gastro-esophageal reflux disease without esophagitis',
    source: 'index',
    reason: "Index: Reflux, acid K21.9. ICD-10-CM K21.9 'Gastro-esophageal reflux disease without esophagitis'",
    expect: [{ system: 'icd10cm', code: 'K21.9' }],
  },
  {
    phrase: 'stomach ulcer',
    expansion: 'gastric ulcer',
    source: 'lay',
    reason: "Lay name of a gastric ulcer. ICD-10-CM K25 'Gastric ulcer'",
    expect: [{ system: 'icd10cm', code: 'K25' }],
  },
  {
    phrase: 'stomach flu',
    expansion: 'viral intestinal infection',
    source: 'index',
    reason:
      'Index: Flu, intestinal NEC A08.4 ("stomach flu" is viral gastroenteritis, not influenza). ICD-10-CM A08.4 \'Viral intestinal infection, unspecified\'',
    expect: [{ system: 'icd10cm', code: 'A08.4' }],
  },
  {
    phrase: 'stomach bug',
    expansion: 'viral intestinal infection',
    source: 'lay',
    reason:
      'Lay name of viral gastroenteritis (as "stomach flu"). ICD-10-CM A08.4 \'Viral intestinal infection, unspecified\'',
    expect: [{ system: 'icd10cm', code: 'A08.4' }],
  },
  {
    phrase: 'food poisoning',
    expansion: 'bacterial foodborne intoxication',
    source: 'index',
    reason: "Index: Poisoning, food NEC A05.9. ICD-10-CM A05.9 'Bacterial foodborne intoxication, unspecified'",
    expect: [{ system: 'icd10cm', code: 'A05.9' }],
  },
  {
    phrase: 'stomach ache',
    expansion: 'abdominal pain',
    source: 'lay',
    reason: "Lay name of abdominal pain. ICD-10-CM R10.9 'Unspecified abdominal pain'",
    expect: [{ system: 'icd10cm', code: 'R10.9' }],
  },
  {
    phrase: 'stomachache',
    expansion: 'abdominal pain',
    source: 'lay',
    reason: "Lay name of abdominal pain. ICD-10-CM R10.9 'Unspecified abdominal pain'",
    expect: [{ system: 'icd10cm', code: 'R10.9' }],
  },
  {
    phrase: 'belly pain',
    expansion: 'abdominal pain',
    source: 'lay',
    reason: "Lay name of abdominal pain. ICD-10-CM R10.9 'Unspecified abdominal pain'",
    expect: [{ system: 'icd10cm', code: 'R10.9' }],
  },
  {
    phrase: 'tummy ache',
    expansion: 'abdominal pain',
    source: 'lay',
    reason: "Lay name of abdominal pain. ICD-10-CM R10.9 'Unspecified abdominal pain'",
    expect: [{ system: 'icd10cm', code: 'R10.9' }],
  },
  {
    phrase: 'indigestion',
    expansion: 'functional dyspepsia',
    source: 'index',
    reason:
      "Index: Indigestion (acid) (bilious) (functional) K30 Functional dyspepsia. ICD-10-CM K30 'Functional dyspepsia'",
    expect: [{ system: 'icd10cm', code: 'K30' }],
  },
  {
    phrase: 'gallstones',
    expansion: 'calculus of gallbladder without cholecystitis without obstruction',
    source: 'index',
    reason:
      'Index: Gallstone, see also Calculus, gallbladder (the singular "gallstone" is a title word, Gallstone ileus K56.3, so it has no entry). ICD-10-CM K80.2 \'Calculus of gallbladder without cholecystitis\'',
    expect: [{ system: 'icd10cm', code: 'K80.2' }],
  },
  {
    phrase: 'blood in stool',
    expansion: 'blood in feces melena',
    source: 'index',
    reason: "Index: Blood, in, feces K92.1 (occult blood R19.5). ICD-10-CM K92.1 'Melena'",
    expect: [{ system: 'icd10cm', code: 'K92.1' }],
  },
  {
    phrase: 'black stools',
    expansion: 'melena',
    source: 'lay',
    reason: "Black, tarry stools are melena. ICD-10-CM K92.1 'Melena'",
    expect: [{ system: 'icd10cm', code: 'K92.1' }],
  },
  {
    phrase: 'vomiting blood',
    expansion: 'hematemesis',
    source: 'lay',
    reason: "Lay description of hematemesis. ICD-10-CM K92.0 'Hematemesis'",
    expect: [{ system: 'icd10cm', code: 'K92.0' }],
  },
  {
    phrase: 'throwing up blood',
    expansion: 'hematemesis',
    source: 'lay',
    reason: "Lay description of hematemesis. ICD-10-CM K92.0 'Hematemesis'",
    expect: [{ system: 'icd10cm', code: 'K92.0' }],
  },
  {
    phrase: 'fatty liver',
    expansion: 'fatty change of liver not elsewhere classified',
    source: 'lay',
    reason: "Lay name of hepatic steatosis. ICD-10-CM K76.0 'Fatty (change of) liver, not elsewhere classified'",
    expect: [{ system: 'icd10cm', code: 'K76.0' }],
  },
  {
    phrase: 'belly button hernia',
    expansion: 'umbilical hernia without obstruction or gangrene',
    source: 'lay',
    reason: "The belly button is the umbilicus. ICD-10-CM K42.9 'Umbilical hernia without obstruction or gangrene'",
    expect: [{ system: 'icd10cm', code: 'K42.9' }],
  },
  {
    phrase: 'groin hernia',
    expansion: 'unilateral inguinal hernia without obstruction or gangrene',
    source: 'lay',
    reason:
      "A hernia in the groin is an inguinal hernia. ICD-10-CM K40.9 'Unilateral inguinal hernia, without obstruction or gangrene'",
    expect: [{ system: 'icd10cm', code: 'K40.9' }],
  },
  {
    phrase: 'colon cancer',
    expansion: 'malignant neoplasm of colon unspecified',
    source: 'lay',
    reason:
      "Lay name of a primary malignant neoplasm of the colon. ICD-10-CM C18.9 'Malignant neoplasm of colon, unspecified'",
    expect: [{ system: 'icd10cm', code: 'C18.9' }],
  },
  {
    phrase: 'throwing up',
    expansion: 'vomiting',
    source: 'lay',
    reason: "Lay word for vomiting. ICD-10-CM R11.10 'Vomiting, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R11.10' }],
  },
  {
    phrase: 'n/v',
    expansion: 'nausea with vomiting',
    source: 'clinical',
    reason: "N/V is clinical shorthand for nausea and vomiting. ICD-10-CM R11.2 'Nausea with vomiting, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R11.2' }],
  },
  {
    phrase: 'gi bleed',
    expansion: 'gastrointestinal hemorrhage',
    source: 'clinical',
    reason:
      "GI bleed is clinical shorthand for gastrointestinal hemorrhage. ICD-10-CM K92.2 'Gastrointestinal hemorrhage, unspecified'",
    expect: [{ system: 'icd10cm', code: 'K92.2' }],
  },
  {
    phrase: 'trouble swallowing',
    expansion: 'dysphagia',
    source: 'lay',
    reason: "Lay description of dysphagia. ICD-10-CM R13.10 'Dysphagia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R13.10' }],
  },
  {
    phrase: 'difficulty swallowing',
    expansion: 'dysphagia',
    source: 'lay',
    reason: "Lay description of dysphagia. ICD-10-CM R13.10 'Dysphagia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R13.10' }],
  },
  {
    phrase: 'bowel obstruction',
    expansion: 'intestinal obstruction unspecified',
    source: 'lay',
    reason: "Lay name of an intestinal obstruction. ICD-10-CM K56.60 'Unspecified intestinal obstruction'",
    expect: [{ system: 'icd10cm', code: 'K56.60' }],
  },
  {
    phrase: 'piles',
    expansion: 'hemorrhoids',
    source: 'index',
    reason: "Index: Piles K64.9. ICD-10-CM K64.9 'Unspecified hemorrhoids'",
    expect: [{ system: 'icd10cm', code: 'K64.9' }],
  },
  {
    phrase: 'canker sore',
    expansion: 'recurrent oral aphthae',
    source: 'index',
    reason: "Index: Canker (mouth) (sore) K12.0. ICD-10-CM K12.0 'Recurrent oral aphthae'",
    expect: [{ system: 'icd10cm', code: 'K12.0' }],
  },
  {
    phrase: 'toothache',
    expansion: 'other specified disorders of teeth and supporting structures',
    source: 'index',
    reason: "Index: Toothache K08.89. ICD-10-CM K08.89 'Other specified disorders of teeth and supporting structures'",
    expect: [{ system: 'icd10cm', code: 'K08.89' }],
  },
  {
    phrase: 'tooth decay',
    expansion: 'dental caries unspecified',
    source: 'lay',
    reason: "Lay name of dental caries. ICD-10-CM K02.9 'Dental caries, unspecified'",
    expect: [{ system: 'icd10cm', code: 'K02.9' }],
  },
  {
    phrase: 'teeth grinding',
    expansion: 'sleep related bruxism',
    source: 'lay',
    reason:
      "Teeth grinding is bruxism; the sleep-related form is the usual complaint. ICD-10-CM G47.63 'Sleep related bruxism'",
    expect: [{ system: 'icd10cm', code: 'G47.63' }],
  },
  {
    phrase: 'tongue tie',
    expansion: 'ankyloglossia',
    source: 'index',
    reason: "Index: Tongue, tie Q38.1. ICD-10-CM Q38.1 'Ankyloglossia'",
    expect: [{ system: 'icd10cm', code: 'Q38.1' }],
  },
  {
    phrase: 'c diff',
    expansion: 'enterocolitis due to clostridium difficile',
    source: 'clinical',
    reason:
      "C. diff is shorthand for Clostridium (Clostridioides) difficile enterocolitis. ICD-10-CM A04.7 'Enterocolitis due to Clostridium difficile'",
    expect: [{ system: 'icd10cm', code: 'A04.7' }],
  },
  // endocrine / metabolic
  {
    phrase: 'sugar diabetes',
    expansion: 'type 2 diabetes mellitus without complications',
    source: 'lay',
    reason:
      "Old lay name of diabetes mellitus; when the type is not documented the guidelines default to type 2 (E11). ICD-10-CM E11 'Type 2 diabetes mellitus'",
    expect: [{ system: 'icd10cm', code: 'E11' }],
  },
  {
    phrase: 'high blood sugar',
    expansion: 'hyperglycemia',
    source: 'lay',
    reason: "Lay name of hyperglycemia. ICD-10-CM R73.9 'Hyperglycemia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R73.9' }],
  },
  {
    phrase: 'low blood sugar',
    expansion: 'hypoglycemia',
    source: 'lay',
    reason: "Lay name of hypoglycemia. ICD-10-CM E16.2 'Hypoglycemia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'E16.2' }],
  },
  {
    phrase: 'pre diabetes',
    expansion: 'prediabetes',
    source: 'lay',
    reason: '"Pre diabetes" / "pre-diabetes" typed apart. ICD-10-CM R73.03 \'Prediabetes\'',
    expect: [{ system: 'icd10cm', code: 'R73.03' }],
  },
  {
    phrase: 'borderline diabetes',
    expansion: 'prediabetes',
    source: 'lay',
    reason: "Borderline diabetes is prediabetes. ICD-10-CM R73.03 'Prediabetes'",
    expect: [{ system: 'icd10cm', code: 'R73.03' }],
  },
  {
    phrase: 'underactive thyroid',
    expansion: 'hypothyroidism',
    source: 'lay',
    reason: "Lay name of hypothyroidism. ICD-10-CM E03.9 'Hypothyroidism, unspecified'",
    expect: [{ system: 'icd10cm', code: 'E03.9' }],
  },
  {
    phrase: 'low thyroid',
    expansion: 'hypothyroidism',
    source: 'lay',
    reason: "Lay name of hypothyroidism. ICD-10-CM E03.9 'Hypothyroidism, unspecified'",
    expect: [{ system: 'icd10cm', code: 'E03.9' }],
  },
  {
    phrase: 'overactive thyroid',
    expansion: 'thyrotoxicosis hyperthyroidism',
    source: 'lay',
    reason:
      "Lay name of hyperthyroidism, which ICD-10-CM classifies as thyrotoxicosis. ICD-10-CM E05 'Thyrotoxicosis [hyperthyroidism]'",
    expect: [{ system: 'icd10cm', code: 'E05' }],
  },
  {
    phrase: 'low vitamin d',
    expansion: 'vitamin d deficiency unspecified',
    source: 'lay',
    reason: "Lay description of vitamin D deficiency. ICD-10-CM E55.9 'Vitamin D deficiency, unspecified'",
    expect: [{ system: 'icd10cm', code: 'E55.9' }],
  },
  {
    phrase: 'low potassium',
    expansion: 'hypokalemia',
    source: 'lay',
    reason: "Lay description of hypokalemia. ICD-10-CM E87.6 'Hypokalemia'",
    expect: [{ system: 'icd10cm', code: 'E87.6' }],
  },
  {
    phrase: 'high potassium',
    expansion: 'hyperkalemia',
    source: 'lay',
    reason: "Lay description of hyperkalemia. ICD-10-CM E87.5 'Hyperkalemia'",
    expect: [{ system: 'icd10cm', code: 'E87.5' }],
  },
  {
    phrase: 'low sodium',
    expansion: 'hyponatremia',
    source: 'lay',
    reason: "Lay description of hyponatremia. ICD-10-CM E87.1 'Hypo-osmolality and hyponatremia'",
    expect: [{ system: 'icd10cm', code: 'E87.1' }],
  },
  {
    phrase: 'low testosterone',
    expansion: 'testicular hypofunction',
    source: 'lay',
    reason:
      "Low testosterone (male hypogonadism) is classified as testicular hypofunction. ICD-10-CM E29.1 'Testicular hypofunction'",
    expect: [{ system: 'icd10cm', code: 'E29.1' }],
  },
  {
    phrase: 'obese',
    expansion: 'obesity',
    source: 'lay',
    reason: "The adjective for obesity (not a title word). ICD-10-CM E66.9 'Obesity, unspecified'",
    expect: [{ system: 'icd10cm', code: 'E66.9' }],
  },
  {
    phrase: 'morbidly obese',
    expansion: 'morbid severe obesity due to excess calories',
    source: 'lay',
    reason: "Lay form of morbid (severe) obesity. ICD-10-CM E66.01 'Morbid (severe) obesity due to excess calories'",
    expect: [{ system: 'icd10cm', code: 'E66.01' }],
  },
  // genitourinary / reproductive
  {
    phrase: 'kidney stones',
    expansion: 'calculus of kidney',
    source: 'lay',
    reason: "Lay name of renal calculus. ICD-10-CM N20.0 'Calculus of kidney'",
    expect: [{ system: 'icd10cm', code: 'N20.0' }],
  },
  {
    phrase: 'kidney stone',
    expansion: 'calculus of kidney',
    source: 'lay',
    reason: "Lay name of renal calculus. ICD-10-CM N20.0 'Calculus of kidney'",
    expect: [{ system: 'icd10cm', code: 'N20.0' }],
  },
  {
    phrase: 'bladder infection',
    expansion: 'cystitis unspecified',
    source: 'lay',
    reason: "Lay name of cystitis. ICD-10-CM N30.9 'Cystitis, unspecified'",
    expect: [{ system: 'icd10cm', code: 'N30.9' }],
  },
  {
    phrase: 'kidney infection',
    expansion: 'pyelonephritis',
    source: 'lay',
    reason:
      "Lay name of pyelonephritis (Index: Pyelonephritis, see also Nephritis, tubulo-interstitial, N12; acute N10). ICD-10-CM N12 'Tubulo-interstitial nephritis, not specified as acute or chronic'",
    expect: [
      { system: 'icd10cm', code: 'N12' },
      { system: 'icd10cm', code: 'N10' },
    ],
  },
  {
    phrase: 'enlarged prostate',
    expansion: 'benign prostatic hyperplasia',
    source: 'lay',
    reason: "Lay name of benign prostatic hyperplasia. ICD-10-CM N40 'Benign prostatic hyperplasia'",
    expect: [{ system: 'icd10cm', code: 'N40' }],
  },
  {
    phrase: 'yeast infection',
    expansion: 'candidiasis of vulva and vagina',
    source: 'lay',
    reason:
      "A yeast infection in everyday use is vulvovaginal candidiasis. ICD-10-CM B37.3 'Candidiasis of vulva and vagina'",
    expect: [{ system: 'icd10cm', code: 'B37.3' }],
  },
  {
    phrase: 'painful urination',
    expansion: 'dysuria',
    source: 'lay',
    reason: "Lay description of dysuria. ICD-10-CM R30.0 'Dysuria'",
    expect: [{ system: 'icd10cm', code: 'R30.0' }],
  },
  {
    phrase: 'frequent urination',
    expansion: 'frequency of micturition',
    source: 'lay',
    reason: "Lay description of urinary frequency. ICD-10-CM R35.0 'Frequency of micturition'",
    expect: [{ system: 'icd10cm', code: 'R35.0' }],
  },
  {
    phrase: 'bedwetting',
    expansion: 'nocturnal enuresis',
    source: 'index',
    reason:
      "Index: Bedwetting, see Enuresis; the bedtime form is Enuresis, nocturnal N39.44. ICD-10-CM N39.44 'Nocturnal enuresis'",
    expect: [{ system: 'icd10cm', code: 'N39.44' }],
  },
  {
    phrase: 'bed wetting',
    expansion: 'nocturnal enuresis',
    source: 'index',
    reason:
      "Index: Bedwetting, see Enuresis, nocturnal N39.44 (typed as two words). ICD-10-CM N39.44 'Nocturnal enuresis'",
    expect: [{ system: 'icd10cm', code: 'N39.44' }],
  },
  {
    phrase: 'leaking urine',
    expansion: 'urinary incontinence unspecified',
    source: 'lay',
    reason: "Lay description of urinary incontinence. ICD-10-CM R32 'Unspecified urinary incontinence'",
    expect: [{ system: 'icd10cm', code: 'R32' }],
  },
  {
    phrase: 'blood in urine',
    expansion: 'hematuria',
    source: 'lay',
    reason: "Lay description of hematuria. ICD-10-CM R31.9 'Hematuria, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R31.9' }],
  },
  {
    phrase: 'sugar in urine',
    expansion: 'glycosuria',
    source: 'lay',
    reason: "Lay description of glycosuria. ICD-10-CM R81 'Glycosuria'",
    expect: [{ system: 'icd10cm', code: 'R81' }],
  },
  {
    phrase: 'protein in urine',
    expansion: 'proteinuria',
    source: 'lay',
    reason: "Lay description of proteinuria. ICD-10-CM R80.9 'Proteinuria, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R80.9' }],
  },
  {
    phrase: 'missed period',
    expansion: 'absent menstruation amenorrhea',
    source: 'lay',
    reason: "A missed period is amenorrhea (absent menstruation). ICD-10-CM N91 'Absent, scanty and rare menstruation'",
    expect: [{ system: 'icd10cm', code: 'N91' }],
  },
  {
    phrase: 'heavy periods',
    expansion: 'excessive and frequent menstruation with regular cycle',
    source: 'lay',
    reason: "Lay name of menorrhagia. ICD-10-CM N92.0 'Excessive and frequent menstruation with regular cycle'",
    expect: [{ system: 'icd10cm', code: 'N92.0' }],
  },
  {
    phrase: 'irregular periods',
    expansion: 'irregular menstruation',
    source: 'lay',
    reason: "Lay description of irregular menstruation. ICD-10-CM N92.6 'Irregular menstruation, unspecified'",
    expect: [{ system: 'icd10cm', code: 'N92.6' }],
  },
  {
    phrase: 'painful periods',
    expansion: 'dysmenorrhea',
    source: 'lay',
    reason: "Lay description of dysmenorrhea. ICD-10-CM N94.6 'Dysmenorrhea, unspecified'",
    expect: [{ system: 'icd10cm', code: 'N94.6' }],
  },
  {
    phrase: 'hot flashes',
    expansion: 'menopausal and female climacteric states',
    source: 'index',
    reason:
      "Index: Hot flashes, menopausal N95.1 (read as menopausal; flushing without menopause is R23.2). ICD-10-CM N95.1 'Menopausal and female climacteric states'",
    expect: [{ system: 'icd10cm', code: 'N95.1' }],
  },
  {
    phrase: 'fibroids',
    expansion: 'leiomyoma of uterus',
    source: 'lay',
    reason: "Fibroids are uterine leiomyomas. ICD-10-CM D25.9 'Leiomyoma of uterus, unspecified'",
    expect: [{ system: 'icd10cm', code: 'D25.9' }],
  },
  {
    phrase: 'dropped bladder',
    expansion: 'cystocele',
    source: 'lay',
    reason: "A dropped (fallen) bladder is a cystocele. ICD-10-CM N81.1 'Cystocele'",
    expect: [{ system: 'icd10cm', code: 'N81.1' }],
  },
  {
    phrase: 'morning sickness',
    expansion: 'mild hyperemesis gravidarum',
    source: 'lay',
    reason:
      "Morning sickness is nausea and vomiting of pregnancy, classified as mild hyperemesis gravidarum (O21.0). ICD-10-CM O21.0 'Mild hyperemesis gravidarum'",
    expect: [{ system: 'icd10cm', code: 'O21.0' }],
  },
  {
    phrase: 'miscarriage',
    expansion: 'spontaneous abortion',
    source: 'index',
    reason: "Index: Miscarriage O03.9. ICD-10-CM O03 'Spontaneous abortion'",
    expect: [{ system: 'icd10cm', code: 'O03' }],
  },
  {
    phrase: 'newborn jaundice',
    expansion: 'neonatal jaundice',
    source: 'lay',
    reason: "Lay name of neonatal jaundice. ICD-10-CM P59.9 'Neonatal jaundice, unspecified'",
    expect: [{ system: 'icd10cm', code: 'P59.9' }],
  },
  {
    phrase: 'breast lump',
    expansion: 'lump in breast',
    source: 'index',
    reason: "Index: Lump, breast N63.0. ICD-10-CM N63 'Unspecified lump in breast'",
    expect: [{ system: 'icd10cm', code: 'N63' }],
  },
  {
    phrase: 'birth control pills',
    expansion: 'contraceptive pills',
    source: 'lay',
    reason:
      "Oral contraceptives: the encounters for their prescription (Z30.01-) or surveillance (Z30.41). ICD-10-CM Z30.01 'Encounter for initial prescription of contraceptives'",
    expect: [
      { system: 'icd10cm', code: 'Z30.01' },
      { system: 'icd10cm', code: 'Z30.41' },
    ],
  },
  {
    phrase: 'iud',
    expansion: 'intrauterine contraceptive device',
    source: 'clinical',
    reason:
      "IUD is the abbreviation of intrauterine (contraceptive) device: the diagnosis codes for its insertion/checking (Z30.43-) and presence (Z97.5), and the device itself in HCPCS J7296-J7301 (the abbreviation appears in one title only, S4989 \"(e.g., progestacert iud)\", whose words the expansion still meets). ICD-10-CM Z30.43 'Encounter for surveillance of intrauterine contraceptive device'; HCPCS J7300 'Intrauterine copper contraceptive (paragard)'",
    expect: [
      { system: 'icd10cm', code: 'Z30.43' },
      { system: 'icd10cm', code: 'Z97.5' },
      { system: 'hcpcs', code: 'J7300' },
      { system: 'hcpcs', code: 'J7297' },
      { system: 'hcpcs', code: 'J7298' },
      { system: 'hcpcs', code: 'J7296' },
      { system: 'hcpcs', code: 'J7301' },
      { system: 'hcpcs', code: 'J7299' },
      { system: 'hcpcs', code: 'S4989' },
    ],
  },
  // cancers
  {
    phrase: 'breast cancer',
    expansion: 'malignant neoplasm of breast',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the breast. ICD-10-CM C50 'Malignant neoplasm of breast'",
    expect: [{ system: 'icd10cm', code: 'C50' }],
  },
  {
    phrase: 'prostate cancer',
    expansion: 'malignant neoplasm of prostate',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the prostate. ICD-10-CM C61 'Malignant neoplasm of prostate'",
    expect: [{ system: 'icd10cm', code: 'C61' }],
  },
  {
    phrase: 'cervical cancer',
    expansion: 'malignant neoplasm of cervix uteri',
    source: 'lay',
    reason:
      "Lay name of a primary malignant neoplasm of the cervix uteri (not the cervical spine). ICD-10-CM C53 'Malignant neoplasm of cervix uteri'",
    expect: [{ system: 'icd10cm', code: 'C53' }],
  },
  {
    phrase: 'ovarian cancer',
    expansion: 'malignant neoplasm of ovary',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the ovary. ICD-10-CM C56 'Malignant neoplasm of ovary'",
    expect: [{ system: 'icd10cm', code: 'C56' }],
  },
  {
    phrase: 'pancreatic cancer',
    expansion: 'malignant neoplasm of pancreas',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the pancreas. ICD-10-CM C25 'Malignant neoplasm of pancreas'",
    expect: [{ system: 'icd10cm', code: 'C25' }],
  },
  {
    phrase: 'bladder cancer',
    expansion: 'malignant neoplasm of bladder',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the bladder. ICD-10-CM C67 'Malignant neoplasm of bladder'",
    expect: [{ system: 'icd10cm', code: 'C67' }],
  },
  {
    phrase: 'brain cancer',
    expansion: 'malignant neoplasm of brain',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the brain. ICD-10-CM C71 'Malignant neoplasm of brain'",
    expect: [{ system: 'icd10cm', code: 'C71' }],
  },
  {
    phrase: 'stomach cancer',
    expansion: 'malignant neoplasm of stomach',
    source: 'lay',
    reason: "Lay name of a primary malignant neoplasm of the stomach. ICD-10-CM C16 'Malignant neoplasm of stomach'",
    expect: [{ system: 'icd10cm', code: 'C16' }],
  },
  {
    phrase: 'thyroid cancer',
    expansion: 'malignant neoplasm of thyroid gland',
    source: 'lay',
    reason:
      "Lay name of a primary malignant neoplasm of the thyroid gland. ICD-10-CM C73 'Malignant neoplasm of thyroid gland'",
    expect: [{ system: 'icd10cm', code: 'C73' }],
  },
  {
    phrase: 'kidney cancer',
    expansion: 'malignant neoplasm of kidney except renal pelvis',
    source: 'lay',
    reason:
      "Lay name of a primary malignant neoplasm of the kidney. ICD-10-CM C64 'Malignant neoplasm of kidney, except renal pelvis'",
    expect: [{ system: 'icd10cm', code: 'C64' }],
  },
  {
    phrase: 'liver cancer',
    expansion: 'malignant neoplasm of liver not specified as primary or secondary',
    source: 'lay',
    reason:
      "Lay name of a liver malignancy; without more detail it is not known to be primary or secondary. ICD-10-CM C22.9 'Malignant neoplasm of liver, not specified as primary or secondary'",
    expect: [{ system: 'icd10cm', code: 'C22.9' }],
  },
  {
    phrase: 'skin cancer',
    expansion: 'malignant neoplasm of skin',
    source: 'lay',
    reason:
      "Lay name of a malignant neoplasm of skin (melanoma has its own words and codes, C43). ICD-10-CM C44.9 'Other and unspecified malignant neoplasm of skin, unspecified'",
    expect: [{ system: 'icd10cm', code: 'C44.9' }],
  },
  // musculoskeletal injuries
  {
    phrase: 'broken hip',
    expansion: 'fracture of unspecified part of neck of femur',
    source: 'index',
    reason:
      "Index: Fracture, hip, see Fracture, femur, neck (S72.00-). ICD-10-CM S72.0 'Fracture of head and neck of femur'",
    expect: [{ system: 'icd10cm', code: 'S72.0' }],
  },
  {
    phrase: 'broken wrist',
    expansion: 'fracture of carpal bone',
    source: 'index',
    reason:
      "Index: Fracture, wrist S62.10-; a documented distal radius fracture is S52.5-. ICD-10-CM S62.1 'Fracture of other and unspecified carpal bone(s)'",
    expect: [
      { system: 'icd10cm', code: 'S62.1' },
      { system: 'icd10cm', code: 'S52.5' },
    ],
  },
  {
    phrase: 'broken arm',
    expansion: 'fracture of shaft of humerus',
    source: 'index',
    reason:
      "Index: Fracture, arm (upper), see also Fracture, humerus, shaft. ICD-10-CM S42.3 'Fracture of shaft of humerus'",
    expect: [{ system: 'icd10cm', code: 'S42.3' }],
  },
  {
    phrase: 'broken forearm',
    expansion: 'unspecified fracture of forearm',
    source: 'index',
    reason: "Index: Fracture, forearm S52.9-. ICD-10-CM S52.9 'Unspecified fracture of forearm'",
    expect: [{ system: 'icd10cm', code: 'S52.9' }],
  },
  {
    phrase: 'broken leg',
    expansion: 'fracture of lower leg',
    source: 'index',
    reason: "Index: Fracture, leg (lower) S82.9-. ICD-10-CM S82.9 'Unspecified fracture of lower leg'",
    expect: [{ system: 'icd10cm', code: 'S82.9' }],
  },
  {
    phrase: 'broken ankle',
    expansion: 'fracture of ankle',
    source: 'index',
    reason:
      "Index: Fracture, ankle S82.899 (other fracture of lower leg). ICD-10-CM S82.8 'Other fractures of lower leg'",
    expect: [
      { system: 'icd10cm', code: 'S82.8' },
      { system: 'icd10cm', code: 'S82.5' },
      { system: 'icd10cm', code: 'S82.6' },
    ],
  },
  {
    phrase: 'broken foot',
    expansion: 'fracture of foot',
    source: 'index',
    reason: "Index: Fracture, foot S92.90-. ICD-10-CM S92.9 'Unspecified fracture of foot and toe'",
    expect: [{ system: 'icd10cm', code: 'S92.9' }],
  },
  {
    phrase: 'broken toe',
    expansion: 'unspecified fracture of toe',
    source: 'index',
    reason: "Index: Fracture, toe S92.91-. ICD-10-CM S92.91 'Unspecified fracture of toe'",
    expect: [
      { system: 'icd10cm', code: 'S92.91' },
      { system: 'icd10cm', code: 'S92.4' },
      { system: 'icd10cm', code: 'S92.5' },
    ],
  },
  {
    phrase: 'broken heel',
    expansion: 'fracture of calcaneus',
    source: 'index',
    reason:
      "Index: Fracture, heel bone, see Fracture, tarsal, calcaneus (S92.0-). ICD-10-CM S92.0 'Fracture of calcaneus'",
    expect: [{ system: 'icd10cm', code: 'S92.0' }],
  },
  {
    phrase: 'broken finger',
    expansion: 'fracture of phalanx of finger',
    source: 'index',
    reason:
      "Index: Fracture, finger (except thumb) S62.60-. ICD-10-CM S62.6 'Fracture of other and unspecified finger(s)'",
    expect: [{ system: 'icd10cm', code: 'S62.6' }],
  },
  {
    phrase: 'broken thumb',
    expansion: 'fracture of thumb',
    source: 'index',
    reason: "Index: Fracture, thumb S62.50-. ICD-10-CM S62.5 'Fracture of thumb'",
    expect: [{ system: 'icd10cm', code: 'S62.5' }],
  },
  {
    phrase: 'broken hand',
    expansion: 'fracture of hand',
    source: 'index',
    reason: "Index: Fracture, hand S62.9-. ICD-10-CM S62.9 'Unspecified fracture of hand'",
    expect: [{ system: 'icd10cm', code: 'S62.9' }],
  },
  {
    phrase: 'broken nose',
    expansion: 'fracture of nasal bones',
    source: 'index',
    reason: "Index: Fracture, nose, nasal (bone) (septum) S02.2. ICD-10-CM S02.2 'Fracture of nasal bones'",
    expect: [{ system: 'icd10cm', code: 'S02.2' }],
  },
  {
    phrase: 'broken rib',
    expansion: 'fracture of rib',
    source: 'index',
    reason: "Index: Fracture, rib S22.3- (several ribs S22.4-). ICD-10-CM S22.3 'Fracture of one rib'",
    expect: [
      { system: 'icd10cm', code: 'S22.3' },
      { system: 'icd10cm', code: 'S22.4' },
    ],
  },
  {
    phrase: 'broken ribs',
    expansion: 'fracture of rib',
    source: 'index',
    reason: "Index: Fracture, rib S22.3- (several ribs S22.4-). ICD-10-CM S22.3 'Fracture of one rib'",
    expect: [
      { system: 'icd10cm', code: 'S22.3' },
      { system: 'icd10cm', code: 'S22.4' },
    ],
  },
  {
    phrase: 'broken collarbone',
    expansion: 'fracture of clavicle',
    source: 'index',
    reason: "Index: Fracture, collar bone, see Fracture, clavicle (S42.00-). ICD-10-CM S42.0 'Fracture of clavicle'",
    expect: [{ system: 'icd10cm', code: 'S42.0' }],
  },
  {
    phrase: 'broken jaw',
    expansion: 'fracture of mandible',
    source: 'index',
    reason:
      "Index: Fracture, jaw (bone) (lower), see Fracture, mandible (S02.609). ICD-10-CM S02.6 'Fracture of mandible'",
    expect: [{ system: 'icd10cm', code: 'S02.6' }],
  },
  {
    phrase: 'broken cheekbone',
    expansion: 'fracture of malar bone',
    source: 'index',
    reason:
      "Index: Fracture, malar bone S02.400. ICD-10-CM S02.40 'Fracture of malar, maxillary and zygoma bones, unspecified'",
    expect: [{ system: 'icd10cm', code: 'S02.40' }],
  },
  {
    phrase: 'broken eye socket',
    expansion: 'fracture of orbit',
    source: 'lay',
    reason:
      "The eye socket is the orbit; Index: Fracture, orbit, orbital (bone) S02.85. ICD-10-CM S02.85 'Fracture of orbit, unspecified'",
    expect: [
      { system: 'icd10cm', code: 'S02.85' },
      { system: 'icd10cm', code: 'S02.3' },
    ],
  },
  {
    phrase: 'broken elbow',
    expansion: 'fracture of lower end of humerus',
    source: 'index',
    reason: "Index: Fracture, elbow S42.40-. ICD-10-CM S42.4 'Fracture of lower end of humerus'",
    expect: [{ system: 'icd10cm', code: 'S42.4' }],
  },
  {
    phrase: 'broken shoulder',
    expansion: 'fracture of shoulder girdle part unspecified',
    source: 'index',
    reason:
      "Index: Fracture, shoulder (girdle) S42.9-. ICD-10-CM S42.9 'Fracture of shoulder girdle, part unspecified'",
    expect: [{ system: 'icd10cm', code: 'S42.9' }],
  },
  {
    phrase: 'broken neck',
    expansion: 'fracture of cervical vertebra',
    source: 'index',
    reason: "Index: Fracture, neck S12.9. ICD-10-CM S12 'Fracture of cervical vertebra and other parts of neck'",
    expect: [{ system: 'icd10cm', code: 'S12' }],
  },
  {
    phrase: 'broken kneecap',
    expansion: 'fracture of patella',
    source: 'lay',
    reason: "The kneecap is the patella; Index: Fracture, patella S82.00-. ICD-10-CM S82.0 'Fracture of patella'",
    expect: [{ system: 'icd10cm', code: 'S82.0' }],
  },
  {
    phrase: 'broken shin',
    expansion: 'fracture of shaft of tibia',
    source: 'lay',
    reason:
      "The shin bone is the tibia; Index: Fracture, tibia (shaft) S82.20-. ICD-10-CM S82.2 'Fracture of shaft of tibia'",
    expect: [{ system: 'icd10cm', code: 'S82.2' }],
  },
  {
    phrase: 'broken tailbone',
    expansion: 'fracture of coccyx',
    source: 'lay',
    reason: "The tailbone is the coccyx; Index: Fracture, coccyx S32.2. ICD-10-CM S32.2 'Fracture of coccyx'",
    expect: [{ system: 'icd10cm', code: 'S32.2' }],
  },
  {
    phrase: 'broken pelvis',
    expansion: 'fracture of unspecified parts of lumbosacral spine and pelvis',
    source: 'index',
    reason:
      "Index: Fracture, pelvis, pelvic (bone) S32.9. ICD-10-CM S32.9 'Fracture of unspecified parts of lumbosacral spine and pelvis'",
    expect: [
      { system: 'icd10cm', code: 'S32.9' },
      { system: 'icd10cm', code: 'S32.8' },
    ],
  },
  {
    phrase: 'broken femur',
    expansion: 'unspecified fracture of femur',
    source: 'index',
    reason: "Index: Fracture, femur, femoral S72.9-. ICD-10-CM S72.9 'Unspecified fracture of femur'",
    expect: [{ system: 'icd10cm', code: 'S72.9' }],
  },
  {
    phrase: 'broken skull',
    expansion: 'fracture of skull',
    source: 'index',
    reason: "Index: Fracture, skull S02.91. ICD-10-CM S02.9 'Fracture of unspecified skull and facial bones'",
    expect: [
      { system: 'icd10cm', code: 'S02.9' },
      { system: 'icd10cm', code: 'S02.0' },
      { system: 'icd10cm', code: 'S02.1' },
    ],
  },
  {
    phrase: 'broken tooth',
    expansion: 'fracture of tooth traumatic',
    source: 'index',
    reason: "Index: Fracture, tooth (root) S02.5. ICD-10-CM S02.5 'Fracture of tooth (traumatic)'",
    expect: [{ system: 'icd10cm', code: 'S02.5' }],
  },
  {
    phrase: 'sprained ankle',
    expansion: 'sprain of ankle',
    source: 'lay',
    reason: "Lay form of ankle sprain. ICD-10-CM S93.4 'Sprain of ankle'",
    expect: [{ system: 'icd10cm', code: 'S93.4' }],
  },
  {
    phrase: 'twisted ankle',
    expansion: 'sprain of ankle',
    source: 'lay',
    reason: "A twisted ankle is an ankle sprain. ICD-10-CM S93.4 'Sprain of ankle'",
    expect: [{ system: 'icd10cm', code: 'S93.4' }],
  },
  {
    phrase: 'rolled ankle',
    expansion: 'sprain of ankle',
    source: 'lay',
    reason: "A rolled ankle is an ankle sprain. ICD-10-CM S93.4 'Sprain of ankle'",
    expect: [{ system: 'icd10cm', code: 'S93.4' }],
  },
  {
    phrase: 'sprained wrist',
    expansion: 'sprain of wrist',
    source: 'lay',
    reason: "Lay form of wrist sprain. ICD-10-CM S63.5 'Other and unspecified sprain of wrist'",
    expect: [{ system: 'icd10cm', code: 'S63.5' }],
  },
  {
    phrase: 'sprained knee',
    expansion: 'sprain of knee',
    source: 'lay',
    reason: "Lay form of knee sprain. ICD-10-CM S83.9 'Sprain of unspecified site of knee'",
    expect: [
      { system: 'icd10cm', code: 'S83.9' },
      { system: 'icd10cm', code: 'S83.4' },
      { system: 'icd10cm', code: 'S83.5' },
    ],
  },
  {
    phrase: 'jammed finger',
    expansion: 'sprain of finger',
    source: 'lay',
    reason: "A jammed finger is a finger sprain. ICD-10-CM S63.6 'Other and unspecified sprain of finger(s)'",
    expect: [{ system: 'icd10cm', code: 'S63.6' }],
  },
  {
    phrase: 'pulled hamstring',
    expansion: 'strain of muscle fascia and tendon of the posterior muscle group at thigh level',
    source: 'lay',
    reason:
      "The hamstrings are the posterior thigh muscle group; a pulled muscle is a strain. ICD-10-CM S76.3 'Injury of muscle, fascia and tendon of the posterior muscle group at thigh level'",
    expect: [{ system: 'icd10cm', code: 'S76.3' }],
  },
  {
    phrase: 'pulled groin',
    expansion: 'strain of adductor muscle fascia and tendon of thigh',
    source: 'lay',
    reason:
      "A pulled groin is an adductor strain. ICD-10-CM S76.2 'Injury of adductor muscle, fascia and tendon of thigh'",
    expect: [{ system: 'icd10cm', code: 'S76.2' }],
  },
  {
    phrase: 'whiplash',
    expansion: 'sprain of ligaments of cervical spine',
    source: 'index',
    reason: "Index: Whiplash injury S13.4. ICD-10-CM S13.4 'Sprain of ligaments of cervical spine'",
    expect: [{ system: 'icd10cm', code: 'S13.4' }],
  },
  {
    phrase: 'torn meniscus',
    expansion: 'tear of meniscus current injury',
    source: 'index',
    reason:
      "Index: Tear, torn, meniscus (knee) (current injury) S83.209. ICD-10-CM S83.2 'Tear of meniscus, current injury'",
    expect: [{ system: 'icd10cm', code: 'S83.2' }],
  },
  {
    phrase: 'acl tear',
    expansion: 'sprain of anterior cruciate ligament of knee',
    source: 'clinical',
    reason:
      "ACL is the anterior cruciate ligament; ICD-10-CM classifies its tear as a sprain (Index: Sprain, cruciate, knee, see Sprain, knee, cruciate; S83.51-). ICD-10-CM S83.51 'Sprain of anterior cruciate ligament of knee'",
    expect: [{ system: 'icd10cm', code: 'S83.51' }],
  },
  {
    phrase: 'torn acl',
    expansion: 'sprain of anterior cruciate ligament of knee',
    source: 'clinical',
    reason:
      "ACL is the anterior cruciate ligament; ICD-10-CM classifies its tear as a sprain (Index: Sprain, cruciate, knee, see Sprain, knee, cruciate; S83.51-). ICD-10-CM S83.51 'Sprain of anterior cruciate ligament of knee'",
    expect: [{ system: 'icd10cm', code: 'S83.51' }],
  },
  {
    phrase: 'rotator cuff tear',
    expansion: 'rotator cuff tear or rupture not specified as traumatic',
    source: 'clinical',
    reason:
      "Index: Tear, rotator cuff (nontraumatic) M75.10-; traumatic S46.01-. ICD-10-CM M75.1 'Rotator cuff tear or rupture, not specified as traumatic'",
    expect: [
      { system: 'icd10cm', code: 'M75.1' },
      { system: 'icd10cm', code: 'S46.01' },
    ],
  },
  {
    phrase: 'torn rotator cuff',
    expansion: 'rotator cuff tear or rupture not specified as traumatic',
    source: 'lay',
    reason:
      "Index: Tear, rotator cuff (nontraumatic) M75.10-; traumatic S46.01-. ICD-10-CM M75.1 'Rotator cuff tear or rupture, not specified as traumatic'",
    expect: [
      { system: 'icd10cm', code: 'M75.1' },
      { system: 'icd10cm', code: 'S46.01' },
    ],
  },
  {
    phrase: 'dog bite',
    expansion: 'bitten by dog',
    source: 'index',
    reason:
      "External Cause Index: Bite, bitten by, dog W54.0 (the wound itself is coded by site). ICD-10-CM W54.0 'Bitten by dog'",
    expect: [{ system: 'icd10cm', code: 'W54.0' }],
  },
  {
    phrase: 'cat bite',
    expansion: 'bitten by cat',
    source: 'index',
    reason:
      "External Cause Index: Bite, bitten by, cat W55.01 (the wound itself is coded by site). ICD-10-CM W55.01 'Bitten by cat'",
    expect: [{ system: 'icd10cm', code: 'W55.01' }],
  },
  {
    phrase: 'bee sting',
    expansion: 'toxic effect of venom of bees',
    source: 'index',
    reason:
      "Index: Bee sting (with allergic or anaphylactic shock), see Toxicity, venom, arthropod, bee. ICD-10-CM T63.44 'Toxic effect of venom of bees'",
    expect: [{ system: 'icd10cm', code: 'T63.44' }],
  },
  {
    phrase: 'black eye',
    expansion: 'contusion of eyelid and periocular area',
    source: 'index',
    reason: "Index: Black, eye S00.1-. ICD-10-CM S00.1 'Contusion of eyelid and periocular area'",
    expect: [{ system: 'icd10cm', code: 'S00.1' }],
  },
  {
    phrase: 'cut finger',
    expansion: 'laceration without foreign body of finger without damage to nail',
    source: 'lay',
    reason:
      "A cut is a laceration; without more detail, without foreign body and without nail damage. ICD-10-CM S61.21 'Laceration without foreign body of finger without damage to nail'",
    expect: [
      { system: 'icd10cm', code: 'S61.21' },
      { system: 'icd10cm', code: 'S61.01' },
      { system: 'icd10cm', code: 'S61.31' },
    ],
  },
  {
    phrase: 'heat stroke',
    expansion: 'heatstroke and sunstroke',
    source: 'lay',
    reason: '"Heat stroke" typed as two words; Index: Sunstroke T67.01. ICD-10-CM T67.0 \'Heatstroke and sunstroke\'',
    expect: [{ system: 'icd10cm', code: 'T67.0' }],
  },
  {
    phrase: 'allergic reaction',
    expansion: 'allergy',
    source: 'lay',
    reason: "An allergic reaction with no cause given is Allergy, unspecified. ICD-10-CM T78.40 'Allergy, unspecified'",
    expect: [{ system: 'icd10cm', code: 'T78.40' }],
  },
  {
    phrase: 'peanut allergy',
    expansion: 'allergy status to peanuts',
    source: 'lay',
    reason:
      "A known peanut allergy is Z91.010 Allergy to peanuts (a reaction now is T78.01-). ICD-10-CM Z91.010 'Allergy to peanuts'",
    expect: [
      { system: 'icd10cm', code: 'Z91.010' },
      { system: 'icd10cm', code: 'T78.01' },
    ],
  },
  {
    phrase: 'penicillin allergy',
    expansion: 'allergy status to penicillin',
    source: 'lay',
    reason:
      "A known penicillin allergy is Z88.0 Allergy status to penicillin. ICD-10-CM Z88.0 'Allergy status to penicillin'",
    expect: [{ system: 'icd10cm', code: 'Z88.0' }],
  },
  // musculoskeletal conditions
  {
    phrase: 'tennis elbow',
    expansion: 'lateral epicondylitis',
    source: 'index',
    reason: "Index: Tennis elbow, see Epicondylitis, lateral. ICD-10-CM M77.1 'Lateral epicondylitis'",
    expect: [{ system: 'icd10cm', code: 'M77.1' }],
  },
  {
    phrase: "golfer's elbow",
    expansion: 'medial epicondylitis',
    source: 'index',
    reason: "Index: Golfer's elbow, see Epicondylitis, medial. ICD-10-CM M77.0 'Medial epicondylitis'",
    expect: [{ system: 'icd10cm', code: 'M77.0' }],
  },
  {
    phrase: 'golfers elbow',
    expansion: 'medial epicondylitis',
    source: 'index',
    reason:
      "Index: Golfer's elbow, see Epicondylitis, medial (typed without the apostrophe). ICD-10-CM M77.0 'Medial epicondylitis'",
    expect: [{ system: 'icd10cm', code: 'M77.0' }],
  },
  {
    phrase: 'frozen shoulder',
    expansion: 'adhesive capsulitis of shoulder',
    source: 'index',
    reason: "Index: Frozen, shoulder, see Capsulitis, adhesive. ICD-10-CM M75.0 'Adhesive capsulitis of shoulder'",
    expect: [{ system: 'icd10cm', code: 'M75.0' }],
  },
  {
    phrase: 'slipped disc',
    expansion: 'intervertebral disc displacement',
    source: 'index',
    reason:
      "Index: Slipped, intervertebral disc, see Displacement, intervertebral disc (by region: cervical M50.2-, thoracic and lumbar M51.2-). ICD-10-CM M51.2 'Other thoracic, thoracolumbar and lumbosacral intervertebral disc displacement'",
    expect: [
      { system: 'icd10cm', code: 'M51.2' },
      { system: 'icd10cm', code: 'M51.3' },
      { system: 'icd10cm', code: 'M50.2' },
    ],
  },
  {
    phrase: 'herniated disc',
    expansion: 'intervertebral disc displacement',
    source: 'index',
    reason:
      "Index: Herniation, nucleus pulposus, see Displacement, intervertebral disc (by region: cervical M50.2-, thoracic and lumbar M51.2-). ICD-10-CM M51.2 'Other thoracic, thoracolumbar and lumbosacral intervertebral disc displacement'",
    expect: [
      { system: 'icd10cm', code: 'M51.2' },
      { system: 'icd10cm', code: 'M51.3' },
      { system: 'icd10cm', code: 'M50.2' },
    ],
  },
  {
    phrase: 'lower back pain',
    expansion: 'low back pain',
    source: 'lay',
    reason: "Lay variant of low back pain. ICD-10-CM M54.5 'Low back pain'",
    expect: [{ system: 'icd10cm', code: 'M54.5' }],
  },
  {
    phrase: 'backache',
    expansion: 'dorsalgia',
    source: 'lay',
    reason: "Lay word for back pain (dorsalgia). ICD-10-CM M54.9 'Dorsalgia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'M54.9' }],
  },
  {
    phrase: 'water on the knee',
    expansion: 'effusion knee',
    source: 'lay',
    reason: "Water on the knee is a knee joint effusion. ICD-10-CM M25.46 'Effusion, knee'",
    expect: [{ system: 'icd10cm', code: 'M25.46' }],
  },
  {
    phrase: 'flat feet',
    expansion: 'flat foot pes planus',
    source: 'lay',
    reason: "Lay name of pes planus. ICD-10-CM M21.4 'Flat foot [pes planus] (acquired)'",
    expect: [{ system: 'icd10cm', code: 'M21.4' }],
  },
  {
    phrase: 'flat foot',
    expansion: 'flat foot pes planus',
    source: 'lay',
    reason: "Lay name of pes planus. ICD-10-CM M21.4 'Flat foot [pes planus] (acquired)'",
    expect: [{ system: 'icd10cm', code: 'M21.4' }],
  },
  {
    phrase: 'heel spur',
    expansion: 'calcaneal spur',
    source: 'index',
    reason: "Index: Spur, bone, calcaneal M77.3-. ICD-10-CM M77.3 'Calcaneal spur'",
    expect: [{ system: 'icd10cm', code: 'M77.3' }],
  },
  {
    phrase: 'shin splints',
    expansion: 'other injury of other muscles and tendons at lower leg level',
    source: 'index',
    reason:
      "Index: Shin splints S86.89-. ICD-10-CM S86.89 'Other injury of other muscles and tendons at lower leg level'",
    expect: [{ system: 'icd10cm', code: 'S86.89' }],
  },
  {
    phrase: 'leg cramps',
    expansion: 'cramp and spasm',
    source: 'lay',
    reason: "Lay description of muscle cramps. ICD-10-CM R25.2 'Cramp and spasm'",
    expect: [{ system: 'icd10cm', code: 'R25.2' }],
  },
  {
    phrase: 'muscle cramps',
    expansion: 'cramp and spasm',
    source: 'lay',
    reason: "Lay description of muscle cramps. ICD-10-CM R25.2 'Cramp and spasm'",
    expect: [{ system: 'icd10cm', code: 'R25.2' }],
  },
  {
    phrase: 'charley horse',
    expansion: 'cramp and spasm',
    source: 'lay',
    reason:
      "A charley horse is a muscle cramp (Index: Charley-horse (quadriceps) M62.831; traumatic S76.11-). ICD-10-CM R25.2 'Cramp and spasm'",
    expect: [
      { system: 'icd10cm', code: 'R25.2' },
      { system: 'icd10cm', code: 'M62.83' },
    ],
  },
  {
    phrase: 'club foot',
    expansion: 'congenital talipes equinovarus',
    source: 'index',
    reason:
      "Index: Clubfoot (congenital) Q66.89, equinovarus Q66.0- (typed as two words). ICD-10-CM Q66.0 'Congenital talipes equinovarus'",
    expect: [
      { system: 'icd10cm', code: 'Q66.0' },
      { system: 'icd10cm', code: 'Q66.89' },
    ],
  },
  // nervous system / mental health
  {
    phrase: 'pins and needles',
    expansion: 'paresthesia of skin',
    source: 'index',
    reason: "Index: Pins and needles R20.2. ICD-10-CM R20.2 'Paresthesia of skin'",
    expect: [{ system: 'icd10cm', code: 'R20.2' }],
  },
  {
    phrase: 'dizzy',
    expansion: 'dizziness and giddiness',
    source: 'lay',
    reason: "The adjective of dizziness (not a title word). ICD-10-CM R42 'Dizziness and giddiness'",
    expect: [{ system: 'icd10cm', code: 'R42' }],
  },
  {
    phrase: 'passed out',
    expansion: 'syncope and collapse',
    source: 'lay',
    reason: "Lay description of syncope. ICD-10-CM R55 'Syncope and collapse'",
    expect: [{ system: 'icd10cm', code: 'R55' }],
  },
  {
    phrase: 'passing out',
    expansion: 'syncope and collapse',
    source: 'lay',
    reason: "Lay description of syncope. ICD-10-CM R55 'Syncope and collapse'",
    expect: [{ system: 'icd10cm', code: 'R55' }],
  },
  {
    phrase: 'memory loss',
    expansion: 'amnesia memory loss',
    source: 'lay',
    reason: "Lay name of amnesia (R41.3 Other amnesia). ICD-10-CM R41.3 'Other amnesia'",
    expect: [
      { system: 'icd10cm', code: 'R41.3' },
      { system: 'icd10cm', code: 'R41.1' },
      { system: 'icd10cm', code: 'R41.2' },
    ],
  },
  {
    phrase: 'shaky hands',
    expansion: 'tremor',
    source: 'lay',
    reason: "Lay description of a tremor. ICD-10-CM R25.1 'Tremor, unspecified'",
    expect: [{ system: 'icd10cm', code: 'R25.1' }],
  },
  {
    phrase: 'trouble walking',
    expansion: 'difficulty in walking not elsewhere classified',
    source: 'lay',
    reason:
      "Lay description of difficulty in walking. ICD-10-CM R26.2 'Difficulty in walking, not elsewhere classified'",
    expect: [{ system: 'icd10cm', code: 'R26.2' }],
  },
  {
    phrase: 'difficulty walking',
    expansion: 'difficulty in walking not elsewhere classified',
    source: 'lay',
    reason:
      "Lay description of difficulty in walking. ICD-10-CM R26.2 'Difficulty in walking, not elsewhere classified'",
    expect: [{ system: 'icd10cm', code: 'R26.2' }],
  },
  {
    phrase: 'frequent falls',
    expansion: 'repeated falls',
    source: 'lay',
    reason: "Lay description of repeated falls. ICD-10-CM R29.6 'Repeated falls'",
    expect: [{ system: 'icd10cm', code: 'R29.6' }],
  },
  {
    phrase: 'fall risk',
    expansion: 'at risk for falling',
    source: 'coding',
    reason:
      "At risk for falling is an inclusion term of Z91.81 History of falling. ICD-10-CM Z91.81 'History of falling'",
    expect: [{ system: 'icd10cm', code: 'Z91.81' }],
  },
  {
    phrase: 'tiredness',
    expansion: 'other fatigue',
    source: 'lay',
    reason: "Lay word for fatigue. ICD-10-CM R53.83 'Other fatigue'",
    expect: [{ system: 'icd10cm', code: 'R53.83' }],
  },
  {
    phrase: 'panic attack',
    expansion: 'panic disorder episodic paroxysmal anxiety',
    source: 'lay',
    reason:
      "Panic attacks are classified as panic disorder [episodic paroxysmal anxiety]. ICD-10-CM F41.0 'Panic disorder [episodic paroxysmal anxiety]'",
    expect: [{ system: 'icd10cm', code: 'F41.0' }],
  },
  {
    phrase: 'panic attacks',
    expansion: 'panic disorder episodic paroxysmal anxiety',
    source: 'lay',
    reason:
      "Panic attacks are classified as panic disorder [episodic paroxysmal anxiety]. ICD-10-CM F41.0 'Panic disorder [episodic paroxysmal anxiety]'",
    expect: [{ system: 'icd10cm', code: 'F41.0' }],
  },
  {
    phrase: 'manic depression',
    expansion: 'bipolar disorder unspecified',
    source: 'lay',
    reason: "Manic depression is the old name of bipolar disorder. ICD-10-CM F31.9 'Bipolar disorder, unspecified'",
    expect: [{ system: 'icd10cm', code: 'F31.9' }],
  },
  {
    phrase: 'trouble sleeping',
    expansion: 'insomnia',
    source: 'lay',
    reason: "Lay description of insomnia. ICD-10-CM G47.00 'Insomnia, unspecified'",
    expect: [
      { system: 'icd10cm', code: 'G47.00' },
      { system: 'icd10cm', code: 'F51.0' },
    ],
  },
  {
    phrase: 'shingles',
    expansion: 'zoster',
    source: 'index',
    reason: "Index: Shingles, see Herpes, zoster. ICD-10-CM B02.9 'Zoster without complications'",
    expect: [{ system: 'icd10cm', code: 'B02.9' }],
  },
  {
    phrase: 'lockjaw',
    expansion: 'tetanus',
    source: 'index',
    reason: "Index: Lockjaw, see Tetanus (A35 other tetanus). ICD-10-CM A35 'Other tetanus'",
    expect: [{ system: 'icd10cm', code: 'A35' }],
  },
  {
    phrase: 'current smoker',
    expansion: 'nicotine dependence cigarettes uncomplicated',
    source: 'coding',
    reason:
      "A current cigarette smoker is coded as nicotine dependence, cigarettes (Index: Smoker, see Dependence, drug, nicotine). ICD-10-CM F17.21 'Nicotine dependence, cigarettes'",
    expect: [{ system: 'icd10cm', code: 'F17.21' }],
  },
  {
    phrase: 'former smoker',
    expansion: 'personal history of nicotine dependence',
    source: 'coding',
    reason:
      "A former smoker has a personal history of nicotine dependence. ICD-10-CM Z87.891 'Personal history of nicotine dependence'",
    expect: [{ system: 'icd10cm', code: 'Z87.891' }],
  },
  {
    phrase: 'ex smoker',
    expansion: 'personal history of nicotine dependence',
    source: 'coding',
    reason:
      "A former smoker has a personal history of nicotine dependence. ICD-10-CM Z87.891 'Personal history of nicotine dependence'",
    expect: [{ system: 'icd10cm', code: 'Z87.891' }],
  },
  {
    phrase: 'quit smoking',
    expansion: 'personal history of nicotine dependence',
    source: 'coding',
    reason:
      "A person who quit smoking has a personal history of nicotine dependence. ICD-10-CM Z87.891 'Personal history of nicotine dependence'",
    expect: [{ system: 'icd10cm', code: 'Z87.891' }],
  },
  {
    phrase: 'opioid addiction',
    expansion: 'opioid dependence',
    source: 'lay',
    reason: "Addiction is classified as dependence. ICD-10-CM F11.20 'Opioid dependence, uncomplicated'",
    expect: [{ system: 'icd10cm', code: 'F11.20' }],
  },
  // eye
  {
    phrase: 'pink eye',
    expansion: 'other mucopurulent conjunctivitis',
    source: 'index',
    reason:
      "Index: Pink, eye, see Conjunctivitis, acute, mucopurulent (H10.02-). ICD-10-CM H10.02 'Other mucopurulent conjunctivitis'",
    expect: [
      { system: 'icd10cm', code: 'H10.02' },
      { system: 'icd10cm', code: 'H10' },
    ],
  },
  {
    phrase: 'stye',
    expansion: 'hordeolum externum',
    source: 'index',
    reason: "Index: Sty, stye (external), see Hordeolum. ICD-10-CM H00.01 'Hordeolum externum'",
    expect: [{ system: 'icd10cm', code: 'H00.01' }],
  },
  {
    phrase: 'sty',
    expansion: 'hordeolum externum',
    source: 'index',
    reason: "Index: Sty, stye (external), see Hordeolum. ICD-10-CM H00.01 'Hordeolum externum'",
    expect: [{ system: 'icd10cm', code: 'H00.01' }],
  },
  {
    phrase: 'lazy eye',
    expansion: 'amblyopia',
    source: 'lay',
    reason: "Lay name of amblyopia. ICD-10-CM H53.00 'Unspecified amblyopia'",
    expect: [{ system: 'icd10cm', code: 'H53.00' }],
  },
  {
    phrase: 'crossed eyes',
    expansion: 'esotropia',
    source: 'index',
    reason: "Index: Cross-eye, see Strabismus, convergent concomitant (esotropia H50.0-). ICD-10-CM H50.0 'Esotropia'",
    expect: [{ system: 'icd10cm', code: 'H50.0' }],
  },
  {
    phrase: 'nearsighted',
    expansion: 'myopia',
    source: 'index',
    reason: "Index: Nearsightedness, see Myopia. ICD-10-CM H52.1 'Myopia'",
    expect: [{ system: 'icd10cm', code: 'H52.1' }],
  },
  {
    phrase: 'farsighted',
    expansion: 'hypermetropia',
    source: 'index',
    reason: "Index: Farsightedness, see Hypermetropia. ICD-10-CM H52.0 'Hypermetropia'",
    expect: [{ system: 'icd10cm', code: 'H52.0' }],
  },
  {
    phrase: 'dry eyes',
    expansion: 'dry eye syndrome',
    source: 'lay',
    reason: "Lay name of dry eye syndrome. ICD-10-CM H04.12 'Dry eye syndrome'",
    expect: [{ system: 'icd10cm', code: 'H04.12' }],
  },
  {
    phrase: 'floaters',
    expansion: 'vitreous opacities floaters',
    source: 'lay',
    reason:
      "Eye floaters are vitreous opacities (Index: Floater, vitreous, see Opacity, vitreous). ICD-10-CM H43.3 'Other vitreous opacities'",
    expect: [{ system: 'icd10cm', code: 'H43.3' }],
  },
  // skin
  {
    phrase: 'cold sore',
    expansion: 'herpesviral vesicular dermatitis',
    source: 'lay',
    reason:
      "A cold sore is herpes labialis (Index: Herpes, labialis B00.1). ICD-10-CM B00.1 'Herpesviral vesicular dermatitis'",
    expect: [{ system: 'icd10cm', code: 'B00.1' }],
  },
  {
    phrase: 'fever blister',
    expansion: 'herpesviral vesicular dermatitis',
    source: 'lay',
    reason:
      "A fever blister is herpes labialis (Index: Herpes, labialis B00.1). ICD-10-CM B00.1 'Herpesviral vesicular dermatitis'",
    expect: [{ system: 'icd10cm', code: 'B00.1' }],
  },
  {
    phrase: "athlete's foot",
    expansion: 'tinea pedis',
    source: 'index',
    reason: "Index: Athlete's, foot B35.3. ICD-10-CM B35.3 'Tinea pedis'",
    expect: [{ system: 'icd10cm', code: 'B35.3' }],
  },
  {
    phrase: 'athletes foot',
    expansion: 'tinea pedis',
    source: 'index',
    reason: "Index: Athlete's, foot B35.3 (typed without the apostrophe). ICD-10-CM B35.3 'Tinea pedis'",
    expect: [{ system: 'icd10cm', code: 'B35.3' }],
  },
  {
    phrase: 'jock itch',
    expansion: 'tinea cruris',
    source: 'lay',
    reason: "Jock itch is tinea cruris (Index: Ringworm, groin B35.6). ICD-10-CM B35.6 'Tinea cruris'",
    expect: [{ system: 'icd10cm', code: 'B35.6' }],
  },
  {
    phrase: 'ringworm',
    expansion: 'dermatophytosis',
    source: 'index',
    reason: "Index: Ringworm B35.9 (of the body B35.4). ICD-10-CM B35.9 'Dermatophytosis, unspecified'",
    expect: [
      { system: 'icd10cm', code: 'B35.9' },
      { system: 'icd10cm', code: 'B35.4' },
    ],
  },
  {
    phrase: 'hives',
    expansion: 'urticaria',
    source: 'index',
    reason: "Index: Hives, see Urticaria. ICD-10-CM L50.9 'Urticaria, unspecified'",
    expect: [{ system: 'icd10cm', code: 'L50.9' }],
  },
  {
    phrase: 'poison ivy',
    expansion: 'allergic contact dermatitis due to plants except food',
    source: 'lay',
    reason:
      "Poison ivy rash is an allergic contact dermatitis due to a plant. ICD-10-CM L23.7 'Allergic contact dermatitis due to plants, except food'",
    expect: [{ system: 'icd10cm', code: 'L23.7' }],
  },
  {
    phrase: 'poison oak',
    expansion: 'allergic contact dermatitis due to plants except food',
    source: 'lay',
    reason:
      "Poison oak rash is an allergic contact dermatitis due to a plant. ICD-10-CM L23.7 'Allergic contact dermatitis due to plants, except food'",
    expect: [{ system: 'icd10cm', code: 'L23.7' }],
  },
  {
    phrase: 'diaper rash',
    expansion: 'diaper dermatitis',
    source: 'index',
    reason: "Index: Diaper rash L22. ICD-10-CM L22 'Diaper dermatitis'",
    expect: [{ system: 'icd10cm', code: 'L22' }],
  },
  {
    phrase: 'skin tag',
    expansion: 'other hypertrophic disorders of the skin',
    source: 'index',
    reason: "Index: Tag, skin L91.8. ICD-10-CM L91.8 'Other hypertrophic disorders of the skin'",
    expect: [{ system: 'icd10cm', code: 'L91.8' }],
  },
  {
    phrase: 'skin tags',
    expansion: 'other hypertrophic disorders of the skin',
    source: 'index',
    reason: "Index: Tag, skin L91.8. ICD-10-CM L91.8 'Other hypertrophic disorders of the skin'",
    expect: [{ system: 'icd10cm', code: 'L91.8' }],
  },
  {
    phrase: 'ingrown toenail',
    expansion: 'ingrowing nail',
    source: 'lay',
    reason: "Lay name of an ingrowing nail. ICD-10-CM L60.0 'Ingrowing nail'",
    expect: [{ system: 'icd10cm', code: 'L60.0' }],
  },
  {
    phrase: 'ingrown nail',
    expansion: 'ingrowing nail',
    source: 'lay',
    reason: "Lay name of an ingrowing nail. ICD-10-CM L60.0 'Ingrowing nail'",
    expect: [{ system: 'icd10cm', code: 'L60.0' }],
  },
  {
    phrase: 'bed sore',
    expansion: 'pressure ulcer of unspecified site unspecified stage',
    source: 'index',
    reason: "Index: Bed sore, see Ulcer, pressure, by site. ICD-10-CM L89 'Pressure ulcer'",
    expect: [{ system: 'icd10cm', code: 'L89' }],
  },
  {
    phrase: 'bedsore',
    expansion: 'pressure ulcer of unspecified site unspecified stage',
    source: 'index',
    reason: "Index: Bedsore, see Ulcer, pressure, by site. ICD-10-CM L89 'Pressure ulcer'",
    expect: [{ system: 'icd10cm', code: 'L89' }],
  },
  {
    phrase: 'pressure sore',
    expansion: 'pressure ulcer of unspecified site unspecified stage',
    source: 'index',
    reason: "Index: Sore, pressure, see Ulcer, pressure, by site. ICD-10-CM L89 'Pressure ulcer'",
    expect: [{ system: 'icd10cm', code: 'L89' }],
  },
  {
    phrase: 'dandruff',
    expansion: 'seborrhea capitis',
    source: 'index',
    reason: "Index: Dandruff L21.0. ICD-10-CM L21.0 'Seborrhea capitis'",
    expect: [{ system: 'icd10cm', code: 'L21.0' }],
  },
  {
    phrase: 'cradle cap',
    expansion: 'seborrhea capitis',
    source: 'index',
    reason: "Index: Cradle cap L21.0. ICD-10-CM L21.0 'Seborrhea capitis'",
    expect: [{ system: 'icd10cm', code: 'L21.0' }],
  },
  {
    phrase: 'hair loss',
    expansion: 'alopecia',
    source: 'lay',
    reason: "Lay name of alopecia. ICD-10-CM L65.9 'Nonscarring hair loss, unspecified'",
    expect: [
      { system: 'icd10cm', code: 'L65.9' },
      { system: 'icd10cm', code: 'L63' },
      { system: 'icd10cm', code: 'L64' },
    ],
  },
  {
    phrase: 'itchy skin',
    expansion: 'pruritus',
    source: 'lay',
    reason: "Lay description of pruritus. ICD-10-CM L29.9 'Pruritus, unspecified'",
    expect: [{ system: 'icd10cm', code: 'L29.9' }],
  },
  {
    phrase: 'dry skin',
    expansion: 'xerosis cutis',
    source: 'lay',
    reason: "Lay name of xerosis cutis. ICD-10-CM L85.3 'Xerosis cutis'",
    expect: [{ system: 'icd10cm', code: 'L85.3' }],
  },
  {
    phrase: 'razor bumps',
    expansion: 'pseudofolliculitis barbae',
    source: 'lay',
    reason: "Razor bumps are pseudofolliculitis barbae. ICD-10-CM L73.1 'Pseudofolliculitis barbae'",
    expect: [{ system: 'icd10cm', code: 'L73.1' }],
  },
  {
    phrase: 'birthmark',
    expansion: 'congenital non-neoplastic nevus',
    source: 'index',
    reason: "Index: Birthmark Q82.5. ICD-10-CM Q82.5 'Congenital non-neoplastic nevus'",
    expect: [{ system: 'icd10cm', code: 'Q82.5' }],
  },
  {
    phrase: 'chicken pox',
    expansion: 'varicella',
    source: 'lay',
    reason: '"Chicken pox" typed as two words is varicella. ICD-10-CM B01.9 \'Varicella without complication\'',
    expect: [{ system: 'icd10cm', code: 'B01.9' }],
  },
  {
    phrase: 'head lice',
    expansion: 'pediculosis due to pediculus humanus capitis',
    source: 'index',
    reason:
      "Index: Lice, head (Pediculus capitis) B85.0. ICD-10-CM B85.0 'Pediculosis due to Pediculus humanus capitis'",
    expect: [{ system: 'icd10cm', code: 'B85.0' }],
  },
  {
    phrase: 'skin abscess',
    expansion: 'cutaneous abscess unspecified',
    source: 'lay',
    reason: "Lay name of a cutaneous abscess. ICD-10-CM L02.91 'Cutaneous abscess, unspecified'",
    expect: [{ system: 'icd10cm', code: 'L02.91' }],
  },
  // infections
  {
    phrase: 'mono',
    expansion: 'infectious mononucleosis unspecified',
    source: 'lay',
    reason:
      "Mono is the everyday short name of infectious mononucleosis. ICD-10-CM B27.9 'Infectious mononucleosis, unspecified'",
    expect: [{ system: 'icd10cm', code: 'B27.9' }],
  },
  {
    phrase: 'flu',
    expansion: 'influenza',
    source: 'index',
    reason:
      "Index: Flu, see also Influenza; Influenza (unidentified influenza virus) J11.1. ICD-10-CM J11 'Influenza due to unidentified influenza virus'",
    expect: [
      { system: 'icd10cm', code: 'J11' },
      { system: 'icd10cm', code: 'J10' },
      { system: 'icd10cm', code: 'J09' },
    ],
  },
  {
    phrase: 'hep c',
    expansion: 'chronic viral hepatitis c',
    source: 'clinical',
    reason:
      "Hep C is shorthand for hepatitis C; the chronic form is what is usually meant. ICD-10-CM B18.2 'Chronic viral hepatitis C'",
    expect: [{ system: 'icd10cm', code: 'B18.2' }],
  },
  {
    phrase: 'hep b',
    expansion: 'chronic viral hepatitis b without delta agent',
    source: 'clinical',
    reason:
      "Hep B is shorthand for hepatitis B; the chronic form is what is usually meant. ICD-10-CM B18.1 'Chronic viral hepatitis B without delta-agent'",
    expect: [{ system: 'icd10cm', code: 'B18.1' }],
  },
  {
    phrase: 'staph infection',
    expansion: 'staphylococcal infection unspecified site',
    source: 'lay',
    reason: "Lay name of a staphylococcal infection. ICD-10-CM A49.0 'Staphylococcal infection, unspecified site'",
    expect: [{ system: 'icd10cm', code: 'A49.0' }],
  },
  {
    phrase: 'blood poisoning',
    expansion: 'sepsis unspecified organism',
    source: 'lay',
    reason: "Blood poisoning is the lay name of sepsis (septicemia). ICD-10-CM A41.9 'Sepsis, unspecified organism'",
    expect: [{ system: 'icd10cm', code: 'A41.9' }],
  },
  {
    phrase: 'pinworms',
    expansion: 'enterobiasis',
    source: 'index',
    reason: "Index: Pinworm (disease) (infection) (infestation) B80. ICD-10-CM B80 'Enterobiasis'",
    expect: [{ system: 'icd10cm', code: 'B80' }],
  },
  {
    phrase: 'thrush',
    expansion: 'candidiasis',
    source: 'index',
    reason:
      'Index: Thrush, see also Candidiasis (oral B37.0, vaginal B37.31, newborn P37.5); the expansion keeps a site typed after it ("vaginal thrush"). ICD-10-CM B37.0 \'Candidal stomatitis\'',
    expect: [
      { system: 'icd10cm', code: 'B37.0' },
      { system: 'icd10cm', code: 'B37.9' },
    ],
  },
  {
    phrase: 'hand foot and mouth',
    expansion: 'enteroviral vesicular stomatitis with exanthem',
    source: 'lay',
    reason:
      "Hand, foot and mouth disease is enteroviral vesicular stomatitis with exanthem. ICD-10-CM B08.4 'Enteroviral vesicular stomatitis with exanthem'",
    expect: [{ system: 'icd10cm', code: 'B08.4' }],
  },
  {
    phrase: 'fifth disease',
    expansion: 'erythema infectiosum fifth disease',
    source: 'index',
    reason: "Index: Fifth disease B08.3. ICD-10-CM B08.3 'Erythema infectiosum [fifth disease]'",
    expect: [{ system: 'icd10cm', code: 'B08.3' }],
  },
  {
    phrase: 'sixth disease',
    expansion: 'exanthema subitum sixth disease',
    source: 'index',
    reason: "Index: Sixth disease B08.20. ICD-10-CM B08.2 'Exanthema subitum [sixth disease]'",
    expect: [{ system: 'icd10cm', code: 'B08.2' }],
  },
  // blood / status
  {
    phrase: 'blood thinners',
    expansion: 'long term current use of anticoagulants',
    source: 'lay',
    reason:
      "A patient on blood thinners has long-term (current) use of anticoagulants. ICD-10-CM Z79.01 'Long term (current) use of anticoagulants'",
    expect: [{ system: 'icd10cm', code: 'Z79.01' }],
  },
  {
    phrase: 'blood thinner',
    expansion: 'long term current use of anticoagulants',
    source: 'lay',
    reason:
      "A patient on a blood thinner has long-term (current) use of anticoagulants. ICD-10-CM Z79.01 'Long term (current) use of anticoagulants'",
    expect: [{ system: 'icd10cm', code: 'Z79.01' }],
  },
  {
    phrase: 'on insulin',
    expansion: 'long term current use of insulin',
    source: 'coding',
    reason:
      "A patient on insulin has long-term (current) use of insulin. ICD-10-CM Z79.4 'Long term (current) use of insulin'",
    expect: [{ system: 'icd10cm', code: 'Z79.4' }],
  },
  {
    phrase: 'on steroids',
    expansion: 'long term current use of systemic steroids',
    source: 'coding',
    reason:
      "A patient on steroids has long-term (current) use of systemic steroids. ICD-10-CM Z79.52 'Long term (current) use of systemic steroids'",
    expect: [{ system: 'icd10cm', code: 'Z79.52' }],
  },
  {
    phrase: 'daily aspirin',
    expansion: 'long term current use of aspirin',
    source: 'coding',
    reason:
      "A patient on daily aspirin has long-term (current) use of aspirin. ICD-10-CM Z79.82 'Long term (current) use of aspirin'",
    expect: [{ system: 'icd10cm', code: 'Z79.82' }],
  },
  {
    phrase: 'low platelets',
    expansion: 'thrombocytopenia',
    source: 'lay',
    reason: "Lay description of thrombocytopenia. ICD-10-CM D69.6 'Thrombocytopenia, unspecified'",
    expect: [{ system: 'icd10cm', code: 'D69.6' }],
  },
  {
    phrase: 'enlarged spleen',
    expansion: 'splenomegaly',
    source: 'lay',
    reason: "Lay name of splenomegaly. ICD-10-CM R16.1 'Splenomegaly, not elsewhere classified'",
    expect: [{ system: 'icd10cm', code: 'R16.1' }],
  },
  {
    phrase: 'enlarged liver',
    expansion: 'hepatomegaly',
    source: 'lay',
    reason: "Lay name of hepatomegaly. ICD-10-CM R16.0 'Hepatomegaly, not elsewhere classified'",
    expect: [{ system: 'icd10cm', code: 'R16.0' }],
  },
  {
    phrase: 'swollen ankles',
    expansion: 'localized edema',
    source: 'lay',
    reason: "Swollen ankles are localized edema. ICD-10-CM R60.0 'Localized edema'",
    expect: [{ system: 'icd10cm', code: 'R60.0' }],
  },
  {
    phrase: 'on dialysis',
    expansion: 'dependence on renal dialysis',
    source: 'coding',
    reason: "A patient on dialysis is dependent on renal dialysis. ICD-10-CM Z99.2 'Dependence on renal dialysis'",
    expect: [{ system: 'icd10cm', code: 'Z99.2' }],
  },
  {
    phrase: 'bedridden',
    expansion: 'bed confinement status',
    source: 'lay',
    reason: "Bedridden is bed confinement status. ICD-10-CM Z74.01 'Bed confinement status'",
    expect: [{ system: 'icd10cm', code: 'Z74.01' }],
  },
  {
    phrase: 'wheelchair bound',
    expansion: 'dependence on wheelchair',
    source: 'lay',
    reason: "A wheelchair-bound patient is dependent on a wheelchair. ICD-10-CM Z99.3 'Dependence on wheelchair'",
    expect: [{ system: 'icd10cm', code: 'Z99.3' }],
  },
  {
    phrase: 'home oxygen',
    expansion: 'dependence on supplemental oxygen',
    source: 'coding',
    reason:
      "Read as the patient's status (on home oxygen): dependence on supplemental oxygen; the oxygen equipment is HCPCS E0424-E1392 (see \"oxygen machine\"). ICD-10-CM Z99.81 'Dependence on supplemental oxygen'",
    expect: [{ system: 'icd10cm', code: 'Z99.81' }],
  },
  {
    phrase: 'homeless',
    expansion: 'homelessness',
    source: 'lay',
    reason: "The adjective of homelessness (not a title word). ICD-10-CM Z59.0 'Homelessness'",
    expect: [{ system: 'icd10cm', code: 'Z59.0' }],
  },
  {
    phrase: 'lives alone',
    expansion: 'problems related to living alone',
    source: 'lay',
    reason:
      "Living alone is Z60.2 Problems related to living alone. ICD-10-CM Z60.2 'Problems related to living alone'",
    expect: [{ system: 'icd10cm', code: 'Z60.2' }],
  },
  // encounters / preventive
  {
    phrase: 'annual physical',
    expansion: 'encounter for general adult medical examination without abnormal findings',
    source: 'lay',
    reason:
      "An annual physical is a general adult medical examination (Z00.00 when nothing abnormal is found). ICD-10-CM Z00.0 'Encounter for general adult medical examination'",
    expect: [{ system: 'icd10cm', code: 'Z00.0' }],
  },
  {
    phrase: 'yearly physical',
    expansion: 'encounter for general adult medical examination without abnormal findings',
    source: 'lay',
    reason:
      "A yearly physical is a general adult medical examination. ICD-10-CM Z00.0 'Encounter for general adult medical examination'",
    expect: [{ system: 'icd10cm', code: 'Z00.0' }],
  },
  {
    phrase: 'physical exam',
    expansion: 'encounter for general adult medical examination without abnormal findings',
    source: 'lay',
    reason:
      'A routine physical exam is a general adult medical examination (the bare word "physical" is a title word, as in physical therapy, and has no entry). ICD-10-CM Z00.0 \'Encounter for general adult medical examination\'',
    expect: [{ system: 'icd10cm', code: 'Z00.0' }],
  },
  {
    phrase: 'well child',
    expansion: 'encounter for routine child health examination without abnormal findings',
    source: 'coding',
    reason:
      "A well-child visit is a routine child health examination. ICD-10-CM Z00.12 'Encounter for routine child health examination'",
    expect: [{ system: 'icd10cm', code: 'Z00.12' }],
  },
  {
    phrase: 'well baby',
    expansion: 'encounter for routine child health examination without abnormal findings',
    source: 'coding',
    reason:
      "A well-baby visit is a routine child (or newborn, Z00.11-) health examination. ICD-10-CM Z00.12 'Encounter for routine child health examination'",
    expect: [
      { system: 'icd10cm', code: 'Z00.12' },
      { system: 'icd10cm', code: 'Z00.11' },
    ],
  },
  {
    phrase: 'sports physical',
    expansion: 'encounter for examination for participation in sport',
    source: 'lay',
    reason:
      "A sports physical is an examination for participation in sport. ICD-10-CM Z02.5 'Encounter for examination for participation in sport'",
    expect: [{ system: 'icd10cm', code: 'Z02.5' }],
  },
  {
    phrase: 'school physical',
    expansion: 'encounter for examination for admission to educational institution',
    source: 'lay',
    reason:
      "A school physical is an examination for admission to an educational institution. ICD-10-CM Z02.0 'Encounter for examination for admission to educational institution'",
    expect: [{ system: 'icd10cm', code: 'Z02.0' }],
  },
  {
    phrase: 'work physical',
    expansion: 'encounter for pre-employment examination',
    source: 'lay',
    reason:
      "An employment physical is a pre-employment examination. ICD-10-CM Z02.1 'Encounter for pre-employment examination'",
    expect: [{ system: 'icd10cm', code: 'Z02.1' }],
  },
  {
    phrase: 'pre op exam',
    expansion: 'encounter for other preprocedural examination',
    source: 'coding',
    reason:
      "A pre-op exam (surgical clearance) is a preprocedural examination. ICD-10-CM Z01.81 'Encounter for preprocedural examinations'",
    expect: [{ system: 'icd10cm', code: 'Z01.81' }],
  },
  {
    phrase: 'preop exam',
    expansion: 'encounter for other preprocedural examination',
    source: 'coding',
    reason:
      "A pre-op exam (surgical clearance) is a preprocedural examination. ICD-10-CM Z01.81 'Encounter for preprocedural examinations'",
    expect: [{ system: 'icd10cm', code: 'Z01.81' }],
  },
  {
    phrase: 'pap smear',
    expansion: 'screening papanicolaou smear cervix',
    source: 'lay',
    reason:
      "A routine Pap smear is a screening Papanicolaou smear: ICD-10-CM Index Papanicolaou smear, cervix Z12.4 (screening) and HCPCS Q0091/P3000. ICD-10-CM Z12.4 'Encounter for screening for malignant neoplasm of cervix'; HCPCS Q0091 'Screening papanicolaou smear; obtaining, preparing and conveyance of cervical or vaginal smear to laboratory'",
    expect: [
      { system: 'icd10cm', code: 'Z12.4' },
      { system: 'icd10cm', code: 'Z01.41' },
      { system: 'hcpcs', code: 'Q0091' },
      { system: 'hcpcs', code: 'P3000' },
      { system: 'hcpcs', code: 'P3001' },
    ],
  },
  {
    phrase: 'mammogram screening',
    expansion: 'encounter for screening mammogram for malignant neoplasm of breast',
    source: 'coding',
    reason:
      'A screening mammogram visit (the word "mammogram" alone is a title word and has no entry). ICD-10-CM Z12.31 \'Encounter for screening mammogram for malignant neoplasm of breast\'',
    expect: [{ system: 'icd10cm', code: 'Z12.31' }],
  },
  {
    phrase: 'screening colonoscopy',
    expansion: 'colorectal cancer screening colonoscopy',
    source: 'coding',
    reason:
      "A screening colonoscopy: the diagnosis Z12.11 and the Medicare G codes G0121/G0105. ICD-10-CM Z12.11 'Encounter for screening for malignant neoplasm of colon'; HCPCS G0121 'Colorectal cancer screening; colonoscopy on individual not meeting criteria for high risk'",
    expect: [
      { system: 'icd10cm', code: 'Z12.11' },
      { system: 'hcpcs', code: 'G0121' },
      { system: 'hcpcs', code: 'G0105' },
    ],
  },
  {
    phrase: 'colonoscopy screening',
    expansion: 'colorectal cancer screening colonoscopy',
    source: 'coding',
    reason:
      "A screening colonoscopy: the diagnosis Z12.11 and the Medicare G codes G0121/G0105. ICD-10-CM Z12.11 'Encounter for screening for malignant neoplasm of colon'; HCPCS G0121 'Colorectal cancer screening; colonoscopy on individual not meeting criteria for high risk'",
    expect: [
      { system: 'icd10cm', code: 'Z12.11' },
      { system: 'hcpcs', code: 'G0121' },
      { system: 'hcpcs', code: 'G0105' },
    ],
  },
  {
    phrase: 'flu shot',
    expansion: 'administration of influenza virus vaccine',
    source: 'lay',
    reason:
      "Read as the service: Medicare's administration code G0008 and the influenza vaccine products Q2034-Q2039 (the visit's diagnosis is Z23 Encounter for immunization). HCPCS G0008 'Administration of influenza virus vaccine'",
    expect: [
      { system: 'hcpcs', code: 'G0008' },
      { system: 'hcpcs', code: 'Q203' },
    ],
  },
  {
    phrase: 'flu vaccine',
    expansion: 'administration of influenza virus vaccine',
    source: 'lay',
    reason:
      "Read as the service: Medicare's administration code G0008 and the influenza vaccine products Q2034-Q2039 (the visit's diagnosis is Z23 Encounter for immunization). HCPCS G0008 'Administration of influenza virus vaccine'",
    expect: [
      { system: 'hcpcs', code: 'G0008' },
      { system: 'hcpcs', code: 'Q203' },
    ],
  },
  {
    phrase: 'pneumonia shot',
    expansion: 'administration of pneumococcal vaccine',
    source: 'lay',
    reason:
      "The pneumonia shot is the pneumococcal vaccine; Medicare's administration code G0009 (diagnosis Z23). HCPCS G0009 'Administration of pneumococcal vaccine'",
    expect: [{ system: 'hcpcs', code: 'G0009' }],
  },
  {
    phrase: 'pneumonia vaccine',
    expansion: 'administration of pneumococcal vaccine',
    source: 'lay',
    reason:
      "The pneumonia vaccine is the pneumococcal vaccine; Medicare's administration code G0009 (diagnosis Z23). HCPCS G0009 'Administration of pneumococcal vaccine'",
    expect: [{ system: 'hcpcs', code: 'G0009' }],
  },
  {
    phrase: 'hep b shot',
    expansion: 'administration of hepatitis b vaccine',
    source: 'lay',
    reason:
      "Medicare's administration code for the hepatitis B vaccine (diagnosis Z23). HCPCS G0010 'Administration of hepatitis b vaccine'",
    expect: [{ system: 'hcpcs', code: 'G0010' }],
  },
  {
    phrase: 'tetanus shot',
    expansion: 'encounter for immunization',
    source: 'lay',
    reason:
      "Read as the diagnosis of the vaccination visit; the tetanus vaccine products are CPT codes, which CodeDesk does not describe. ICD-10-CM Z23 'Encounter for immunization'",
    expect: [{ system: 'icd10cm', code: 'Z23' }],
  },
  {
    phrase: 'tb test',
    expansion: 'encounter for screening for respiratory tuberculosis',
    source: 'lay',
    reason:
      "A routine TB test is screening for respiratory tuberculosis. ICD-10-CM Z11.1 'Encounter for screening for respiratory tuberculosis'",
    expect: [{ system: 'icd10cm', code: 'Z11.1' }],
  },
  {
    phrase: 'std test',
    expansion: 'encounter for screening for infections with a predominantly sexual mode of transmission',
    source: 'lay',
    reason:
      "STD testing is screening for infections with a predominantly sexual mode of transmission. ICD-10-CM Z11.3 'Encounter for screening for infections with a predominantly sexual mode of transmission'",
    expect: [{ system: 'icd10cm', code: 'Z11.3' }],
  },
  {
    phrase: 'std screening',
    expansion: 'encounter for screening for infections with a predominantly sexual mode of transmission',
    source: 'coding',
    reason:
      "STD screening is screening for infections with a predominantly sexual mode of transmission. ICD-10-CM Z11.3 'Encounter for screening for infections with a predominantly sexual mode of transmission'",
    expect: [{ system: 'icd10cm', code: 'Z11.3' }],
  },
  {
    phrase: 'hiv test',
    expansion: 'encounter for screening for human immunodeficiency virus',
    source: 'lay',
    reason:
      "A routine HIV test is screening for human immunodeficiency virus. ICD-10-CM Z11.4 'Encounter for screening for human immunodeficiency virus [HIV]'",
    expect: [{ system: 'icd10cm', code: 'Z11.4' }],
  },
  {
    phrase: 'covid test',
    expansion: 'encounter for screening for covid-19',
    source: 'lay',
    reason: "A routine COVID test is screening for COVID-19. ICD-10-CM Z11.52 'Encounter for screening for COVID-19'",
    expect: [{ system: 'icd10cm', code: 'Z11.52' }],
  },
  {
    phrase: 'drug test',
    expansion: 'encounter for blood-alcohol and blood-drug test',
    source: 'lay',
    reason:
      "A drug test visit is an encounter for blood-alcohol and blood-drug test. ICD-10-CM Z02.83 'Encounter for blood-alcohol and blood-drug test'",
    expect: [{ system: 'icd10cm', code: 'Z02.83' }],
  },
  {
    phrase: 'pregnancy test',
    expansion: 'encounter for pregnancy test',
    source: 'lay',
    reason: "Encounter for pregnancy test (Z32.00-Z32.02 by result). ICD-10-CM Z32.0 'Encounter for pregnancy test'",
    expect: [{ system: 'icd10cm', code: 'Z32.0' }],
  },
  {
    phrase: 'prenatal visit',
    expansion: 'encounter for supervision of normal pregnancy',
    source: 'lay',
    reason:
      "A routine prenatal visit is supervision of a normal pregnancy. ICD-10-CM Z34 'Encounter for supervision of normal pregnancy'",
    expect: [{ system: 'icd10cm', code: 'Z34' }],
  },
  {
    phrase: 'prenatal care',
    expansion: 'encounter for supervision of normal pregnancy',
    source: 'lay',
    reason:
      "Routine prenatal care is supervision of a normal pregnancy. ICD-10-CM Z34 'Encounter for supervision of normal pregnancy'",
    expect: [{ system: 'icd10cm', code: 'Z34' }],
  },
  {
    phrase: 'eye exam',
    expansion: 'encounter for examination of eyes and vision',
    source: 'lay',
    reason:
      "A routine eye exam is an examination of eyes and vision. ICD-10-CM Z01.0 'Encounter for examination of eyes and vision'",
    expect: [{ system: 'icd10cm', code: 'Z01.0' }],
  },
  {
    phrase: 'hearing test',
    expansion: 'encounter for examination of ears and hearing',
    source: 'lay',
    reason:
      "A routine hearing test is an examination of ears and hearing. ICD-10-CM Z01.1 'Encounter for examination of ears and hearing'",
    expect: [{ system: 'icd10cm', code: 'Z01.1' }],
  },
  {
    phrase: 'dental exam',
    expansion: 'encounter for dental examination and cleaning',
    source: 'lay',
    reason:
      "A routine dental exam is a dental examination and cleaning. ICD-10-CM Z01.2 'Encounter for dental examination and cleaning'",
    expect: [{ system: 'icd10cm', code: 'Z01.2' }],
  },
  {
    phrase: 'bp check',
    expansion: 'encounter for examination of blood pressure',
    source: 'coding',
    reason:
      "A blood pressure check visit is an examination of blood pressure. ICD-10-CM Z01.3 'Encounter for examination of blood pressure'",
    expect: [{ system: 'icd10cm', code: 'Z01.3' }],
  },
  {
    phrase: 'blood pressure check',
    expansion: 'encounter for examination of blood pressure',
    source: 'lay',
    reason:
      "A blood pressure check visit is an examination of blood pressure. ICD-10-CM Z01.3 'Encounter for examination of blood pressure'",
    expect: [{ system: 'icd10cm', code: 'Z01.3' }],
  },
  {
    phrase: 'cholesterol screening',
    expansion: 'encounter for screening for lipoid disorders',
    source: 'lay',
    reason:
      "Cholesterol screening is screening for lipoid disorders. ICD-10-CM Z13.220 'Encounter for screening for lipoid disorders'",
    expect: [{ system: 'icd10cm', code: 'Z13.220' }],
  },
  {
    phrase: 'suture removal',
    expansion: 'encounter for removal of sutures',
    source: 'coding',
    reason: "Suture removal visit (aftercare). ICD-10-CM Z48.02 'Encounter for removal of sutures'",
    expect: [{ system: 'icd10cm', code: 'Z48.02' }],
  },
  {
    phrase: 'stitches out',
    expansion: 'encounter for removal of sutures',
    source: 'lay',
    reason: "Taking stitches out is suture removal. ICD-10-CM Z48.02 'Encounter for removal of sutures'",
    expect: [{ system: 'icd10cm', code: 'Z48.02' }],
  },
  {
    phrase: 'med refill',
    expansion: 'encounter for issue of repeat prescription',
    source: 'coding',
    reason:
      "A medication refill visit is an encounter for issue of repeat prescription. ICD-10-CM Z76.0 'Encounter for issue of repeat prescription'",
    expect: [{ system: 'icd10cm', code: 'Z76.0' }],
  },
  {
    phrase: 'medication refill',
    expansion: 'encounter for issue of repeat prescription',
    source: 'coding',
    reason:
      "A medication refill visit is an encounter for issue of repeat prescription. ICD-10-CM Z76.0 'Encounter for issue of repeat prescription'",
    expect: [{ system: 'icd10cm', code: 'Z76.0' }],
  },
  {
    phrase: 'hx of',
    expansion: 'personal history of',
    source: 'coding',
    reason:
      'Hx of is shorthand for "history of": the personal history codes Z85-Z87 (family history is "family hx"). ICD-10-CM Z85 \'Personal history of malignant neoplasm\'',
    expect: [
      { system: 'icd10cm', code: 'Z85' },
      { system: 'icd10cm', code: 'Z86' },
      { system: 'icd10cm', code: 'Z87' },
    ],
  },
  {
    phrase: 'h/o',
    expansion: 'personal history of',
    source: 'coding',
    reason:
      'H/o is shorthand for "history of": the personal history codes Z85-Z87. ICD-10-CM Z85 \'Personal history of malignant neoplasm\'',
    expect: [
      { system: 'icd10cm', code: 'Z85' },
      { system: 'icd10cm', code: 'Z86' },
      { system: 'icd10cm', code: 'Z87' },
    ],
  },
  {
    phrase: 'family hx',
    expansion: 'family history of',
    source: 'coding',
    reason:
      "Family hx is shorthand for family history (Z80-Z84). ICD-10-CM Z80 'Family history of primary malignant neoplasm'",
    expect: [
      { system: 'icd10cm', code: 'Z80' },
      { system: 'icd10cm', code: 'Z81' },
      { system: 'icd10cm', code: 'Z82' },
      { system: 'icd10cm', code: 'Z83' },
      { system: 'icd10cm', code: 'Z84' },
    ],
  },
  {
    phrase: 'r/o',
    expansion: 'encounter for observation for suspected diseases and conditions ruled out',
    source: 'coding',
    reason:
      "R/o is \"rule out\": read as the observation codes for a suspected condition that was ruled out (Z03); outpatient guidelines code the signs instead of an unconfirmed condition, and inpatient guidelines code it as if established, so the condition's own words must stay in the query. ICD-10-CM Z03 'Encounter for medical observation for suspected diseases and conditions ruled out'",
    expect: [{ system: 'icd10cm', code: 'Z03' }],
  },
  {
    phrase: 's/p',
    expansion: 'status post',
    source: 'index',
    reason:
      'S/p is "status post"; the ICD-10-CM Index main term Status (post) leads to the Z codes of procedures done (e.g. Status, mastectomy Z90.1-; postsurgical NEC Z98.890). ICD-10-CM Z90 \'Acquired absence of organs, not elsewhere classified\'',
    expect: [
      { system: 'icd10cm', code: 'Z90' },
      { system: 'icd10cm', code: 'Z93' },
      { system: 'icd10cm', code: 'Z94' },
      { system: 'icd10cm', code: 'Z95' },
      { system: 'icd10cm', code: 'Z96' },
      { system: 'icd10cm', code: 'Z97' },
      { system: 'icd10cm', code: 'Z98' },
      { system: 'icd10cm', code: 'Z99' },
    ],
  },
  {
    phrase: 's/p cabg',
    expansion: 'presence of aortocoronary bypass graft',
    source: 'coding',
    reason:
      "Index: Status (post), coronary artery bypass graft Z95.1. ICD-10-CM Z95.1 'Presence of aortocoronary bypass graft'",
    expect: [{ system: 'icd10cm', code: 'Z95.1' }],
  },
  {
    phrase: 'f/u',
    expansion: 'follow-up examination',
    source: 'coding',
    reason:
      "F/u is follow-up: the follow-up examination after completed treatment (Z09; after a malignant neoplasm Z08). ICD-10-CM Z09 'Encounter for follow-up examination after completed treatment for conditions other than malignant neoplasm'",
    expect: [
      { system: 'icd10cm', code: 'Z09' },
      { system: 'icd10cm', code: 'Z08' },
    ],
  },
  {
    phrase: 'mva',
    expansion: 'person injured in unspecified motor vehicle accident traffic',
    source: 'coding',
    reason:
      "MVA is shorthand for motor vehicle accident; without the vehicle and role, External Cause Index: Accident, motor vehicle NOS (traffic) V89.2. ICD-10-CM V89.2 'Person injured in unspecified motor-vehicle accident, traffic'",
    expect: [{ system: 'icd10cm', code: 'V89.2' }],
  },
  {
    phrase: 'tbi',
    expansion: 'unspecified intracranial injury',
    source: 'clinical',
    reason:
      "TBI is traumatic brain injury; unspecified, it is an intracranial injury S06.9-. ICD-10-CM S06 'Intracranial injury'",
    expect: [{ system: 'icd10cm', code: 'S06' }],
  },
  {
    phrase: 'chemo',
    expansion: 'encounter for antineoplastic chemotherapy',
    source: 'clinical',
    reason:
      "Chemo is short for chemotherapy; read as the encounter for antineoplastic chemotherapy (Z51.11), the diagnosis coded first for a chemotherapy visit; the administration itself is ICD-10-PCS 3E0 or CPT. ICD-10-CM Z51.11 'Encounter for antineoplastic chemotherapy'",
    expect: [{ system: 'icd10cm', code: 'Z51.11' }],
  },
  // procedures (ICD-10-PCS)
  {
    phrase: 'knee replacement',
    expansion: 'replacement of knee joint with synthetic substitute',
    source: 'lay',
    reason:
      "A knee replacement (arthroplasty) is Replacement of the knee joint with a synthetic substitute (0SRC/0SRD; femoral/tibial surfaces 0SRT-0SRW). ICD-10-PCS 0SRC0JZ 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0SRC' },
      { system: 'icd10pcs', code: '0SRD' },
      { system: 'icd10pcs', code: '0SRT' },
      { system: 'icd10pcs', code: '0SRU' },
      { system: 'icd10pcs', code: '0SRV' },
      { system: 'icd10pcs', code: '0SRW' },
    ],
  },
  {
    phrase: 'hip replacement',
    expansion: 'replacement of hip joint with synthetic substitute',
    source: 'lay',
    reason:
      "A hip replacement (arthroplasty) is Replacement of the hip joint with a synthetic substitute (0SR9/0SRB; surfaces 0SRA/0SRE/0SRR/0SRS). ICD-10-PCS 0SR90JZ 'Replacement of Right Hip Joint with Synthetic Substitute, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0SR9' },
      { system: 'icd10pcs', code: '0SRB' },
      { system: 'icd10pcs', code: '0SRA' },
      { system: 'icd10pcs', code: '0SRE' },
      { system: 'icd10pcs', code: '0SRR' },
      { system: 'icd10pcs', code: '0SRS' },
    ],
  },
  {
    phrase: 'shoulder replacement',
    expansion: 'replacement of shoulder joint with synthetic substitute',
    source: 'lay',
    reason:
      "A shoulder replacement is Replacement of the shoulder joint (0RRJ/0RRK). ICD-10-PCS 0RRJ0JZ 'Replacement of Right Shoulder Joint with Synthetic Substitute, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0RRJ' },
      { system: 'icd10pcs', code: '0RRK' },
    ],
  },
  {
    phrase: 'tka',
    expansion: 'replacement of knee joint with synthetic substitute',
    source: 'clinical',
    reason:
      "TKA is total knee arthroplasty: Replacement of the knee joint with a synthetic substitute. ICD-10-PCS 0SRC0JZ 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0SRC' },
      { system: 'icd10pcs', code: '0SRD' },
      { system: 'icd10pcs', code: '0SRT' },
      { system: 'icd10pcs', code: '0SRU' },
      { system: 'icd10pcs', code: '0SRV' },
      { system: 'icd10pcs', code: '0SRW' },
    ],
  },
  {
    phrase: 'tha',
    expansion: 'replacement of hip joint with synthetic substitute',
    source: 'clinical',
    reason:
      "THA is total hip arthroplasty: Replacement of the hip joint with a synthetic substitute. ICD-10-PCS 0SR90JZ 'Replacement of Right Hip Joint with Synthetic Substitute, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0SR9' },
      { system: 'icd10pcs', code: '0SRB' },
      { system: 'icd10pcs', code: '0SRA' },
      { system: 'icd10pcs', code: '0SRE' },
      { system: 'icd10pcs', code: '0SRR' },
      { system: 'icd10pcs', code: '0SRS' },
    ],
  },
  {
    phrase: 'total knee',
    expansion: 'replacement of knee joint with synthetic substitute',
    source: 'clinical',
    reason:
      '"Total knee" is a total knee arthroplasty. ICD-10-PCS 0SRC0JZ \'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach\'',
    expect: [
      { system: 'icd10pcs', code: '0SRC' },
      { system: 'icd10pcs', code: '0SRD' },
      { system: 'icd10pcs', code: '0SRT' },
      { system: 'icd10pcs', code: '0SRU' },
      { system: 'icd10pcs', code: '0SRV' },
      { system: 'icd10pcs', code: '0SRW' },
    ],
  },
  {
    phrase: 'total hip',
    expansion: 'replacement of hip joint with synthetic substitute',
    source: 'clinical',
    reason:
      '"Total hip" is a total hip arthroplasty. ICD-10-PCS 0SR90JZ \'Replacement of Right Hip Joint with Synthetic Substitute, Open Approach\'',
    expect: [
      { system: 'icd10pcs', code: '0SR9' },
      { system: 'icd10pcs', code: '0SRB' },
      { system: 'icd10pcs', code: '0SRA' },
      { system: 'icd10pcs', code: '0SRE' },
      { system: 'icd10pcs', code: '0SRR' },
      { system: 'icd10pcs', code: '0SRS' },
    ],
  },
  {
    phrase: 'lap chole',
    expansion: 'resection of gallbladder percutaneous endoscopic approach',
    source: 'clinical',
    reason:
      "Lap chole is laparoscopic cholecystectomy; laparoscopic is the percutaneous endoscopic approach (PCS Index: Cholecystectomy, see Resection, Gallbladder 0FT4). ICD-10-PCS 0FT44ZZ 'Resection of Gallbladder, Percutaneous Endoscopic Approach'",
    expect: [{ system: 'icd10pcs', code: '0FT44' }],
  },
  {
    phrase: 'gallbladder removal',
    expansion: 'resection of gallbladder',
    source: 'lay',
    reason:
      "Removal of the whole gallbladder is Resection (PCS Index: Cholecystectomy, see Resection, Gallbladder 0FT4). ICD-10-PCS 0FT40ZZ 'Resection of Gallbladder, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '0FT4' }],
  },
  {
    phrase: 'lap appy',
    expansion: 'resection of appendix percutaneous endoscopic approach',
    source: 'clinical',
    reason:
      "Lap appy is laparoscopic appendectomy (PCS Index: Appendectomy, see Resection, Appendix 0DTJ). ICD-10-PCS 0DTJ4ZZ 'Resection of Appendix, Percutaneous Endoscopic Approach'",
    expect: [{ system: 'icd10pcs', code: '0DTJ4' }],
  },
  {
    phrase: 'appendix removal',
    expansion: 'resection of appendix',
    source: 'lay',
    reason:
      "Removal of the appendix is Resection (PCS Index: Appendectomy, see Resection, Appendix 0DTJ). ICD-10-PCS 0DTJ0ZZ 'Resection of Appendix, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '0DTJ' }],
  },
  {
    phrase: 'egd',
    expansion: 'inspection of upper intestinal tract via natural or artificial opening endoscopic',
    source: 'index',
    reason:
      "PCS Index: EGD (esophagogastroduodenoscopy) 0DJ08ZZ. ICD-10-PCS 0DJ08ZZ 'Inspection of Upper Intestinal Tract, Via Natural or Artificial Opening Endoscopic'",
    expect: [{ system: 'icd10pcs', code: '0DJ08' }],
  },
  {
    phrase: 'upper endoscopy',
    expansion: 'inspection of upper intestinal tract via natural or artificial opening endoscopic',
    source: 'clinical',
    reason:
      "An upper endoscopy is an EGD (PCS Index: Esophagogastroduodenoscopy 0DJ08ZZ). ICD-10-PCS 0DJ08ZZ 'Inspection of Upper Intestinal Tract, Via Natural or Artificial Opening Endoscopic'",
    expect: [{ system: 'icd10pcs', code: '0DJ08' }],
  },
  {
    phrase: 'cabg',
    expansion: 'bypass coronary artery',
    source: 'clinical',
    reason:
      'CABG is coronary artery bypass grafting: PCS Bypass Coronary Artery (0210-0213 by number of arteries); read as the procedure (status after CABG is "s/p cabg", Z95.1); "cabg" appears only in quality-measure G codes, whose "coronary artery bypass graft" the expansion still meets. ICD-10-PCS 02100Z3 \'Bypass Coronary Artery, One Artery from Coronary Artery, Open Approach\'',
    expect: [
      { system: 'icd10pcs', code: '0210' },
      { system: 'icd10pcs', code: '0211' },
      { system: 'icd10pcs', code: '0212' },
      { system: 'icd10pcs', code: '0213' },
    ],
  },
  {
    phrase: 'heart bypass',
    expansion: 'bypass coronary artery',
    source: 'lay',
    reason:
      "Heart bypass surgery is coronary artery bypass grafting. ICD-10-PCS 02100Z3 'Bypass Coronary Artery, One Artery from Coronary Artery, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0210' },
      { system: 'icd10pcs', code: '0211' },
      { system: 'icd10pcs', code: '0212' },
      { system: 'icd10pcs', code: '0213' },
    ],
  },
  {
    phrase: 'heart stent',
    expansion: 'dilation of coronary artery with drug-eluting intraluminal device',
    source: 'lay',
    reason:
      "A heart stent is a coronary angioplasty with stent: Dilation of coronary artery with intraluminal device (PCS Index: Angioplasty, see Dilation, Heart and Great Vessels 027). ICD-10-PCS 027004Z 'Dilation of Coronary Artery, One Artery with Drug-eluting Intraluminal Device, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0270' },
      { system: 'icd10pcs', code: '0271' },
      { system: 'icd10pcs', code: '0272' },
      { system: 'icd10pcs', code: '0273' },
    ],
  },
  {
    phrase: 'cardiac cath',
    expansion: 'measurement of cardiac sampling and pressure percutaneous approach',
    source: 'clinical',
    reason:
      "Cardiac catheterization is measured in PCS as Measurement, Cardiac, Sampling and Pressure (PCS Index: Catheterization, Heart, see Measurement, Cardiac 4A02). ICD-10-PCS 4A023N8 'Measurement of Cardiac Sampling and Pressure, Bilateral, Percutaneous Approach'",
    expect: [{ system: 'icd10pcs', code: '4A023N' }],
  },
  {
    phrase: 'heart cath',
    expansion: 'measurement of cardiac sampling and pressure percutaneous approach',
    source: 'lay',
    reason:
      "Heart catheterization: PCS Index Catheterization, Heart, see Measurement, Cardiac 4A02. ICD-10-PCS 4A023N8 'Measurement of Cardiac Sampling and Pressure, Bilateral, Percutaneous Approach'",
    expect: [{ system: 'icd10pcs', code: '4A023N' }],
  },
  {
    phrase: 'tonsil removal',
    expansion: 'resection of tonsils',
    source: 'lay',
    reason:
      "Removal of the tonsils (tonsillectomy) is Resection, Tonsils 0CTP. ICD-10-PCS 0CTP0ZZ 'Resection of Tonsils, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '0CTP' }],
  },
  {
    phrase: 'orif',
    expansion: 'reposition with internal fixation device open approach',
    source: 'clinical',
    reason:
      "ORIF is open reduction (Reposition) with internal fixation, open approach: 0PS upper bones, 0QS lower bones, 0NS head and facial bones. ICD-10-PCS 0QS 'Lower Bones, Reposition'",
    expect: [
      { system: 'icd10pcs', code: '0QS' },
      { system: 'icd10pcs', code: '0PS' },
      { system: 'icd10pcs', code: '0NS' },
    ],
  },
  {
    phrase: 'i&d',
    expansion: 'drainage of subcutaneous tissue and fascia open approach',
    source: 'clinical',
    reason:
      "I&D is incision and drainage, most often of a skin abscess: Drainage of subcutaneous tissue and fascia (0J9). ICD-10-PCS 0J9 'Subcutaneous Tissue and Fascia, Drainage'",
    expect: [{ system: 'icd10pcs', code: '0J9' }],
  },
  {
    phrase: 'incision and drainage',
    expansion: 'drainage of subcutaneous tissue and fascia open approach',
    source: 'clinical',
    reason:
      "Incision and drainage, most often of a skin abscess: Drainage of subcutaneous tissue and fascia (0J9). ICD-10-PCS 0J9 'Subcutaneous Tissue and Fascia, Drainage'",
    expect: [{ system: 'icd10pcs', code: '0J9' }],
  },
  {
    phrase: 'tah',
    expansion: 'resection of uterus open approach',
    source: 'clinical',
    reason:
      "TAH is total abdominal hysterectomy: Resection of uterus, open approach (PCS Index: Hysterectomy, total, see Resection, Uterus 0UT9). ICD-10-PCS 0UT90ZZ 'Resection of Uterus, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '0UT90' }],
  },
  {
    phrase: 'turp',
    expansion: 'excision of prostate via natural or artificial opening endoscopic',
    source: 'index',
    reason:
      "PCS Index: TURP (transurethral resection of prostate), see Excision, Prostate 0VB0 / Resection, Prostate 0VT0. ICD-10-PCS 0VB08ZZ 'Excision of Prostate, Via Natural or Artificial Opening Endoscopic'",
    expect: [
      { system: 'icd10pcs', code: '0VB0' },
      { system: 'icd10pcs', code: '0VT0' },
    ],
  },
  {
    phrase: 'bka',
    expansion: 'detachment at lower leg',
    source: 'clinical',
    reason:
      "BKA is below-knee amputation: Detachment at lower leg (PCS Index: Amputation, see Detachment). ICD-10-PCS 0Y6H0Z1 'Detachment at Right Lower Leg, High, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0Y6H' },
      { system: 'icd10pcs', code: '0Y6J' },
    ],
  },
  {
    phrase: 'c section',
    expansion: 'extraction of products of conception low open approach',
    source: 'index',
    reason:
      "PCS Index: Cesarean section, see Extraction, Products of Conception 10D0 (low cervical 10D00Z1 is the usual). ICD-10-PCS 10D00Z1 'Extraction of Products of Conception, Low, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '10D00Z' }],
  },
  {
    phrase: 'vaginal delivery',
    expansion: 'delivery of products of conception external approach',
    source: 'clinical',
    reason:
      "An assisted vaginal delivery is Delivery of Products of Conception 10E0XZZ (PCS Index: Delivery, manually assisted). ICD-10-PCS 10E0XZZ 'Delivery of Products of Conception, External Approach'",
    expect: [{ system: 'icd10pcs', code: '10E0XZZ' }],
  },
  {
    phrase: 'tubal ligation',
    expansion: 'occlusion of bilateral fallopian tubes',
    source: 'clinical',
    reason:
      "Tubal ligation is Occlusion of the fallopian tubes (0UL7 bilateral). ICD-10-PCS 0UL70CZ 'Occlusion of Bilateral Fallopian Tubes with Extraluminal Device, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '0UL7' }],
  },
  {
    phrase: 'tubes tied',
    expansion: 'occlusion of bilateral fallopian tubes',
    source: 'lay',
    reason:
      '"Tubes tied" is tubal ligation: Occlusion of the fallopian tubes. ICD-10-PCS 0UL70CZ \'Occlusion of Bilateral Fallopian Tubes with Extraluminal Device, Open Approach\'',
    expect: [{ system: 'icd10pcs', code: '0UL7' }],
  },
  {
    phrase: 'd&c',
    expansion: 'extraction of endometrium via natural or artificial opening',
    source: 'clinical',
    reason:
      "D&C is dilation and curettage: Extraction of endometrium 0UDB. ICD-10-PCS 0UDB7ZZ 'Extraction of Endometrium, Via Natural or Artificial Opening'",
    expect: [{ system: 'icd10pcs', code: '0UDB' }],
  },
  {
    phrase: 'tubes in ears',
    expansion: 'drainage of tympanic membrane with drainage device',
    source: 'lay',
    reason:
      "Ear tubes are placed by myringotomy with a tube: Drainage of tympanic membrane with drainage device (PCS Index: Myringotomy, see Drainage, Ear, Nose, Sinus 099). ICD-10-PCS 099700Z 'Drainage of Right Tympanic Membrane with Drainage Device, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0997' },
      { system: 'icd10pcs', code: '0998' },
    ],
  },
  {
    phrase: 'ear tubes',
    expansion: 'drainage of tympanic membrane with drainage device',
    source: 'lay',
    reason:
      "Ear tubes are placed by myringotomy with a tube: Drainage of tympanic membrane with drainage device (PCS Index: Myringotomy, see Drainage 099). ICD-10-PCS 099700Z 'Drainage of Right Tympanic Membrane with Drainage Device, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0997' },
      { system: 'icd10pcs', code: '0998' },
    ],
  },
  {
    phrase: 'cataract surgery',
    expansion: 'replacement of lens with synthetic substitute percutaneous approach',
    source: 'lay',
    reason:
      "Cataract surgery (extraction with lens implant) is Replacement of the lens with a synthetic substitute (08RJ3JZ/08RK3JZ). ICD-10-PCS 08RJ3JZ 'Replacement of Right Lens with Synthetic Substitute, Percutaneous Approach'",
    expect: [
      { system: 'icd10pcs', code: '08RJ' },
      { system: 'icd10pcs', code: '08RK' },
    ],
  },
  {
    phrase: 'cataract removal',
    expansion: 'replacement of lens with synthetic substitute percutaneous approach',
    source: 'lay',
    reason:
      "Cataract removal with lens implant is Replacement of the lens with a synthetic substitute (08RJ3JZ/08RK3JZ). ICD-10-PCS 08RJ3JZ 'Replacement of Right Lens with Synthetic Substitute, Percutaneous Approach'",
    expect: [
      { system: 'icd10pcs', code: '08RJ' },
      { system: 'icd10pcs', code: '08RK' },
    ],
  },
  {
    phrase: 'rotator cuff repair',
    expansion: 'repair shoulder muscle',
    source: 'clinical',
    reason:
      "Rotator cuff repair is Repair of the shoulder muscle (0KQ5/0KQ6) or tendon (0LQ1/0LQ2). ICD-10-PCS 0KQ50ZZ 'Repair Right Shoulder Muscle, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0KQ5' },
      { system: 'icd10pcs', code: '0KQ6' },
      { system: 'icd10pcs', code: '0LQ1' },
      { system: 'icd10pcs', code: '0LQ2' },
    ],
  },
  {
    phrase: 'acl reconstruction',
    expansion: 'replacement of knee bursa and ligament with autologous tissue substitute',
    source: 'clinical',
    reason:
      "ACL reconstruction with a graft is Replacement of knee bursa and ligament (0MRN/0MRP). ICD-10-PCS 0MRN07Z 'Replacement of Right Knee Bursa and Ligament with Autologous Tissue Substitute, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0MRN' },
      { system: 'icd10pcs', code: '0MRP' },
    ],
  },
  {
    phrase: 'knee scope',
    expansion: 'inspection of knee joint percutaneous endoscopic approach',
    source: 'lay',
    reason:
      "A knee scope is a knee arthroscopy (PCS Index: Arthroscopy, see Inspection, Lower Joints 0SJ). ICD-10-PCS 0SJC4ZZ 'Inspection of Right Knee Joint, Percutaneous Endoscopic Approach'",
    expect: [
      { system: 'icd10pcs', code: '0SJC4' },
      { system: 'icd10pcs', code: '0SJD4' },
    ],
  },
  {
    phrase: 'shoulder scope',
    expansion: 'inspection of shoulder joint percutaneous endoscopic approach',
    source: 'lay',
    reason:
      "A shoulder scope is a shoulder arthroscopy (PCS Index: Arthroscopy, see Inspection, Upper Joints 0RJ). ICD-10-PCS 0RJJ4ZZ 'Inspection of Right Shoulder Joint, Percutaneous Endoscopic Approach'",
    expect: [
      { system: 'icd10pcs', code: '0RJJ4' },
      { system: 'icd10pcs', code: '0RJK4' },
    ],
  },
  {
    phrase: 'spinal tap',
    expansion: 'drainage of spinal canal percutaneous approach diagnostic',
    source: 'clinical',
    reason:
      "A spinal tap (lumbar puncture) is a diagnostic Drainage of the spinal canal 009U3ZX. ICD-10-PCS 009U3ZX 'Drainage of Spinal Canal, Percutaneous Approach, Diagnostic'",
    expect: [{ system: 'icd10pcs', code: '009U3' }],
  },
  {
    phrase: 'blood transfusion',
    expansion: 'transfusion of nonautologous red blood cells into peripheral vein percutaneous approach',
    source: 'lay',
    reason:
      "A routine blood transfusion is red cells into a peripheral vein (30233N1). ICD-10-PCS 30233N1 'Transfusion of Nonautologous Red Blood Cells into Peripheral Vein, Percutaneous Approach'",
    expect: [{ system: 'icd10pcs', code: '30233N1' }],
  },
  {
    phrase: 'wisdom teeth removal',
    expansion: 'extraction of lower tooth',
    source: 'lay',
    reason:
      "Tooth extraction (PCS Index: Extraction, Tooth, Lower 0CDXXZ, Upper 0CDWXZ). ICD-10-PCS 0CDXXZ0 'Extraction of Lower Tooth, Single, External Approach'",
    expect: [
      { system: 'icd10pcs', code: '0CDX' },
      { system: 'icd10pcs', code: '0CDW' },
    ],
  },
  {
    phrase: 'tooth extraction',
    expansion: 'extraction of lower tooth',
    source: 'lay',
    reason:
      "PCS Index: Extraction, Tooth, Lower 0CDXXZ, Upper 0CDWXZ. ICD-10-PCS 0CDXXZ0 'Extraction of Lower Tooth, Single, External Approach'",
    expect: [
      { system: 'icd10pcs', code: '0CDX' },
      { system: 'icd10pcs', code: '0CDW' },
    ],
  },
  {
    phrase: 'pulled tooth',
    expansion: 'extraction of lower tooth',
    source: 'lay',
    reason:
      "A pulled tooth is a tooth extraction (PCS Index: Extraction, Tooth 0CDXXZ/0CDWXZ). ICD-10-PCS 0CDXXZ0 'Extraction of Lower Tooth, Single, External Approach'",
    expect: [
      { system: 'icd10pcs', code: '0CDX' },
      { system: 'icd10pcs', code: '0CDW' },
    ],
  },
  {
    phrase: 'gastric bypass',
    expansion: 'bypass stomach to jejunum',
    source: 'lay',
    reason:
      "Gastric bypass (Roux-en-Y) is Bypass Stomach to Jejunum (0D16, qualifier A). ICD-10-PCS 0D160ZA 'Bypass Stomach to Jejunum, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '0D16' }],
  },
  {
    phrase: 'gastric sleeve',
    expansion: 'excision of stomach percutaneous endoscopic approach vertical',
    source: 'lay',
    reason:
      "PCS Index: Gastrectomy, vertical (sleeve), see Excision, Stomach 0DB6 (qualifier 3 vertical). ICD-10-PCS 0DB64Z3 'Excision of Stomach, Percutaneous Endoscopic Approach, Vertical'",
    expect: [{ system: 'icd10pcs', code: '0DB64Z3' }],
  },
  {
    phrase: 'sleeve gastrectomy',
    expansion: 'excision of stomach percutaneous endoscopic approach vertical',
    source: 'index',
    reason:
      "PCS Index: Gastrectomy, vertical (sleeve), see Excision, Stomach 0DB6 (qualifier 3 vertical). ICD-10-PCS 0DB64Z3 'Excision of Stomach, Percutaneous Endoscopic Approach, Vertical'",
    expect: [{ system: 'icd10pcs', code: '0DB64Z3' }],
  },
  {
    phrase: 'carpal tunnel release',
    expansion: 'release median nerve',
    source: 'clinical',
    reason:
      "Carpal tunnel release frees the median nerve: Release, Median Nerve 01N5. ICD-10-PCS 01N50ZZ 'Release Median Nerve, Open Approach'",
    expect: [{ system: 'icd10pcs', code: '01N5' }],
  },
  {
    phrase: 'inguinal hernia repair',
    expansion: 'repair inguinal region',
    source: 'clinical',
    reason:
      "Inguinal hernia repair is Repair of the inguinal region (0YQ5/0YQ6/0YQA), or Supplement with mesh (0YU5/0YU6/0YUA). ICD-10-PCS 0YQ50ZZ 'Repair Right Inguinal Region, Open Approach'",
    expect: [
      { system: 'icd10pcs', code: '0YQ5' },
      { system: 'icd10pcs', code: '0YQ6' },
      { system: 'icd10pcs', code: '0YQA' },
      { system: 'icd10pcs', code: '0YU5' },
      { system: 'icd10pcs', code: '0YU6' },
      { system: 'icd10pcs', code: '0YUA' },
    ],
  },
  {
    phrase: 'peg tube',
    expansion: 'insertion of feeding device into stomach percutaneous approach',
    source: 'index',
    reason:
      "PCS Index: PEG (percutaneous endoscopic gastrostomy) 0DH63UZ. ICD-10-PCS 0DH63UZ 'Insertion of Feeding Device into Stomach, Percutaneous Approach'",
    expect: [{ system: 'icd10pcs', code: '0DH6' }],
  },
  {
    phrase: 'picc line',
    expansion: 'insertion of infusion device into superior vena cava percutaneous approach',
    source: 'clinical',
    reason:
      "A PICC line is a peripherally inserted central catheter, an infusion device whose tip lies in the superior vena cava (PCS Index: Peripherally inserted central catheter (PICC), use Infusion Device). ICD-10-PCS 02HV33Z 'Insertion of Infusion Device into Superior Vena Cava, Percutaneous Approach'",
    expect: [{ system: 'icd10pcs', code: '02HV3' }],
  },
  {
    phrase: 'central line',
    expansion: 'insertion of infusion device into superior vena cava percutaneous approach',
    source: 'clinical',
    reason:
      "A central venous line is an infusion device ending in the superior vena cava (02HV33Z). ICD-10-PCS 02HV33Z 'Insertion of Infusion Device into Superior Vena Cava, Percutaneous Approach'",
    expect: [{ system: 'icd10pcs', code: '02HV3' }],
  },
  {
    phrase: 'chest tube',
    expansion: 'drainage of pleural cavity with drainage device percutaneous approach',
    source: 'clinical',
    reason:
      "A chest tube drains the pleural cavity with a drainage device (PCS Index: Thoracostomy tube, use Drainage Device). ICD-10-PCS 0W9930Z 'Drainage of Right Pleural Cavity with Drainage Device, Percutaneous Approach'",
    expect: [
      { system: 'icd10pcs', code: '0W99' },
      { system: 'icd10pcs', code: '0W9B' },
      { system: 'icd10pcs', code: '0B9N' },
      { system: 'icd10pcs', code: '0B9P' },
    ],
  },
  {
    phrase: 'mechanical ventilation',
    expansion: 'performance of respiratory ventilation consecutive hours',
    source: 'index',
    reason:
      "PCS Index: Mechanical ventilation, see Performance, Respiratory 5A19 (5A1935Z-5A1955Z by duration). ICD-10-PCS 5A1945Z 'Respiratory Ventilation, 24-96 Consecutive Hours'",
    expect: [
      { system: 'icd10pcs', code: '5A193' },
      { system: 'icd10pcs', code: '5A194' },
      { system: 'icd10pcs', code: '5A195' },
    ],
  },
  // DME and supplies (HCPCS)
  {
    phrase: 'cpap machine',
    expansion: 'continuous positive airway pressure cpap device',
    source: 'lay',
    reason:
      "A CPAP machine is a continuous positive airway pressure device E0601. HCPCS E0601 'Continuous positive airway pressure (cpap) device'",
    expect: [{ system: 'hcpcs', code: 'E0601' }],
  },
  {
    phrase: 'cpap mask',
    expansion: 'full face mask used with positive airway pressure device',
    source: 'lay',
    reason:
      "CPAP masks: full face mask A7030, nasal interface A7034, oral/nasal A7027. HCPCS A7030 'Full face mask used with positive airway pressure device, each'",
    expect: [
      { system: 'hcpcs', code: 'A7030' },
      { system: 'hcpcs', code: 'A7034' },
      { system: 'hcpcs', code: 'A7027' },
    ],
  },
  {
    phrase: 'bipap machine',
    expansion: 'respiratory assist device bi-level pressure capability',
    source: 'lay',
    reason:
      "A BiPAP machine is a bi-level respiratory assist device (E0470-E0472). HCPCS E0470 'Respiratory assist device, bi-level pressure capability, without backup rate feature, used with noninvasive interface, e.g., nasal or facial mask (intermittent assist device with continuous positive airway pressure device)'",
    expect: [
      { system: 'hcpcs', code: 'E0470' },
      { system: 'hcpcs', code: 'E0471' },
      { system: 'hcpcs', code: 'E0472' },
    ],
  },
  {
    phrase: 'bipap',
    expansion: 'respiratory assist device bi-level pressure capability',
    source: 'clinical',
    reason:
      "BiPAP is bi-level positive airway pressure: a respiratory assist device with bi-level pressure capability (E0470-E0472). HCPCS E0470 'Respiratory assist device, bi-level pressure capability, without backup rate feature, used with noninvasive interface, e.g., nasal or facial mask (intermittent assist device with continuous positive airway pressure device)'",
    expect: [
      { system: 'hcpcs', code: 'E0470' },
      { system: 'hcpcs', code: 'E0471' },
      { system: 'hcpcs', code: 'E0472' },
    ],
  },
  {
    phrase: 'electric wheelchair',
    expansion: 'power wheelchair group 2 standard',
    source: 'lay',
    reason:
      "An electric wheelchair is a power wheelchair; group 2 standard (K0820-K0829) is the usual Medicare base. HCPCS K0823 'Power wheelchair, group 2 standard, captains chair, patient weight capacity up to and including 300 pounds'",
    expect: [
      { system: 'hcpcs', code: 'K08' },
      { system: 'hcpcs', code: 'E1239' },
    ],
  },
  {
    phrase: 'mobility scooter',
    expansion: 'power operated vehicle',
    source: 'lay',
    reason:
      "A mobility scooter is a power operated vehicle (K0800-K0812). HCPCS E1230 'Power operated vehicle (three or four wheel nonhighway) specify brand name and model number'",
    expect: [
      { system: 'hcpcs', code: 'K080' },
      { system: 'hcpcs', code: 'K081' },
      { system: 'hcpcs', code: 'E1230' },
    ],
  },
  {
    phrase: 'rolling walker',
    expansion: 'walker folding wheeled',
    source: 'lay',
    reason:
      "A rolling walker is a wheeled walker (E0141 rigid, E0143 folding). HCPCS E0143 'Walker, folding, wheeled, adjustable or fixed height'",
    expect: [
      { system: 'hcpcs', code: 'E0143' },
      { system: 'hcpcs', code: 'E0141' },
    ],
  },
  {
    phrase: 'knee scooter',
    expansion: 'crutch substitute lower leg platform with or without wheels',
    source: 'lay',
    reason:
      "A knee scooter (knee walker) is a crutch substitute, lower leg platform E0118. HCPCS E0118 'Crutch substitute, lower leg platform, with or without wheels, each'",
    expect: [{ system: 'hcpcs', code: 'E0118' }],
  },
  {
    phrase: 'knee walker',
    expansion: 'crutch substitute lower leg platform with or without wheels',
    source: 'lay',
    reason:
      "A knee walker is a crutch substitute, lower leg platform E0118. HCPCS E0118 'Crutch substitute, lower leg platform, with or without wheels, each'",
    expect: [{ system: 'hcpcs', code: 'E0118' }],
  },
  {
    phrase: 'glucose test strips',
    expansion: 'blood glucose test or reagent strips for home blood glucose monitor',
    source: 'lay',
    reason:
      "Home glucose test strips: A4253. HCPCS A4253 'Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips'",
    expect: [{ system: 'hcpcs', code: 'A4253' }],
  },
  {
    phrase: 'diabetic test strips',
    expansion: 'blood glucose test or reagent strips for home blood glucose monitor',
    source: 'lay',
    reason:
      "Home glucose test strips: A4253. HCPCS A4253 'Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips'",
    expect: [{ system: 'hcpcs', code: 'A4253' }],
  },
  {
    phrase: 'glucometer',
    expansion: 'home blood glucose monitor',
    source: 'lay',
    reason: "A glucometer is a home blood glucose monitor E0607. HCPCS E0607 'Home blood glucose monitor'",
    expect: [{ system: 'hcpcs', code: 'E0607' }],
  },
  {
    phrase: 'glucose meter',
    expansion: 'home blood glucose monitor',
    source: 'lay',
    reason: "A glucose meter is a home blood glucose monitor E0607. HCPCS E0607 'Home blood glucose monitor'",
    expect: [{ system: 'hcpcs', code: 'E0607' }],
  },
  {
    phrase: 'insulin pump',
    expansion: 'external ambulatory infusion pump insulin',
    source: 'lay',
    reason:
      "An insulin pump is an external ambulatory infusion pump, insulin E0784. HCPCS E0784 'External ambulatory infusion pump, insulin'",
    expect: [{ system: 'hcpcs', code: 'E0784' }],
  },
  {
    phrase: 'insulin syringes',
    expansion: 'syringe with needle sterile 1 cc or less',
    source: 'lay',
    reason:
      "Insulin syringes are 1 cc or less syringes with needle A4206. HCPCS A4206 'Syringe with needle, sterile, 1 cc or less, each'",
    expect: [{ system: 'hcpcs', code: 'A4206' }],
  },
  {
    phrase: 'knee brace',
    expansion: 'knee orthosis',
    source: 'lay',
    reason:
      "A knee brace is a knee orthosis (L1810-L1860). HCPCS L1834 'Knee orthosis, without knee joint, rigid, custom fabricated'",
    expect: [{ system: 'hcpcs', code: 'L18' }],
  },
  {
    phrase: 'back brace',
    expansion: 'lumbar-sacral orthosis sagittal control',
    source: 'lay',
    reason:
      "A back brace is a lumbar-sacral orthosis (L0625-L0651). HCPCS L0632 'Lumbar-sacral orthosis, sagittal control, with rigid anterior and posterior panels, posterior extends from sacrococcygeal junction to t-9 vertebra, produces intracavitary pressure to reduce load on the intervertebral discs, includes straps, closures, may include padding, shoulder straps, pendulous abdomen design, custom fabricated'",
    expect: [{ system: 'hcpcs', code: 'L06' }],
  },
  {
    phrase: 'wrist brace',
    expansion: 'wrist hand orthosis prefabricated off-the-shelf',
    source: 'lay',
    reason:
      "A wrist brace or splint is a wrist hand orthosis (L3906-L3916). HCPCS L3908 'Wrist hand orthosis, wrist extension control cock-up, non molded, prefabricated, off-the-shelf'",
    expect: [
      { system: 'hcpcs', code: 'L39' },
      { system: 'hcpcs', code: 'L38' },
    ],
  },
  {
    phrase: 'wrist splint',
    expansion: 'wrist hand orthosis prefabricated off-the-shelf',
    source: 'lay',
    reason:
      "A wrist splint is a wrist hand orthosis (L3906-L3916). HCPCS L3908 'Wrist hand orthosis, wrist extension control cock-up, non molded, prefabricated, off-the-shelf'",
    expect: [
      { system: 'hcpcs', code: 'L39' },
      { system: 'hcpcs', code: 'L38' },
    ],
  },
  {
    phrase: 'ankle brace',
    expansion: 'ankle orthosis',
    source: 'lay',
    reason:
      "An ankle brace is an ankle orthosis (L1902-L1907). HCPCS L1902 'Ankle orthosis, ankle gauntlet or similar, with or without joints, prefabricated, off-the-shelf'",
    expect: [
      { system: 'hcpcs', code: 'L1902' },
      { system: 'hcpcs', code: 'L1904' },
      { system: 'hcpcs', code: 'L1906' },
      { system: 'hcpcs', code: 'L1907' },
    ],
  },
  {
    phrase: 'neck brace',
    expansion: 'cervical collar',
    source: 'lay',
    reason: "A neck brace is a cervical collar (L0120-L0174). HCPCS L0170 'Cervical, collar, molded to patient model'",
    expect: [{ system: 'hcpcs', code: 'L01' }],
  },
  {
    phrase: 'cam boot',
    expansion: 'walking boot',
    source: 'clinical',
    reason:
      "A CAM boot is a walking boot (L4360/L4361 pneumatic, L4386/L4387 non-pneumatic). HCPCS L4360 'Walking boot, pneumatic and/or vacuum, with or without joints, with or without interface material, prefabricated item that has been trimmed, bent, molded, assembled, or otherwise customized to fit a specific patient by an individual with expertise'",
    expect: [
      { system: 'hcpcs', code: 'L4360' },
      { system: 'hcpcs', code: 'L4361' },
      { system: 'hcpcs', code: 'L4386' },
      { system: 'hcpcs', code: 'L4387' },
    ],
  },
  {
    phrase: 'arch supports',
    expansion: 'foot arch support',
    source: 'lay',
    reason:
      "Shoe inserts and arch supports are foot orthoses L3000-L3060. HCPCS L3030 'Foot, insert, removable, formed to patient foot, each'",
    expect: [{ system: 'hcpcs', code: 'L30' }],
  },
  {
    phrase: 'shoe inserts',
    expansion: 'foot insert removable',
    source: 'lay',
    reason:
      "Shoe inserts are removable foot inserts L3000-L3030. HCPCS L3030 'Foot, insert, removable, formed to patient foot, each'",
    expect: [{ system: 'hcpcs', code: 'L30' }],
  },
  {
    phrase: 'compression stockings',
    expansion: 'gradient compression stocking below knee',
    source: 'lay',
    reason:
      "Compression stockings are gradient compression stockings (A6530-A6541, A6552-A6559). HCPCS A6530 'Gradient compression stocking, below knee, 18-30 mmhg, each'",
    expect: [
      { system: 'hcpcs', code: 'A653' },
      { system: 'hcpcs', code: 'A654' },
      { system: 'hcpcs', code: 'A655' },
    ],
  },
  {
    phrase: 'compression socks',
    expansion: 'gradient compression stocking below knee',
    source: 'lay',
    reason:
      "Compression socks are gradient compression stockings. HCPCS A6530 'Gradient compression stocking, below knee, 18-30 mmhg, each'",
    expect: [
      { system: 'hcpcs', code: 'A653' },
      { system: 'hcpcs', code: 'A654' },
      { system: 'hcpcs', code: 'A655' },
    ],
  },
  {
    phrase: 'ted hose',
    expansion: 'surgical stockings',
    source: 'lay',
    reason:
      "TED hose are anti-embolism surgical stockings A4490-A4510. HCPCS A4490 'Surgical stockings above knee length, each'",
    expect: [
      { system: 'hcpcs', code: 'A4490' },
      { system: 'hcpcs', code: 'A4495' },
      { system: 'hcpcs', code: 'A4500' },
      { system: 'hcpcs', code: 'A4510' },
    ],
  },
  {
    phrase: 'diabetic shoes',
    expansion: 'for diabetics only fitting custom preparation and supply of off-the-shelf depth-inlay shoe',
    source: 'lay',
    reason:
      'Diabetic shoes: "For diabetics only" depth-inlay and custom shoes A5500-A5508. HCPCS A5500 \'For diabetics only, fitting (including follow-up), custom preparation and supply of off-the-shelf depth-inlay shoe manufactured to accommodate multi-density insert(s), per shoe\'',
    expect: [{ system: 'hcpcs', code: 'A550' }],
  },
  {
    phrase: 'condom catheter',
    expansion: 'male external catheter',
    source: 'lay',
    reason:
      "A condom catheter is a male external catheter A4326/A4349. HCPCS A4326 'Male external catheter with integral collection chamber, any type, each'",
    expect: [
      { system: 'hcpcs', code: 'A4326' },
      { system: 'hcpcs', code: 'A4349' },
    ],
  },
  {
    phrase: 'colostomy bag',
    expansion: 'ostomy pouch drainable',
    source: 'lay',
    reason:
      "A colostomy bag is an ostomy pouch (A4375-A4379, A4420-A4433, A5051-A5063). HCPCS A4375 'Ostomy pouch, drainable, with faceplate attached, plastic, each'",
    expect: [
      { system: 'hcpcs', code: 'A4375' },
      { system: 'hcpcs', code: 'A4376' },
      { system: 'hcpcs', code: 'A4377' },
      { system: 'hcpcs', code: 'A4378' },
      { system: 'hcpcs', code: 'A4379' },
      { system: 'hcpcs', code: 'A442' },
      { system: 'hcpcs', code: 'A443' },
      { system: 'hcpcs', code: 'A505' },
      { system: 'hcpcs', code: 'A506' },
    ],
  },
  {
    phrase: 'ostomy bag',
    expansion: 'ostomy pouch drainable',
    source: 'lay',
    reason:
      "An ostomy bag is an ostomy pouch (A4375-A4379, A4420-A4433, A5051-A5063). HCPCS A4375 'Ostomy pouch, drainable, with faceplate attached, plastic, each'",
    expect: [
      { system: 'hcpcs', code: 'A4375' },
      { system: 'hcpcs', code: 'A4376' },
      { system: 'hcpcs', code: 'A4377' },
      { system: 'hcpcs', code: 'A4378' },
      { system: 'hcpcs', code: 'A4379' },
      { system: 'hcpcs', code: 'A442' },
      { system: 'hcpcs', code: 'A443' },
      { system: 'hcpcs', code: 'A505' },
      { system: 'hcpcs', code: 'A506' },
    ],
  },
  {
    phrase: 'adult diapers',
    expansion: 'adult sized disposable incontinence product brief diaper',
    source: 'lay',
    reason:
      "Adult diapers are adult sized incontinence products, brief/diaper T4521-T4524. HCPCS T4521 'Adult sized disposable incontinence product, brief/diaper, small, each'",
    expect: [{ system: 'hcpcs', code: 'T452' }],
  },
  {
    phrase: 'hoyer lift',
    expansion: 'patient lift hydraulic or mechanical',
    source: 'brand',
    reason:
      "Hoyer is a brand of hydraulic patient lift: E0630. HCPCS E0630 'Patient lift, hydraulic or mechanical, includes any seat, sling, strap(s) or pad(s)'",
    expect: [{ system: 'hcpcs', code: 'E0630' }],
  },
  {
    phrase: 'suction machine',
    expansion: 'respiratory suction pump home model',
    source: 'lay',
    reason:
      "A home suction machine is a respiratory suction pump E0600. HCPCS E0600 'Respiratory suction pump, home model, portable or stationary, electric'",
    expect: [{ system: 'hcpcs', code: 'E0600' }],
  },
  {
    phrase: 'pulse oximeter',
    expansion: 'oximeter device for measuring blood oxygen levels non-invasively',
    source: 'lay',
    reason:
      "A pulse oximeter measures blood oxygen non-invasively E0445. HCPCS E0445 'Oximeter device for measuring blood oxygen levels non-invasively'",
    expect: [{ system: 'hcpcs', code: 'E0445' }],
  },
  {
    phrase: 'oxygen machine',
    expansion: 'oxygen concentrator',
    source: 'lay',
    reason:
      "A home oxygen machine is an oxygen concentrator E1390-E1392. HCPCS E1390 'Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen concentration at the prescribed flow rate'",
    expect: [
      { system: 'hcpcs', code: 'E1390' },
      { system: 'hcpcs', code: 'E1391' },
      { system: 'hcpcs', code: 'E1392' },
    ],
  },
  {
    phrase: 'nebulizer machine',
    expansion: 'nebulizer with compressor',
    source: 'lay',
    reason: "A nebulizer machine is a nebulizer with compressor E0570. HCPCS E0570 'Nebulizer, with compressor'",
    expect: [{ system: 'hcpcs', code: 'E0570' }],
  },
  {
    phrase: 'blood pressure monitor',
    expansion: 'automatic blood pressure monitor',
    source: 'lay',
    reason: "A home blood pressure monitor A4670. HCPCS A4670 'Automatic blood pressure monitor'",
    expect: [{ system: 'hcpcs', code: 'A4670' }],
  },
  {
    phrase: 'bp cuff',
    expansion: 'blood pressure cuff',
    source: 'clinical',
    reason:
      "BP is blood pressure: cuff only A4663, with sphygmomanometer A4660. HCPCS A4663 'Blood pressure cuff only'",
    expect: [
      { system: 'hcpcs', code: 'A4663' },
      { system: 'hcpcs', code: 'A4660' },
    ],
  },
  {
    phrase: 'heating pad',
    expansion: 'electric heat pad standard',
    source: 'lay',
    reason: "A heating pad is an electric heat pad E0210. HCPCS E0210 'Electric heat pad, standard'",
    expect: [{ system: 'hcpcs', code: 'E0210' }],
  },
  {
    phrase: 'air mattress',
    expansion: 'powered pressure-reducing air mattress',
    source: 'lay',
    reason:
      "An air mattress for pressure relief is a powered pressure-reducing air mattress E0277. HCPCS E0277 'Powered pressure-reducing air mattress'",
    expect: [{ system: 'hcpcs', code: 'E0277' }],
  },
  {
    phrase: 'bed rails',
    expansion: 'bed side rails',
    source: 'lay',
    reason: "Bed rails are bed side rails E0305/E0310. HCPCS E0305 'Bed side rails, half length'",
    expect: [
      { system: 'hcpcs', code: 'E0305' },
      { system: 'hcpcs', code: 'E0310' },
    ],
  },
  {
    phrase: 'toilet riser',
    expansion: 'raised toilet seat',
    source: 'lay',
    reason: "A toilet riser is a raised toilet seat E0244. HCPCS E0244 'Raised toilet seat'",
    expect: [{ system: 'hcpcs', code: 'E0244' }],
  },
  {
    phrase: 'wound vac',
    expansion: 'negative pressure wound therapy electrical pump',
    source: 'lay',
    reason:
      "A wound vac is negative pressure wound therapy: the pump E2402, dressings A6550, disposable A9272. HCPCS E2402 'Negative pressure wound therapy electrical pump, stationary or portable'",
    expect: [
      { system: 'hcpcs', code: 'E2402' },
      { system: 'hcpcs', code: 'A9272' },
      { system: 'hcpcs', code: 'A6550' },
    ],
  },
  {
    phrase: 'feeding pump',
    expansion: 'enteral nutrition infusion pump any type',
    source: 'lay',
    reason:
      "A tube feeding pump is an enteral nutrition infusion pump B9002. HCPCS B9002 'Enteral nutrition infusion pump, any type'",
    expect: [{ system: 'hcpcs', code: 'B9002' }],
  },
  {
    phrase: 'iv fluids',
    expansion: 'infusion normal saline solution',
    source: 'lay',
    reason:
      "IV fluids are usually normal saline infusions J7030/J7040/J7050. HCPCS J7030 'Infusion, normal saline solution , 1000 cc'",
    expect: [
      { system: 'hcpcs', code: 'J7030' },
      { system: 'hcpcs', code: 'J7040' },
      { system: 'hcpcs', code: 'J7050' },
    ],
  },
  // drugs (brand -> generic as HCPCS writes it)
  {
    phrase: 'zofran',
    expansion: 'injection ondansetron hydrochloride',
    source: 'brand',
    reason: "Zofran is the brand of ondansetron. HCPCS J2405 'Injection, ondansetron hydrochloride, per 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J2405' }],
  },
  {
    phrase: 'toradol',
    expansion: 'injection ketorolac tromethamine',
    source: 'brand',
    reason:
      "Toradol is the brand of ketorolac tromethamine. HCPCS J1885 'Injection, ketorolac tromethamine, per 15 mg'",
    expect: [{ system: 'hcpcs', code: 'J1885' }],
  },
  {
    phrase: 'rocephin',
    expansion: 'injection ceftriaxone sodium',
    source: 'brand',
    reason: "Rocephin is the brand of ceftriaxone. HCPCS J0696 'Injection, ceftriaxone sodium, per 250 mg'",
    expect: [{ system: 'hcpcs', code: 'J0696' }],
  },
  {
    phrase: 'kenalog',
    expansion: 'injection triamcinolone acetonide not otherwise specified',
    source: 'brand',
    reason:
      "Kenalog is the brand of triamcinolone acetonide. HCPCS J3301 'Injection, triamcinolone acetonide, not otherwise specified, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J3301' }],
  },
  {
    phrase: 'depo provera',
    expansion: 'injection medroxyprogesterone acetate',
    source: 'brand',
    reason:
      "Depo-Provera is the brand of medroxyprogesterone acetate. HCPCS J1050 'Injection, medroxyprogesterone acetate, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1050' }],
  },
  {
    phrase: 'depo shot',
    expansion: 'injection medroxyprogesterone acetate',
    source: 'lay',
    reason:
      'The "depo shot" is the Depo-Provera contraceptive injection (medroxyprogesterone acetate). HCPCS J1050 \'Injection, medroxyprogesterone acetate, 1 mg\'',
    expect: [{ system: 'hcpcs', code: 'J1050' }],
  },
  {
    phrase: 'depo medrol',
    expansion: 'injection methylprednisolone acetate',
    source: 'brand',
    reason:
      "Depo-Medrol is the brand of methylprednisolone acetate. HCPCS J1010 'Injection, methylprednisolone acetate, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1010' }],
  },
  {
    phrase: 'solu medrol',
    expansion: 'injection methylprednisolone sodium succinate',
    source: 'brand',
    reason:
      "Solu-Medrol is the brand of methylprednisolone sodium succinate. HCPCS J2919 'Injection, methylprednisolone sodium succinate, 5 mg'",
    expect: [{ system: 'hcpcs', code: 'J2919' }],
  },
  {
    phrase: 'medrol',
    expansion: 'methylprednisolone oral',
    source: 'brand',
    reason:
      "Medrol (tablets) is the brand of oral methylprednisolone (Depo-Medrol and Solu-Medrol have their own entries). HCPCS J7509 'Methylprednisolone oral, per 4 mg'",
    expect: [{ system: 'hcpcs', code: 'J7509' }],
  },
  {
    phrase: 'solu cortef',
    expansion: 'injection hydrocortisone sodium succinate',
    source: 'brand',
    reason:
      "Solu-Cortef is the brand of hydrocortisone sodium succinate. HCPCS J1720 'Injection, hydrocortisone sodium succinate, up to 100 mg'",
    expect: [{ system: 'hcpcs', code: 'J1720' }],
  },
  {
    phrase: 'decadron',
    expansion: 'injection dexamethasone sodium phosphate',
    source: 'brand',
    reason:
      "Decadron is the brand of dexamethasone (sodium phosphate for injection). HCPCS J1100 'Injection, dexamethasone sodium phosphate, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1100' }],
  },
  {
    phrase: 'b12 shot',
    expansion: 'injection vitamin b-12 cyanocobalamin',
    source: 'lay',
    reason:
      "A B12 shot is an injection of vitamin B-12 (cyanocobalamin). HCPCS J3420 'Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg'",
    expect: [{ system: 'hcpcs', code: 'J3420' }],
  },
  {
    phrase: 'b12 injection',
    expansion: 'injection vitamin b-12 cyanocobalamin',
    source: 'lay',
    reason:
      'An injection of vitamin B-12 (cyanocobalamin); HCPCS writes "b-12". HCPCS J3420 \'Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg\'',
    expect: [{ system: 'hcpcs', code: 'J3420' }],
  },
  {
    phrase: 'vitamin k shot',
    expansion: 'injection phytonadione vitamin k',
    source: 'lay',
    reason: "Vitamin K for injection is phytonadione. HCPCS J3430 'Injection, phytonadione (vitamin k), per 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J3430' }],
  },
  {
    phrase: 'phenergan',
    expansion: 'injection promethazine hcl',
    source: 'brand',
    reason: "Phenergan is the brand of promethazine. HCPCS J2550 'Injection, promethazine hcl, up to 50 mg'",
    expect: [{ system: 'hcpcs', code: 'J2550' }],
  },
  {
    phrase: 'benadryl',
    expansion: 'injection diphenhydramine hcl',
    source: 'brand',
    reason: "Benadryl is the brand of diphenhydramine. HCPCS J1200 'Injection, diphenhydramine hcl, up to 50 mg'",
    expect: [{ system: 'hcpcs', code: 'J1200' }],
  },
  {
    phrase: 'lasix',
    expansion: 'injection furosemide 1 mg',
    source: 'brand',
    reason:
      "Lasix is the brand of furosemide (J1938 replaced J1940 in 2025). HCPCS J1938 'Injection, furosemide, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1938' }],
  },
  {
    phrase: 'ativan',
    expansion: 'injection lorazepam',
    source: 'brand',
    reason: "Ativan is the brand of lorazepam. HCPCS J2060 'Injection, lorazepam, 2 mg'",
    expect: [{ system: 'hcpcs', code: 'J2060' }],
  },
  {
    phrase: 'valium',
    expansion: 'injection diazepam',
    source: 'brand',
    reason: "Valium is the brand of diazepam. HCPCS J3360 'Injection, diazepam, up to 5 mg'",
    expect: [{ system: 'hcpcs', code: 'J3360' }],
  },
  {
    phrase: 'versed',
    expansion: 'injection midazolam hydrochloride',
    source: 'brand',
    reason: "Versed is the (former) brand of midazolam. HCPCS J2250 'Injection, midazolam hydrochloride, per 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J2250' }],
  },
  {
    phrase: 'dilaudid',
    expansion: 'injection hydromorphone 0.1 mg',
    source: 'brand',
    reason:
      "Dilaudid is the brand of hydromorphone (J1171 replaced J1170 in 2024). HCPCS J1171 'Injection, hydromorphone, 0.1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1171' }],
  },
  {
    phrase: 'demerol',
    expansion: 'injection meperidine hydrochloride',
    source: 'brand',
    reason: "Demerol is the brand of meperidine. HCPCS J2175 'Injection, meperidine hydrochloride, per 100 mg'",
    expect: [{ system: 'hcpcs', code: 'J2175' }],
  },
  {
    phrase: 'sublimaze',
    expansion: 'injection fentanyl citrate',
    source: 'brand',
    reason: "Sublimaze is the brand of fentanyl citrate. HCPCS J3010 'Injection, fentanyl citrate, 0.1 mg'",
    expect: [{ system: 'hcpcs', code: 'J3010' }],
  },
  {
    phrase: 'narcan',
    expansion: 'injection naloxone hydrochloride not otherwise specified',
    source: 'brand',
    reason:
      "Narcan is the brand of naloxone (J2312 replaced J2310 in 2025). HCPCS J2312 'Injection, naloxone hydrochloride, not otherwise specified, 0.01 mg'",
    expect: [{ system: 'hcpcs', code: 'J2312' }],
  },
  {
    phrase: 'diprivan',
    expansion: 'injection propofol',
    source: 'brand',
    reason: "Diprivan is the brand of propofol. HCPCS J2704 'Injection, propofol, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J2704' }],
  },
  {
    phrase: 'ofirmev',
    expansion: 'injection acetaminophen not otherwise specified',
    source: 'brand',
    reason:
      "Ofirmev is the brand of intravenous acetaminophen. HCPCS J0131 'Injection, acetaminophen, not otherwise specified,10 mg'",
    expect: [{ system: 'hcpcs', code: 'J0131' }],
  },
  {
    phrase: 'caldolor',
    expansion: 'injection ibuprofen',
    source: 'brand',
    reason: "Caldolor is the brand of intravenous ibuprofen. HCPCS J1741 'Injection, ibuprofen, 100 mg'",
    expect: [{ system: 'hcpcs', code: 'J1741' }],
  },
  {
    phrase: 'haldol',
    expansion: 'injection haloperidol',
    source: 'brand',
    reason: "Haldol is the brand of haloperidol. HCPCS J1630 'Injection, haloperidol, up to 5 mg'",
    expect: [{ system: 'hcpcs', code: 'J1630' }],
  },
  {
    phrase: 'haldol decanoate',
    expansion: 'injection haloperidol decanoate',
    source: 'brand',
    reason:
      "Haldol Decanoate is the long-acting haloperidol decanoate. HCPCS J1631 'Injection, haloperidol decanoate, per 50 mg'",
    expect: [{ system: 'hcpcs', code: 'J1631' }],
  },
  {
    phrase: 'geodon',
    expansion: 'injection ziprasidone mesylate',
    source: 'brand',
    reason: "Geodon is the brand of ziprasidone. HCPCS J3486 'Injection, ziprasidone mesylate, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J3486' }],
  },
  {
    phrase: 'zyprexa',
    expansion: 'injection olanzapine',
    source: 'brand',
    reason:
      "Zyprexa is the brand of olanzapine (Zyprexa Relprevv, long-acting, J2358). HCPCS J2359 'Injection, olanzapine, 0.5 mg'",
    expect: [
      { system: 'hcpcs', code: 'J2359' },
      { system: 'hcpcs', code: 'J2358' },
    ],
  },
  {
    phrase: 'vivitrol',
    expansion: 'injection naltrexone depot form',
    source: 'brand',
    reason:
      "Vivitrol is the brand of extended-release (depot) naltrexone. HCPCS J2315 'Injection, naltrexone, depot form, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J2315' }],
  },
  {
    phrase: 'cogentin',
    expansion: 'injection benztropine mesylate',
    source: 'brand',
    reason: "Cogentin is the brand of benztropine. HCPCS J0515 'Injection, benztropine mesylate, per 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J0515' }],
  },
  {
    phrase: 'vistaril',
    expansion: 'injection hydroxyzine hcl',
    source: 'brand',
    reason: "Vistaril is a brand of hydroxyzine. HCPCS J3410 'Injection, hydroxyzine hcl, up to 25 mg'",
    expect: [{ system: 'hcpcs', code: 'J3410' }],
  },
  {
    phrase: 'compazine',
    expansion: 'injection prochlorperazine',
    source: 'brand',
    reason: "Compazine is the brand of prochlorperazine. HCPCS J0780 'Injection, prochlorperazine, up to 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J0780' }],
  },
  {
    phrase: 'reglan',
    expansion: 'injection metoclopramide hcl',
    source: 'brand',
    reason: "Reglan is the brand of metoclopramide. HCPCS J2765 'Injection, metoclopramide hcl, up to 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J2765' }],
  },
  {
    phrase: 'pepcid',
    expansion: 'injection famotidine',
    source: 'brand',
    reason: "Pepcid is the brand of famotidine. HCPCS J1308 'Injection, famotidine, 0.25 mg'",
    expect: [{ system: 'hcpcs', code: 'J1308' }],
  },
  {
    phrase: 'protonix',
    expansion: 'injection pantoprazole sodium',
    source: 'brand',
    reason: "Protonix is the brand of pantoprazole. HCPCS J2470 'Injection, pantoprazole sodium, 40 mg'",
    expect: [{ system: 'hcpcs', code: 'J2470' }],
  },
  {
    phrase: 'imitrex',
    expansion: 'injection sumatriptan succinate',
    source: 'brand',
    reason:
      "Imitrex is the brand of sumatriptan. HCPCS J3030 'Injection, sumatriptan succinate, 6 mg (code may be used for medicare when drug administered under the direct supervision of a physician, not for use when drug is self administered)'",
    expect: [{ system: 'hcpcs', code: 'J3030' }],
  },
  {
    phrase: 'lovenox',
    expansion: 'injection enoxaparin sodium',
    source: 'brand',
    reason: "Lovenox is the brand of enoxaparin. HCPCS J1650 'Injection, enoxaparin sodium, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J1650' }],
  },
  {
    phrase: 'humira',
    expansion: 'injection adalimumab 1 mg',
    source: 'brand',
    reason:
      "Humira is the brand of adalimumab (J0139 replaced J0135 in 2025; biosimilars are Q5140-). HCPCS J0139 'Injection, adalimumab, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J0139' }],
  },
  {
    phrase: 'remicade',
    expansion: 'injection infliximab excludes biosimilar',
    source: 'brand',
    reason: "Remicade is the brand of infliximab. HCPCS J1745 'Injection, infliximab, excludes biosimilar, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J1745' }],
  },
  {
    phrase: 'prolia',
    expansion: 'injection denosumab',
    source: 'brand',
    reason: "Prolia is a brand of denosumab. HCPCS J0897 'Injection, denosumab, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J0897' }],
  },
  {
    phrase: 'xgeva',
    expansion: 'injection denosumab',
    source: 'brand',
    reason: "Xgeva is a brand of denosumab. HCPCS J0897 'Injection, denosumab, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J0897' }],
  },
  {
    phrase: 'reclast',
    expansion: 'injection zoledronic acid',
    source: 'brand',
    reason: "Reclast is a brand of zoledronic acid. HCPCS J3489 'Injection, zoledronic acid, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J3489' }],
  },
  {
    phrase: 'zometa',
    expansion: 'injection zoledronic acid',
    source: 'brand',
    reason: "Zometa is a brand of zoledronic acid. HCPCS J3489 'Injection, zoledronic acid, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J3489' }],
  },
  {
    phrase: 'boniva',
    expansion: 'injection ibandronate sodium',
    source: 'brand',
    reason: "Boniva is the brand of ibandronate. HCPCS J1740 'Injection, ibandronate sodium, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1740' }],
  },
  {
    phrase: 'neulasta',
    expansion: 'injection pegfilgrastim excludes biosimilar',
    source: 'brand',
    reason:
      "Neulasta is the brand of pegfilgrastim. HCPCS J2506 'Injection, pegfilgrastim, excludes biosimilar, 0.5 mg'",
    expect: [{ system: 'hcpcs', code: 'J2506' }],
  },
  {
    phrase: 'neupogen',
    expansion: 'injection filgrastim g-csf excludes biosimilars',
    source: 'brand',
    reason:
      "Neupogen is the brand of filgrastim. HCPCS J1442 'Injection, filgrastim (g-csf), excludes biosimilars, 1 microgram'",
    expect: [{ system: 'hcpcs', code: 'J1442' }],
  },
  {
    phrase: 'procrit',
    expansion: 'injection epoetin alfa',
    source: 'brand',
    reason:
      "Procrit is a brand of epoetin alfa (non-ESRD J0885, ESRD Q4081). HCPCS J0885 'Injection, epoetin alfa, (for non-esrd use), 1000 units'",
    expect: [
      { system: 'hcpcs', code: 'J0885' },
      { system: 'hcpcs', code: 'Q4081' },
    ],
  },
  {
    phrase: 'epogen',
    expansion: 'injection epoetin alfa',
    source: 'brand',
    reason:
      "Epogen is a brand of epoetin alfa (non-ESRD J0885, ESRD Q4081). HCPCS J0885 'Injection, epoetin alfa, (for non-esrd use), 1000 units'",
    expect: [
      { system: 'hcpcs', code: 'J0885' },
      { system: 'hcpcs', code: 'Q4081' },
    ],
  },
  {
    phrase: 'aranesp',
    expansion: 'injection darbepoetin alfa',
    source: 'brand',
    reason:
      "Aranesp is the brand of darbepoetin alfa. HCPCS J0881 'Injection, darbepoetin alfa, 1 microgram (non-esrd use)'",
    expect: [
      { system: 'hcpcs', code: 'J0881' },
      { system: 'hcpcs', code: 'J0882' },
    ],
  },
  {
    phrase: 'venofer',
    expansion: 'injection iron sucrose',
    source: 'brand',
    reason: "Venofer is the brand of iron sucrose. HCPCS J1756 'Injection, iron sucrose, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1756' }],
  },
  {
    phrase: 'infed',
    expansion: 'injection iron dextran',
    source: 'brand',
    reason: "INFeD is a brand of iron dextran. HCPCS J1750 'Injection, iron dextran, 50 mg'",
    expect: [{ system: 'hcpcs', code: 'J1750' }],
  },
  {
    phrase: 'feraheme',
    expansion: 'injection ferumoxytol',
    source: 'brand',
    reason:
      "Feraheme is the brand of ferumoxytol. HCPCS Q0138 'Injection, ferumoxytol, for treatment of iron deficiency anemia, 1 mg (non-esrd use)'",
    expect: [
      { system: 'hcpcs', code: 'Q0138' },
      { system: 'hcpcs', code: 'Q0139' },
    ],
  },
  {
    phrase: 'injectafer',
    expansion: 'injection ferric carboxymaltose',
    source: 'brand',
    reason: "Injectafer is the brand of ferric carboxymaltose. HCPCS J1439 'Injection, ferric carboxymaltose, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1439' }],
  },
  {
    phrase: 'keytruda',
    expansion: 'injection pembrolizumab',
    source: 'brand',
    reason: "Keytruda is the brand of pembrolizumab. HCPCS J9271 'Injection, pembrolizumab, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J9271' }],
  },
  {
    phrase: 'opdivo',
    expansion: 'injection nivolumab 1 mg',
    source: 'brand',
    reason: "Opdivo is the brand of nivolumab. HCPCS J9299 'Injection, nivolumab, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J9299' }],
  },
  {
    phrase: 'herceptin',
    expansion: 'injection trastuzumab excludes biosimilar',
    source: 'brand',
    reason: "Herceptin is the brand of trastuzumab. HCPCS J9355 'Injection, trastuzumab, excludes biosimilar, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J9355' }],
  },
  {
    phrase: 'avastin',
    expansion: 'injection bevacizumab 10 mg',
    source: 'brand',
    reason: "Avastin is the brand of bevacizumab. HCPCS J9035 'Injection, bevacizumab, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J9035' }],
  },
  {
    phrase: 'rituxan',
    expansion: 'injection rituximab 10 mg',
    source: 'brand',
    reason: "Rituxan is the brand of rituximab. HCPCS J9312 'Injection, rituximab, 10 mg'",
    expect: [{ system: 'hcpcs', code: 'J9312' }],
  },
  {
    phrase: 'taxol',
    expansion: 'injection paclitaxel 1 mg',
    source: 'brand',
    reason: "Taxol is the brand of paclitaxel. HCPCS J9267 'Injection, paclitaxel, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J9267' }],
  },
  {
    phrase: 'lupron',
    expansion: 'leuprolide acetate for depot suspension',
    source: 'brand',
    reason:
      "Lupron Depot is the brand of leuprolide acetate for depot suspension. HCPCS J9217 'Leuprolide acetate (for depot suspension), 7.5 mg'",
    expect: [
      { system: 'hcpcs', code: 'J9217' },
      { system: 'hcpcs', code: 'J1950' },
    ],
  },
  {
    phrase: 'eligard',
    expansion: 'leuprolide acetate for depot suspension 7.5 mg',
    source: 'brand',
    reason:
      "Eligard is a brand of leuprolide acetate (J9217). HCPCS J9217 'Leuprolide acetate (for depot suspension), 7.5 mg'",
    expect: [{ system: 'hcpcs', code: 'J9217' }],
  },
  {
    phrase: 'botox',
    expansion: 'injection onabotulinumtoxina',
    source: 'brand',
    reason: "Botox is the brand of onabotulinumtoxinA. HCPCS J0585 'Injection, onabotulinumtoxina, 1 unit'",
    expect: [{ system: 'hcpcs', code: 'J0585' }],
  },
  {
    phrase: 'eylea',
    expansion: 'injection aflibercept 1 mg',
    source: 'brand',
    reason: "Eylea is the brand of aflibercept. HCPCS J0178 'Injection, aflibercept, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J0178' }],
  },
  {
    phrase: 'lucentis',
    expansion: 'injection ranibizumab',
    source: 'brand',
    reason: "Lucentis is the brand of ranibizumab. HCPCS J2778 'Injection, ranibizumab, 0.1 mg'",
    expect: [{ system: 'hcpcs', code: 'J2778' }],
  },
  {
    phrase: 'rhogam',
    expansion: 'injection rho d immune globulin human full dose',
    source: 'brand',
    reason:
      "RhoGAM is a brand of Rho(D) immune globulin (the word is only in G codes ended in 2020). HCPCS J2790 'Injection, rho d immune globulin, human, full dose, 300 micrograms (1500 i.u.)'",
    expect: [
      { system: 'hcpcs', code: 'J2790' },
      { system: 'hcpcs', code: 'J2788' },
    ],
  },
  {
    phrase: 'pitocin',
    expansion: 'injection oxytocin',
    source: 'brand',
    reason: "Pitocin is the brand of oxytocin. HCPCS J2590 'Injection, oxytocin, up to 10 units'",
    expect: [{ system: 'hcpcs', code: 'J2590' }],
  },
  {
    phrase: 'methergine',
    expansion: 'injection methylergonovine maleate',
    source: 'brand',
    reason:
      "Methergine is the brand of methylergonovine. HCPCS J2210 'Injection, methylergonovine maleate, up to 0.2 mg'",
    expect: [{ system: 'hcpcs', code: 'J2210' }],
  },
  {
    phrase: 'bicillin',
    expansion: 'injection penicillin g benzathine',
    source: 'brand',
    reason:
      "Bicillin L-A is penicillin G benzathine (Bicillin C-R with procaine, J0558). HCPCS J0561 'Injection, penicillin g benzathine, 100,000 units'",
    expect: [
      { system: 'hcpcs', code: 'J0561' },
      { system: 'hcpcs', code: 'J0558' },
    ],
  },
  {
    phrase: 'ancef',
    expansion: 'injection cefazolin sodium',
    source: 'brand',
    reason: "Ancef is the brand of cefazolin. HCPCS J0690 'Injection, cefazolin sodium, 500 mg'",
    expect: [{ system: 'hcpcs', code: 'J0690' }],
  },
  {
    phrase: 'zithromax',
    expansion: 'injection azithromycin',
    source: 'brand',
    reason: "Zithromax is the brand of azithromycin. HCPCS J0456 'Injection, azithromycin, 500 mg'",
    expect: [{ system: 'hcpcs', code: 'J0456' }],
  },
  {
    phrase: 'unasyn',
    expansion: 'injection ampicillin sodium sulbactam sodium',
    source: 'brand',
    reason:
      "Unasyn is the brand of ampicillin with sulbactam. HCPCS J0295 'Injection, ampicillin sodium/sulbactam sodium, per 1.5 gm'",
    expect: [{ system: 'hcpcs', code: 'J0295' }],
  },
  {
    phrase: 'zosyn',
    expansion: 'injection piperacillin sodium tazobactam sodium',
    source: 'brand',
    reason:
      "Zosyn is the brand of piperacillin with tazobactam. HCPCS J2543 'Injection, piperacillin sodium/tazobactam sodium, 1 gram/0.125 grams (1.125 grams)'",
    expect: [{ system: 'hcpcs', code: 'J2543' }],
  },
  {
    phrase: 'cleocin',
    expansion: 'injection clindamycin phosphate',
    source: 'brand',
    reason: "Cleocin is the brand of clindamycin. HCPCS J0736 'Injection, clindamycin phosphate, 300 mg'",
    expect: [{ system: 'hcpcs', code: 'J0736' }],
  },
  {
    phrase: 'levaquin',
    expansion: 'injection levofloxacin',
    source: 'brand',
    reason: "Levaquin is the brand of levofloxacin. HCPCS J1956 'Injection, levofloxacin, 250 mg'",
    expect: [{ system: 'hcpcs', code: 'J1956' }],
  },
  {
    phrase: 'epipen',
    expansion: 'injection epinephrine not otherwise specified',
    source: 'brand',
    reason:
      "EpiPen is a brand of epinephrine (auto-injector); J0165 replaced J0171 in 2025. HCPCS J0165 'Injection, epinephrine, not otherwise specified, 0.1 mg'",
    expect: [{ system: 'hcpcs', code: 'J0165' }],
  },
  {
    phrase: 'nexplanon',
    expansion: 'etonogestrel contraceptive implant system',
    source: 'brand',
    reason:
      "Nexplanon is the brand of the etonogestrel contraceptive implant. HCPCS J7307 'Etonogestrel (contraceptive) implant system, including implant and supplies'",
    expect: [{ system: 'hcpcs', code: 'J7307' }],
  },
  {
    phrase: 'nuvaring',
    expansion: 'ethinyl estradiol and etonogestrel monthly vaginal ring',
    source: 'brand',
    reason:
      "NuvaRing is the brand of the ethinyl estradiol/etonogestrel vaginal ring. HCPCS J7295 'Ethinyl estradiol and etonogestrel 0.015mg, 0.12mg per 24 hours; monthly vaginal ring, each'",
    expect: [{ system: 'hcpcs', code: 'J7295' }],
  },
  {
    phrase: 'duoneb',
    expansion: 'albuterol up to 2.5 mg and ipratropium bromide up to 0.5 mg',
    source: 'brand',
    reason:
      "DuoNeb is the brand of albuterol with ipratropium bromide for nebulizers. HCPCS J7620 'Albuterol, up to 2.5 mg and ipratropium bromide, up to 0.5 mg, fda-approved final product, non-compounded, administered through dme'",
    expect: [{ system: 'hcpcs', code: 'J7620' }],
  },
  {
    phrase: 'pulmicort',
    expansion: 'budesonide inhalation solution',
    source: 'brand',
    reason:
      "Pulmicort Respules is the brand of budesonide inhalation solution. HCPCS J7626 'Budesonide, inhalation solution, fda-approved final product, non-compounded, administered through dme, unit dose form, up to 0.5 mg'",
    expect: [
      { system: 'hcpcs', code: 'J7626' },
      { system: 'hcpcs', code: 'J7627' },
      { system: 'hcpcs', code: 'J7633' },
      { system: 'hcpcs', code: 'J7634' },
    ],
  },
  {
    phrase: 'xopenex',
    expansion: 'levalbuterol inhalation solution',
    source: 'brand',
    reason:
      "Xopenex is the brand of levalbuterol. HCPCS J7612 'Levalbuterol, inhalation solution, fda-approved final product, non-compounded, administered through dme, concentrated form, 0.5 mg'",
    expect: [
      { system: 'hcpcs', code: 'J7612' },
      { system: 'hcpcs', code: 'J7614' },
      { system: 'hcpcs', code: 'J7607' },
      { system: 'hcpcs', code: 'J7615' },
    ],
  },
  {
    phrase: 'atrovent',
    expansion: 'ipratropium bromide inhalation solution',
    source: 'brand',
    reason:
      "Atrovent is the brand of ipratropium bromide. HCPCS J7644 'Ipratropium bromide, inhalation solution, fda-approved final product, non-compounded, administered through dme, unit dose form, per milligram'",
    expect: [
      { system: 'hcpcs', code: 'J7644' },
      { system: 'hcpcs', code: 'J7645' },
    ],
  },
  {
    phrase: 'depo testosterone',
    expansion: 'injection testosterone cypionate',
    source: 'brand',
    reason:
      "Depo-Testosterone is the brand of testosterone cypionate. HCPCS J1071 'Injection, testosterone cypionate, 1 mg'",
    expect: [{ system: 'hcpcs', code: 'J1071' }],
  },
  {
    phrase: 'testosterone shot',
    expansion: 'injection testosterone cypionate',
    source: 'lay',
    reason:
      "Testosterone injections are usually the cypionate (J1071) or enanthate (J3121). HCPCS J1071 'Injection, testosterone cypionate, 1 mg'",
    expect: [
      { system: 'hcpcs', code: 'J1071' },
      { system: 'hcpcs', code: 'J3121' },
    ],
  },
];
