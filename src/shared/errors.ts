// The one error catalogue. The CLI's exit status, the API's JSON problem and the HTML error page all
// read this table, so a code's meaning never drifts between interfaces.

export const errorCatalogue = {
  BAD_INPUT: { status: 400, exit: 2, message: (p: { why: string }) => p.why },
  TEXT_INVALID: {
    status: 400,
    exit: 2,
    // why: "contains a control character (U+0000) at character 2; remove it and try again" (text-input.ts)
    message: (p: { field: string; why: string }) => `${p.field}: ${p.why}`,
  },
  CATALOG_NOT_BUILT: {
    status: 503,
    exit: 2,
    message: (p: { dir: string }) => `No catalog has been built in ${p.dir}. Run "codedesk import" first.`,
  },
  CATALOG_CORRUPT: {
    status: 500,
    exit: 1,
    message: (p: { path: string; why: string }) =>
      `The catalog at ${p.path} cannot be read: ${p.why}. Run "codedesk import" again to rebuild the catalog`,
  },
  CATALOG_CHECKSUM_MISMATCH: {
    status: 500,
    exit: 1,
    // found / recorded: "sha256 ab12…" or "1234 bytes", whichever differs
    message: (p: { path: string; found: string; recorded: string }) =>
      `The catalog file ${p.path} is not the file the import wrote (${p.found}; the import recorded ${p.recorded}): it was edited or damaged since. Run "codedesk import" again to rebuild the catalog`,
  },
  CATALOG_UNKNOWN_CODE: {
    status: 404,
    exit: 2,
    message: (p: { code: string; system?: string }) =>
      p.system ? `No ${p.system} code ${p.code} in any loaded release` : `No code ${p.code} in any loaded release`,
  },
  CATALOG_CODE_DELETED: {
    status: 410,
    exit: 2,
    message: (p: {
      code: string;
      system: string;
      deletedIn: string;
      effective: string;
      lastIn: string;
      replacedBy?: string[];
    }) =>
      `${p.system} ${p.code} is not valid in release ${p.deletedIn} (in force from ${p.effective}); it was last valid in ${p.lastIn}` +
      (p.replacedBy && p.replacedBy.length > 0 ? `. Replaced by ${p.replacedBy.join(', ')}` : ''),
  },
  CATALOG_CODE_NOT_YET_VALID: {
    status: 404,
    exit: 2,
    message: (p: { code: string; system: string; release: string; firstIn: string; effective: string }) =>
      `${p.system} ${p.code} is not valid in release ${p.release}; it first appears in ${p.firstIn}, in force from ${p.effective}`,
  },
  CATALOG_UNKNOWN_SYSTEM: {
    status: 400,
    exit: 2,
    // known: the catalog's CODE_SYSTEMS (this folder is below the catalog and cannot import the list)
    message: (p: { system: string; known: readonly string[] }) =>
      `Unknown code system "${p.system}". Use one of: ${p.known.join(', ')}.`,
  },
  CATALOG_NO_RELEASE: {
    // a date of service before every loaded release: nothing was in force then, so the date is refused
    status: 400,
    exit: 2,
    message: (p: { system: string; date: string; oldest?: string; from?: string }) =>
      `No loaded ${p.system} release is in force on or before ${p.date}` +
      (p.oldest && p.from
        ? `: the oldest loaded, ${p.oldest}, is in force from ${p.from}. Use a date from ${p.from} on, or import the older release's files`
        : ''),
  },
  CATALOG_UNKNOWN_BLOCK: {
    status: 404,
    exit: 2,
    // what: "section G10-G15", "chapter 30"; release: the tabular read ("ICD-10-CM FY2023")
    message: (p: { what: string; release: string }) =>
      `No ICD-10-CM ${p.what} in ${p.release}, the newest loaded tabular. A section is a range such as G10-G14, a chapter a range such as L00-L99 or its number (1-22).`,
  },
  CATALOG_NO_TABULAR: {
    status: 404,
    exit: 2,
    message: () =>
      'No ICD-10-CM Tabular List is loaded, so chapters and sections are unavailable: add the Tabular List XML (icd10cm_tabular_YYYY.xml) to the official files and run codedesk import.',
  },
  BAD_DATE: {
    status: 400,
    exit: 2,
    message: (p: { value: string }) => `"${p.value}" is not a date: use YYYY-MM-DD`,
  },
  CODESET_NOT_RECOGNIZED: {
    status: 400,
    exit: 2,
    message: (p: { file: string; why: string }) => `${p.file} is not a recognised official file: ${p.why}`,
  },
  CODESET_MALFORMED: {
    status: 400,
    exit: 2,
    message: (p: { file: string; line: number; why: string }) => `${p.file}, line ${p.line}: ${p.why}`,
  },
  IMPORT_SOURCE_MISSING: {
    status: 400,
    exit: 2,
    message: (p: { dir: string }) =>
      `The code-set folder ${p.dir} does not exist or is not a folder. Set CODESETS_DIR or pass --from DIR (see docs/data-sources.md).`,
  },
  IMPORT_NOTHING_FOUND: {
    status: 400,
    exit: 2,
    message: (p: { dir: string }) => `No official code-set files were found in ${p.dir}`,
  },
  IMPORT_IN_PROGRESS: {
    status: 409,
    exit: 2,
    message: (p: { lockFile: string; holder: string }) =>
      `Another import (${p.holder}) is writing the catalog in this data folder: wait for it to finish, then run this one again. If no import is running, remove ${p.lockFile}`,
  },
  IMPORT_FAILED: {
    status: 500,
    exit: 1,
    message: (p: { why: string }) => `Import failed; the previous catalog is untouched: ${p.why}`,
  },
  FETCH_FAILED: {
    status: 502,
    exit: 1,
    message: (p: { url: string; why: string }) => `Download of ${p.url} failed: ${p.why}`,
  },
  FETCH_CHECKSUM_MISMATCH: {
    status: 502,
    exit: 1,
    message: (p: { file: string; expected: string; actual: string }) =>
      `${p.file}: sha256 ${p.actual} does not match the expected ${p.expected}; the file was discarded`,
  },
  DATA_NOT_LOADED: {
    status: 404,
    exit: 2,
    message: (p: { what: string }) =>
      `${p.what} is not loaded: add the official file to the code-set folder and run "codedesk import"`,
  },
  FEE_CODE_NOT_PRICED_FILE: {
    status: 404,
    exit: 2,
    message: (p: { code: string; release: string }) => `${p.code} has no row in the fee schedule RVU file ${p.release}`,
  },
  FEE_NO_MODIFIER_ROW: {
    status: 404,
    exit: 2,
    message: (p: { code: string; modifier: string; available: string[]; why: string }) =>
      `${p.code} has no separate ${p.modifier} row (rows: ${p.available.join(', ')}): ${p.why}`,
  },
  LOCALITY_UNKNOWN: {
    status: 404,
    exit: 2,
    message: (p: { query: string }) =>
      `No fee schedule locality matches "${p.query}": use an id such as 13282-01 or part of a name ("codedesk localities" lists them)`,
  },
  LOCALITY_AMBIGUOUS: {
    status: 400,
    exit: 2,
    message: (p: { query: string; matches: string[] }) =>
      `"${p.query}" matches ${p.matches.length} localities: ${p.matches.join('; ')}. Use the id or a longer name`,
  },
  CROSSWALK_UNSUPPORTED: {
    status: 400,
    exit: 2,
    message: (p: { why: string }) => p.why,
  },
  CLAIM_INVALID: {
    status: 400,
    exit: 2,
    // field is a path into the claim JSON ("lines[2].units"), so the sender can find the value to fix
    message: (p: { field: string; why: string }) => `${p.field}: ${p.why}`,
  },
  CLAIM_TOO_MANY_LINES: {
    status: 400,
    exit: 2,
    message: (p: { count: number; max: number }) =>
      `The claim has ${p.count} lines; the limit is ${p.max}. Split it into claims of at most ${p.max} lines`,
  },
  CONFIG_INVALID: {
    status: 500,
    exit: 2,
    message: (p: { problems: string[] }) => `Invalid configuration:\n  ${p.problems.join('\n  ')}`,
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    exit: 1,
    message: (p: { why: string }) => `The user-data database cannot be opened: ${p.why}`,
  },
  DATABASE_BUSY: {
    status: 503,
    exit: 1,
    message: (p: { attempts: number }) =>
      `The database is busy with other writes (tried ${p.attempts} times); try again in a moment`,
  },
  MAIL_SEND_FAILED: {
    status: 502,
    exit: 1,
    message: (p: { relay: string; reason: 'unreachable' | 'refused'; detail: string }) =>
      p.reason === 'unreachable'
        ? `The mail was not sent: the mail relay at ${p.relay} could not be reached (${p.detail}). Try again in a few minutes; if it keeps failing, the administrator should check that the relay is running and that SMTP_RELAY_URL points at it.`
        : `The mail was not sent: the mail relay at ${p.relay} refused the message (${p.detail}). Check the address and try again; if it keeps failing, the administrator should check the relay's log and the credentials in SMTP_RELAY_URL.`,
  },
  TASK_NOT_RETRYABLE: {
    status: 409,
    exit: 2,
    message: (p: { id: string; state: string }) =>
      `Task ${p.id} is ${p.state}: only a failed or dead task can be retried`,
  },
  EDITORIAL_TOO_LONG: {
    status: 400,
    exit: 2,
    message: (p: { field: string; length: number; max: number }) =>
      `The ${p.field} is ${p.length} characters long; the limit is ${p.max}`,
  },
  EDITORIAL_SAVE_FAILED: {
    status: 503,
    exit: 1,
    message: (p: { field: string }) =>
      `The ${p.field} could not be saved just now; your text is still below. Save it again in a moment`,
  },
  EDITORIAL_UNKNOWN_REVISION: {
    status: 404,
    exit: 2,
    message: (p: { id: string }) => `No editorial revision ${p.id}`,
  },
  EDITORIAL_UNKNOWN_DRAFT: {
    status: 404,
    exit: 2,
    message: (p: { id: string }) => `No draft ${p.id} is waiting: it was published or discarded already`,
  },
  // Uploads (src/storage, web/uploads.ts). field: the form field as the sender named it ("resume", "logo")
  UPLOAD_TOO_LARGE: {
    status: 413,
    exit: 2,
    message: (p: { field: string; limitBytes: number }) =>
      `${p.field}: the file is larger than ${sizeInWords(p.limitBytes)}, the most it may be; choose a smaller file`,
  },
  UPLOAD_TYPE_REFUSED: {
    // what the file holds is refused (checked by content, never by name or declared type): 415 Unsupported Media Type
    status: 415,
    exit: 2,
    // accepted: "a PDF or Word (.docx) document"; why: what the check found, in plain words ("it is a program")
    message: (p: { field: string; accepted: string; why?: string }) =>
      `${p.field}: that file is not ${p.accepted}${p.why ? ` (${p.why})` : ''}. Choose ${p.accepted}`,
  },
  UPLOAD_FORM_INVALID: {
    status: 400,
    exit: 2,
    // the multipart form itself: a second file, an unknown or repeated field, a text field over its limit
    message: (p: { field: string; why: string }) => `${p.field}: ${p.why}`,
  },
  UPLOAD_UNREADABLE: {
    status: 500,
    exit: 1,
    message: (p: { id: string; why: string }) =>
      `The stored file ${p.id} cannot be read (${p.why}); the administrator should check the uploads folder`,
  },
  // CareerCenter (src/careers). A save lists every problem at once, each naming its field, so a form can mark them all
  CAREERS_INVALID: {
    status: 400,
    exit: 2,
    // what: "The job posting cannot be saved", "The application cannot be sent"
    message: (p: { what: string; problems: readonly { field: string; why: string }[] }) =>
      `${p.what}: ${p.problems.map((x) => `${x.field}: ${x.why}`).join('; ')}`,
  },
  CAREERS_BAD_FILTER: {
    status: 400,
    exit: 2,
    message: (p: { filter: string; value: string; allowed: readonly string[] }) =>
      `${p.filter}: "${p.value.slice(0, 80)}" is not one of the allowed values: ${p.allowed.join(', ')}`,
  },
  CAREERS_NOT_FOUND: {
    // also what another employer gets for a job or application that is not theirs: 404, never 403, so ids reveal nothing
    status: 404,
    exit: 2,
    message: (p: { what: 'job' | 'application' | 'organization' | 'saved search'; id: string }) =>
      `No ${p.what} ${p.id.slice(0, 80)} was found`,
  },
  CAREERS_WRONG_STATE: {
    status: 409,
    exit: 2,
    message: (p: { what: string; status: string; action: string; allowed: readonly string[] }) =>
      `The ${p.what} is ${p.status}, so it cannot be ${p.action}: only a ${p.allowed.join(' or ')} ${p.what} can`,
  },
  CAREERS_ALREADY_APPLIED: {
    status: 409,
    exit: 2,
    message: (p: { title: string }) =>
      `You have already applied to "${p.title}"; your applications list shows its status`,
  },
  CAREERS_APPLY_ELSEWHERE: {
    status: 409,
    exit: 2,
    message: (p: { method: 'url' | 'email'; target: string }) =>
      `This posting takes applications ${p.method === 'url' ? "on the employer's site at" : 'by email to'} ${p.target}, not on CodeDesk`,
  },
  CAREERS_SAVED_SEARCH_LIMIT: {
    status: 409,
    exit: 2,
    message: (p: { max: number }) =>
      `You have ${p.max} saved searches, the most there can be; delete one at /jobs/alerts before saving another`,
  },
  CAREERS_UNSUBSCRIBE_INVALID: {
    // a link cut short, altered or forged: nothing is removed
    status: 400,
    exit: 2,
    message: (_p: object) =>
      'This unsubscribe link is not valid (it may have been cut short or changed). Use the link from the mail exactly as it is, or sign in and delete the saved search at /jobs/alerts',
  },
  CAREERS_VERIFICATION_INVALID: {
    // a domain verification link cut short, altered, forged, expired, or for a domain the organization no longer has
    status: 400,
    exit: 2,
    message: (p: { why: 'invalid' | 'expired' | 'domain changed' }) =>
      p.why === 'expired'
        ? 'token: this verification link has expired (links are valid for 48 hours); send a new one from /employer'
        : p.why === 'domain changed'
          ? "token: this verification link is for a domain the organization's profile no longer gives; send a new one from /employer"
          : 'token: this verification link is not valid (it may have been cut short or changed); use the link from the mail exactly as it is, or send a new one from /employer',
  },
  CAREERS_VERIFICATION_LIMIT: {
    status: 429,
    exit: 2,
    message: (p: { max: number }) =>
      `address: ${p.max} verification mails were sent for this organization today, the most there can be in a day; use one of them, or try again tomorrow (UTC)`,
  },
  MODEL_NOT_CONFIGURED: {
    status: 503,
    exit: 2,
    message: (p: { what: string }) =>
      `${p.what} needs a language model, and none is configured: set ASSISTANT_MODEL_URL (an OpenAI-compatible endpoint, e.g. https://host/v1) and ASSISTANT_MODEL (see docs/casepilot.md)`,
  },
  NOT_FOUND: {
    status: 404,
    exit: 2,
    message: (p: { what: string }) => `${p.what} was not found`,
  },
  RATE_LIMITED: {
    status: 429,
    exit: 2,
    message: (p: { retryAfterSeconds: number }) =>
      `Too many requests; try again in ${p.retryAfterSeconds} second${p.retryAfterSeconds === 1 ? '' : 's'}`,
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    exit: 2,
    message: (p: { limitBytes: number }) => `The request body is larger than ${p.limitBytes} bytes`,
  },
  INPUT_TOO_LARGE: {
    status: 413,
    exit: 2,
    // what: "The claim file x.json", "Line 3 of the batch on stdin"; hint: whose limit it is and what happened
    message: (p: { what: string; limitBytes: number; hint: string; longer?: boolean }) =>
      `${p.what} is ${p.longer ? 'longer' : 'larger'} than ${sizeInWords(p.limitBytes)}, ${p.hint}`,
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    exit: 2,
    message: (p: { method: string; path: string }) => `${p.method} is not allowed on ${p.path}`,
  },
  AUTH_REQUIRED: {
    status: 401,
    exit: 2,
    message: (_p: object) => 'Log in first (or send an API key as "Authorization: Bearer KEY")',
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    exit: 2,
    message: (_p: object) => 'That email and password do not match an account',
  },
  AUTH_INVALID_API_KEY: {
    status: 401,
    exit: 2,
    message: (_p: object) => 'The API key is not valid or has been revoked',
  },
  FORBIDDEN: {
    status: 403,
    exit: 2,
    message: (p: { need: string }) => `This needs the ${p.need} role`,
  },
  CSRF_INVALID: {
    status: 403,
    exit: 2,
    message: (_p: object) => 'The form has expired or did not come from this site; reload the page and try again',
  },
  ACCOUNT_EMAIL_TAKEN: {
    status: 409,
    exit: 2,
    message: (p: { email: string }) => `An account for ${p.email} already exists; log in or reset its password`,
  },
  ACCOUNT_INVALID: {
    status: 400,
    exit: 2,
    message: (p: { field: string; why: string }) => `${p.field}: ${p.why}`,
  },
  RESET_TOKEN_INVALID: {
    status: 400,
    exit: 2,
    message: (_p: object) => 'This password reset link is not valid any more (used or expired); ask for a new one',
  },
  METER_EXHAUSTED: {
    status: 402,
    exit: 2,
    message: (p: { limit: number; who: 'guest' | 'free' }) =>
      p.who === 'guest'
        ? `0 code page views remaining. Guest accounts are limited to ${p.limit} page view${p.limit === 1 ? '' : 's'}. Register a free account for more.`
        : `0 code page views remaining this month. Free accounts are limited to ${p.limit} page views a month; a paid plan is unlimited.`,
  },
  CLAIM_CHECKS_EXHAUSTED: {
    status: 402,
    exit: 2,
    message: (p: { limit: number; refusedBy: 'allowance' | 'address' }) =>
      (p.refusedBy === 'address'
        ? 'Guest claim checks from your network are used up for today.'
        : `0 claim checks remaining today. Guests can check ${p.limit} claim${p.limit === 1 ? '' : 's'} a day.`) +
      ' Register a free account or log in to check more: accounts are not limited.',
  },
  ASSISTANT_QUESTIONS_EXHAUSTED: {
    status: 402,
    exit: 2,
    message: (p: { limit: number; who: 'guest' | 'free' }) =>
      `0 CasePilot questions remaining today. ${p.who === 'guest' ? 'Guests' : 'Free accounts'} can ask ${p.limit} question${p.limit === 1 ? '' : 's'} a day.` +
      (p.who === 'guest'
        ? ' Register a free account or log in to ask more.'
        : ' A paid plan has no daily limit; the count starts again tomorrow (UTC).'),
  },
  INTERNAL: {
    status: 500,
    exit: 1,
    message: () => 'Something went wrong on our side; the error has been logged',
  },
} as const;

/** 262144 → "256 KB", 1073741824 → "1 GB" (powers of 1024, as the limits are set) */
function sizeInWords(bytes: number): string {
  for (const [unit, size] of [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

export type ErrorCode = keyof typeof errorCatalogue;
type ParamsOf<C extends ErrorCode> = Parameters<(typeof errorCatalogue)[C]['message']>[0];

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ParamsOf<C>;
  readonly status: number;
  readonly exitCode: number;

  constructor(code: C, params: ParamsOf<C>) {
    const entry = errorCatalogue[code];
    super((entry.message as (p: ParamsOf<C>) => string)(params));
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.status = entry.status;
    this.exitCode = entry.exit;
  }

  toJSON(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
