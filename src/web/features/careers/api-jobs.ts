// CareerCenter's API for postings: the search and a posting (anyone), an employer's own postings, their lifecycle and
// organization profile, and an admin's moderation. Each route parses, calls one domain function with the signed-in
// user and answers its result: the domain decides who may do what (another employer's posting is 404, never 403).
import { Type } from 'typebox';
import {
  approveJob,
  closeJob,
  createJob,
  getJob,
  type JobInput,
  listMyJobs,
  moderationQueue,
  myOrganization,
  type OrganizationInput,
  publishJob,
  renewJob,
  saveOrganization,
  searchJobs,
  unpublishJob,
  updateJob,
} from '../../../careers/index.js';
import { AppError } from '../../../shared/index.js';
import { CAREERS_JSON_BODY_LIMIT } from '../../body-limits.js';
import type { CareersRoute } from './api-route.js';
import {
  ID_PARAMS,
  JOB_BODY,
  JOB_DOCUMENT,
  JOB_REQUIRED,
  JOB_SEARCH_ANSWER,
  JOB_SEARCH_QUERY,
  ORGANIZATION_BODY,
  ORGANIZATION_PROFILE,
  REASON_BODY,
  RENEW_BODY,
} from './api-schemas.js';

const idOf = (req: { params: unknown }) => (req.params as { id: string }).id;
const bodyOf = <T>(req: { body: unknown }) => (req.body ?? {}) as T;

const JOB_ANSWER = {
  description: 'The Job document (as its employer sees it: with `moderation`)',
  schema: JOB_DOCUMENT,
};
/** a posting the caller may not manage, another employer's included, is not found: ids reveal nothing */
const MANAGED_JOB_ERRORS = ['CAREERS_NOT_FOUND', 'CAREERS_WRONG_STATE', 'CAREERS_INVALID', 'BAD_INPUT'] as const;

const lifecycle = (
  operationId: string,
  action: string,
  summary: string,
  run: typeof publishJob,
  access: 'employer' | 'admin' = 'employer',
): CareersRoute => ({
  method: 'POST',
  url: `/${access}/jobs/:id/${action}`,
  operationId,
  summary,
  access,
  params: ID_PARAMS,
  bodyLimit: CAREERS_JSON_BODY_LIMIT,
  answer: JOB_ANSWER,
  errors: MANAGED_JOB_ERRORS,
  handler: ({ careers, user, req }) => run(careers, user, idOf(req)),
});

export const JOB_ROUTES: readonly CareersRoute[] = [
  {
    method: 'GET',
    url: '/jobs',
    operationId: 'searchJobs',
    summary: 'Search published postings with filters; every filter value counted (facets)',
    description:
      'An unknown filter value is 400 CAREERS_BAD_FILTER naming the filter and its allowed values. A repeated parameter counts once.',
    access: 'public',
    query: JOB_SEARCH_QUERY,
    answer: { description: '{total, page, pageSize, jobs[], facets, filters}', schema: JOB_SEARCH_ANSWER },
    errors: ['CAREERS_BAD_FILTER'],
    handler: ({ careers, req }) => searchJobs(careers, req.query as Record<string, unknown>),
  },
  {
    method: 'GET',
    url: '/jobs/:id',
    operationId: 'getJob',
    summary: 'A posting: published, closed or expired ones for anyone; any state for its employer and admins',
    access: 'public',
    params: ID_PARAMS,
    answer: { description: 'The Job document', schema: JOB_DOCUMENT },
    errors: ['CAREERS_NOT_FOUND'],
    handler: ({ careers, user, req }) => getJob(careers, idOf(req), user),
  },
  {
    method: 'GET',
    url: '/employer/jobs',
    operationId: 'listMyJobs',
    summary: "The employer's own postings, newest first, each with its applications counted by status",
    access: 'employer',
    answer: {
      description: 'Job documents with applicationCounts',
      schema: Type.Array(
        Type.Object({ ...JOB_DOCUMENT.properties, applicationCounts: Type.Record(Type.String(), Type.Integer()) }),
      ),
    },
    errors: [],
    handler: ({ careers, user }) => listMyJobs(careers, user),
  },
  {
    method: 'POST',
    url: '/employer/jobs',
    operationId: 'createJob',
    summary: 'A new posting, saved as a draft (publish it next)',
    description:
      'Every problem is named at once in CAREERS_INVALID (pay range required, min ≤ max and plausible, entry level at most 12 months, closing date ahead and within 90 days, no fees asked of applicants, no script).',
    access: 'employer',
    body: { type: 'json', schema: JOB_BODY, required: JOB_REQUIRED },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: { status: 201, ...JOB_ANSWER },
    errors: ['CAREERS_INVALID', 'BAD_INPUT'],
    handler: ({ careers, user, req }) => createJob(careers, user, bodyOf<JobInput>(req)),
  },
  {
    method: 'PATCH',
    url: '/employer/jobs/:id',
    operationId: 'updateJob',
    summary: 'Changes some fields of a draft, pending or published posting; the whole posting is checked again',
    access: 'employer',
    params: ID_PARAMS,
    body: { type: 'json', schema: JOB_BODY },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: JOB_ANSWER,
    errors: MANAGED_JOB_ERRORS,
    handler: ({ careers, user, req }) => updateJob(careers, user, idOf(req), bodyOf<JobInput>(req)),
  },
  lifecycle(
    'publishJob',
    'publish',
    'Publishes a draft: public at once, or pending an admin for a new employer',
    publishJob,
  ),
  lifecycle('closeJob', 'close', 'Closes a posting: it takes no more applications', closeJob),
  {
    method: 'POST',
    url: '/employer/jobs/:id/renew',
    operationId: 'renewJob',
    summary: 'Renews a published or expired posting: a new closing date (default 60 days from today)',
    access: 'employer',
    params: ID_PARAMS,
    body: { type: 'json', schema: RENEW_BODY },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: JOB_ANSWER,
    errors: MANAGED_JOB_ERRORS,
    handler: ({ careers, user, req }) => renewJob(careers, user, idOf(req), bodyOf<{ closingDate?: unknown }>(req)),
  },
  {
    method: 'GET',
    url: '/employer/organization',
    operationId: 'myOrganization',
    summary: "The employer's organization profile",
    description: '`domainVerified` says whether a mailbox at its domain was confirmed (verified from /employer).',
    access: 'employer',
    answer: { description: 'The profile', schema: ORGANIZATION_PROFILE },
    errors: ['CAREERS_NOT_FOUND'],
    handler: async ({ careers, user }) => {
      const mine = await myOrganization(careers, user);
      if (!mine) throw new AppError('CAREERS_NOT_FOUND', { what: 'organization', id: 'of this account' });
      return mine;
    },
  },
  {
    method: 'PUT',
    url: '/employer/organization',
    operationId: 'saveOrganization',
    summary: "Creates or replaces the employer's organization profile (name, domain, about)",
    description:
      'The logo is kept: it is uploaded on the profile page (PNG or JPEG, checked by content). A changed domain is not verified (`domainVerified` false) until a mailbox at it is confirmed again.',
    access: 'employer',
    body: { type: 'json', schema: ORGANIZATION_BODY, required: ['name'] },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: { description: 'The profile', schema: ORGANIZATION_PROFILE },
    errors: ['CAREERS_INVALID', 'BAD_INPUT'],
    handler: async ({ careers, user, req }) => {
      const current = await myOrganization(careers, user);
      const input = bodyOf<OrganizationInput>(req);
      return saveOrganization(careers, user, { ...input, logoUploadId: current?.logoUploadId ?? undefined });
    },
  },
  {
    method: 'GET',
    url: '/admin/jobs/pending',
    operationId: 'moderationQueue',
    summary: 'Postings waiting for approval, oldest first',
    access: 'admin',
    answer: { description: 'Job documents', schema: Type.Array(JOB_DOCUMENT) },
    errors: [],
    handler: ({ careers, user }) => moderationQueue(careers, user),
  },
  lifecycle(
    'approveJob',
    'approve',
    'Approves a pending posting: it is published and its employer mailed',
    approveJob,
    'admin',
  ),
  {
    method: 'POST',
    url: '/admin/jobs/:id/unpublish',
    operationId: 'unpublishJob',
    summary:
      'Takes a posting down with a reason, mailed to its employer: a draft again, whose publishing waits for an admin',
    access: 'admin',
    params: ID_PARAMS,
    body: { type: 'json', schema: REASON_BODY, required: ['reason'] },
    bodyLimit: CAREERS_JSON_BODY_LIMIT,
    answer: JOB_ANSWER,
    errors: MANAGED_JOB_ERRORS,
    handler: ({ careers, user, req }) => unpublishJob(careers, user, idOf(req), bodyOf<{ reason?: unknown }>(req)),
  },
];
