// Collecting every problem of an input before refusing it: a form shows them all at once, each beside its field,
// instead of one per attempt. The refusal is CAREERS_INVALID with the list (params.problems) in field order.
import { AppError } from '../shared/index.js';

export interface FieldProblem {
  /** the input's field as the API and the forms name it, e.g. "salaryMax", "screeningQuestions[2]" */
  field: string;
  why: string;
}

export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, why: string): void {
    // one problem per field: the first found is the one to fix first
    if (!this.has(field)) this.list.push({ field, why });
  }

  has(field: string): boolean {
    return this.list.some((p) => p.field === field);
  }

  /** Throws CAREERS_INVALID naming every field when there is any problem. `what` starts the message. */
  throwIfAny(what: string): void {
    if (this.list.length > 0) throw new AppError('CAREERS_INVALID', { what, problems: [...this.list] });
  }
}
