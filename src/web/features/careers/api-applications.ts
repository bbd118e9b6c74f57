// CareerCenter's API for applications: applying with a résumé (multipart), the applicant's own applications, and the
// employer's review — the applicants of a posting, one application, its status and notes, the CSV export and the
// résumé file. A résumé is served only to its applicant (/me/…) and to the posting's employer or an admin
// (/employer/…); anyone else gets 404, as if it did not exist.
//
// Applying stores nothing half: the file is checked by content before anything is written (a refused file leaves no
// file and no row), then stored, then the application is created; when that fails (the posting closed, already
// applied, a missing answer…) the stored file and its record are removed before the refusal is answered. The domain's
// applyToJob runs its own transaction, so the file cannot join it; a crash between the two leaves a record that no
// application names, which is all it costs.
import { Type } from 'typebox';
import {
  type ApplicationView,
  addApplicationNote,
  applicantsCsv,
  applyToJob,
  getOwnApplication,
  getReviewedApplication,
  LIMITS,
  listApplications,
  listMyApplications,
  setApplicationStatus,
  withdrawApplication,
} from '../../../careers/index.js';
import { AppError, isAppError } from '../../../shared/index.js';
import { deleteUpload, openUpload, saveUpload, type UploadRecord } from '../../../storage/index.js';
import { CAREERS_JSON_BODY_LIMIT } from '../../body-limits.js';
import { sendUpload } from '../../upload-reply.js';
import { readUploadForm, type UploadFormSpec, uploadRouteOptions } from '../../uploads.js';
import type { CareersRoute, CareersRouteContext } from './api-route.js';
import {
  APPLICATION_FORM,
  APPLICATION_VIEW,
  ID_PARAMS,
  NOTE_BODY,
  REVIEWED_APPLICATION,
  STATUS_BODY,
} from './api-schemas.js';

const idOf = (req: { params: unknown }) => (req.params as { id: string }).id;

/** UTF-8 bytes of up to `chars` characters */
const bytes = (chars: number) => chars * 4;

/**
 * The application form. Answers come either as one field `answers` (a JSON array of strings, in the order the
 * posting asks its questions) or as one field per answer, `answers[0]`, `answers[1]`… — not both.
 */
export const APPLY_FORM: UploadFormSpec = {
  file: { field: 'resume', kind: 'resume' },
  fields: {
    coverNote: bytes(LIMITS.coverNote),
    answers: bytes(LIMITS.answer) * LIMITS.screeningQuestions + 1024,
    'answers[*': bytes(LIMITS.answer),
  },
  maxFields: 2 + LIMITS.screeningQuestions,
};

const refuse = (field: string, why: string) =>
  new AppError('CAREERS_INVALID', { what: 'The application cannot be sent', problems: [{ field, why }] });

/** The answers of either form, as the list the domain takes (undefined when none were sent). */
export function answersOf(fields: Record<string, string>): unknown {
  const indexed = Object.keys(fields).filter((k) => k.startsWith('answers['));
  if (fields.answers !== undefined) {
    if (indexed.length > 0) refuseBoth();
    try {
      return JSON.parse(fields.answers) as unknown;
    } catch {
      throw refuse('answers', 'must be a JSON array of strings, one per screening question, in order');
    }
  }
  if (indexed.length === 0) return undefined;
  const list: string[] = [];
  for (const name of indexed) {
    const m = /^answers\[(\d{1,2})\]$/.exec(name);
    const at = m ? Number(m[1]) : Number.NaN;
    if (!(at < LIMITS.screeningQuestions)) throw refuse(name.slice(0, 40), 'is not answers[0] to answers[9]');
    list[at] = fields[name] ?? '';
  }
  return Array.from(list, (a) => a ?? '');
}

function refuseBoth(): never {
  throw refuse(
    'answers',
    'send the answers either as one JSON field "answers" or as answers[0], answers[1]…, not both',
  );
}

/** The domain names the résumé by its upload id; the form calls it `resume`. */
function inFormWords(e: unknown): unknown {
  if (!isAppError(e) || e.code !== 'CAREERS_INVALID') return e;
  const params = e.params as { what: string; problems: { field: string; why: string }[] };
  if (!params.problems.some((p) => p.field === 'resumeUploadId')) return e;
  return new AppError('CAREERS_INVALID', {
    what: params.what,
    problems: params.problems.map((p) =>
      p.field === 'resumeUploadId'
        ? { field: 'resume', why: 'is required: attach your résumé as a PDF or DOCX file' }
        : p,
    ),
  });
}

async function apply({ req, reply, user, careers, store }: CareersRouteContext): Promise<ApplicationView> {
  if (!user) throw new AppError('AUTH_REQUIRED', {});
  const form = await readUploadForm(req, reply, APPLY_FORM);
  const answers = answersOf(form.fields);
  let record: UploadRecord | undefined;
  if (form.file)
    record = await saveUpload(store, {
      kind: 'resume',
      bytes: form.file.bytes,
      fileName: form.file.fileName,
      ownerId: user.id,
      field: 'resume',
    });
  try {
    return await applyToJob(careers, user, idOf(req), {
      resumeUploadId: record?.id,
      coverNote: form.fields.coverNote,
      answers,
    });
  } catch (e) {
    if (record) await deleteUpload(store, record.id).catch((err) => req.log.error({ err }, 'résumé not removed'));
    throw inFormWords(e);
  }
}

const APPLICATION_ERRORS = ['CAREERS_NOT_FOUND', 'BAD_INPUT'] as const;

export const APPLICATION_ROUTES: readonly CareersRoute[] = [
  {
    method: 'POST',
    url: '/jobs/:id/applications',
    operationId: 'applyToJob',
    summary: 'Applies to a published posting that takes applications on CodeDesk, with a résumé',
    description:
      'multipart/form-data: `resume` (PDF or DOCX ≤ 5 MB, checked by content), `coverNote`, and the answers to the screening questions either as `answers` (a JSON array of strings, in order) or as `answers[0]`, `answers[1]`… (not both). A body over 5.25 MB is refused (413) from its Content-Length before it is read. With a session cookie, the CSRF token comes first (`_csrf` or a `csrf-token` header); an API key needs none. Nothing is stored when the application is refused.',
    access: 'signed-in',
    params: ID_PARAMS,
    body: { type: 'multipart', schema: APPLICATION_FORM },
    ...uploadRouteOptions(APPLY_FORM),
    answer: { status: 201, description: 'The application', schema: APPLICATION_VIEW },
    errors: [
      'CAREERS_INVALID',
      'CAREERS_NOT_FOUND',
      'CAREERS_WRONG_STATE',
      'CAREERS_ALREADY_APPLIED',
      'CAREERS_APPLY_ELSEWHERE',
      'UPLOAD_TYPE_REFUSED',
      'UPLOAD_TOO_LARGE',
      'UPLOAD_FORM_INVALID',
      'CSRF_INVALID',
    ],
    handler: apply,
  },
  {
    method: 'GET',
    url: '/me/applications',
    operationId: 'listMyApplications',
    summary: "The signed-in user's applications with their statuses, newest first",
    access: 'signed-in',
    answer: { description: 'Applications', schema: Type.Array(APPLICATION_VIEW) },
    errors: [],
    handler: ({ careers, user }) => listMyApplications(careers, user),
  },
  {
    method: 'POST',
    url: '/me/applications/:id/withdraw',
    operationId: 'withdrawApplication',
    summary: 'Withdraws one of your applications (final)',
    access: 'signed-in',
    params: ID_PARAMS,
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: { description: 'The application', schema: APPLICATION_VIEW },
    errors: [...APPLICATION_ERRORS, 'CAREERS_WRONG_STATE'],
    handler: ({ careers, user, req }) => withdrawApplication(careers, user, idOf(req)),
  },
  {
    method: 'GET',
    url: '/me/applications/:id/resume',
    operationId: 'myApplicationResume',
    summary: 'The résumé you sent with one of your applications, as a download',
    access: 'signed-in',
    params: ID_PARAMS,
    answer: { description: 'The file (attachment; nosniff)', contentType: 'application/octet-stream' },
    errors: APPLICATION_ERRORS,
    handler: async ({ careers, user, req, reply, store }) => {
      const mine = await getOwnApplication(careers, user, idOf(req));
      return sendUpload(reply, await openUpload(store, mine.resumeUploadId));
    },
  },
  {
    method: 'GET',
    url: '/employer/jobs/:id/applications',
    operationId: 'listApplications',
    summary: "A posting's applications in the order they came, with applicant, answers and notes",
    access: 'employer',
    params: ID_PARAMS,
    answer: { description: 'Applications', schema: Type.Array(REVIEWED_APPLICATION) },
    errors: APPLICATION_ERRORS,
    handler: ({ careers, user, req }) => listApplications(careers, user, idOf(req)),
  },
  {
    method: 'GET',
    url: '/employer/jobs/:id/applications.csv',
    operationId: 'applicantsCsv',
    summary: "A posting's applications as CSV, one column per screening question",
    access: 'employer',
    params: ID_PARAMS,
    answer: { description: 'CSV (attachment)', contentType: 'text/csv', schema: Type.String() },
    errors: APPLICATION_ERRORS,
    handler: async ({ careers, user, req, reply }) => {
      const csv = await applicantsCsv(careers, user, idOf(req));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="applicants.csv"')
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  },
  {
    method: 'GET',
    url: '/employer/applications/:id',
    operationId: 'getReviewedApplication',
    summary: 'One application of your posting, with applicant, answers and notes',
    access: 'employer',
    params: ID_PARAMS,
    answer: { description: 'The application', schema: REVIEWED_APPLICATION },
    errors: APPLICATION_ERRORS,
    handler: ({ careers, user, req }) => getReviewedApplication(careers, user, idOf(req)),
  },
  {
    method: 'PATCH',
    url: '/employer/applications/:id',
    operationId: 'setApplicationStatus',
    summary: 'Moves an application to a status; the applicant is mailed',
    description: "hired, rejected (and the applicant's withdrawn) are final.",
    access: 'employer',
    params: ID_PARAMS,
    body: { type: 'json', schema: STATUS_BODY, required: ['status'] },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: { description: 'The application', schema: REVIEWED_APPLICATION },
    errors: [...APPLICATION_ERRORS, 'CAREERS_INVALID', 'CAREERS_WRONG_STATE'],
    handler: ({ careers, user, req }) =>
      setApplicationStatus(careers, user, idOf(req), (req.body ?? {}) as { status?: unknown }),
  },
  {
    method: 'POST',
    url: '/employer/applications/:id/notes',
    operationId: 'addApplicationNote',
    summary: 'Adds a note to an application (seen by the employer and admins only)',
    access: 'employer',
    params: ID_PARAMS,
    body: { type: 'json', schema: NOTE_BODY, required: ['body'] },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: { status: 201, description: 'The note', schema: REVIEWED_APPLICATION.properties.notes.items },
    errors: [...APPLICATION_ERRORS, 'CAREERS_INVALID'],
    handler: ({ careers, user, req }) =>
      addApplicationNote(careers, user, idOf(req), (req.body ?? {}) as { body?: unknown }),
  },
  {
    method: 'GET',
    url: '/employer/applications/:id/resume',
    operationId: 'applicationResume',
    summary: "An application's résumé, as a download, for the posting's employer or an admin",
    access: 'employer',
    params: ID_PARAMS,
    answer: { description: 'The file (attachment; nosniff)', contentType: 'application/octet-stream' },
    errors: APPLICATION_ERRORS,
    handler: async ({ careers, user, req, reply, store }) => {
      const reviewed = await getReviewedApplication(careers, user, idOf(req));
      return sendUpload(reply, await openUpload(store, reviewed.resumeUploadId));
    },
  },
];
