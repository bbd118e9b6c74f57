// What the coded columns of the PFS national relative value file mean, in words: status codes and PC/TC
// indicators (Attachment A), global days, multiple procedure, bilateral, assistant, co-surgeon and team surgery
// indicators, physician supervision and diagnostic imaging family, paraphrased from CMS's record layout document
// "National Physician Fee Schedule Relative Value File Calendar Year 2025" (RVU25A.pdf). The RVU26C file uses the
// same codes. A code the document does not describe gets a meaning that says so.

import type { IndicatorDescription, PfsRvuRow, RowIndicatorDescriptions } from './types.js';

export const STATUS_MEANINGS: Readonly<Record<string, string>> = {
  A: 'Active code: paid separately under the physician fee schedule, if covered; RVUs are shown',
  B: 'Bundled code: payment is always bundled into payment for other services; RVUs, if shown, are not used for Medicare payment',
  C: 'Contractors price the code: the A/B MAC establishes RVUs and payment, generally case by case after reviewing documentation',
  D: 'Deleted code, effective the beginning of the year (no longer on the file since 2006)',
  E: 'Excluded from the physician fee schedule by regulation: no RVUs and no fee schedule payment; if covered, paid under reasonable charge procedures',
  F: 'Deleted or discontinued code not subject to a 90-day grace period (no longer on the file since 2006)',
  G: 'Not valid for Medicare purposes, subject to a 90-day grace period: Medicare uses another code (no longer on the file since 2006)',
  H: 'Deleted modifier: the TC or 26 component of the code was deleted this year (no longer on the file since 2006)',
  I: 'Not valid for Medicare purposes: Medicare uses another code for reporting and payment (no 90-day grace period)',
  J: 'Anesthesia service: no RVUs and no payment amounts on this file (paid with anesthesia base and time units)',
  M: 'Measurement code: used for reporting purposes only',
  N: 'Non-covered service: not covered by Medicare',
  P: 'Bundled or excluded code: no RVUs and no fee schedule payment; bundled when incident to a physician service the same day, otherwise paid under another provision',
  R: 'Restricted coverage: special coverage instructions apply; if covered, the service is contractor priced (mostly dental D codes)',
  T: 'Injection: paid only if no other physician fee schedule service is billed on the same date by the same provider; otherwise bundled',
  X: 'Statutory exclusion: not a "physician service" for fee schedule purposes (e.g. ambulance, clinical laboratory); no fee schedule payment',
};

export const PCTC_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'Physician service: the professional/technical split does not apply; modifiers 26 and TC cannot be used',
  '1': 'Diagnostic test with professional and technical components: modifiers 26 and TC can be used',
  '2': 'Professional component only code (e.g. 93010): modifiers 26 and TC cannot be used',
  '3': 'Technical component only code (e.g. 93005): modifiers 26 and TC cannot be used',
  '4': 'Global test only code: the professional and technical components have their own codes; modifiers 26 and TC cannot be used',
  '5': 'Incident-to code: services of auxiliary personnel under direct supervision; not payable to hospital inpatients or outpatients; modifiers 26 and TC cannot be used',
  '6': 'Laboratory physician interpretation code: separate payment for the interpretation; modifier TC cannot be used',
  '7': 'Physical therapy service not payable when furnished to hospital patients by an independently practicing physical or occupational therapist',
  '8': 'Physician interpretation code (85060): payable only for interpreting an abnormal smear for a hospital inpatient; no TC billing',
  '9': 'Not applicable: the professional/technical component concept does not apply',
};

export const GLOBAL_DAYS_MEANINGS: Readonly<Record<string, string>> = {
  '000': 'Endoscopic or minor procedure: pre- and postoperative work on the day of the procedure only is included',
  '010': 'Minor procedure: the day of the procedure and a 10-day postoperative period are included',
  '090': 'Major surgery: a 1-day preoperative period and a 90-day postoperative period are included',
  MMM: 'Maternity code: the usual global period does not apply',
  XXX: 'The global concept does not apply to the code',
  YYY: 'The contractor determines whether the global concept applies and sets the postoperative period when pricing',
  ZZZ: 'Add-on: related to another service and always included in the global period of that service',
};

export const MULT_PROC_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'No multiple procedure adjustment: pay the lower of the actual charge and the fee schedule amount',
  '1': 'Pre-1995 standard multiple procedure rules (100%, 50%, 25%, 25%, 25%, then by report)',
  '2': 'Standard multiple procedure rules: rank by fee schedule amount and pay 100%, 50%, 50%, 50%, 50%, then by report',
  '3': 'Multiple endoscopy rules apply within the family of the endoscopic base code',
  '4': 'Diagnostic imaging multiple procedure reduction: 50% on the technical component of later procedures in a session; 5% on the professional component',
  '5': 'Subject to the 50% reduction of the practice expense component for certain therapy services',
  '6': 'Subject to the 25% reduction of the technical component of second and later diagnostic cardiovascular services',
  '7': 'Subject to the 20% reduction of the technical component of second and later diagnostic ophthalmology services',
  '9': 'Concept does not apply',
};

export const BILATERAL_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'The 150% bilateral adjustment does not apply: both sides are paid at most 100% of the fee schedule amount for one code',
  '1': 'The 150% bilateral adjustment applies (modifier 50, RT and LT, or 2 units): pay the lower of the total charge and 150% of the amount for one code',
  '2': 'The 150% adjustment does not apply: the RVUs already assume a bilateral procedure; pay at most 100% for both sides',
  '3': 'The usual bilateral adjustment does not apply: each side is paid up to 100% of the fee schedule amount (mostly radiology and other diagnostic tests)',
  '9': 'Concept does not apply',
};

export const ASSISTANT_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'Assistant at surgery is paid only with documentation establishing medical necessity',
  '1': 'Statutory payment restriction: assistant at surgery may not be paid',
  '2': 'No payment restriction: assistant at surgery may be paid',
  '9': 'Concept does not apply',
};

export const CO_SURGEON_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'Co-surgeons (modifier 62) not permitted for this procedure',
  '1': 'Co-surgeons could be paid with documentation establishing the medical necessity of two surgeons',
  '2': 'Co-surgeons permitted without documentation when the two-specialty requirement is met',
  '9': 'Concept does not apply',
};

export const TEAM_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'Team surgeons (modifier 66) not permitted for this procedure',
  '1': 'Team surgeons could be paid with documentation establishing the medical necessity of a team; pay by report',
  '2': 'Team surgeons permitted; pay by report',
  '9': 'Concept does not apply',
};

export const SUPERVISION_MEANINGS: Readonly<Record<string, string>> = {
  '01': 'Must be performed under the general supervision of a physician',
  '02': 'Must be performed under the direct supervision of a physician',
  '03': 'Must be performed under the personal supervision of a physician',
  '04': 'Supervision policy does not apply when furnished by a qualified independent or clinical psychologist; otherwise general supervision',
  '05': 'Supervision policy does not apply when furnished by a qualified audiologist; otherwise general supervision',
  '06': 'Must be performed by a physician or by a physical therapist certified by ABPTS as a qualified electrophysiological clinical specialist',
  '21': 'May be performed by a certified technician under general supervision; otherwise direct supervision',
  '22': 'May be performed by a technician with on-line real-time contact with a physician',
  '66': 'May be performed by a physician or by a physical therapist with ABPTS certification and certification in this procedure',
  '6A': 'Level 66 applies; in addition an ABPTS-certified physical therapist may supervise another physical therapist, but only the certified one may bill',
  '77': 'Must be performed by an ABPTS-certified physical therapist, by an uncertified one under direct physician supervision, or by a certified technician under general supervision',
  '7A': 'Level 77 applies; in addition an ABPTS-certified physical therapist may supervise another physical therapist, but only the certified one may bill',
  '09': 'Concept does not apply',
};

export const IMAGING_FAMILY_MEANINGS: Readonly<Record<string, string>> = {
  '01': 'Ultrasound (chest/abdomen/pelvis, non-obstetrical) (family indicators 01-11 are not populated since 2011)',
  '02': 'CT and CTA (chest/thorax/abdomen/pelvis)',
  '03': 'CT and CTA (head/brain/orbit/maxillofacial/neck)',
  '04': 'MRI and MRA (chest/abdomen/pelvis)',
  '05': 'MRI and MRA (head/brain/neck)',
  '06': 'MRI and MRA (spine)',
  '07': 'CT (spine)',
  '08': 'MRI and MRA (lower extremities)',
  '09': 'CT and CTA (lower extremities)',
  '10': 'MR and MRI (upper extremities and joints)',
  '11': 'CT and CTA (upper extremities)',
  '88': 'Subject to the diagnostic imaging multiple procedure reduction of the technical (since 2011) and professional (since 2012) components',
  '99': 'Concept does not apply',
};

function describe(table: Readonly<Record<string, string>>, code: string, what: string): IndicatorDescription {
  const meaning = Object.hasOwn(table, code) ? table[code] : undefined;
  return { code, meaning: meaning ?? `${what} "${code}" is not described in the RVU file documentation` };
}

export function statusMeaning(code: string): string {
  return describe(STATUS_MEANINGS, code, 'status code').meaning;
}

/** Every coded indicator of a row with its meaning in words. */
export function describeIndicators(row: PfsRvuRow): RowIndicatorDescriptions {
  return {
    status: describe(STATUS_MEANINGS, row.statusCode, 'status code'),
    pctc: describe(PCTC_MEANINGS, row.pctcIndicator, 'PC/TC indicator'),
    globalDays: describe(GLOBAL_DAYS_MEANINGS, row.globalDays, 'global period'),
    multipleProcedure: describe(MULT_PROC_MEANINGS, row.multipleProcedure, 'multiple procedure indicator'),
    bilateral: describe(BILATERAL_MEANINGS, row.bilateral, 'bilateral surgery indicator'),
    assistant: describe(ASSISTANT_MEANINGS, row.assistant, 'assistant at surgery indicator'),
    coSurgeon: describe(CO_SURGEON_MEANINGS, row.coSurgeon, 'co-surgeon indicator'),
    teamSurgery: describe(TEAM_MEANINGS, row.teamSurgery, 'team surgery indicator'),
    physicianSupervision: describe(SUPERVISION_MEANINGS, row.physicianSupervisionDiagnostic, 'supervision level'),
    diagnosticImagingFamily: describe(IMAGING_FAMILY_MEANINGS, row.diagnosticImagingFamily, 'imaging family'),
  };
}

/** The RVU file's other coded columns a code page shows, in words (same document). */
export const RVU_COLUMN_MEANINGS = {
  notUsedForMedicare:
    'NOT USED FOR MEDICARE PAYMENT "+": the RVUs are published but Medicare does not use them for payment',
  nonFacilityNa:
    'NON-FAC NA INDICATOR "NA": rarely or never performed in a non-facility setting, so there is no non-facility amount',
  facilityNa:
    'FACILITY NA INDICATOR "NA": rarely or never performed in a facility setting, so there is no facility amount',
  globalSplit:
    'PRE OP, INTRA OP, POST OP: the shares of the global surgical package for preoperative care (modifier 56), the procedure itself (modifier 54) and postoperative care (modifier 55)',
  endoscopicBase:
    'ENDO BASE: the endoscopic base code whose family the multiple endoscopy rules (multiple procedure indicator 3) apply within',
} as const;
