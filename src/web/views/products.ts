// The products of CodeDesk, as the header and the home page list them (one list).

export interface Product {
  name: string;
  /** null while the product is not served: listed without a link, never a dead one */
  href: string | null;
  text: string;
  /** one of the five products the site header names (code pages are reached by Browse) */
  inHeader: boolean;
}

export const PRODUCTS: Product[] = [
  {
    name: 'Code pages',
    href: '/browse',
    inHeader: false,
    text: 'Every ICD-10-CM, ICD-10-PCS and HCPCS code with its notes, index entries and Medicare data.',
  },
  {
    name: 'Case2Code',
    inHeader: true,
    href: '/case2code',
    text: 'From a code, a term, an abbreviation or a misspelling to the right code.',
  },
  {
    name: 'Claim Check',
    inHeader: true,
    href: '/claims',
    text: 'Check a claim before it goes out: code validity, NCCI MUE and add-on edits, modifiers, ICD-10-CM conventions and the Medicare Code Editor, each finding with its source.',
  },
  {
    name: 'CasePilot',
    inHeader: true,
    href: '/casepilot',
    text: 'Ask a coding question in plain English; the answer comes from the official data, every fact with its source.',
  },
  // not served yet: listed without a link until its pages exist
  { name: 'CaseConsultant', href: null, inHeader: true, text: 'Send a case by email; a coder answers (coming).' },
  {
    name: 'CareerCenter',
    href: '/jobs',
    inHeader: true,
    text: 'Medical coding jobs with their pay range, filtered by credential, setting, remote state and real entry level; apply with a résumé.',
  },
];
