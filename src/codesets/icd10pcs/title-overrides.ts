// ICD-10-PCS long titles (CMS order file, FY2026) that no wording rule in title-*.ts explains: one-off
// choices in CMS's phrase database, e.g. a qualifier left out ("Stress"), a body system named only for
// some codes of a table, or an approach printed for one external code and not its neighbours. Keyed by code;
// applied before the rules. Each was checked against icd10pcs_order_2026.txt; a code whose labels change in a
// later release should be re-checked here.

export const TITLE_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['4A02XM4', 'Measurement of Cardiac Total Activity, External Approach'],
  ['4A12XM4', 'Monitoring of Cardiac Stress, External Approach'],
  ['6A4T00A', 'Hypothermia of Urinary System using Donor Organ Protective Thermal Insulation, Single, Intraoperative'],
  ['8E02XDZ', 'Near Infrared Spectroscopy of Circulatory System, External Approach'],
  ['8E0ZXGP', 'External Confocal Microscopy, Intraoperative Specimen Analysis'],
  ['X2A7358', 'Intermittent Coronary Sinus Occlusion, Percutaneous Approach, New Technology Group 8'],
  ['XD2G4V7', 'Monitoring of Upper GI Oxygen Saturation, Percutaneous Endoscopic Approach, New Technology Group 7'],
  [
    'XD2G8V7',
    'Monitoring of Upper GI Oxygen Saturation, Via Natural or Artificial Opening Endoscopic, New Technology Group 7',
  ],
  ['XD2H4V7', 'Monitoring of Lower GI Oxygen Saturation, Percutaneous Endoscopic Approach, New Technology Group 7'],
  [
    'XD2H8V7',
    'Monitoring of Lower GI Oxygen Saturation, Via Natural or Artificial Opening Endoscopic, New Technology Group 7',
  ],
  ['XFJB8A7', 'Inspection of Hepatobiliary Duct using Single-use Duodenoscope, New Technology Group 7'],
  ['XFJD8A7', 'Inspection of Pancreatic Duct using Single-use Duodenoscope, New Technology Group 7'],
  ['XT25XE5', 'Monitoring of Kidney using Fluorescent Pyrazine, External Approach, New Technology Group 5'],
  [
    'XX2F3W9',
    'Monitoring of Musculoskeletal Muscle Compartment Pressure, Micro-Electro-Mechanical System, Percutaneous Approach, New Technology Group 9',
  ],
  ['XX2KXDB', 'Monitoring of Interstitial Glucose, Wearable Sensor, External Approach, New Technology Group 11'],
  [
    'XX2KXP9',
    'Monitoring of Interstitial Fluid Volume, Sub-Epidermal Moisture using Electrical Biocapacitance, External Approach, New Technology Group 9',
  ],
  ['XXE2X19', 'Measurement of Cardiac Output, Computer-aided Assessment, New Technology Group 9'],
  [
    'XXE97U7',
    'Measurement of Infection, Nasopharyngeal Fluid SARS-CoV-2 Polymerase Chain Reaction, New Technology Group 7',
  ],
]);
