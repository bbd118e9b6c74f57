// ICD-10-PCS long titles built from the code's seven table axis labels, worded exactly as the long title of
// CMS's order file (icd10pcs_order_YYYY.txt). CMS writes its titles from an unpublished phrase database, not
// from the tables, so the wording is reproduced here by section rules (title-*.ts) plus the 18 FY2026 titles
// no rule explains (title-overrides.ts). Checked: all 79,115 FY2026 codes equal the FY2026 order file. Of the
// FY2025 codes, all still in FY2026 agree but 2 whose label was renamed, and 23 of the 27 deleted in FY2026
// match the FY2026 addenda (4 retired New Technology filtration codes were worded another way).

import { titleLabels } from './title-labels.js';
import { medicalSurgicalTitle } from './title-medical-surgical.js';
import { newTechnologyTitle } from './title-new-technology.js';
import {
  administrationTitle,
  assistanceTitle,
  chiropracticTitle,
  imagingTitle,
  measurementTitle,
  mentalHealthTitle,
  nuclearMedicineTitle,
  osteopathicTitle,
  otherProceduresTitle,
  placementTitle,
  radiationTitle,
  rehabilitationTitle,
  substanceAbuseTitle,
  therapiesTitle,
} from './title-other-sections.js';
import { TITLE_OVERRIDES } from './title-overrides.js';

type SectionTitle = (code: string, L: ReturnType<typeof titleLabels>) => string;

/** Title builder by section (the code's first character). */
const BY_SECTION: Readonly<Record<string, SectionTitle>> = {
  '0': medicalSurgicalTitle,
  '1': medicalSurgicalTitle,
  '2': placementTitle,
  '3': administrationTitle,
  '4': measurementTitle,
  '5': assistanceTitle,
  '6': therapiesTitle,
  '7': osteopathicTitle,
  '8': otherProceduresTitle,
  '9': chiropracticTitle,
  B: imagingTitle,
  C: nuclearMedicineTitle,
  D: radiationTitle,
  F: rehabilitationTitle,
  G: mentalHealthTitle,
  H: substanceAbuseTitle,
  X: newTechnologyTitle,
};

/**
 * The long title of a 7-character code from its axis labels (labels[0] = section … labels[6] = qualifier).
 * A section this module does not know gets the labels joined with ", " rather than nothing.
 */
export function pcsLongTitle(code: string, labels: readonly string[]): string {
  const override = TITLE_OVERRIDES.get(code);
  if (override !== undefined) return override;
  const build = BY_SECTION[code[0] ?? ''];
  return build ? build(code, titleLabels(labels)) : labels.join(', ');
}
