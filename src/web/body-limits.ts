// How large a request body each kind of route takes. Every route that reads a body states its limit (Fastify's
// route option `bodyLimit`); DEFAULT_BODY_LIMIT is the app's default for every other request, so that a body sent
// to a route that reads none (or to no route at all) is refused before anything reads it. An upload route (a
// résumé, a logo) states megabytes on its own route without raising anyone else's limit.
import { UPLOAD_KINDS, type UploadKind } from '../storage/index.js';

/** The app's default: routes that read no body, unknown URLs; and what every route took before limits were per route */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * The site's urlencoded forms (accounts, admin, editor, the Claim Check form): an editor's text of 20,000
 * characters, percent-encoded, and a full claim form stay well inside it.
 */
export const PAGE_FORM_BODY_LIMIT = 256 * 1024;

/** POST /api/v1/claims/check: a claim of the most lines the rules take is a few kilobytes of JSON */
export const CLAIM_JSON_BODY_LIMIT = 256 * 1024;
/** CasePilot's JSON body: a question of up to 20,000 characters, escaped (up to 6 bytes each), and a date */
export const ASK_JSON_BODY_LIMIT = 128 * 1024;

/**
 * What an upload form carries beside its file: the CSRF token, a cover note, answers to a few questions, and the
 * multipart framing. A form's text fields are limited one by one (web/uploads.ts); together they stay inside this.
 */
export const UPLOAD_FIELDS_ALLOWANCE = 256 * 1024;

/** An upload route's body: the file kind's own limit (storage/upload-kinds.ts) and the fields' allowance. */
export function uploadBodyLimit(kind: UploadKind): number {
  return UPLOAD_KINDS[kind].maxBytes + UPLOAD_FIELDS_ALLOWANCE;
}

/** CareerCenter's application form and POST /api/v1/jobs/{id}/applications: a résumé of up to 5 MB and the fields */
export const RESUME_UPLOAD_BODY_LIMIT = uploadBodyLimit('resume');
/** CareerCenter's organization profile: a logo of up to 1 MB and the fields */
export const LOGO_UPLOAD_BODY_LIMIT = uploadBodyLimit('logo');

/** A limit as people read it: "256 KB", "5 MB" */
export function formatBodyLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/**
 * CareerCenter's JSON API (a posting, a status, a note, an organization profile): a posting's description of up to
 * 20,000 characters, escaped in JSON (up to 6 bytes each), with the other fields and ten screening questions.
 */
export const CAREERS_JSON_BODY_LIMIT = 160 * 1024;
