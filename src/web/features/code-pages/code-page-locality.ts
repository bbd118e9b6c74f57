// The payment locality picker of a CPT or HCPCS page: `?locality=` read from the query string (an id from the
// picker, or a part of a name as `codedesk fee --locality` takes it; at most 100 characters, no control
// characters), the amounts in that locality from the catalog, and the choices. A locality that matches none or
// several is shown on the page, beside the picker, in the error catalogue's words, with the error's status.

import type { Catalog } from '../../../catalog/index.js';
import { type CodeLookup, type CodeMedicare, localityChoices, localityPayment } from '../../../catalog/index.js';
import { AppError, checkText, isAppError } from '../../../shared/index.js';
import type { LocalityView } from './code-page-payment.js';

/** the fee operation's bound on its locality field */
const MAX_LOCALITY_LENGTH = 100;

function one(v: unknown): string | undefined {
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The locality asked for in a page's query string, checked; undefined when absent or empty. */
export function localityParam(query: Record<string, unknown>): string | undefined {
  const raw = one(query.locality)?.trim();
  if (!raw) return undefined;
  if (raw.length > MAX_LOCALITY_LENGTH)
    throw new AppError('BAD_INPUT', { why: `locality must be at most ${MAX_LOCALITY_LENGTH} characters` });
  return checkText('locality', raw);
}

function hasPaymentRows(m: CodeLookup['medicare']): m is CodeMedicare {
  return !!m && 'payment' in m && !!m.payment && 'rows' in m.payment && m.payment.rows.length > 0;
}

const LOCALITY_ERRORS: readonly string[] = ['LOCALITY_UNKNOWN', 'LOCALITY_AMBIGUOUS', 'DATA_NOT_LOADED'];

/**
 * The picker and the amounts for a code page, or undefined for a code the fee schedule does not price (no picker
 * to show). `status` is the refusal's HTTP status when the locality asked for gives no amounts.
 */
export function localityView(
  catalog: Catalog,
  lookup: CodeLookup,
  asked: string | undefined,
  date?: string,
): { view: LocalityView; status?: number } | undefined {
  if (!hasPaymentRows(lookup.medicare)) return undefined;
  const keep = date ? { date } : {};
  let choices: ReturnType<typeof localityChoices>;
  try {
    choices = localityChoices(catalog, date);
  } catch (e) {
    if (!isAppError(e) || e.code !== 'DATA_NOT_LOADED') throw e;
    // no GPCI file: no picker, and the page says why amounts by locality are missing
    return { view: { choices: [], release: '', error: e.message, ...keep }, ...(asked ? { status: e.status } : {}) };
  }
  const view: LocalityView = { choices: choices.choices, release: choices.release, ...keep };
  if (!asked) return { view };
  try {
    return {
      view: { ...view, asked, payment: localityPayment(catalog, { code: lookup.code, locality: asked, ...keep }) },
    };
  } catch (e) {
    if (!isAppError(e) || !LOCALITY_ERRORS.includes(e.code)) throw e;
    return { view: { ...view, asked, error: e.message }, status: e.status };
  }
}
