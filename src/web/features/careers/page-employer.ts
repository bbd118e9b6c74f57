// The employer's pages (role employer; admins too, as the domain allows): /employer (the organization profile with
// its logo upload, my jobs), the job form (new and edit: save as draft or publish), the lifecycle buttons (publish,
// close, renew), and a posting's applicants (status, notes, CSV). The domain decides who may do what: another
// employer's posting or application is CAREERS_NOT_FOUND (404). A guest asking for a page is sent to log in.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { User } from '../../../accounts/index.js';
import {
  addApplicationNote,
  applicantsCsv,
  type CareersDeps,
  closeJob,
  createJob,
  getApplication,
  getJob,
  LIMITS,
  listApplications,
  listMyJobs,
  myOrganization,
  type OrganizationProfile,
  publishJob,
  renewJob,
  saveOrganization,
  setApplicationStatus,
  updateJob,
} from '../../../careers/index.js';
import { writeTransaction } from '../../../db/index.js';
import { type AppError, displayableText } from '../../../shared/index.js';
import { saveUpload } from '../../../storage/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import { formField, formRoute } from '../../form-route.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import { readUploadForm, type UploadFormSpec, uploadRouteOptions, uploadStore } from '../../uploads.js';
import type { CareersFeatureOptions } from './options.js';
import { emptyJobForm, type JobFormValues, jobFormOf, jobInputOfForm, readJobForm } from './page-job-form.js';
import { logoPath } from './page-jobs.js';
import { fieldErrorsOf } from './page-refusals.js';
import { ApplicantsPage } from './view-applicants.js';
import type { FieldErrors } from './view-common.js';
import { EmployerPage, type OrganizationValues } from './view-employer.js';
import { JobFormPage } from './view-job-form.js';

type IdRoute = { Params: { id: string } };
type FormBody = { Params: { id: string }; Body: Record<string, unknown> };

const LOGO_FORM: UploadFormSpec = {
  file: { field: 'logo', kind: 'logo' },
  fields: {
    name: LIMITS.organizationName * 4,
    domain: (LIMITS.domain + 100) * 4,
    about: LIMITS.about * 4,
    removeLogo: 10,
  },
  maxFields: 4,
};

const NOTICES: Record<string, string> = {
  saved: 'Saved.',
  profile: 'The organization profile is saved.',
  published: 'Published.',
  pending: 'Sent for approval: an admin checks a new employer’s first posting before it is public.',
  closed: 'Closed: it takes no more applications.',
  renewed: 'Renewed: the closing date is moved on.',
  status: 'Status changed; the applicant is mailed.',
  note: 'Note added.',
  verify: 'A verification link is sent. Open it from that mailbox within 48 hours to mark the domain verified.',
};

const jobsPath = (id: string) => `/employer/jobs/${encodeURIComponent(id)}`;
const guestToLogin = (req: FastifyRequest, reply: FastifyReply) =>
  reply.redirect(`/login?next=${encodeURIComponent(req.url.split('?')[0]?.slice(0, 300) ?? '/employer')}`, 303);
const noticeOf = (req: FastifyRequest) => NOTICES[(req.query as Record<string, string>)?.done ?? ''];

const orgValues = (org: OrganizationProfile | undefined): OrganizationValues => ({
  name: org?.name ?? '',
  domain: org?.domain ?? '',
  about: org?.about ?? '',
});

export function registerEmployerPages(app: FastifyInstance, { careers }: CareersFeatureOptions): void {
  const csrf = { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection };

  app.get('/employer', async (req, reply) => {
    if (!req.user) return guestToLogin(req, reply);
    const notice = noticeOf(req);
    return employerHome(careers, reply, req.user, { errors: {}, ...(notice ? { notice } : {}) });
  });

  const formPage = (
    reply: FastifyReply,
    props: { values: JobFormValues; askOrganization: boolean; canPublish: boolean; jobId?: string },
    refusal?: AppError,
  ) =>
    sendPage(
      reply,
      { title: props.jobId ? 'Edit a job posting' : 'Post a job', noStore: true },
      h(JobFormPage, {
        ...props,
        csrf: reply.generateCsrf(),
        errors: refusal ? fieldErrorsOf(refusal) : {},
        ...(refusal ? { error: refusal.message } : {}),
      }),
      refusal?.status ?? 200,
    );

  app.get('/employer/jobs/new', async (req, reply) => {
    if (!req.user) return guestToLogin(req, reply);
    const org = await myOrganization(careers, req.user);
    return formPage(reply, { values: emptyJobForm(), askOrganization: !org, canPublish: true });
  });

  app.get<IdRoute>('/employer/jobs/:id/edit', async (req, reply) => {
    if (!req.user) return guestToLogin(req, reply);
    const job = await getJob(careers, req.params.id, req.user);
    // getJob shows a public posting to anyone: only its employer (and admins) get its moderation details
    if (!job.moderation) return reply.callNotFound();
    return formPage(reply, {
      values: jobFormOf(job),
      askOrganization: false,
      canPublish: job.status === 'draft',
      jobId: job.id,
    });
  });

  // new posting and edit: save, then publish when that button was pressed
  const saveRoute = (existing: boolean) =>
    formRoute<
      { user: User; values: JobFormValues; publish: boolean; id?: string; canPublish: boolean; ask: boolean },
      FormBody
    >({
      async read(req) {
        const user = requireUser(req);
        const values = readJobForm(req.body);
        const publish = formField(req.body, 'action') === 'publish';
        if (!existing) {
          const ask = !(await myOrganization(careers, user));
          return { user, values, publish, canPublish: true, ask };
        }
        const job = await getJob(careers, req.params.id, user);
        return { user, values, publish, id: job.id, canPublish: job.status === 'draft', ask: false };
      },
      async run({ user, values, publish, id }, _req, reply) {
        const input = jobInputOfForm(values);
        const saved = id ? await updateJob(careers, user, id, input) : await createJob(careers, user, input);
        if (!publish) return reply.redirect('/employer?done=saved', 303);
        const published = await publishJob(careers, user, saved.id);
        return reply.redirect(`/employer?done=${published.status === 'pending' ? 'pending' : 'published'}`, 303);
      },
      refused: ({ values, id, canPublish, ask }, refusal, _req, reply) =>
        formPage(reply, { values, askOrganization: ask, canPublish, ...(id ? { jobId: id } : {}) }, refusal),
    });

  app.post<FormBody>('/employer/jobs', csrf, saveRoute(false));
  app.post<FormBody>('/employer/jobs/:id', csrf, saveRoute(true));

  // the lifecycle's buttons: a refusal (a wrong state, a closing date passed) is shown on /employer
  const lifecycle = (action: string, done: string, call: (user: User, id: string) => Promise<{ status: string }>) =>
    app.post<IdRoute>(
      `/employer/jobs/:id/${action}`,
      csrf,
      formRoute<{ user: User; id: string }, IdRoute>({
        read: (req) => ({ user: requireUser(req), id: req.params.id }),
        async run({ user, id }, _req, reply) {
          const job = await call(user, id);
          return reply.redirect(
            `/employer?done=${action === 'publish' && job.status === 'pending' ? 'pending' : done}`,
            303,
          );
        },
        refused: ({ user }, refusal, _req, reply) =>
          employerHome(careers, reply, user, { errors: {}, error: refusal.message }, refusal.status),
      }),
    );
  lifecycle('publish', 'published', (user, id) => publishJob(careers, user, id));
  lifecycle('close', 'closed', (user, id) => closeJob(careers, user, id));
  lifecycle('renew', 'renewed', (user, id) => renewJob(careers, user, id));

  const applicantsPage = async (
    reply: FastifyReply,
    user: User,
    jobId: string,
    extra: { notice?: string; error?: string } = {},
    status = 200,
  ) => {
    const applications = await listApplications(careers, user, jobId);
    const job = await getJob(careers, jobId, user);
    return sendPage(
      reply,
      { title: `Applicants: ${job.title}`, noStore: true },
      h(ApplicantsPage, { job, applications, csrf: reply.generateCsrf(), ...extra }),
      status,
    );
  };

  app.get<IdRoute>('/employer/jobs/:id/applications', async (req, reply) => {
    if (!req.user) return guestToLogin(req, reply);
    const notice = noticeOf(req);
    return applicantsPage(reply, req.user, req.params.id, notice ? { notice } : {});
  });

  app.get<IdRoute>('/employer/jobs/:id/applications.csv', async (req, reply) => {
    const csv = await applicantsCsv(careers, requireUser(req), req.params.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="applicants.csv"')
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(csv);
  });

  const reviewRoute = (
    path: string,
    done: string,
    call: (user: User, id: string, body: FormBody['Body']) => Promise<{ jobId: string }>,
  ) =>
    app.post<FormBody>(
      `/employer/applications/:id/${path}`,
      csrf,
      formRoute<{ user: User; id: string; body: FormBody['Body'] }, FormBody>({
        read: (req) => ({ user: requireUser(req), id: req.params.id, body: req.body ?? {} }),
        async run({ user, id, body }, _req, reply) {
          const application = await call(user, id, body);
          return reply.redirect(`${jobsPath(application.jobId)}/applications?done=${done}`, 303);
        },
        refused: async ({ user, id }, refusal, _req, reply) => {
          if (refusal.code === 'CAREERS_NOT_FOUND') throw refusal;
          const { jobId } = await listApplicationJob(user, id);
          return applicantsPage(reply, user, jobId, { error: refusal.message }, refusal.status);
        },
      }),
    );
  const listApplicationJob = (user: User, id: string) => getApplication(careers, user, id);
  reviewRoute('status', 'status', (user, id, body) =>
    setApplicationStatus(careers, user, id, { status: formField(body, 'status') }),
  );
  reviewRoute('notes', 'note', async (user, id, body) => {
    await addApplicationNote(careers, user, id, { body: formField(body, 'body') });
    return listApplicationJob(user, id);
  });
}

interface HomeExtra {
  errors: FieldErrors;
  /** the domain verification form's address, kept after a refusal */
  address?: string;
  values?: OrganizationValues;
  error?: string;
  notice?: string;
}

/** /employer: my jobs and the organization form (with what was typed and its problems after a refusal) */
export async function employerHome(
  careers: CareersDeps,
  reply: FastifyReply,
  user: User,
  extra: HomeExtra,
  status = 200,
): Promise<FastifyReply> {
  const organization = await myOrganization(careers, user);
  const jobs = await listMyJobs(careers, user);
  return sendPage(
    reply,
    { title: 'My jobs', noStore: true },
    h(EmployerPage, {
      csrf: reply.generateCsrf(),
      organization,
      values: extra.values ?? orgValues(organization),
      ...(extra.address ? { address: extra.address } : {}),
      logoUrl: organization ? logoPath(organization) : undefined,
      jobs,
      errors: extra.errors,
      ...(extra.error ? { error: extra.error } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
    }),
    status,
  );
}

/** The organization form's POST (multipart: the logo), in the upload scope; `parent` is the pages' scope. */
export function registerLogoRoute(scope: FastifyInstance, { deps, careers }: CareersFeatureOptions): void {
  const store = uploadStore(deps);
  scope.post(
    '/employer/organization',
    uploadRouteOptions(LOGO_FORM),
    formRoute({
      async read(req, reply) {
        const user = requireUser(req);
        const form = await readUploadForm(req, reply, LOGO_FORM);
        const text = (name: string) => displayableText(form.fields[name] ?? '', { multiline: true });
        return { user, form, values: { name: text('name'), domain: text('domain'), about: text('about') } };
      },
      async run({ user, form }, _req, reply) {
        const current = await myOrganization(careers, user);
        const file = form.file && form.file.bytes.length > 0 ? form.file : undefined;
        await writeTransaction(deps.database.db, [], async (trx) => {
          const logo = file
            ? (
                await saveUpload(
                  { ...store, db: trx },
                  { kind: 'logo', field: 'logo', bytes: file.bytes, fileName: file.fileName, ownerId: user.id },
                )
              ).id
            : form.fields.removeLogo === 'true'
              ? undefined
              : (current?.logoUploadId ?? undefined);
          await saveOrganization({ ...careers, db: trx }, user, {
            name: form.fields.name,
            domain: form.fields.domain,
            about: form.fields.about,
            logoUploadId: logo,
          });
        });
        return reply.redirect('/employer?done=profile', 303);
      },
      refused: ({ user, values }, refusal, _req, reply) =>
        employerHome(
          careers,
          reply,
          user,
          { errors: fieldErrorsOf(refusal), values, error: refusal.message },
          refusal.status,
        ),
    }),
  );
}
