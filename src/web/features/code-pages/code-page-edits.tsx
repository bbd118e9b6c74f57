// The NCCI part of a CPT or HCPCS page: the add-on role (as an add-on: its primary codes; as a primary: its add-on
// codes; each linked to its page), the MUE of each setting with what its adjudication indicator means for a claim,
// and whether PTP edits are loaded. The lab NCDs that list the code and the dates the files give are beside it
// (code-page-coverage.tsx).
import { type CodeMedicare, medicareCodeSystem } from '../../../catalog/index.js';
import { datedCodePath } from '../../views/dated-links.js';

function CodeLinks({ codes, date }: { codes: readonly string[]; date: string | undefined }) {
  const codeHref = (system: string, code: string) => datedCodePath(system, code, date);
  return (
    <ul class="code-links">
      {codes.map((c) => (
        <li key={c}>
          <a class="code" href={codeHref(medicareCodeSystem(c), c)}>
            {c}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function AddOnRole({ m, code, date }: { m: CodeMedicare; code: string; date?: string | undefined }) {
  const a = m.addOn;
  if ('notLoaded' in a) return <p>{a.notLoaded}.</p>;
  return (
    <>
      {a.isAddOn ? (
        <>
          <p>
            <strong>{code} is an add-on code</strong>, edit type {a.types.join(' and ')}: {a.typeMeaning}. It is paid
            only with a primary procedure.
          </p>
          {a.primaries.length > 0 ? (
            <>
              <h3>
                Its primary codes ({a.primaries.length}
                {a.contractorDefinedPrimaries ? ', and others the contractor defines' : ''})
              </h3>
              <CodeLinks codes={a.primaries} date={date} />
            </>
          ) : (
            <p>The table lists no primary codes: the contractor (MAC) defines the acceptable primaries.</p>
          )}
        </>
      ) : (
        <p>{code} is not an add-on code in the table in force.</p>
      )}
      {a.primaryFor.length > 0 ? (
        <>
          <h3>
            Add-on codes reported with {code} as their primary ({a.primaryFor.length})
          </h3>
          <CodeLinks codes={a.primaryFor} date={date} />
        </>
      ) : (
        <p>No add-on code lists {code} as its primary.</p>
      )}
      <p class="release">
        NCCI add-on code edits {a.release}, in force on {a.asOf}.
      </p>
    </>
  );
}

const MUE_SETTINGS = [
  ['practitioner', 'Practitioner services'],
  ['outpatientHospital', 'Outpatient hospital services'],
  ['dmeSupplier', 'DME supplier services'],
] as const;

export function MueTable({ m }: { m: CodeMedicare }) {
  const mue = m.mue;
  if (mue.notLoaded) return <p>{mue.notLoaded}.</p>;
  const rows = MUE_SETTINGS.flatMap(([key, label]) => {
    const e = mue[key];
    return e ? [{ key, label, e }] : [];
  });
  if (rows.length === 0) return <p>No MUE table in force lists this code: no unit limit is published for it.</p>;
  return (
    <>
      <table class="mue">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">MUE value (units)</th>
            <th scope="col">Adjudication indicator (MAI)</th>
            <th scope="col">What the MAI means</th>
            <th scope="col">Rationale</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, e }) => (
            <tr key={key} id={`mue-${key}`}>
              <th scope="row">{label}</th>
              <td>{e.value}</td>
              <td>
                {e.indicator} — {e.meaning}
              </td>
              <td>{e.explanation}</td>
              <td>{e.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="release">
        NCCI MUE tables {rows[0]?.e.release}. MAI meanings from the NCCI Policy Manual for Medicare Services, chapter I,
        section V.
      </p>
    </>
  );
}

export function PtpNote({ m }: { m: CodeMedicare }) {
  const ptp = m.ptp;
  if (!ptp.loaded) return <p>{ptp.message}.</p>;
  const settings = Object.entries(ptp.settings);
  return (
    <ul>
      {settings.map(([setting, s]) => (
        <li key={setting}>
          {setting}: column one in {s.asColumn1} edits, column two in {s.asColumn2} ({s.release}, as of {ptp.asOf})
        </li>
      ))}
    </ul>
  );
}
