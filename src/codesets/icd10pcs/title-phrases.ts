// How an ICD-10-PCS table value is worded inside a long title (CMS order file, checked on FY2025 and FY2026).
// The tables list values in index order ("Internal Carotid Artery, Left"); the titles read them in
// natural order ("Left Internal Carotid Artery"). Most values follow that one turn of the comma; the
// lists below hold the values CMS words otherwise, found by comparing every FY2026 title with its labels.

/** Values whose title form is the label unchanged (a list, or a qualifier CMS keeps after the noun). */
const AS_LABELLED = new Set([
  'Amniotic Fluid, Diagnostic',
  'Amniotic Fluid, Therapeutic',
  'Analgesics, Hypnotics, Sedatives',
  'Anterior Approach, Anterior Column',
  'Chest, Abdomen and Pelvis',
  'Coronary Artery, Four or More Arteries',
  'Coronary Artery, One Artery',
  'Coronary Artery, Three Arteries',
  'Coronary Artery, Two Arteries',
  'Ear, Nose and Sinus',
  'Ear, Nose, Mouth and Throat',
  'Gallbladder, Bile Ducts and Pancreatic Ducts',
  'Hematopoietic Stem/Progenitor Cells, Genetically Modified',
  'Hepatobiliary System, All',
  'Ileal Loop, Ureters and Kidneys',
  'Intraluminal Device, Endovascular Anchors',
  'Intraluminal Device, Flow Diverter',
  'Kidneys, Ureters and Bladder',
  'Musculoskeletal System, All',
  'Musculoskeletal System, Other',
  'Pacemaker, Dual Chamber',
  'Pacemaker, Single Chamber',
  'Pacemaker, Single Chamber Rate Responsive',
  'Posterior Approach, Anterior Column',
  'Posterior Approach, Posterior Column',
  'Products of Conception, Circulatory',
  'Products of Conception, Ectopic',
  'Products of Conception, Retained',
  'Radioactive Element, Cesium-131 Collagen Implant',
  'Radioactive Element, Palladium-103 Collagen Implant',
  'Serum, Toxoid and Vaccine',
  'Skin, Subcutaneous Tissue and Breast',
  'Skin, Subcutaneous Tissue and Fascia',
  'Spinal Stabilization Device, Vertebral Body Tether',
  'Stomach, Pylorus',
  'Synthetic Substitute, Pneumatic',
  'Thoracic Aorta, Arch',
  'Thoracic Aorta, Ascending',
  'Thoracic Aorta, Ascending/Arch',
  'Thoracic Aorta, Descending',
  'Thoracic Sympathetic Nerve, Cardiac Plexus',
  'Tongue, Palate, Pharynx Muscle',
]);

/** Values CMS rewords (a shorter device name, laterality moved to the front of a list, …). */
const REWORDED: Readonly<Record<string, string>> = {
  'Biologic with Synthetic Substitute, Autoregulated Electrohydraulic':
    'Biologic and Synthetic Substitute, Autoregulated Electrohydraulic',
  'Cardiac Lead, Defibrillator': 'Defibrillator Lead',
  'Cardiac Lead, Pacemaker': 'Pacemaker Lead',
  'Hearing Device, Multiple Channel Cochlear Prosthesis': 'Multiple Channel Cochlear Prosthesis',
  'Hearing Device, Single Channel Cochlear Prosthesis': 'Single Channel Cochlear Prosthesis',
  'Hip Joint, Acetabular Surface, Left': 'Left Hip Joint, Acetabular Surface',
  'Hip Joint, Acetabular Surface, Right': 'Right Hip Joint, Acetabular Surface',
  'Hip Joint, Femoral Surface, Left': 'Left Hip Joint, Femoral Surface',
  'Hip Joint, Femoral Surface, Right': 'Right Hip Joint, Femoral Surface',
  'Infusion Device, Pump': 'Infusion Pump',
  'Intraluminal Device, Airway': 'Airway',
  'Intraluminal Device, Branched or Fenestrated, One or Two Arteries':
    'Branched or Fenestrated Intraluminal Device, One or Two Arteries',
  'Intraluminal Device, Branched or Fenestrated, Three or More Arteries':
    'Branched or Fenestrated Intraluminal Device, Three or More Arteries',
  'Intraluminal Device, Endobronchial Valve': 'Endobronchial Valve',
  'Intraluminal Device, Endotracheal Airway': 'Endotracheal Airway',
  'Intraluminal Device, Pessary': 'Pessary',
  'Intraluminal Device, Uncovered with Support Cuff': 'Uncovered Intraluminal Device with Support Cuff',
  'Kidney, Ureter and Bladder, Left': 'Left Kidney, Ureter and Bladder',
  'Kidney, Ureter and Bladder, Right': 'Right Kidney, Ureter and Bladder',
  'Knee Joint, Femoral Surface, Left': 'Left Knee Joint, Femoral Surface',
  'Knee Joint, Femoral Surface, Right': 'Right Knee Joint, Femoral Surface',
  'Knee Joint, Tibial Surface, Left': 'Left Knee Joint, Tibial Surface',
  'Knee Joint, Tibial Surface, Right': 'Right Knee Joint, Tibial Surface',
  'Plasma, Convalescent (Nonautologous)': 'Convalescent Plasma (Nonautologous)',
  'Pulmonary Vein, Confluence': 'Pulmonary Vein Confluence',
  'Synthetic Substitute, Intraocular Telescope': 'Intraocular Telescope',
  'Synthetic Substitute, Unicondylar Lateral': 'Lateral Unicondylar Synthetic Substitute',
  'Synthetic Substitute, Unicondylar Medial': 'Medial Unicondylar Synthetic Substitute',
};

/**
 * New Technology (section X) values are mostly worded as labelled; these are the ones turned like the
 * other sections' values ("Intraluminal Device, Expandable" -> "Expandable Intraluminal Device").
 */
const NEW_TECHNOLOGY_TURNED = new Set([
  'Carbon/PEEK Spinal Stabilization Device, Pedicle Based',
  'Coagulation Factor Xa, Inactivated',
  'Engineered Chimeric Antigen Receptor T-cell Immunotherapy, Allogeneic',
  'Engineered Chimeric Antigen Receptor T-cell Immunotherapy, Autologous',
  'Interbody Fusion Device, Custom-Made Anatomically Designed',
  'Internal Fixation Device, Bone-Density-Specific Thread and Porosity Pattern',
  'Internal Fixation Device, Gyroid-Sheet Lattice Design',
  'Internal Fixation Device, Open-truss Design',
  'Intracardiac Pacemaker, Dual-Chamber',
  'Intraluminal Device, Cell Impermeable',
  'Intraluminal Device, Expandable',
  'Intraluminal Device, Temporary',
  'Synthetic Substitute, Mechanically Expandable (Paired)',
  'Synthetic Substitute, Talar Prosthesis',
  'Synthetic Substitute, Ultrasound Penetrable',
]);

/** "Intraluminal Device, Drug-eluting, Two" -> "Two Drug-eluting Intraluminal Devices". */
const DEVICE_COUNT = /^(.*Device)(?:, (.*))?, (Two|Three|Four or More)$/;

/**
 * Computed phrases by label. A release has a few thousand distinct labels, each used by up to thousands of
 * codes, so remembering them spares most of the string work when all ~79,000 titles are built.
 */
const phraseCache = new Map<string, string>();

/** The title form of a value of sections 0-9 and B-H. */
export function valuePhrase(label: string): string {
  let phrase = phraseCache.get(label);
  if (phrase === undefined) {
    phrase = computePhrase(label);
    phraseCache.set(label, phrase);
  }
  return phrase;
}

function computePhrase(label: string): string {
  const reworded = REWORDED[label];
  if (reworded !== undefined) return reworded;
  if (AS_LABELLED.has(label) || /^\w+ Trimester, /.test(label)) return label;
  const count = DEVICE_COUNT.exec(label);
  if (count) return `${count[3]} ${count[2] ? `${count[2]} ` : ''}${count[1]}s`;
  return turn(label);
}

/** The title form of a New Technology body part or device. */
export function newTechnologyPhrase(label: string, axisPos: number): string {
  if (axisPos !== 6) return valuePhrase(label);
  if (NEW_TECHNOLOGY_TURNED.has(label)) return turn(label);
  return REWORDED[label] ?? label;
}

/** "Lymphatic, Internal Mammary, Left" -> "Left Internal Mammary Lymphatic". */
function turn(label: string): string {
  return label.split(', ').reverse().join(' ');
}

/**
 * The approach as the title words it: "Open Approach", "Percutaneous Endoscopic Approach", but the
 * natural-opening approaches bare. A few tables depart from that; they are listed by code prefix.
 */
export function approachPhrase(label: string, code: string): string {
  // Lymphatic diagnostic drainage (079..ZX), lymphatic repair (07Q) and inspection of the GI,
  // respiratory and genitourinary tracts (0WJP/Q/R) add "Approach" to the natural-opening approaches.
  if (label.startsWith('Via Natural') && !/^(079..ZX|07Q|0WJ[PQR])/.test(code)) return label;
  // Extraction of ova (0UDN) names its approaches bare.
  if (code.startsWith('0UDN')) return label;
  return `${label} Approach`;
}
