// v2 prototype
export function pcsLongTitle(code: string, labels: readonly string[]): string {
  const L = (i: number) => labels[i] ?? '';
  const ch = (i: number) => code[i] ?? '';
  switch (ch(0)) {
    case '0':
    case '1':
      return medSurg(code, L);
    case 'X':
      return newTechnology(code, L);
    case '2':
      return placement(code, L);
    case '3':
      return administration(code, L);
    case '4':
      return measurement(code, L);
    case '5':
      return assistance(code, L);
    case '6':
      return therapies(code, L);
    case '7':
      return osteopathic(code, L);
    case '8':
      return otherProcedures(code, L);
    case '9':
      return `Chiropractic Manipulation of ${region(L(3))}, ${L(5)}`;
    case 'B':
      return imaging(code, L);
    case 'C':
      return `${L(2)} of ${phrase(L(3))}${code[4] === 'Z' ? '' : ` using ${L(4)}`}`;
    case 'D':
      return radiation(code, L);
    case 'F':
      return rehabilitation(code, L);
    case 'G':
      return mentalHealth(code, L);
    case 'H':
      return `${L(2)} for Substance Abuse Treatment${code[3] === 'Z' || L(3) === `Other ${L(2)}` ? '' : `, ${L(3)}`}`;
  }
  return '';
}

type Labels = (i: number) => string;

/** Osteopathic and chiropractic spinal regions are titled "Thoracic Region", "Lumbar Region", … */
function region(label: string): string {
  return /^(Cervical|Thoracic|Lumbar|Pelvic)$/.test(label) ? `${label} Region` : phrase(label);
}

function placement(code: string, L: Labels): string {
  const op = L(2);
  const bp = phrase(L(3));
  const dev = L(5);
  const orifice = code[1] === 'Y';
  switch (op) {
    case 'Change':
      return orifice ? `Change ${bp} ${dev}` : `Change ${dev} on ${bp}`;
    case 'Removal':
      return orifice ? `Removal of ${bp} ${dev}` : `Removal of ${dev} on ${bp}`;
    default: {
      const where = orifice && /^(Nasal|Anorectal)$/.test(bp) ? `${bp} Region` : bp;
      return `${op} of ${where}${code[5] === 'Z' ? '' : ` using ${dev}`}`;
    }
  }
}

/** Qualifiers of section 3 that qualify the substance ("Autologous Platelets") rather than name it. */
const SUBSTANCE_ADJECTIVE = /^(Autologous|Nonautologous|Allogeneic, (Related|Unrelated|Unspecified)|Hyperthermic|Nitric Oxide)$/;

function administration(code: string, L: Labels): string {
  const op = L(2);
  const site = code[3] === 'Z' ? 'Indwelling Device' : phrase(L(3));
  // Immunotherapeutics and recombinant protein C are titled with the bare approach ("…, Open").
  const bare = op === 'Introduction' && (code[5] === 'W' || (code[5] === '1' && code[6] === '6'));
  const ap = bare ? L(4) : approach(L(4), code);
  let sub = phrase(L(5));
  const q = L(6);
  if (op === 'Irrigation') {
    // An external irrigation of a body site is titled without its approach (not so for an indwelling device).
    const where = code[4] === 'X' && code[1] === 'E' ? '' : `, ${ap}`;
    return `Irrigation of ${site} using ${sub}${where}${q === 'Diagnostic' ? ', Diagnostic' : ''}`;
  }
  if (code[6] !== 'Z') {
    if (SUBSTANCE_ADJECTIVE.test(q)) sub = `${q.replace(', ', ' ')} ${sub}`;
    else if (q === 'Monoclonal Antibody') sub = `${sub}, ${q},`;
    else if (q === 'Blood Brain Barrier Disruption') sub = `${q} Substance`;
    else if (q === 'Other Substance') sub = phrase(L(5));
    else sub = q;
  }
  return `${op} of ${sub} into ${site}, ${ap}`;
}

function measurement(code: string, L: Labels): string {
  const op = L(2);
  const sys = code[3] === 'Z' ? '' : `${L(3)} `;
  const fn = L(5);
  const ap = approach(L(4), code);
  if (code[6] === 'Z') return `${op} of ${sys}${fn}, ${ap}`;
  const q = L(6);
  if (q === 'Intracranial' && code[3] === '0') return `${op} of ${q} ${fn}, ${ap}`;
  if (q === 'Indocyanine Green Dye' || q === 'Wireless Sensor') return `${op} of ${sys}${fn} using ${q}, ${ap}`;
  return `${op} of ${sys}${fn}, ${q}, ${ap}`;
}

function assistance(code: string, L: Labels): string {
  const op = L(2);
  const sys = L(3);
  const dur = L(4);
  const fn = L(5);
  const q = code[6] === 'Z' ? '' : L(6);
  if (sys === 'Circulatory' && fn === 'Oxygenation' && /^Membrane/.test(q)) {
    return `Extracorporeal Oxygenation, ${q}${dur === 'Intraoperative' ? ', Intraoperative' : ''}`;
  }
  if (fn === 'Cerebral Embolic Filtration') return `${dur} ${fn}, ${q}`;
  if (sys === 'Circulatory') return `Extracorporeal ${q ? `${q} ` : ''}${fn}, ${dur}`;
  const head =
    op === 'Assistance'
      ? `Assistance with ${sys} ${fn}`
      : fn === 'Ventilation'
        ? `${sys} ${fn}`
        : `${op} of ${sys} ${fn}`;
  if (!q) return `${head}, ${dur}`;
  if (q === 'Supersaturated') return `${head}, ${q}`;
  if (/Pump$|Compression$/.test(q)) return `${head} using ${q}, ${dur}`;
  return `${head}, ${dur}, ${q}`;
}

function therapies(code: string, L: Labels): string {
  const op = L(2);
  const sys = L(3);
  const dur = L(4);
  if (code[6] !== 'Z') return `${op} of ${phrase(L(6))}, ${dur}`;
  if (code[5] !== 'Z') return `${op} of ${sys} ${L(5)}, ${dur}`;
  if (code[3] === 'Z') return `${op}, ${dur}`;
  if (sys === 'Skin') return `${op} of ${sys}, ${dur}`;
  return `${op}, ${sys}, ${dur}`;
}

function osteopathic(code: string, L: Labels): string {
  const method = L(5);
  const forces = /^(Other Method|Lymphatic Pump|Fascial Release|General Mobilization)$/.test(method)
    ? method
    : `${method} Forces`;
  return `Osteopathic Treatment of ${region(L(3))} using ${forces}`;
}

function otherProcedures(code: string, L: Labels): string {
  const method = L(5);
  const sys = phrase(L(3));
  const q = code[6] === 'Z' ? '' : L(6);
  const ap = code[4] === 'X' ? '' : `, ${approach(L(4), code)}`;
  if (code[1] === 'C') return `${method} of ${q} from Indwelling Device in ${sys}`;
  if (method === 'Collection') return `${q} ${method}`;
  if (method === 'Other Method') {
    if (code[3] === 'Z') return q;
    return q === 'Suture Removal' ? `${q} from ${sys}` : `${q} of ${sys}`;
  }
  if (method === 'Acupuncture') return `${method}${q ? ` using ${q}` : ''}`;
  if (method === 'Therapeutic Massage') return `${method}${q ? ` of ${q}` : ''}`;
  if (/^With /.test(q)) return `${method} of ${sys}, ${q}${ap}`;
  return `${method} of ${sys}${q ? ` using ${q}` : ''}${ap}`;
}

function imaging(code: string, L: Labels): string {
  let s = `${L(2)} of ${phrase(L(3))}`;
  const contrast = L(4);
  if (code[4] !== 'Z') s += /Osmolar$/.test(contrast) ? ` using ${contrast} Contrast` : ` using ${contrast}`;
  const q1 = code[5] === 'Z' ? '' : L(5);
  const q2 = code[6] === 'Z' ? '' : L(6);
  if (q1 && q2) s += q1 === 'Laser' ? `, ${q1} ${q2}` : `, ${q1}, ${q2}`;
  else if (q1) s += code[4] === 'Z' ? ` using ${q1}` : `, ${q1}`;
  else if (q2) s += `, ${q2}`;
  return s;
}

function radiation(code: string, L: Labels): string {
  const modality = L(2);
  const site = phrase(L(3));
  const mq = L(4);
  const iso = code[5] === 'Z' ? '' : L(5);
  const q = code[6] === 'Z' ? '' : `, ${L(6)}`;
  if (modality === 'Beam Radiation') return `${modality} of ${site} using ${mq}${q}`;
  if (modality === 'Brachytherapy') return `${mq} ${modality} of ${site}${iso ? ` using ${iso}` : ''}${q}`;
  if (mq === 'Isotope Administration') return `${mq} to ${site}${iso ? ` using ${iso}` : ''}${q}`;
  return `${mq} of ${site}${iso ? ` using ${iso}` : ''}${q}`;
}

/** Section F equipment values named as such ("using Orthosis"), not as "… Equipment". */
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

function rehabilitation(code: string, L: Labels): string {
  const type = L(2);
  const word = type.split(' ').pop() ?? type;
  const tq = L(4);
  let s: string;
  if (type === 'Caregiver Training') s = `Caregiver Training in ${tq}`;
  else if (type === 'Device Fitting') s = `${tq} Device Fitting`;
  else s = `${tq} ${word}`;
  if (code[3] !== 'Z') s += ` of ${L(3)}`;
  if (code[5] !== 'Z') {
    const eq = L(5);
    s += EQUIPMENT_BARE.has(eq) ? ` using ${eq}` : ` using ${eq} Equipment`;
  }
  return s;
}

function mentalHealth(code: string, L: Labels): string {
  const type = L(2);
  if (code[3] === 'Z') return type;
  const q = L(3);
  if (type === 'Counseling') return `${q}${/^Other /.test(q) ? '' : ` ${type}`}`.replace(/^Other Counseling$/, 'Other Counseling');
  if (/^Other /.test(q)) return q === `Other ${type}` && type !== 'Electroconvulsive Therapy' ? type : q;
  return `${type}, ${q}`;
}

/** Body-part labels whose title form is the label itself (no "X, Left" -> "Left X" turn). */
const KEEP = new Set([
  'Coronary Artery, One Artery',
  'Coronary Artery, Two Arteries',
  'Coronary Artery, Three Arteries',
  'Coronary Artery, Four or More Arteries',
  'Stomach, Pylorus',
  'Thoracic Aorta, Ascending/Arch',
  'Thoracic Aorta, Descending',
  'Tongue, Palate, Pharynx Muscle',
  'Intraluminal Device, Endovascular Anchors',
  'Intraluminal Device, Flow Diverter',
  'Pacemaker, Dual Chamber',
  'Pacemaker, Single Chamber',
  'Pacemaker, Single Chamber Rate Responsive',
  'Radioactive Element, Cesium-131 Collagen Implant',
  'Radioactive Element, Palladium-103 Collagen Implant',
  'Spinal Stabilization Device, Vertebral Body Tether',
  'Synthetic Substitute, Pneumatic',
  'Anterior Approach, Anterior Column',
  'Posterior Approach, Anterior Column',
  'Posterior Approach, Posterior Column',
  'Skin, Subcutaneous Tissue and Fascia',
  'Products of Conception, Retained',
  'Products of Conception, Ectopic',
  'Amniotic Fluid, Diagnostic',
  'Amniotic Fluid, Therapeutic',
  'Ear, Nose and Sinus',
  'Hepatobiliary System, All',
  'Musculoskeletal System, All',
  'Musculoskeletal System, Other',
  'Gallbladder, Bile Ducts and Pancreatic Ducts',
  'Ear, Nose, Mouth and Throat',
  'Skin, Subcutaneous Tissue and Breast',
  'Chest, Abdomen and Pelvis',
  'Ileal Loop, Ureters and Kidneys',
  'Kidneys, Ureters and Bladder',
  'Serum, Toxoid and Vaccine',
  'Hematopoietic Stem/Progenitor Cells, Genetically Modified',
  'Products of Conception, Circulatory',
  'Analgesics, Hypnotics, Sedatives',
  'Thoracic Aorta, Arch',
  'Thoracic Aorta, Ascending',
  'Thoracic Sympathetic Nerve, Cardiac Plexus',
]);

/** Title forms that are not a turn of the label. */
const PHRASE: Record<string, string> = {
  'Biologic with Synthetic Substitute, Autoregulated Electrohydraulic':
    'Biologic and Synthetic Substitute, Autoregulated Electrohydraulic',
  'Cardiac Lead, Defibrillator': 'Defibrillator Lead',
  'Cardiac Lead, Pacemaker': 'Pacemaker Lead',
  'Hearing Device, Multiple Channel Cochlear Prosthesis': 'Multiple Channel Cochlear Prosthesis',
  'Hearing Device, Single Channel Cochlear Prosthesis': 'Single Channel Cochlear Prosthesis',
  'Infusion Device, Pump': 'Infusion Pump',
  'Intraluminal Device, Airway': 'Airway',
  'Intraluminal Device, Branched or Fenestrated, One or Two Arteries':
    'Branched or Fenestrated Intraluminal Device, One or Two Arteries',
  'Intraluminal Device, Branched or Fenestrated, Three or More Arteries':
    'Branched or Fenestrated Intraluminal Device, Three or More Arteries',
  'Intraluminal Device, Endobronchial Valve': 'Endobronchial Valve',
  'Intraluminal Device, Endotracheal Airway': 'Endotracheal Airway',
  'Intraluminal Device, Pessary': 'Pessary',
  'Synthetic Substitute, Intraocular Telescope': 'Intraocular Telescope',
  'Synthetic Substitute, Unicondylar Lateral': 'Lateral Unicondylar Synthetic Substitute',
  'Synthetic Substitute, Unicondylar Medial': 'Medial Unicondylar Synthetic Substitute',
  'Hip Joint, Acetabular Surface, Left': 'Left Hip Joint, Acetabular Surface',
  'Hip Joint, Acetabular Surface, Right': 'Right Hip Joint, Acetabular Surface',
  'Hip Joint, Femoral Surface, Left': 'Left Hip Joint, Femoral Surface',
  'Hip Joint, Femoral Surface, Right': 'Right Hip Joint, Femoral Surface',
  'Knee Joint, Femoral Surface, Left': 'Left Knee Joint, Femoral Surface',
  'Knee Joint, Femoral Surface, Right': 'Right Knee Joint, Femoral Surface',
  'Knee Joint, Tibial Surface, Left': 'Left Knee Joint, Tibial Surface',
  'Knee Joint, Tibial Surface, Right': 'Right Knee Joint, Tibial Surface',
  'Pulmonary Vein, Confluence': 'Pulmonary Vein Confluence',
  'Kidney, Ureter and Bladder, Right': 'Right Kidney, Ureter and Bladder',
  'Plasma, Convalescent (Nonautologous)': 'Convalescent Plasma (Nonautologous)',
  'Intraluminal Device, Uncovered with Support Cuff': 'Uncovered Intraluminal Device with Support Cuff',
  'Kidney, Ureter and Bladder, Left': 'Left Kidney, Ureter and Bladder',
};

function phrase(label: string): string {
  const p = PHRASE[label];
  if (p !== undefined) return p;
  if (KEEP.has(label) || /^\w+ Trimester, /.test(label)) return label;
  // "Intraluminal Device, Drug-eluting, Two" -> "Two Drug-eluting Intraluminal Devices"
  const m = /^(.*Device)(, .*)?, (Two|Three|Four or More)$/.exec(label);
  if (m) return `${m[3]} ${m[2] ? `${m[2].slice(2)} ` : ''}${m[1]}s`;
  return label.split(', ').reverse().join(' ');
}

function approach(label: string, code: string): string {
  if (label.startsWith('Via Natural') && !/^(079..ZX|07Q|0WJ[PQR])/.test(code)) return label;
  if (code.startsWith('0UDN')) return label;
  return `${label} Approach`;
}

const OF = new Set([
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

type QForm =
  | 'comma' // ", Q" after the device
  | 'commaBeforeDevice' // ", Q," before " with device"
  | 'end' // after the approach
  | 'to' // " to Q" before the device
  | 'from'
  | 'with' // " with Q"
  | 'using' // " using Q" before the device
  | 'usingAfterDevice' // ", using Q" after the device
  | 'createdFrom'
  | 'replacesBodyPart'
  | 'deviceAdjective'
  | 'afterDevice' // "Insertion of Device, Q, into body part"
  | 'object' // the qualifier names what is operated on, in or from the body part
  | 'prefix' // "Manual Extraction of …"
  | 'creationFrom' // "Creation of body part from Q using device"
  | 'withBeforeDevice' // "with Q, device"
  | 'flap'; // "using Q", the device not named

const REPLACES_BODY_PART = new Set([
  'Ductus Arteriosus',
  'Left Atrial Appendage',
  'Hemorrhoidal Plexus',
  'Uterine Artery, Left',
  'Uterine Artery, Right',
  'Prostatic Artery, Left',
  'Prostatic Artery, Right',
]);

const USING = new Set([
  'Laser Interstitial Thermal Therapy',
  'Irreversible Electroporation',
  'Stereoelectroencephalographic Radiofrequency Ablation',
  'Stent Retriever',
  'Connectomic Analysis',
  'Deep Inferior Epigastric Artery Perforator Flap',
  'Gluteal Artery Perforator Flap',
  'Latissimus Dorsi Myocutaneous Flap',
  'Lumbar Artery Perforator Flap',
  'Superficial Inferior Epigastric Artery Flap',
  'Transverse Rectus Abdominis Myocutaneous Flap',
]);

function qualForm(code: string, op: string, q: string, bp: string): QForm {
  if (REPLACES_BODY_PART.has(q)) return 'replacesBodyPart';
  if (q === 'Diagnostic' || q === 'Hand-Assisted') return 'end';
  if (op === 'Bypass') {
    return /^(Coronary Artery, |Pulmonary Artery, |Pulmonary Trunk$)/.test(bp) ? 'from' : 'to';
  }
  if (op === 'Transfer') {
    if (/Flap$/.test(q)) return 'comma';
    if (/^(Skin|Subcutaneous Tissue)/.test(q)) return 'with';
    return 'to';
  }
  if (op === 'Resection' && /^(Allogeneic|Syngeneic|Zooplastic)$/.test(q)) return 'end';
  if ((op === 'Excision' || op === 'Drainage') && /^(All|Multiple|Single|Vertical)$/.test(q)) return 'end';
  if (op === 'Fragmentation' && q === 'Ultrasonic') return 'end';
  if (/Flap$/.test(q)) return 'flap';
  if (op === 'Replacement' && /^Toe, /.test(q)) return 'withBeforeDevice';
  // Tooth counts precede the device, except in an open reposition (0CSW0.., 0CSX0..).
  if (/^(All|Multiple|Single)$/.test(q) && !(op === 'Reposition' && code[4] === '0')) return 'commaBeforeDevice';
  if (/^(Bifurcation|Sesamoid Bone\(s\) 1st Toe)$/.test(q)) return 'commaBeforeDevice';
  if (q === 'Drug-Coated Balloon' || q === 'Rapid Deployment Technique') return 'usingAfterDevice';
  if (USING.has(q)) return 'using';
  if (/^(Atrioventricular Valve, |Truncal Valve$)/.test(q) && (op === 'Repair' || op === 'Supplement')) return 'createdFrom';
  if (q === 'Biventricular') return 'deviceAdjective';
  if (q === 'Via Umbilical Vein') return 'afterDevice';
  if (op === 'Creation') return q === 'Penis' || q === 'Vagina' ? 'object' : 'creationFrom';
  if (code[0] === '1' && /^(Drainage|Repair|Transplantation)$/.test(op)) return 'object';
  if (q === 'Manual') return 'prefix';
  return 'comma';
}

function medSurg(code: string, L: (i: number) => string): string {
  const op = L(2);
  const hasDev = code[5] !== 'Z';
  const hasQual = code[6] !== 'Z';
  const q = L(6);
  const form: QForm | undefined = hasQual ? qualForm(code, op, q, L(3)) : undefined;
  const bp = form === 'replacesBodyPart' ? phrase(q) : phrase(L(3));
  let dev = phrase(L(5));
  if (form === 'deviceAdjective') dev = `${q} ${dev}`;
  let s: string;
  let devDone = false;
  switch (op) {
    case 'Change':
      s = `Change ${dev} in ${bp}`;
      devDone = true;
      break;
    case 'Insertion':
      s = form === 'afterDevice' ? `Insertion of ${dev}, ${phrase(q)}, into ${bp}` : `Insertion of ${dev} into ${bp}`;
      devDone = true;
      break;
    case 'Removal':
      s = `Removal of ${dev} from ${bp}`;
      devDone = true;
      break;
    case 'Revision':
      s = `Revision of ${dev} in ${bp}`;
      devDone = true;
      break;
    case 'Control':
      s = `Control Bleeding in ${bp}`;
      break;
    case 'Extirpation':
      s = `Extirpation of Matter from ${bp}`;
      break;
    case 'Fragmentation':
      s = /^0[3-6]/.test(code) || /^02F[PQRSTVW]/.test(code) ? `Fragmentation of ${bp}` : `Fragmentation in ${bp}`;
      break;
    case 'Detachment':
      s = `Detachment at ${bp}`;
      break;
    case 'Creation':
      s = form === 'object' ? `Creation of ${phrase(q)} in ${bp}` : `Creation of ${bp} from ${phrase(q)} using ${dev}`;
      devDone = form !== 'object';
      break;
    case 'Supplement':
      s = /^(08U[01]|0JU)/.test(code) ? `Supplement of ${bp}` : `Supplement ${bp}`;
      break;
    default:
      if (form === 'object') {
        const prep = op === 'Drainage' ? 'of' : op === 'Transplantation' ? 'of' : '';
        const link = op === 'Drainage' ? 'from' : op === 'Transplantation' ? 'into' : 'in';
        s = `${op}${prep ? ` ${prep}` : ''} ${phrase(q)} ${link} ${bp}`;
      } else {
        s = OF.has(op) || /^0CQ[WX]/.test(code) ? `${op} of ${bp}` : `${op} ${bp}`;
        if (form === 'prefix') s = `${phrase(q)} ${s}`;
      }
  }
  if (form === 'flap') devDone = true;
  const qp = hasQual ? phrase(q) : '';
  if (form === 'to') s += ` to ${qp}`;
  else if (form === 'withBeforeDevice') s += ` with ${qp}${hasDev ? ',' : ''}`;
  else if (form === 'from') s += ` from ${qp}`;
  else if (form === 'with') s += ` with ${qp}`;
  else if (form === 'createdFrom') s += ` created from ${qp}`;
  else if (form === 'using' || form === 'flap') s += ` using ${qp}`;
  else if (form === 'commaBeforeDevice') s += `, ${qp}${hasDev && !devDone ? ',' : ''}`;
  if (hasDev && !devDone) s += form === 'withBeforeDevice' ? ` ${dev}` : ` with ${dev}`;
  else if (!hasDev && form === 'from' && /^021[PQR]/.test(code)) s += ' with No Device';
  if (form === 'comma') s += `, ${qp}`;
  else if (form === 'usingAfterDevice') s += hasDev ? `, using ${qp}` : ` using ${qp}`;
  s += `, ${approach(L(4), code)}`;
  if (form === 'end') s += `, ${qp}`;
  return s;
}

/** New Technology device / substance labels whose title form turns the comma ("Expandable Intraluminal Device"). */
const X_TURNED = new Set([
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

/** New Technology operations whose device is introduced by "using" rather than "with". */
const X_USING = new Set(['Bypass', 'Destruction', 'Division', 'Extirpation', 'Fusion', 'Inspection', 'Irrigation']);

/** …and the devices that take "using" (and "of") whatever the operation. */
const X_USING_DEVICE = new Set([
  'Bioengineered Human Acellular Vessel',
  'Branched Synthetic Substitute with Intraluminal Device',
  'Branched Intraluminal Device, Manufactured Integrated System, Four or More Arteries',
  'Magnetically Controlled Growth Rod(s)',
  'Posterior (Dynamic) Distraction Device',
  'Intraluminal Device, Uncovered with Support Cuff',
]);

function newTechnology(code: string, L: Labels): string {
  const op = L(2);
  const bp = phrase(L(3));
  const devLabel = L(5);
  const dev = X_TURNED.has(devLabel) ? devLabel.split(', ').reverse().join(' ') : (PHRASE[devLabel] ?? devLabel);
  const group = L(6);
  const ap = code[4] === 'X' && /^(Inspection|Measurement|Monitoring|Other Procedures)$/.test(op) ? '' : `, ${approach(L(4), code)}`;
  let s: string;
  switch (op) {
    case 'Insertion':
    case 'Introduction':
    case 'Transfusion':
      if (code[1] === 'Y') return `Extracorporeal ${op} of ${dev}${code[3] === 'Y' ? '' : ` to ${bp}`}, ${group}`;
      s = `${op} of ${dev} into ${bp}`;
      break;
    case 'Measurement':
    case 'Monitoring':
      s = `${op} of ${dev}`;
      break;
    case 'Assistance':
      s = `${bp} ${dev}`;
      break;
    case 'Other Procedures':
      s = `${dev} of ${bp}`;
      break;
    case 'Extirpation':
      s = `Extirpation of Matter from ${bp} using ${dev}`;
      break;
    default: {
      const using = X_USING.has(op) || X_USING_DEVICE.has(devLabel);
      const of = OF.has(op) || op === 'Irrigation' || X_USING_DEVICE.has(devLabel) ? ' of' : '';
      s = `${op}${of} ${bp} ${using ? 'using' : 'with'} ${dev}`;
    }
  }
  return `${s}${ap}, ${group}`;
}
