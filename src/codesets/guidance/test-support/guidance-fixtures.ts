// Two tiny guidance documents made for tests (tiny-pdf.ts), shaped like the official ones: the ICD-10-CM Official
// Guidelines of a fiscal year (cover, table of contents, the outline from "Section I." to "(ii)", a running
// footer, Appendix I) and an excerpt of the NCCI Policy Manual (pages "I-14" to "I-16", a revision-date footer,
// starting inside a section). The years are parameters: nothing in the reader may assume one.
import { type TinyLine, tinyPdf } from './tiny-pdf.js';

/** Lines placed top down from y = 720, 14 units apart, a paragraph gap where `gap` is set. */
function column(lines: readonly (Omit<TinyLine, 'y'> & { gap?: boolean })[]): TinyLine[] {
  let y = 734;
  return lines.map(({ gap, ...l }) => {
    y -= gap ? 28 : 14;
    return { ...l, y };
  });
}

function guidelinesFooter(fy: number, page: number, of: number): TinyLine[] {
  return [
    { text: 'ICD-10-CM Official Guidelines for Coding and Reporting', x: 311, y: 43, size: 10 },
    { text: `FY ${fy}`, x: 509, y: 31, size: 10, bold: true },
    { text: `Page ${page} of ${of}`, x: 485, y: 19, size: 10 },
  ];
}

export function tinyGuidelinesPdf(fy: number): Uint8Array {
  const pages = 5;
  return tinyPdf([
    column([
      { text: 'ICD-10-CM Official Guidelines for Coding and Reporting', x: 112, size: 14, bold: true },
      { text: `FY ${fy} -- UPDATED October 1, ${fy - 1}`, x: 191, bold: true },
      { text: `(October 1, ${fy - 1} - September 30, ${fy})`, x: 191, bold: true },
      { text: 'These guidelines are a set of rules that accompany the official conventions.', gap: true },
    ]),
    [
      ...column([
        { text: 'Section I. Conventions ..................................................... 3' },
        { text: 'A. Conventions for the ICD-10-CM ........................................... 3', x: 84 },
        { text: '1. The Alphabetic Index and Tabular List ................................... 3', x: 96 },
        { text: 'Section IV. Outpatient Services ............................................ 4' },
      ]),
      ...guidelinesFooter(fy, 2, pages),
    ],
    [
      ...column([
        { text: 'Section I. Conventions, general coding guidelines and chapter', x: 66, bold: true },
        { text: 'specific guidelines', x: 149, bold: true },
        { text: 'The conventions apply to all health care settings.', x: 147, gap: true },
        { text: 'A. Conventions for the ICD-10-CM', x: 102, bold: true, gap: true },
        { text: 'The conventions are the general rules for use of the classification.', x: 120, gap: true },
        { text: '1. The Alphabetic Index and Tabular List', x: 121, bold: true, gap: true },
        { text: 'The Alphabetic Index lists terms. Steps to follow:', x: 156, gap: true },
        { text: '1. this numbered line is a step of a list, not a heading', x: 156 },
        { text: '2. Format and Structure:', x: 121, bold: true, gap: true },
        { text: 'a. Sepsis, Severe Sepsis, and Septic Shock', x: 156, bold: true, gap: true },
        { text: '1) Coding of Sepsis', x: 199, bold: true, gap: true },
        { text: '(a) Sepsis', x: 251, gap: true },
        { text: 'For a diagnosis of sepsis, assign the code for the underlying', x: 264, gap: true },
        { text: 'systemic infection. Code A41.9 when the organism is not named.', x: 264 },
        { text: '(i) Negative or inconclusive blood cultures and', x: 286, gap: true },
        { text: 'sepsis', x: 304 },
        { text: 'Negative blood cultures do not preclude a diagnosis of sepsis.', x: 304, gap: true },
        { text: '(ii) Urosepsis', x: 286, gap: true },
        { text: 'The term urosepsis is a nonspecific term; query the provider.', x: 304, gap: true },
      ]),
      ...guidelinesFooter(fy, 3, pages),
    ],
    [
      ...column([
        { text: 'Section IV. Diagnostic Coding and Reporting Guidelines for', x: 66, bold: true },
        { text: 'Outpatient Services', x: 149, bold: true },
        { text: 'These guidelines are for outpatient encounters and office visits.', x: 66, gap: true },
        { text: 'A. Selection of first-listed condition', x: 102, bold: true, gap: true },
        { text: 'In the outpatient setting the first-listed diagnosis is reported.', x: 120, gap: true },
        { text: 'B. Uncertain diagnosis', x: 102, bold: true, gap: true },
        { text: 'Do not code diagnoses documented as probable, suspected or rule out.', x: 120, gap: true },
      ]),
      ...guidelinesFooter(fy, 4, pages),
    ],
    [
      ...column([
        { text: 'Appendix I', x: 267, bold: true },
        { text: 'Present on Admission Reporting Guidelines', x: 165, bold: true },
        { text: 'These guidelines supplement the official guidelines for the POA indicator.', x: 108, gap: true },
        { text: 'Reporting Options', x: 72, bold: true, gap: true },
        { text: 'Y - Yes', x: 108 },
        { text: 'N - No', x: 108 },
        { text: 'U - Unknown', x: 108 },
      ]),
      ...guidelinesFooter(fy, 5, pages),
    ],
  ]);
}

function manualFooter(year: number, label: string): TinyLine[] {
  return [
    { text: `Revision Date (Medicare): 1/1/${year}`, x: 216, y: 80, bold: true },
    { text: label, x: 296, y: 52 },
  ];
}

export function tinyManualExcerptPdf(year: number): Uint8Array {
  return tinyPdf([
    [
      ...column([
        { text: 'procedure, or time for interpreting the result of the procedure.' },
        { text: 'E. Modifiers and Modifier Indicators', bold: true, gap: true },
        { text: 'Modifiers may be appended to HCPCS/CPT codes only if the clinical', gap: true },
        { text: 'circumstances justify the use of the modifier. Each NCCI PTP edit has a' },
        { text: 'correct coding modifier indicator (CCMI) of 0, 1 or 9.' },
        { text: 'a. Modifier 22: The codebook defines modifier 22 as Increased', x: 108, gap: true },
        { text: 'Procedural Services. It does not bypass an NCCI PTP-', x: 108 },
        { text: 'associated edit.', x: 108 },
      ]),
      ...manualFooter(year, 'I-14'),
    ],
    [
      ...column([
        { text: 'b. Modifier 59: Modifier 59 is an important NCCI PTP-associated', x: 108 },
        { text: 'modifier for a distinct procedural service: a different session,', x: 108 },
        { text: 'a different site or organ system, or a separate lesion.', x: 108 },
        { text: '1. a numbered list inside the paragraph stays in its text', x: 108, gap: true },
        { text: 'F. Standard Preparation/Monitoring Services for Anesthesia', bold: true, gap: true },
        { text: 'Preparation and monitoring services are not separately reportable.', gap: true },
      ]),
      ...manualFooter(year, 'I-15'),
    ],
    [
      ...column([
        { text: 'G. Anesthesia Service Included in the Surgical Procedure', bold: true },
        { text: 'Medicare does not allow separate payment for anesthesia by the surgeon.', gap: true },
      ]),
      ...manualFooter(year, 'I-16'),
    ],
  ]);
}
