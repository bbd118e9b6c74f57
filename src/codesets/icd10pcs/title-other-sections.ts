// Long titles of ICD-10-PCS sections 2-9 and B-H (placement, administration, measurement, extracorporeal,
// osteopathic, other procedures, chiropractic, imaging, nuclear medicine, radiation, rehabilitation,
// mental health, substance abuse), worded as in CMS's order file (FY2025-FY2026). Each section has its own
// sentence pattern; an axis whose value is "None"/"No Qualifier" (character Z) is left out of the title.

import type { TitleLabels } from './title-labels.js';
import { approachPhrase, valuePhrase as phrase } from './title-phrases.js';

const none = (code: string, axis: number): boolean => code[axis] === 'Z';

/** Section 2: "Immobilization of Left Finger using Brace", "Change Splint on Chest Wall". */
export function placementTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const bodyPart = phrase(L(3));
  const device = L(5);
  const orifice = code[1] === 'Y'; // 2Y: anatomical orifices, where the packing is named with the orifice
  if (op === 'Change') return orifice ? `Change ${bodyPart} ${device}` : `Change ${device} on ${bodyPart}`;
  if (op === 'Removal') return orifice ? `Removal of ${bodyPart} ${device}` : `Removal of ${device} on ${bodyPart}`;
  const where = orifice && /^(Nasal|Anorectal)$/.test(bodyPart) ? `${bodyPart} Region` : bodyPart;
  return `${op} of ${where}${none(code, 5) ? '' : ` using ${device}`}`;
}

/** Section 3 qualifiers that describe the substance ("Autologous Platelets") rather than name it. */
const SUBSTANCE_ADJECTIVE =
  /^(Autologous|Nonautologous|Allogeneic, (Related|Unrelated|Unspecified)|Hyperthermic|Nitric Oxide)$/;

/** Section 3: "Transfusion of Autologous Platelets into Peripheral Vein, Percutaneous Approach". */
export function administrationTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const site = none(code, 3) ? 'Indwelling Device' : phrase(L(3));
  // Immunotherapeutics (W) and recombinant protein C (1…6) are titled with the bare approach ("…, Open").
  const bareApproach = op === 'Introduction' && (code[5] === 'W' || (code[5] === '1' && code[6] === '6'));
  const approach = bareApproach ? L(4) : approachPhrase(L(4), code);
  const q = none(code, 6) ? '' : L(6);
  let substance = phrase(L(5));
  if (op === 'Irrigation') {
    // An external irrigation of a body site leaves its approach out; an indwelling device's does not.
    const where = code[4] === 'X' && code[1] === 'E' ? '' : `, ${approach}`;
    return `Irrigation of ${site} using ${substance}${where}${q === 'Diagnostic' ? ', Diagnostic' : ''}`;
  }
  if (q && q !== 'Other Substance') {
    if (SUBSTANCE_ADJECTIVE.test(q)) substance = `${q.replace(', ', ' ')} ${substance}`;
    else if (q === 'Monoclonal Antibody') substance = `${substance}, ${q},`;
    else if (q === 'Blood Brain Barrier Disruption') substance = `${q} Substance`;
    else substance = q; // the qualifier names the substance itself ("Insulin", "Clofarabine")
  }
  return `${op} of ${substance} into ${site}, ${approach}`;
}

/** Section 4: "Measurement of Arterial Pressure, Coronary, Percutaneous Approach". */
export function measurementTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const system = none(code, 3) ? '' : `${L(3)} `;
  const fn = L(5);
  const approach = approachPhrase(L(4), code);
  if (none(code, 6)) return `${op} of ${system}${fn}, ${approach}`;
  const q = L(6);
  if (q === 'Intracranial' && code[3] === '0') return `${op} of ${q} ${fn}, ${approach}`;
  if (q === 'Indocyanine Green Dye' || q === 'Wireless Sensor')
    return `${op} of ${system}${fn} using ${q}, ${approach}`;
  return `${op} of ${system}${fn}, ${q}, ${approach}`;
}

/** Section 5: "Assistance with Cardiac Output using Balloon Pump, Continuous". */
export function assistanceTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const system = L(3);
  const duration = L(4);
  const fn = L(5);
  const q = none(code, 6) ? '' : L(6);
  if (system === 'Circulatory' && fn === 'Oxygenation' && /^Membrane/.test(q)) {
    return `Extracorporeal Oxygenation, ${q}${duration === 'Intraoperative' ? ', Intraoperative' : ''}`;
  }
  if (fn === 'Cerebral Embolic Filtration') return `${duration} ${fn}, ${q}`;
  if (system === 'Circulatory') return `Extracorporeal ${q ? `${q} ` : ''}${fn}, ${duration}`;
  let head: string;
  if (op === 'Assistance') head = `Assistance with ${system} ${fn}`;
  else if (fn === 'Ventilation')
    head = `${system} ${fn}`; // "Respiratory Ventilation, …" without "Performance of"
  else head = `${op} of ${system} ${fn}`;
  if (!q) return `${head}, ${duration}`;
  if (q === 'Supersaturated') return `${head}, ${q}`;
  if (/Pump$|Compression$/.test(q)) return `${head} using ${q}, ${duration}`;
  return `${head}, ${duration}, ${q}`;
}

/** Section 6: "Phototherapy, Circulatory, Single", "Pheresis of Platelets, Multiple". */
export function therapiesTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const system = L(3);
  const duration = L(4);
  if (!none(code, 6)) return `${op} of ${phrase(L(6))}, ${duration}`;
  if (!none(code, 5)) return `${op} of ${system} ${L(5)}, ${duration}`;
  if (none(code, 3)) return `${op}, ${duration}`;
  if (system === 'Skin') return `${op} of ${system}, ${duration}`;
  return `${op}, ${system}, ${duration}`;
}

/** Spinal regions of sections 7 and 9 are titled "Thoracic Region", "Lumbar Region", … */
function region(label: string): string {
  return /^(Cervical|Thoracic|Lumbar|Pelvic)$/.test(label) ? `${label} Region` : phrase(label);
}

/** Section 7: "Osteopathic Treatment of Head using Indirect Forces". */
export function osteopathicTitle(_code: string, L: TitleLabels): string {
  const method = L(5);
  const bare = /^(Other Method|Lymphatic Pump|Fascial Release|General Mobilization)$/.test(method);
  return `Osteopathic Treatment of ${region(L(3))} using ${bare ? method : `${method} Forces`}`;
}

/** Section 8: "Robotic Assisted Procedure of Trunk Region, Open Approach", "Suture Removal from Upper Extremity". */
export function otherProceduresTitle(code: string, L: TitleLabels): string {
  const method = L(5);
  const system = phrase(L(3));
  const q = none(code, 6) ? '' : L(6);
  const approach = code[4] === 'X' ? '' : `, ${approachPhrase(L(4), code)}`;
  if (code[1] === 'C') return `${method} of ${q} from Indwelling Device in ${system}`;
  if (method === 'Collection') return `${q} ${method}`;
  if (method === 'Other Method') {
    if (none(code, 3)) return q;
    return q === 'Suture Removal' ? `${q} from ${system}` : `${q} of ${system}`;
  }
  if (method === 'Acupuncture') return `${method}${q ? ` using ${q}` : ''}`;
  if (method === 'Therapeutic Massage') return `${method}${q ? ` of ${q}` : ''}`;
  if (/^With /.test(q)) return `${method} of ${system}, ${q}${approach}`;
  return `${method} of ${system}${q ? ` using ${q}` : ''}${approach}`;
}

/** Section 9: "Chiropractic Manipulation of Cervical Region, Direct Visceral". */
export function chiropracticTitle(_code: string, L: TitleLabels): string {
  return `Chiropractic Manipulation of ${region(L(3))}, ${L(5)}`;
}

/** Section B: "Computerized Tomography (CT Scan) of Brain using Low Osmolar Contrast, Unenhanced and Enhanced". */
export function imagingTitle(code: string, L: TitleLabels): string {
  let s = `${L(2)} of ${phrase(L(3))}`;
  const contrast = L(4);
  if (!none(code, 4)) s += /Osmolar$/.test(contrast) ? ` using ${contrast} Contrast` : ` using ${contrast}`;
  const q1 = none(code, 5) ? '' : L(5);
  const q2 = none(code, 6) ? '' : L(6);
  if (q1 && q2) s += q1 === 'Laser' ? `, ${q1} ${q2}` : `, ${q1}, ${q2}`;
  else if (q1) s += none(code, 4) ? ` using ${q1}` : `, ${q1}`;
  else if (q2) s += `, ${q2}`;
  return s;
}

/** Section C: "Planar Nuclear Medicine Imaging of Liver using Technetium 99m (Tc-99m)". */
export function nuclearMedicineTitle(code: string, L: TitleLabels): string {
  return `${L(2)} of ${phrase(L(3))}${none(code, 4) ? '' : ` using ${L(4)}`}`;
}

/** Section D: "Beam Radiation of Brain using Electrons, Intraoperative", "High Dose Rate (HDR) Brachytherapy of …". */
export function radiationTitle(code: string, L: TitleLabels): string {
  const modality = L(2);
  const site = phrase(L(3));
  const mq = L(4);
  const isotope = none(code, 5) ? '' : ` using ${L(5)}`;
  const q = none(code, 6) ? '' : `, ${L(6)}`;
  if (modality === 'Beam Radiation') return `${modality} of ${site} using ${mq}${q}`;
  if (modality === 'Brachytherapy') return `${mq} ${modality} of ${site}${isotope}${q}`;
  if (mq === 'Isotope Administration') return `${mq} to ${site}${isotope}${q}`;
  return `${mq} of ${site}${isotope}${q}`;
}

/** Section F equipment named bare ("using Orthosis"); the others are "using <value> Equipment". */
const EQUIPMENT_BARE = new Set([
  'Audiometer',
  'Computer',
  'Negative Pressure Therapy',
  'Orthosis',
  'Other Equipment',
  'Physical Agents',
  'Prosthesis',
  'Sound Field / Booth',
  'Speech Prosthesis',
  'Tympanometer',
]);

/** Section F: "Muscle Performance Assessment of Neurological System - Head and Neck using Orthosis". */
export function rehabilitationTitle(code: string, L: TitleLabels): string {
  const type = L(2);
  const typeQualifier = L(4);
  let s: string;
  if (type === 'Caregiver Training') s = `Caregiver Training in ${typeQualifier}`;
  else if (type === 'Device Fitting') s = `${typeQualifier} Device Fitting`;
  else s = `${typeQualifier} ${type.split(' ').pop() ?? type}`; // "Speech Assessment" -> "… Assessment"
  if (!none(code, 3)) s += ` of ${L(3)}`;
  if (!none(code, 5)) {
    const equipment = L(5);
    s += EQUIPMENT_BARE.has(equipment) ? ` using ${equipment}` : ` using ${equipment} Equipment`;
  }
  return s;
}

/** Section G: "Individual Psychotherapy, Cognitive", "Educational Counseling". */
export function mentalHealthTitle(code: string, L: TitleLabels): string {
  const type = L(2);
  if (none(code, 3)) return type;
  const q = L(3);
  if (type === 'Counseling') return /^Other /.test(q) ? q : `${q} ${type}`;
  // "Other Family Psychotherapy" is titled "Family Psychotherapy", but "Other Electroconvulsive Therapy" stays.
  if (/^Other /.test(q)) return q === `Other ${type}` && type !== 'Electroconvulsive Therapy' ? type : q;
  return `${type}, ${q}`;
}

/** Section H: "Group Counseling for Substance Abuse Treatment, Cognitive". */
export function substanceAbuseTitle(code: string, L: TitleLabels): string {
  const type = L(2);
  const q = none(code, 3) || L(3) === `Other ${type}` ? '' : `, ${L(3)}`;
  return `${type} for Substance Abuse Treatment${q}`;
}
