// The NCCI PTP-associated modifiers: the modifiers that, where the clinical circumstances justify them, may bypass
// an NCCI procedure-to-procedure edit whose modifier indicator is 1. Source: NCCI Policy Manual for Medicare
// Services, Chapter I, Section E "Modifiers and Modifier Indicators", revision 1/1/2026 (the 7-page excerpt
// pp. I-14 to I-20 staged as ncci/policy-manual-2026-excerpt/NCCI_-_Modifiers__NCCI_Coding_Policy_.pdf); the same
// list is in the complete revision 1/1/2025 manual (ncci/policy-manual-2025/ncci_manual.pdf, p. I-14), whose
// sections C, D and N explain 78, 24/57 and 91. Meanings are one line each in CodeDesk's words; the anatomic
// ones follow the HCPCS Level II modifier descriptors (January 2026 HCPCS file).

import type { NcciModifier, NcciModifierGroup } from './types.js';

const MANUAL_2026 = 'NCCI Policy Manual for Medicare Services, ch. I sec. E, rev. 1/1/2026';
const MANUAL_2025 = 'NCCI Policy Manual for Medicare Services, rev. 1/1/2025';

/** Where the Policy Manual lists every NCCI PTP-associated modifier. */
export const NCCI_MODIFIER_LIST_SOURCE = `${MANUAL_2026}, p. I-14 (also ${MANUAL_2025}, ch. I sec. E, p. I-14)`;

const LISTED = NCCI_MODIFIER_LIST_SOURCE;

function modifier(code: string, group: NcciModifierGroup, meaning: string, source: string = LISTED): NcciModifier {
  return { code, group, meaning, source };
}

const anatomic = (code: string, meaning: string): NcciModifier => modifier(code, 'anatomic', meaning);

/** Every NCCI PTP-associated modifier, in the Policy Manual's order: anatomic, global surgery, other. */
export const NCCI_PTP_ASSOCIATED_MODIFIERS: readonly NcciModifier[] = [
  anatomic('E1', 'Upper left eyelid'),
  anatomic('E2', 'Lower left eyelid'),
  anatomic('E3', 'Upper right eyelid'),
  anatomic('E4', 'Lower right eyelid'),
  anatomic('FA', 'Left hand, thumb'),
  anatomic('F1', 'Left hand, second finger'),
  anatomic('F2', 'Left hand, third finger'),
  anatomic('F3', 'Left hand, fourth finger'),
  anatomic('F4', 'Left hand, fifth finger'),
  anatomic('F5', 'Right hand, thumb'),
  anatomic('F6', 'Right hand, second finger'),
  anatomic('F7', 'Right hand, third finger'),
  anatomic('F8', 'Right hand, fourth finger'),
  anatomic('F9', 'Right hand, fifth finger'),
  anatomic('TA', 'Left foot, great toe'),
  anatomic('T1', 'Left foot, second toe'),
  anatomic('T2', 'Left foot, third toe'),
  anatomic('T3', 'Left foot, fourth toe'),
  anatomic('T4', 'Left foot, fifth toe'),
  anatomic('T5', 'Right foot, great toe'),
  anatomic('T6', 'Right foot, second toe'),
  anatomic('T7', 'Right foot, third toe'),
  anatomic('T8', 'Right foot, fourth toe'),
  anatomic('T9', 'Right foot, fifth toe'),
  anatomic('LT', 'Left side of the body'),
  anatomic('RT', 'Right side of the body'),
  anatomic('LC', 'Left circumflex coronary artery'),
  anatomic('LD', 'Left anterior descending coronary artery'),
  anatomic('RC', 'Right coronary artery'),
  anatomic('LM', 'Left main coronary artery'),
  anatomic('RI', 'Ramus intermedius coronary artery'),
  modifier(
    '24',
    'global-surgery',
    'E&M service unrelated to the surgery, by the same practitioner, during its postoperative period',
    `${LISTED}; explained in ${MANUAL_2025}, ch. I sec. D, p. I-13`,
  ),
  modifier(
    '25',
    'global-surgery',
    'Significant E&M service, separately identifiable from a procedure or other service the same day',
    `${LISTED}; explained in ${MANUAL_2026}, pp. I-15 to I-16 (item b)`,
  ),
  modifier(
    '57',
    'global-surgery',
    'E&M service at which the decision to perform a major (90-day global) surgery was made',
    `${LISTED}; explained in ${MANUAL_2025}, ch. I sec. D, p. I-13`,
  ),
  modifier(
    '58',
    'global-surgery',
    'Staged or related procedure by the same practitioner during the postoperative period of the first',
    `${LISTED}; explained in ${MANUAL_2026}, p. I-16 (item c)`,
  ),
  modifier(
    '78',
    'global-surgery',
    'Unplanned return to the operating room for a related procedure during the postoperative period',
    `${LISTED}; see ${MANUAL_2025}, ch. I sec. C item 14, p. I-12`,
  ),
  modifier(
    '79',
    'global-surgery',
    'Procedure unrelated to the first, by the same practitioner, during its postoperative period',
  ),
  modifier('27', 'other', 'Another outpatient hospital E&M encounter on the same date (hospital claims)'),
  modifier(
    '59',
    'other',
    'Distinct non-E&M service: separate session, site, lesion or injury; only when no more specific modifier fits',
    `${LISTED}; explained in ${MANUAL_2026}, pp. I-17 to I-20 (item d)`,
  ),
  modifier(
    '91',
    'other',
    'Repeat clinical laboratory test on the same day, done to obtain a new result',
    `${LISTED}; see ${MANUAL_2025}, ch. I sec. N, p. I-25`,
  ),
  modifier(
    'XE',
    'other',
    'Distinct because done at a separate encounter the same day',
    `${LISTED}; defined in ${MANUAL_2026}, p. I-20 (item e)`,
  ),
  modifier(
    'XS',
    'other',
    'Distinct because done on a separate organ or structure',
    `${LISTED}; defined in ${MANUAL_2026}, p. I-20 (item e)`,
  ),
  modifier(
    'XP',
    'other',
    'Distinct because done by a different practitioner',
    `${LISTED}; defined in ${MANUAL_2026}, p. I-20 (item e)`,
  ),
  modifier(
    'XU',
    'other',
    'Distinct because it does not overlap the usual components of the main service',
    `${LISTED}; defined in ${MANUAL_2026}, p. I-20 (item e)`,
  ),
];

/**
 * Modifiers the Policy Manual names as NOT NCCI PTP-associated (22, 76, 77): they never bypass a PTP edit
 * (ch. I sec. E, p. I-14).
 */
export const NOT_NCCI_PTP_ASSOCIATED_MODIFIERS: readonly string[] = ['22', '76', '77'];

const BY_CODE = new Map(NCCI_PTP_ASSOCIATED_MODIFIERS.map((m) => [m.code, m]));

/** The NCCI PTP-associated modifier with this code ("59", "xs" and " RT " all work), or undefined. */
export function ncciModifier(code: string): NcciModifier | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** Whether the modifier is one that may bypass a PTP edit with modifier indicator 1. */
export function isNcciPtpAssociatedModifier(code: string): boolean {
  return ncciModifier(code) !== undefined;
}
