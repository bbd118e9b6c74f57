// The fee schedule part of a CPT or HCPCS page: national amounts of every row (global, 26, TC, 53), the amounts in
// a payment locality chosen with a plain GET form (a <select> of the GPCI localities: works without JavaScript,
// `?locality=` in the URL), and the RVU file's indicators with their meanings. The figures come from the catalog
// (codeMedicare, localityPayment → computeFee); the view only lays them out.
import type { CodeMedicare, LocalityChoice, LocalityPayment } from '../../../catalog/index.js';
import { RVU_COLUMN_MEANINGS as MEANINGS } from '../../../codesets/pfs/index.js';
import { codePath } from '../../paths.js';

/** The locality picker's state, made by the route (code-page-locality.ts). */
export interface LocalityView {
  choices: LocalityChoice[];
  /** the GPCI release the choices come from */
  release: string;
  /** the locality asked for (?locality=), as typed */
  asked?: string;
  payment?: LocalityPayment;
  /** why the locality asked for gives no amounts (the error catalogue's message) */
  error?: string;
  /** the page's date of service, kept when the form is sent */
  date?: string;
}

type Payment = Exclude<CodeMedicare['payment'], null | { notLoaded: string }>;
type Row = Payment['rows'][number];

function money(n: number | null | undefined): string {
  return typeof n === 'number' ? `$${n.toFixed(2)}` : '—';
}

function modifierLabel(modifier: string): string {
  if (modifier === '') return 'Global (no modifier)';
  if (modifier === '26') return '26 (professional component)';
  if (modifier === 'TC') return 'TC (technical component)';
  if (modifier === '53') return '53 (discontinued procedure)';
  return modifier;
}

function LocalityForm({ system, code, view }: { system: string; code: string; view: LocalityView }) {
  const selected = view.payment?.locality.id ?? view.asked ?? '';
  return (
    <form class="locality-picker" method="get" action={codePath(system, code)}>
      <label for="locality">Payment locality</label>{' '}
      <select id="locality" name="locality" value={selected}>
        <option value="">National amounts only</option>
        {view.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      {view.date ? <input type="hidden" name="date" value={view.date} /> : null}{' '}
      <button type="submit">Show amounts</button>
      <span class="release"> Localities and GPCIs from {view.release}.</span>
    </form>
  );
}

function AmountsTable({ p, local }: { p: Payment; local: LocalityPayment | undefined }) {
  const localRow = (modifier: string) => local?.rows.find((r) => r.modifier === modifier);
  return (
    <table class="amounts">
      <caption>
        Medicare physician fee schedule, {p.release} ({p.file}), conversion factor {p.conversionFactor ?? '—'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Work RVU</th>
          <th scope="col">PE RVU non-facility</th>
          <th scope="col">PE RVU facility</th>
          <th scope="col">MP RVU</th>
          <th scope="col">National non-facility</th>
          <th scope="col">National facility</th>
          {local ? (
            <>
              <th scope="col">{local.locality.name} non-facility</th>
              <th scope="col">{local.locality.name} facility</th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.modifier}>
            <th scope="row">{modifierLabel(r.modifier)}</th>
            <td>{r.rvus.work}</td>
            <td>{r.rvus.peNonFacilityNa ? 'NA' : r.rvus.peNonFacility}</td>
            <td>{r.rvus.peFacilityNa ? 'NA' : r.rvus.peFacility}</td>
            <td>{r.rvus.mp}</td>
            <td class="national-nf">{money(r.nationalAmounts.nonFacility)}</td>
            <td class="national-f">{money(r.nationalAmounts.facility)}</td>
            {local ? (
              <>
                <td class="locality-nf">{money(localRow(r.modifier)?.nonFacility)}</td>
                <td class="locality-f">{money(localRow(r.modifier)?.facility)}</td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Reasons({ rows }: { rows: { modifier: string; reasons: string[] }[] }) {
  const all = rows.flatMap((r) => r.reasons.map((why) => ({ key: `${r.modifier}:${why}`, r, why })));
  if (all.length === 0) return null;
  return (
    <ul class="reasons">
      {all.map(({ key, r, why }) => (
        <li key={key}>
          {modifierLabel(r.modifier)}: {why}
        </li>
      ))}
    </ul>
  );
}

/** National and by-locality amounts, with the picker. */
export function PaymentAmounts({
  m,
  system,
  code,
  locality,
}: {
  m: CodeMedicare;
  system: string;
  code: string;
  locality?: LocalityView | undefined;
}) {
  const p = m.payment;
  if (!p) return <p>Not on the Medicare physician fee schedule: the RVU file in force has no row for {code}.</p>;
  if ('notLoaded' in p) return <p>{p.notLoaded}.</p>;
  const local = locality?.payment;
  return (
    <>
      {locality && locality.choices.length > 0 ? <LocalityForm system={system} code={code} view={locality} /> : null}
      {locality?.error ? (
        <p class="error" role="alert">
          {locality.error}
        </p>
      ) : null}
      <AmountsTable p={p} local={local} />
      <p class="label">
        National amounts use every GPCI at 1.000; a locality's amounts apply its GPCIs
        {local
          ? ` (${local.locality.name}, ${local.locality.state}: work ${local.gpci.work}, PE ${local.gpci.pe}, MP ${local.gpci.mp}; ${local.release.gpci})`
          : ''}
        . Single-service amounts, before any multiple procedure, bilateral or other adjustment.
      </p>
      <Reasons rows={p.rows.map((r) => ({ modifier: r.modifier, reasons: r.nationalAmounts.reasons }))} />
      {local?.warnings.map((w) => (
        <p class="warning" key={w}>
          {w}
        </p>
      ))}
    </>
  );
}

const INDICATOR_LABELS: [keyof Row['indicators'], string][] = [
  ['status', 'Status'],
  ['globalDays', 'Global days'],
  ['pctc', 'PC/TC indicator'],
  ['multipleProcedure', 'Multiple procedure (modifier 51)'],
  ['bilateral', 'Bilateral surgery (modifier 50)'],
  ['assistant', 'Assistant at surgery (modifiers 80, 81, 82, AS)'],
  ['coSurgeon', 'Co-surgeons (modifier 62)'],
  ['teamSurgery', 'Team surgery (modifier 66)'],
  ['physicianSupervision', 'Physician supervision of diagnostic procedures'],
  ['diagnosticImagingFamily', 'Diagnostic imaging family'],
];

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** The indicators of the code's global row (or its first), each with its meaning. */
export function PaymentIndicators({ m }: { m: CodeMedicare }) {
  const p = m.payment;
  if (!p || 'notLoaded' in p) return <p>{p ? `${p.notLoaded}.` : 'The RVU file in force has no row for this code.'}</p>;
  const row = p.rows.find((r) => r.modifier === '') ?? p.rows[0];
  if (!row) return null;
  const split = row.globalSplit;
  const extra: { label: string; value: string; meaning: string }[] = [];
  if (split.preOp + split.intraOp + split.postOp > 0)
    extra.push({
      label: 'Global surgery split',
      value: `pre ${percent(split.preOp)}, intra ${percent(split.intraOp)}, post ${percent(split.postOp)}`,
      meaning: MEANINGS.globalSplit,
    });
  if (row.endoscopicBase)
    extra.push({ label: 'Endoscopic base code', value: row.endoscopicBase, meaning: MEANINGS.endoscopicBase });
  if (row.notUsedForMedicare)
    extra.push({ label: 'Not used for Medicare payment', value: '+', meaning: MEANINGS.notUsedForMedicare });
  if (row.rvus.peNonFacilityNa) extra.push({ label: 'Non-facility NA', value: 'NA', meaning: MEANINGS.nonFacilityNa });
  if (row.rvus.peFacilityNa) extra.push({ label: 'Facility NA', value: 'NA', meaning: MEANINGS.facilityNa });
  return (
    <>
      <table class="indicators">
        <caption>
          {row.modifier ? `Row ${modifierLabel(row.modifier)}` : 'Global row'} of {p.file}, line {row.line} ({p.release}
          )
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Code</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {INDICATOR_LABELS.map(([key, label]) => (
            <tr key={key} id={`ind-${key}`}>
              <th scope="row">{label}</th>
              <td>{row.indicators[key].code}</td>
              <td>{row.indicators[key].meaning}</td>
            </tr>
          ))}
          {extra.map((e) => (
            <tr key={e.label}>
              <th scope="row">{e.label}</th>
              <td>{e.value}</td>
              <td>{e.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="label">
        Meanings paraphrased from CMS's record layout of the national physician fee schedule relative value file
        (RVU25A, the layout the RVU26C file keeps).
      </p>
    </>
  );
}
