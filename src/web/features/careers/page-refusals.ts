// A refusal as a form shows it: each problem beside the field it names. CareerCenter's CAREERS_INVALID lists every
// problem (params.problems); an upload's refusal and a refused character name one field. The domain names the
// résumé by its upload id (resumeUploadId) and the logo likewise: the forms name the file inputs.
import type { FieldProblem } from '../../../careers/index.js';
import type { AppError } from '../../../shared/index.js';
import type { FieldErrors } from './view-common.js';

const FORM_NAMES: Readonly<Record<string, string>> = { resumeUploadId: 'resume', logoUploadId: 'logo' };

export function fieldErrorsOf(refusal: AppError): FieldErrors {
  const errors: FieldErrors = {};
  const params = (refusal.params ?? {}) as { problems?: FieldProblem[]; field?: string; why?: string };
  if (refusal.code === 'CAREERS_INVALID') {
    for (const p of params.problems ?? []) errors[FORM_NAMES[p.field] ?? p.field] ??= p.why;
    return errors;
  }
  if (typeof params.field === 'string') {
    const field = FORM_NAMES[params.field] ?? params.field;
    // the message names the field itself ("resume: that file is not …"): beside the field, without the name
    errors[field] = refusal.message.startsWith(`${params.field}: `)
      ? refusal.message.slice(params.field.length + 2)
      : refusal.message;
  }
  return errors;
}
