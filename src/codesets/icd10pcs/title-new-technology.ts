// Long titles of ICD-10-PCS section X (New Technology), worded as in CMS's order file (FY2025-FY2026).
// Like section 0, but the 6th character is the technology itself, usually named as labelled, and the
// 7th character ("New Technology Group N") always ends the title.

import type { TitleLabels } from './title-labels.js';
import { OPERATION_OF } from './title-medical-surgical.js';
import { approachPhrase, newTechnologyPhrase } from './title-phrases.js';

/** Operations whose technology is introduced by "using" rather than "with". */
const OPERATION_USING = new Set(['Bypass', 'Destruction', 'Division', 'Fusion', 'Inspection', 'Irrigation']);

/** Technologies that take "of … using" whatever the operation. */
const TECHNOLOGY_USING = new Set([
  'Bioengineered Human Acellular Vessel',
  'Branched Intraluminal Device, Manufactured Integrated System, Four or More Arteries',
  'Branched Synthetic Substitute with Intraluminal Device',
  'Intraluminal Device, Uncovered with Support Cuff',
  'Magnetically Controlled Growth Rod(s)',
  'Posterior (Dynamic) Distraction Device',
]);

export function newTechnologyTitle(code: string, L: TitleLabels): string {
  const op = L(2);
  const bodyPart = newTechnologyPhrase(L(3), 4);
  const techLabel = L(5);
  const tech = newTechnologyPhrase(techLabel, 6);
  const group = L(6);
  // External measurements, inspections and the like leave the approach out.
  const external = code[4] === 'X' && /^(Inspection|Measurement|Monitoring|Other Procedures)$/.test(op);
  const approach = external ? '' : `, ${approachPhrase(L(4), code)}`;
  let s: string;
  switch (op) {
    case 'Insertion':
    case 'Introduction':
    case 'Transfusion':
      // Extracorporeal introductions (XY0) have no approach; "Extracorporeal" as body part is not repeated.
      if (code[1] === 'Y')
        return `Extracorporeal ${op} of ${tech}${code[3] === 'Y' ? '' : ` to ${bodyPart}`}, ${group}`;
      s = `${op} of ${tech} into ${bodyPart}`;
      break;
    case 'Measurement':
    case 'Monitoring':
      s = `${op} of ${tech}`;
      break;
    case 'Assistance':
      s = `${bodyPart} ${tech}`;
      break;
    case 'Other Procedures':
      s = `${tech} of ${bodyPart}`;
      break;
    case 'Extirpation':
      s = `Extirpation of Matter from ${bodyPart} using ${tech}`;
      break;
    default: {
      const special = TECHNOLOGY_USING.has(techLabel);
      const of = OPERATION_OF.has(op) || op === 'Irrigation' || special ? ' of' : '';
      s = `${op}${of} ${bodyPart} ${OPERATION_USING.has(op) || special ? 'using' : 'with'} ${tech}`;
    }
  }
  return `${s}${approach}, ${group}`;
}
