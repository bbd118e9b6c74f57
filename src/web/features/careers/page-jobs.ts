// The coder's side of CareerCenter: /jobs (search), /jobs/{id} (the posting, its JSON-LD, the apply form), applying
// on CodeDesk (a multipart upload: the résumé stored and the application made in ONE transaction, so a refused
// application leaves no record of the file), /jobs/applications (mine, with withdraw), and the files: an
// application's résumé (its applicant, the posting's employer and admins; anyone else 404) and an organization's
// logo (public, shown inline).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  type ApplicationView,
  applyToJob,
  getApplication,
  getJob,
  getOrganization,
  type JobDocument,
  type JobSearchInput,
  LIMITS,
  listMyApplications,
  type OrganizationProfile,
  renderJobMarkdown,
  SAVED_FILTER_NAMES,
  searchJobs,
  withdrawApplication,
} from '../../../careers/index.js';
import { writeTransaction } from '../../../db/index.js';
import { AppError, displayableText, isAppError } from '../../../shared/index.js';
import { openUpload, saveUpload } from '../../../storage/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import { formRoute } from '../../form-route.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import { sendUpload } from '../../upload-reply.js';
import { readUploadForm, type UploadFormSpec, uploadRouteOptions, uploadStore } from '../../uploads.js';
import { jobPostingJsonLd, jsonLdScriptText } from './jsonld.js';
import type { CareersFeatureOptions } from './options.js';
import { fieldErrorsOf } from './page-refusals.js';
import { AppliedPage, ApplyPage, type ApplyValues, MyApplicationsPage } from './view-apply.js';
import { JobPage } from './view-job.js';
import { JobSearchPage } from './view-search.js';

type IdRoute = { Params: { id: string } };

/** UTF-8 can take 4 bytes a character: the byte limits of the upload form from the domain's character limits */
const bytesFor = (chars: number) => chars * 4;

export const APPLY_FORM: UploadFormSpec = {
  file: { field: 'resume', kind: 'resume' },
  fields: { coverNote: bytesFor(LIMITS.coverNote), 'answer.*': bytesFor(LIMITS.answer) },
  maxFields: LIMITS.screeningQuestions + 1,
};

// the saved-search filters (one list in the domain) and what only a page view adds: recency, order and paging
const SEARCH_KEYS = [...SAVED_FILTER_NAMES, 'postedWithinDays', 'sort', 'page', 'pageSize'] as const;

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;
export const logoPath = (org: OrganizationProfile) =>
  org.logoUploadId ? `/jobs/organizations/${encodeURIComponent(org.id)}/logo` : undefined;

export function registerJobPages(app: FastifyInstance, { deps, careers }: CareersFeatureOptions): void {
  const store = uploadStore(deps);

  app.get<{ Querystring: Record<string, string | string[] | undefined> }>('/jobs', async (req, reply) => {
    const input: JobSearchInput = {};
    for (const key of SEARCH_KEYS) if (req.query[key] !== undefined) input[key] = req.query[key];
    // an unknown value is CAREERS_BAD_FILTER: the error page, 400, naming the filter and its allowed values
    const result = await searchJobs(careers, input);
    return sendPage(
      reply,
      {
        title: result.filters.q ? `Jobs: ${result.filters.q}` : 'Medical coding jobs',
        description: 'Medical coding jobs with their pay range, filtered by credential, setting and remote state.',
        canonical: '/jobs',
        noStore: true,
      },
      h(JobSearchPage, {
        result,
        signedIn: req.user !== undefined,
        csrf: req.user ? reply.generateCsrf() : undefined,
      }),
    );
  });

  const organizationOf = async (job: JobDocument) => {
    try {
      return await getOrganization(careers, job.organizationId);
    } catch (e) {
      if (isAppError(e) && e.code === 'CAREERS_NOT_FOUND') return undefined;
      throw e;
    }
  };

  const jobPage = async (req: FastifyRequest, reply: FastifyReply, job: JobDocument) => {
    const organization = await organizationOf(job);
    const logo = organization ? logoPath(organization) : undefined;
    const site = deps.config.publicUrl.replace(/\/+$/, '');
    const jsonLd =
      job.status === 'published'
        ? jsonLdScriptText(
            jobPostingJsonLd(job, {
              siteUrl: site,
              descriptionHtml: renderJobMarkdown(job.description),
              ...(logo ? { logoUrl: `${site}${logo}` } : {}),
            }),
          )
        : undefined;
    const isAdmin = req.user?.role === 'admin';
    // an admin sees every posting as its owner does, but is not its employer
    const viewer = job.moderation && !isAdmin ? 'owner' : req.user ? 'member' : 'guest';
    return sendPage(
      reply,
      {
        title: `${job.title} · ${job.organization}`,
        description: `${job.title} at ${job.organization}`.slice(0, 160),
        canonical: jobPath(job.id),
        noStore: true,
      },
      h(JobPage, {
        job,
        organization,
        logoUrl: logo,
        jsonLd,
        viewer,
        isAdmin,
        csrf: reply.generateCsrf(),
      }),
    );
  };

  app.get<IdRoute>('/jobs/:id', async (req, reply) =>
    jobPage(req, reply, await getJob(careers, req.params.id, req.user)),
  );

  // a guest is sent to log in and back
  app.get<IdRoute>('/jobs/:id/apply', async (req, reply) => {
    if (!req.user) return reply.redirect(`/login?next=${encodeURIComponent(`${jobPath(req.params.id)}/apply`)}`, 303);
    const job = await getJob(careers, req.params.id, req.user);
    // a posting that takes no applications here says how to apply on its own page
    if (job.applicationMethod !== 'codedesk' || job.status !== 'published') return reply.redirect(jobPath(job.id), 303);
    return sendPage(
      reply,
      { title: `Apply: ${job.title}`, noStore: true },
      h(ApplyPage, { job, csrf: reply.generateCsrf(), values: { coverNote: '', answers: [] }, errors: {} }),
    );
  });

  app.get('/jobs/applications', async (req, reply) => {
    if (!req.user) return reply.redirect('/login?next=/jobs/applications', 303);
    const query = req.query as Record<string, string | undefined>;
    return myApplications(
      reply,
      await listMyApplications(careers, req.user),
      query.withdrawn ? 'Withdrawn.' : undefined,
    );
  });

  const myApplications = (reply: FastifyReply, applications: ApplicationView[], notice?: string) =>
    sendPage(
      reply,
      { title: 'My applications', noStore: true },
      h(MyApplicationsPage, { applications, csrf: reply.generateCsrf(), ...(notice ? { notice } : {}) }),
    );

  app.get<IdRoute>('/jobs/applications/:id', async (req, reply) => {
    if (!req.user) return reply.redirect(`/login?next=${encodeURIComponent(req.url.slice(0, 300))}`, 303);
    const application = await getApplication(careers, req.user, req.params.id);
    return sendPage(
      reply,
      { title: `Application: ${application.jobTitle}`, noStore: true },
      h(AppliedPage, { application }),
    );
  });

  app.post<IdRoute>(
    '/jobs/applications/:id/withdraw',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    async (req, reply) => {
      await withdrawApplication(careers, requireUser(req), req.params.id);
      return reply.redirect('/jobs/applications?withdrawn=1', 303);
    },
  );

  app.get<IdRoute>('/jobs/applications/:id/resume', async (req, reply) => {
    // a guest logs in first (as for any page of an account; the answer is the same for every id);
    // getApplication answers CAREERS_NOT_FOUND to anyone but the applicant, the posting's employer and admins
    if (!req.user) return reply.redirect(`/login?next=${encodeURIComponent(req.url.slice(0, 300))}`, 303);
    const application = await getApplication(careers, req.user, req.params.id);
    return sendUpload(reply, await openUpload(store, application.resumeUploadId));
  });

  app.get<IdRoute>('/jobs/organizations/:id/logo', async (req, reply) => {
    const organization = await getOrganization(careers, req.params.id);
    if (!organization.logoUploadId) throw new AppError('CAREERS_NOT_FOUND', { what: 'organization', id: 'logo' });
    return sendUpload(reply, await openUpload(store, organization.logoUploadId), { inline: true });
  });
}

/** The apply form's POST, in the upload scope (registerUploadRoutes). */
export function registerApplyRoute(scope: FastifyInstance, options: CareersFeatureOptions): void {
  const { deps, careers } = options;
  const store = uploadStore(deps);
  scope.post<IdRoute>(
    '/jobs/:id/apply',
    uploadRouteOptions(APPLY_FORM),
    formRoute({
      async read(req: FastifyRequest<IdRoute>, reply) {
        const user = requireUser(req);
        const job = await getJob(careers, req.params.id, user);
        const form = await readUploadForm(req, reply, APPLY_FORM);
        const text = (name: string) => displayableText(form.fields[name] ?? '', { multiline: true });
        const values: ApplyValues = {
          coverNote: text('coverNote'),
          answers: job.screeningQuestions.map((_, i) => text(`answer.${i}`)),
        };
        return { user, job, form, values };
      },
      async run({ user, job, form }, _req, reply) {
        const file = form.file;
        if (!file || file.bytes.length === 0)
          throw new AppError('CAREERS_INVALID', {
            what: 'The application cannot be sent',
            problems: [{ field: 'resume', why: 'choose your résumé: a PDF or Word (.docx) file' }],
          });
        // the file's record and the application commit together; a refusal rolls both back (the file left on disk
        // without a record is removed by the housekeeping's sweepUploads)
        const application = await writeTransaction(deps.database.db, [], async (trx) => {
          const record = await saveUpload(
            { ...store, db: trx },
            { kind: 'resume', field: 'resume', bytes: file.bytes, fileName: file.fileName, ownerId: user.id },
          );
          return applyToJob({ ...careers, db: trx }, user, job.id, {
            resumeUploadId: record.id,
            coverNote: form.fields.coverNote ?? '',
            answers: job.screeningQuestions.map((_, i) => form.fields[`answer.${i}`] ?? ''),
          });
        });
        return reply.redirect(`/jobs/applications/${encodeURIComponent(application.id)}`, 303);
      },
      // the form again: what was typed kept, the message, each problem beside its field (the file to choose again)
      refused: ({ job, values }, refusal, _req, reply) =>
        sendPage(
          reply,
          { title: `Apply: ${job.title}`, noStore: true },
          h(ApplyPage, {
            job,
            csrf: reply.generateCsrf(),
            values,
            errors: fieldErrorsOf(refusal),
            error: refusal.message,
          }),
          refusal.status,
        ),
    }),
  );
}
