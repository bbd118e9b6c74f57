// Everything public Medicare says about a CPT or HCPCS code, as the sections of its page: payment (national and
// in a chosen locality), the RVU file's indicators with their meanings, the add-on role, MUEs, PTP edits, the lab
// NCDs that list the code and the dates the files give. Each section can be locked by the meter's policy.
import type { CodeMedicare } from '../../../catalog/index.js';
import { FileDates, LabNcdList } from './code-page-coverage.js';
import { AddOnRole, MueTable, PtpNote } from './code-page-edits.js';
import { type LocalityView, PaymentAmounts, PaymentIndicators } from './code-page-payment.js';
import { Section, type SectionLock } from './code-page-section.js';

export type MedicareSectionId = 'payment' | 'indicators' | 'addOn' | 'mue' | 'ptp' | 'labNcd' | 'fileDates';

interface SectionProps {
  m: CodeMedicare;
  system: string;
  code: string;
  locality?: LocalityView | undefined;
  /** the chosen date of service, kept in links to other codes */
  date?: string | undefined;
}

/** The sections in page order: id, heading, content. */
const SECTIONS: readonly [MedicareSectionId, string, (p: SectionProps) => preact.JSX.Element | null][] = [
  ['payment', 'Medicare payment', (p) => <PaymentAmounts {...p} />],
  ['indicators', 'Fee schedule indicators', (p) => <PaymentIndicators m={p.m} />],
  ['addOn', 'Add-on code role', (p) => <AddOnRole m={p.m} code={p.code} date={p.date} />],
  ['mue', 'Medically Unlikely Edits', (p) => <MueTable m={p.m} />],
  ['ptp', 'NCCI procedure-to-procedure edits', (p) => <PtpNote m={p.m} />],
  ['labNcd', 'Clinical laboratory NCDs', (p) => <LabNcdList m={p.m} code={p.code} />],
  ['fileDates', 'New in / changed in (dates the files give)', (p) => <FileDates m={p.m} />],
];

export function CodeMedicareSections({ policy, ...props }: SectionProps & { policy: SectionLock<MedicareSectionId> }) {
  return (
    <>
      {SECTIONS.map(([id, title, body]) => (
        <Section key={id} id={id} title={title} policy={policy}>
          {body(props)}
        </Section>
      ))}
    </>
  );
}
