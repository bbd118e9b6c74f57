// /claims: the Claim Check form and its findings. The form works without JavaScript: every button submits it
// (check, add a line, remove a line, fill lines from pasted codes) and the server renders it again with what was
// typed. Findings sit beside what they concern: claim-wide ones in the result summary, diagnosis ones under the
// diagnoses, line ones inside their line. Each shows its severity, rule id, message and citation.
import { type ClaimCheckResult, type Finding, MAX_CLAIM_LINES, type Severity } from '../../../rules/index.js';
import { Csrf } from '../../views/csrf.js';
import { ClaimAllowanceNote, type ClaimAllowanceView } from './claim-allowance-note.js';

export const CLAIM_FORM_DEFAULT_ROWS = 6;

export interface ClaimFormLine {
  code: string;
  /** MAX_MODIFIERS boxes, filled from the first */
  modifiers: string[];
  units: string;
  pointers: string;
  date: string;
}

/** The form as typed (strings throughout), kept whole between round trips. */
export interface ClaimForm {
  dateOfService: string;
  age: string;
  sex: string;
  placeOfService: string;
  setting: string;
  diagnoses: string;
  paste: string;
  lines: ClaimFormLine[];
}

/** A CLAIM_INVALID refusal: the field's path in the claim JSON ("lines[2].units") and why. */
export interface ClaimFormError {
  field: string;
  why: string;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', review: 'Review', info: 'Info' };

/** The form control a claim field path is typed in, and its name for a person. */
export function controlFor(field: string): { id: string; label: string } {
  const line = /^lines\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/.exec(field);
  if (line) {
    const n = Number(line[1]) + 1;
    const j = line[3] === undefined ? 0 : Number(line[3]);
    switch (line[2]) {
      case 'code':
        return { id: `line${n}-code`, label: `Line ${n}, code` };
      case 'modifiers':
        return { id: `line${n}-mod${j + 1}`, label: `Line ${n}, modifier${line[3] === undefined ? 's' : ` ${j + 1}`}` };
      case 'units':
        return { id: `line${n}-units`, label: `Line ${n}, units` };
      case 'diagnosisPointers':
        return { id: `line${n}-pointers`, label: `Line ${n}, diagnosis pointers` };
      case 'dateOfService':
        return { id: `line${n}-date`, label: `Line ${n}, date of service` };
      default:
        return { id: `line${n}-code`, label: `Line ${n}` };
    }
  }
  const dx = /^diagnoses\[(\d+)\]/.exec(field);
  if (dx) return { id: 'claim-diagnoses', label: `Diagnosis ${Number(dx[1]) + 1}` };
  const fixed: Record<string, { id: string; label: string }> = {
    dateOfService: { id: 'claim-date', label: 'Date of service' },
    'patient.age': { id: 'claim-age', label: 'Patient age' },
    'patient.sex': { id: 'claim-sex', label: 'Patient sex' },
    placeOfService: { id: 'claim-pos', label: 'Place of service' },
    setting: { id: 'claim-setting', label: 'Setting' },
    diagnoses: { id: 'claim-diagnoses', label: 'Diagnoses' },
    lines: { id: 'claim-lines', label: 'Service lines' },
  };
  return fixed[field] ?? { id: 'claim-date', label: 'The claim' };
}

/** Same placement as the CLI report (cli/commands/claim-commands.ts): see isLineFinding there. */
function isLineFinding(f: Finding, result: ClaimCheckResult): boolean {
  if (f.lines.length === 0 || f.rule === 'release.stale') return false;
  if (f.rule.startsWith('dx.') || f.rule.startsWith('mce.')) return false;
  if (f.rule.startsWith('code.')) {
    const line = result.claim.lines[(f.lines[0] ?? 0) - 1];
    return f.lines.length === 1 && line !== undefined && f.codes[0] === line.code;
  }
  return true;
}

function isDiagnosisFinding(f: Finding, result: ClaimCheckResult): boolean {
  if (f.rule.startsWith('dx.') || f.rule.startsWith('mce.')) return true;
  return (
    f.rule.startsWith('code.') && !isLineFinding(f, result) && f.codes.some((c) => result.claim.diagnoses.includes(c))
  );
}

function FindingItem({ f }: { f: Finding }) {
  const c = f.citation;
  return (
    <li class={`finding sev-${f.severity}`}>
      <span class={`sev-badge sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span> <code class="rule">{f.rule}</code>{' '}
      <span class="message">{f.message}</span>
      <p class="citation">
        Source: {c.source} · release <span class="release-id">{c.release}</span> · file <code>{c.file}</code> · record{' '}
        {c.record}
      </p>
    </li>
  );
}

function FindingList({ findings, label, id }: { findings: Finding[]; label: string; id?: string }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings" aria-label={label} {...(id ? { id } : {})}>
      {findings.map((f, k) => (
        <FindingItem key={`${f.rule}-${k}`} f={f} />
      ))}
    </ul>
  );
}

function FieldError({ id, error }: { id: string; error: { id: string; label: string; why: string } | undefined }) {
  if (!error || error.id !== id) return null;
  return (
    <p class="field-error" id={`${id}-error`}>
      {error.label}: {error.why}
    </p>
  );
}

/** aria attributes of a control the refusal names */
function invalid(id: string, error: { id: string } | undefined) {
  return error?.id === id ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-error` } : {};
}

type ShownError = { id: string; label: string; why: string } | undefined;

function LineFields({
  n,
  line,
  findings,
  error,
}: {
  n: number | string;
  line: ClaimFormLine;
  findings: Finding[];
  error: ShownError;
}) {
  const id = (part: string) => `line${n}-${part}`;
  return (
    <fieldset class={`claim-line${findings.length > 0 ? ' has-findings' : ''}`} id={`line${n}`}>
      <legend>Line {n}</legend>
      <div class="line-fields">
        <p class="f-code">
          <label for={id('code')}>Code</label>
          <input
            id={id('code')}
            name={`line${n}.code`}
            value={line.code}
            maxLength={12}
            autocomplete="off"
            spellcheck={false}
            {...invalid(id('code'), error)}
          />
        </p>
        <fieldset class="f-mods">
          <legend>Modifiers</legend>
          {line.modifiers.map((m, j) => (
            <span key={`m${j + 1}`}>
              <label for={id(`mod${j + 1}`)} class="visually-hidden">
                Line {n} modifier {j + 1}
              </label>
              <input
                id={id(`mod${j + 1}`)}
                name={`line${n}.mod${j + 1}`}
                value={m}
                maxLength={2}
                size={2}
                autocomplete="off"
                {...invalid(id(`mod${j + 1}`), error)}
              />
            </span>
          ))}
        </fieldset>
        <p class="f-units">
          <label for={id('units')}>Units</label>
          <input
            id={id('units')}
            name={`line${n}.units`}
            value={line.units}
            inputMode="decimal"
            placeholder="1"
            size={4}
            autocomplete="off"
            {...invalid(id('units'), error)}
          />
        </p>
        <p class="f-pointers">
          <label for={id('pointers')}>Diagnosis pointers</label>
          <input
            id={id('pointers')}
            name={`line${n}.pointers`}
            value={line.pointers}
            placeholder="1, 2"
            size={8}
            autocomplete="off"
            {...invalid(id('pointers'), error)}
          />
        </p>
        <p class="f-date">
          <label for={id('date')}>Line date (if not the claim's)</label>
          <input id={id('date')} name={`line${n}.date`} type="date" value={line.date} {...invalid(id('date'), error)} />
        </p>
        <p class="f-remove">
          <button type="submit" name="action" value={`remove-${n}`} formNoValidate class="secondary">
            Remove<span class="visually-hidden"> line {n}</span>
          </button>
        </p>
      </div>
      {error?.id.startsWith(`line${n}-`) ? (
        <p class="field-error" id={`${error.id}-error`}>
          {error.label}: {error.why}
        </p>
      ) : null}
      <FindingList findings={findings} label={`Findings for line ${n}`} />
    </fieldset>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function Summary({ result, claimLevel }: { result: ClaimCheckResult; claimLevel: Finding[] }) {
  const { summary, findings } = result;
  const info = findings.filter((f) => f.severity === 'info').length;
  return (
    <section class="claim-summary" aria-labelledby="claim-result">
      <h2 id="claim-result">Result</h2>
      <p class="counts">
        <span class="sev-badge sev-error">{plural(summary.errors, 'error')}</span>{' '}
        <span class="sev-badge sev-warning">{plural(summary.warnings, 'warning')}</span>{' '}
        <span class="sev-badge sev-review">{plural(summary.reviews, 'review')}</span>{' '}
        <span class="sev-badge sev-info">{info} info</span>
      </p>
      <p class="why">
        {findings.length === 0
          ? 'No findings: every rule that could run passed.'
          : 'Findings are shown beside the diagnoses and lines they concern. Error: denied as reported. Warning: likely denied or incomplete. Review: may be right; check the record. Info: a reminder, or a check that could not run.'}
      </p>
      <FindingList findings={claimLevel} label="Findings for the whole claim" />
    </section>
  );
}

export function ClaimPage({
  csrf,
  form,
  result,
  error,
  notice,
  allowance,
}: {
  csrf: string;
  form: ClaimForm;
  result?: ClaimCheckResult;
  error?: ClaimFormError;
  notice?: string;
  /** a guest's daily allowance: what is left, or why the claim was not checked */
  allowance?: ClaimAllowanceView;
}) {
  const shown: ShownError = error ? { ...controlFor(error.field), why: error.why } : undefined;
  const all = result?.findings ?? [];
  const lineFindings = result ? all.filter((f) => isLineFinding(f, result)) : [];
  const dxFindings = result ? all.filter((f) => !isLineFinding(f, result) && isDiagnosisFinding(f, result)) : [];
  const claimLevel = result ? all.filter((f) => !isLineFinding(f, result) && !isDiagnosisFinding(f, result)) : [];
  const diagnoses = form.diagnoses.split(/[\s,;]+/).filter((d) => d !== '');
  const headerField = (id: string) => <FieldError id={id} error={shown} />;
  return (
    <section class="claim-check">
      <h1>Claim Check</h1>
      <p class="lead">
        Check a practitioner or outpatient hospital claim against the code sets in force on the date of service,
        Medicare's NCCI edits (MUE, add-on codes, PTP when loaded), the fee schedule's modifier indicators, the
        ICD-10-CM conventions and the Medicare Code Editor. Every finding names the file and record it comes from.
      </p>
      {shown ? (
        <p class="error" role="alert">
          The claim was not checked: <a href={`#${shown.id}`}>{shown.label}</a>: {shown.why}
        </p>
      ) : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {allowance ? <ClaimAllowanceNote allowance={allowance} /> : null}
      {result ? <Summary result={result} claimLevel={claimLevel} /> : null}
      <form action="/claims" method="post" class="claim-form" data-claim-form>
        <Csrf token={csrf} />
        <input type="hidden" name="rows" value={String(form.lines.length)} />
        {/* the default button: Enter in any field checks the claim rather than removing line 1 */}
        <button type="submit" name="action" value="check" class="visually-hidden" tabIndex={-1}>
          Check the claim
        </button>
        <fieldset class="claim-header">
          <legend>Claim</legend>
          <p>
            <label for="claim-date">Date of service</label>
            <input
              id="claim-date"
              name="dateOfService"
              type="date"
              value={form.dateOfService}
              required
              {...invalid('claim-date', shown)}
            />
            {headerField('claim-date')}
          </p>
          <p>
            <label for="claim-age">Patient age (years)</label>
            <input
              id="claim-age"
              name="age"
              value={form.age}
              inputMode="numeric"
              size={4}
              autocomplete="off"
              {...invalid('claim-age', shown)}
            />
            {headerField('claim-age')}
          </p>
          <p>
            <label for="claim-sex">Patient sex</label>
            <select id="claim-sex" name="sex" {...invalid('claim-sex', shown)}>
              {[
                ['', 'Not given'],
                ['F', 'F (female)'],
                ['M', 'M (male)'],
                ['U', 'U (unknown)'],
              ].map(([v, label]) => (
                <option key={v} value={v} selected={form.sex === v}>
                  {label}
                </option>
              ))}
              {['', 'F', 'M', 'U'].includes(form.sex) ? null : (
                <option value={form.sex} selected>
                  {form.sex}
                </option>
              )}
            </select>
            {headerField('claim-sex')}
          </p>
          <p>
            <label for="claim-pos">Place of service</label>
            <input
              id="claim-pos"
              name="placeOfService"
              value={form.placeOfService}
              inputMode="numeric"
              maxLength={2}
              size={3}
              placeholder="11"
              autocomplete="off"
              {...invalid('claim-pos', shown)}
            />
            {headerField('claim-pos')}
          </p>
          <p>
            <label for="claim-setting">Setting</label>
            <select id="claim-setting" name="setting" {...invalid('claim-setting', shown)}>
              <option value="practitioner" selected={form.setting === 'practitioner'}>
                Practitioner (CMS-1500)
              </option>
              <option value="outpatient-hospital" selected={form.setting === 'outpatient-hospital'}>
                Outpatient hospital (UB-04)
              </option>
              {['practitioner', 'outpatient-hospital'].includes(form.setting) ? null : (
                <option value={form.setting} selected>
                  {form.setting}
                </option>
              )}
            </select>
            {headerField('claim-setting')}
          </p>
        </fieldset>
        <fieldset class="claim-diagnoses">
          <legend>Diagnoses</legend>
          <p>
            <label for="claim-diagnoses">ICD-10-CM codes, principal (first-listed) first</label>
            <textarea
              id="claim-diagnoses"
              name="diagnoses"
              rows={3}
              cols={40}
              spellcheck={false}
              aria-describedby={shown?.id === 'claim-diagnoses' ? 'claim-diagnoses-error' : 'claim-diagnoses-hint'}
              {...(shown?.id === 'claim-diagnoses' ? { 'aria-invalid': 'true' as const } : {})}
            >
              {form.diagnoses}
            </textarea>
          </p>
          <p class="hint" id="claim-diagnoses-hint">
            One per line or separated by commas.{' '}
            {diagnoses.length > 0
              ? `Pointer positions: ${diagnoses.map((d, i) => `${i + 1} = ${d}`).join(', ')}.`
              : 'Lines point at them by position: 1 is the first (letters A to L work too).'}
          </p>
          {headerField('claim-diagnoses')}
          <FindingList findings={dxFindings} label="Findings for the diagnoses" />
        </fieldset>
        <fieldset class="claim-lines" id="claim-lines">
          <legend>Service lines</legend>
          {shown?.id === 'claim-lines' ? (
            <p class="field-error" id="claim-lines-error">
              {shown.label}: {shown.why}
            </p>
          ) : null}
          <div data-claim-lines data-max={MAX_CLAIM_LINES}>
            {form.lines.map((line, k) => (
              <LineFields
                key={`line${k + 1}`}
                n={k + 1}
                line={line}
                findings={lineFindings.filter((f) => f.lines.includes(k + 1))}
                error={shown}
              />
            ))}
          </div>
          <p>
            <button
              type="submit"
              name="action"
              value="add"
              formNoValidate
              class="secondary"
              data-add-line
              disabled={form.lines.length >= MAX_CLAIM_LINES}
            >
              Add line
            </button>
          </p>
          <p class="paste">
            <label for="claim-paste">Paste a list of codes (separated by spaces, commas or new lines)</label>
            <textarea id="claim-paste" name="paste" rows={2} cols={40} spellcheck={false}>
              {form.paste}
            </textarea>
            <button type="submit" name="action" value="paste" formNoValidate class="secondary">
              Fill lines from the list
            </button>
          </p>
        </fieldset>
        <p>
          <button type="submit" name="action" value="check" class="primary">
            Check the claim
          </button>
        </p>
      </form>
      <template id="claim-line-template">
        <LineFields n="__N__" line={emptyLine(form)} findings={[]} error={undefined} />
      </template>
      <p class="why">
        The same check from scripts: <code>POST /api/v1/claims/check</code> with the claim as JSON (
        <a href="/docs">API</a>), or <code>codedesk check-claim FILE.json --json</code>.
      </p>
    </section>
  );
}

function emptyLine(form: ClaimForm): ClaimFormLine {
  const boxes = form.lines[0]?.modifiers.length ?? 4;
  return { code: '', modifiers: Array.from({ length: boxes }, () => ''), units: '', pointers: '', date: '' };
}
