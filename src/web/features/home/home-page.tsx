import type { CodeListOnDate } from '../../../catalog/index.js';
import { ReleasesInForce } from './releases-in-force.js';

const PRODUCTS: { name: string; href: string | null; text: string }[] = [
  {
    name: 'Code pages',
    href: '/browse',
    text: 'Every ICD-10-CM, ICD-10-PCS and HCPCS code with its notes, index entries and Medicare data.',
  },
  {
    name: 'Case2Code',
    href: '/case2code',
    text: 'From a code, a term, an abbreviation or a misspelling to the right code.',
  },
  {
    name: 'Claim Check',
    href: '/claims',
    text: 'Check a claim before it goes out: code validity, NCCI MUE and add-on edits, modifiers, ICD-10-CM conventions and the Medicare Code Editor, each finding with its source.',
  },
  {
    name: 'CasePilot',
    href: '/casepilot',
    text: 'Ask a coding question in plain English; the answer comes from the official data, every fact with its source.',
  },
  // the two below are not served yet: listed without a link until their pages exist
  { name: 'CaseConsultant', href: null, text: 'Send a case by email; a coder answers (coming).' },
  { name: 'CareerCenter', href: null, text: 'Coding jobs and the people to fill them (coming).' },
];

export function HomePage({ lists, today }: { lists: readonly CodeListOnDate[]; today: string }) {
  return (
    <>
      <h1>Find the right code</h1>
      <p class="lead">Search every code set by code, range, clinical or lay term, abbreviation or misspelling.</p>
      <ul class="products">
        {PRODUCTS.map((p) => (
          <li key={p.name}>
            {p.href ? <a href={p.href}>{p.name}</a> : <strong>{p.name}</strong>} — {p.text}
          </li>
        ))}
      </ul>
      <ReleasesInForce lists={lists} today={today} />
    </>
  );
}
