// The job form's inputs: a text field, a select and a group of boxes (checkboxes or radios), each with its label,
// its problem under it and aria-invalid / aria-describedby tying the two together.
import type { Choices } from '../../../careers/index.js';
import { FieldError, type FieldErrors, invalid } from './view-common.js';

type Errors = { errors: FieldErrors };

export function TextField({
  id,
  label,
  value,
  errors,
  max,
  type = 'text',
  required = false,
  hint,
  field = id,
}: Errors & {
  id: string;
  label: string;
  value: string;
  max?: number;
  type?: string;
  required?: boolean;
  hint?: string;
  field?: string;
}) {
  return (
    <p>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        required={required}
        {...(max ? { maxLength: max } : {})}
        {...invalid(errors, field, id)}
      />
      {hint ? <span class="hint"> {hint}</span> : null}
      <FieldError id={id} field={field} errors={errors} />
    </p>
  );
}

export function Select({
  id,
  label,
  choices,
  value,
  errors,
  blank,
  field = id,
}: Errors & { id: string; label: string; choices: Choices; value: string; blank?: string; field?: string }) {
  return (
    <p>
      <label for={id}>{label}</label>
      <select id={id} name={id} {...invalid(errors, field, id)}>
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {choices.map(([v, text]) => (
          <option key={v} value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={id} field={field} errors={errors} />
    </p>
  );
}

export function Boxes({
  name,
  legend,
  choices,
  chosen,
  errors,
  radio = false,
}: Errors & { name: string; legend: string; choices: Choices; chosen: readonly string[]; radio?: boolean }) {
  return (
    <fieldset class="boxes" {...invalid(errors, name)}>
      <legend>{legend}</legend>
      {choices.map(([v, text]) => (
        <label key={v}>
          <input type={radio ? 'radio' : 'checkbox'} name={name} value={v} checked={chosen.includes(v)} /> {text}
        </label>
      ))}
      <FieldError id={name} errors={errors} />
    </fieldset>
  );
}
