// Long titles of ICD-10-PCS sections 0 (Medical and Surgical) and 1 (Obstetrics), worded as in CMS's order
// file (FY2025-FY2026). The title is "<operation phrase> <body part>", then the device ("with …"), then the
// qualifier, then the approach. The operation decides the phrase ("Excision of", "Insertion of <device>
// into", "Control Bleeding in"); the qualifier decides where it goes (see QualifierPlace).

import type { TitleLabels } from './title-labels.js';
import { approachPhrase, valuePhrase } from './title-phrases.js';

/** Operations titled "<Operation> of <body part>"; the others are "<Operation> <body part>" (Repair, Bypass…). */
export const OPERATION_OF: ReadonlySet<string> = new Set([
  'Abortion',
  'Alteration',
  'Creation',
  'Delivery',
  'Destruction',
  'Dilation',
  'Division',
  'Drainage',
  'Excision',
  'Extraction',
  'Fusion',
  'Inspection',
  'Occlusion',
  'Reattachment',
  'Replacement',
  'Resection',
  'Restriction',
  'Transplantation',
]);

type QualifierPlace =
  | 'afterDevice' // "…with Device, Q, Approach" (the common case)
  | 'beforeDevice' // "…Body Part, Q, with Device, …" (tooth counts, bifurcation)
  | 'afterApproach' // "…, Approach, Q" (Diagnostic, Hand-Assisted)
  | 'to' // "Bypass A to Q"
  | 'from' // "Bypass Coronary Artery, One Artery from Q"
  | 'with' // "Transfer Head Muscle with Skin"
  | 'withBeforeDevice' // "Replacement of Right Thumb with Right Toe, Autologous Tissue Substitute"
  | 'using' // "Destruction of Brain using Laser Interstitial Thermal Therapy"
  | 'usingAfterDevice' // "…with Intraluminal Device, using Drug-Coated Balloon"
  | 'flap' // "Replacement of Right Breast using <flap>", the device not named
  | 'createdFrom' // "Repair Mitral Valve created from Left Atrioventricular Valve"
  | 'bodyPart' // the qualifier is the more exact body part ("Occlusion of Left Atrial Appendage")
  | 'deviceAdjective' // "Biventricular Short-term External Heart Assist System"
  | 'deviceApposition' // "Insertion of Infusion Device, Via Umbilical Vein, into …"
  | 'object' // "Drainage of Fetal Blood from Products of Conception", "Creation of Penis in …"
  | 'creationFrom' // "Creation of Aortic Valve from Truncal Valve using <device>"
  | 'prefix'; // "Manual Extraction of …"

/** Qualifiers naming a part of the body part that the title names instead. */
const QUALIFIER_IS_BODY_PART = new Set([
  'Ductus Arteriosus',
  'Hemorrhoidal Plexus',
  'Left Atrial Appendage',
  'Prostatic Artery, Left',
  'Prostatic Artery, Right',
  'Uterine Artery, Left',
  'Uterine Artery, Right',
]);

/** Qualifiers naming a technique, introduced by "using". */
const QUALIFIER_USING = new Set([
  'Connectomic Analysis',
  'Irreversible Electroporation',
  'Laser Interstitial Thermal Therapy',
  'Stent Retriever',
  'Stereoelectroencephalographic Radiofrequency Ablation',
]);

function qualifierPlace(code: string, op: string, q: string, bodyPart: string): QualifierPlace {
  if (QUALIFIER_IS_BODY_PART.has(q)) return 'bodyPart';
  if (q === 'Diagnostic' || q === 'Hand-Assisted') return 'afterApproach';
  if (op === 'Bypass') {
    // Coronary and pulmonary bypasses name the source of the flow, the others its destination.
    return /^(Coronary Artery, |Pulmonary Artery, |Pulmonary Trunk$)/.test(bodyPart) ? 'from' : 'to';
  }
  if (op === 'Transfer') {
    if (/Flap$/.test(q)) return 'afterDevice';
    return /^(Skin|Subcutaneous Tissue)/.test(q) ? 'with' : 'to';
  }
  if (op === 'Resection' && /^(Allogeneic|Syngeneic|Zooplastic)$/.test(q)) return 'afterApproach';
  if ((op === 'Excision' || op === 'Drainage') && /^(All|Multiple|Single|Vertical)$/.test(q)) return 'afterApproach';
  if (op === 'Fragmentation' && q === 'Ultrasonic') return 'afterApproach';
  if (/Flap$/.test(q)) return 'flap';
  if (op === 'Replacement' && /^Toe, /.test(q)) return 'withBeforeDevice';
  // Tooth counts precede the device, except in an open reposition (0CSW0.., 0CSX0..).
  if (/^(All|Multiple|Single)$/.test(q) && !(op === 'Reposition' && code[4] === '0')) return 'beforeDevice';
  if (q === 'Bifurcation' || q === 'Sesamoid Bone(s) 1st Toe') return 'beforeDevice';
  if (q === 'Drug-Coated Balloon' || q === 'Rapid Deployment Technique') return 'usingAfterDevice';
  if (QUALIFIER_USING.has(q)) return 'using';
  if ((op === 'Repair' || op === 'Supplement') && /^(Atrioventricular Valve, |Truncal Valve$)/.test(q)) {
    return 'createdFrom';
  }
  if (q === 'Biventricular') return 'deviceAdjective';
  if (q === 'Via Umbilical Vein') return 'deviceApposition';
  if (op === 'Creation') return q === 'Penis' || q === 'Vagina' ? 'object' : 'creationFrom';
  if (code[0] === '1' && /^(Drainage|Repair|Transplantation)$/.test(op)) return 'object';
  if (q === 'Manual') return 'prefix';
  return 'afterDevice';
}

/** The opening of the title, up to and including the body part; says whether it already named the device. */
function opening(
  code: string,
  op: string,
  bodyPart: string,
  device: string,
  q: string,
  place: QualifierPlace | undefined,
): { text: string; deviceNamed: boolean } {
  switch (op) {
    case 'Change':
      return { text: `Change ${device} in ${bodyPart}`, deviceNamed: true };
    case 'Insertion':
      return place === 'deviceApposition'
        ? { text: `Insertion of ${device}, ${q}, into ${bodyPart}`, deviceNamed: true }
        : { text: `Insertion of ${device} into ${bodyPart}`, deviceNamed: true };
    case 'Removal':
      return { text: `Removal of ${device} from ${bodyPart}`, deviceNamed: true };
    case 'Revision':
      return { text: `Revision of ${device} in ${bodyPart}`, deviceNamed: true };
    case 'Control':
      return { text: `Control Bleeding in ${bodyPart}`, deviceNamed: false };
    case 'Extirpation':
      return { text: `Extirpation of Matter from ${bodyPart}`, deviceNamed: false };
    case 'Fragmentation': {
      // Vessel tables (02F great vessels, 03F-06F) say "of"; the hollow organs say "in".
      const of = /^0[3-6]/.test(code) || /^02F[PQRSTVW]/.test(code);
      return { text: `Fragmentation ${of ? 'of' : 'in'} ${bodyPart}`, deviceNamed: false };
    }
    case 'Detachment':
      return { text: `Detachment at ${bodyPart}`, deviceNamed: false };
    case 'Creation':
      return place === 'object'
        ? { text: `Creation of ${q} in ${bodyPart}`, deviceNamed: false }
        : { text: `Creation of ${bodyPart} from ${q} using ${device}`, deviceNamed: true };
    case 'Supplement':
      // Eye (08U0, 08U1) and subcutaneous tissue (0JU) supplements alone say "Supplement of".
      return { text: `Supplement${/^(08U[01]|0JU)/.test(code) ? ' of' : ''} ${bodyPart}`, deviceNamed: false };
  }
  if (place === 'object') {
    const [pre, link] = op === 'Drainage' ? [' of', 'from'] : op === 'Transplantation' ? [' of', 'into'] : ['', 'in'];
    return { text: `${op}${pre} ${q} ${link} ${bodyPart}`, deviceNamed: false };
  }
  // Tooth repairs (0CQW, 0CQX) alone say "Repair of".
  const of = OPERATION_OF.has(op) || /^0CQ[WX]/.test(code);
  const text = `${op}${of ? ' of' : ''} ${bodyPart}`;
  return { text: place === 'prefix' ? `${q} ${text}` : text, deviceNamed: false };
}

export function medicalSurgicalTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const hasDevice = code[5] !== 'Z';
  const qLabel = code[6] !== 'Z' ? L(6) : '';
  const place = qLabel ? qualifierPlace(code, op, qLabel, L(3)) : undefined;
  const q = qLabel ? valuePhrase(qLabel) : '';
  const bodyPart = place === 'bodyPart' ? q : valuePhrase(L(3));
  const device = place === 'deviceAdjective' ? `${q} ${valuePhrase(L(5))}` : valuePhrase(L(5));

  const open = opening(code, op, bodyPart, device, q, place);
  let s = open.text;
  const deviceLeft = hasDevice && !open.deviceNamed && place !== 'flap';

  if (place === 'to') s += ` to ${q}`;
  else if (place === 'from') s += ` from ${q}`;
  else if (place === 'with') s += ` with ${q}`;
  else if (place === 'withBeforeDevice') s += ` with ${q}${hasDevice ? ',' : ''}`;
  else if (place === 'createdFrom') s += ` created from ${q}`;
  else if (place === 'using' || place === 'flap') s += ` using ${q}`;
  else if (place === 'beforeDevice') s += `, ${q}${deviceLeft ? ',' : ''}`;

  if (deviceLeft) s += place === 'withBeforeDevice' ? ` ${device}` : ` with ${device}`;
  // CMS titles these pulmonary-trunk and pulmonary-artery bypasses "with No Device".
  else if (!hasDevice && place === 'from' && /^021[PQR]/.test(code)) s += ' with No Device';

  if (place === 'afterDevice') s += `, ${q}`;
  else if (place === 'usingAfterDevice') s += hasDevice ? `, using ${q}` : ` using ${q}`;
  s += `, ${approachPhrase(L(4), code)}`;
  if (place === 'afterApproach') s += `, ${q}`;
  return s;
}
