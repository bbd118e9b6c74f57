// CareerCenter's job alerts: saved searches and the unsubscribe link of their daily digest (careers/saved-searches.ts,
// search-digest.ts). Pages: POST /jobs/alerts saves the /jobs filters posted with it (CSRF), GET /jobs/alerts lists
// the signed-in user's searches with delete buttons (POST /jobs/alerts/:id/delete, CSRF), GET /jobs/alerts/unsubscribe
// ?token=… confirms and POST removes — without a session: the signed token is the authority, and a mail program's
// RFC 8058 one-click POST (body "List-Unsubscribe=One-Click") to the same URL does the same. API, in a JSON-only
// scope (a cross-site form cannot send application/json, so no CSRF token): GET/POST /api/v1/me/saved-searches and
// DELETE /api/v1/me/saved-searches/:id, by session or API key. Someone else's search is 404, as the domain answers.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { appSecret } from '../../../accounts/index.js';
import {
  ALERT_PATHS,
  deleteSavedSearch,
  type JobSearchInput,
  listSavedSearches,
  previewUnsubscribe,
  SAVED_FILTER_NAMES,
  type SavedFilters,
  savedSearchPath,
  saveSearch,
  unsubscribe,
} from '../../../careers/index.js';
import { AppError, displayableText } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import { formField, formRoute } from '../../form-route.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import { API_PREFIX } from '../api/api-operations.js';
import type { CareersFeatureOptions } from './options.js';
import { AlertsPage, type AlertsPageProps, UnsubscribePage } from './view-alerts.js';

/** an unsubscribe POST: the one-click body, or the confirmation form's empty one */
const UNSUBSCRIBE_BODY_LIMIT = 4 * 1024;
/** POST /api/v1/me/saved-searches: a name and a dozen short filter values */
const SAVED_SEARCH_JSON_BODY_LIMIT = 16 * 1024;

function filtersFromForm(body: unknown): SavedFilters {
  const out: Record<string, string> = {};
  for (const k of SAVED_FILTER_NAMES) {
    const v = formField(body, k);
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out as SavedFilters;
}

const NOTICES: Record<string, string> = {
  saved: 'Your search is saved. New matching jobs will be mailed to you once a day.',
  deleted: 'The saved search is deleted; its mails stop.',
};

export const careersAlerts: FastifyPluginAsync<CareersFeatureOptions> = async (app, { deps, careers }) => {
  const secret = await appSecret(deps.database.db, deps.config.sessionSecret);
  const meta = (title: string) => ({ title, noStore: true });
  const form = { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection };

  const alertsPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<AlertsPageProps, 'csrf' | 'searches'> = {},
    status = 200,
  ) => {
    const searches = await listSavedSearches(careers, requireUser(req));
    const page = h(AlertsPage, { csrf: reply.generateCsrf(), searches, ...extra });
    return sendPage(reply, meta('Saved job searches'), page, status);
  };

  app.get<{ Querystring: Record<string, string | undefined> }>(ALERT_PATHS.alerts, async (req, reply) => {
    if (!req.user) return reply.redirect(`/login?next=${encodeURIComponent(ALERT_PATHS.alerts)}`, 303);
    const notice = NOTICES[req.query.saved === '1' ? 'saved' : req.query.deleted === '1' ? 'deleted' : ''];
    return alertsPage(req, reply, notice ? { notice } : {});
  });

  app.post(
    ALERT_PATHS.alerts,
    form,
    formRoute({
      read: (req) => {
        requireUser(req);
        return { name: formField(req.body, 'name'), filters: filtersFromForm(req.body) };
      },
      async run({ name, filters }, req, reply) {
        await saveSearch(careers, req.user, { name, filters: filters as JobSearchInput });
        return reply.redirect(`${ALERT_PATHS.alerts}?saved=1`, 303);
      },
      refused({ name, filters }, refusal, req, reply) {
        const retry = { filters, ...(name ? { name: displayableText(name) } : {}) };
        return alertsPage(req, reply, { error: refusal.message, retry }, refusal.status);
      },
    }),
  );

  app.post<{ Params: { id: string } }>(`${ALERT_PATHS.alerts}/:id/delete`, form, async (req, reply) => {
    await deleteSavedSearch(careers, requireUser(req), req.params.id);
    return reply.redirect(`${ALERT_PATHS.alerts}?deleted=1`, 303);
  });

  const tokenOf = (req: FastifyRequest): string => {
    const token = (req.query as Record<string, unknown>).token;
    if (typeof token !== 'string' || token === '') throw new AppError('CAREERS_UNSUBSCRIBE_INVALID', {});
    return token;
  };

  app.get('/jobs/alerts/unsubscribe', async (req, reply) => {
    const token = tokenOf(req);
    const preview = await previewUnsubscribe(careers, secret, token);
    const page = h(UnsubscribePage, { token, names: preview.names, all: preview.target.kind === 'all', done: false });
    reply.header('referrer-policy', 'no-referrer');
    return sendPage(reply, meta('Stop job alert mails'), page);
  });

  await app.register(async (scope) => {
    // the token is in the URL; the body — the one-click "List-Unsubscribe=One-Click", urlencoded or multipart
    // (RFC 8058), or the confirmation form's empty one — says nothing more, so it is not parsed
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    scope.post('/jobs/alerts/unsubscribe', { bodyLimit: UNSUBSCRIBE_BODY_LIMIT }, async (req, reply) => {
      const token = tokenOf(req);
      const removed = await unsubscribe(careers, secret, token);
      const page = h(UnsubscribePage, { token, names: removed, all: false, done: true });
      reply.header('referrer-policy', 'no-referrer');
      return sendPage(reply, meta('Unsubscribed'), page);
    });
  });

  await app.register(
    async (api) => {
      api.removeAllContentTypeParsers();
      api.addContentTypeParser('application/json', { parseAs: 'string' }, api.getDefaultJsonParser('error', 'error'));
      api.addContentTypeParser('*', (_req, _payload, done) =>
        done(
          new AppError('BAD_INPUT', {
            why: 'Send the saved search as JSON ({"name", "filters"}) with the header Content-Type: application/json',
          }),
          undefined,
        ),
      );
      const json = (s: Awaited<ReturnType<typeof saveSearch>>) => ({
        id: s.id,
        name: s.name,
        filters: s.filters,
        url: `${careers.publicUrl}${savedSearchPath(s.filters)}`,
        createdAt: s.createdAt,
      });
      api.get('/me/saved-searches', async (req) => ({
        savedSearches: (await listSavedSearches(careers, req.user)).map(json),
      }));
      api.post('/me/saved-searches', { bodyLimit: SAVED_SEARCH_JSON_BODY_LIMIT }, async (req, reply) => {
        const body = req.body as Record<string, unknown> | undefined;
        if (!body || typeof body !== 'object' || Array.isArray(body))
          throw new AppError('BAD_INPUT', {
            why: 'Send a JSON object: {"name": "…", "filters": {"credential": "CPC"}}',
          });
        const filters = body.filters ?? {};
        if (typeof filters !== 'object' || filters === null || Array.isArray(filters))
          throw new AppError('BAD_INPUT', { why: 'filters: must be an object of the /api/v1/jobs filters' });
        const saved = await saveSearch(careers, req.user, { name: body.name, filters: filters as JobSearchInput });
        return reply.code(201).send(json(saved));
      });
      api.delete<{ Params: { id: string } }>('/me/saved-searches/:id', async (req, reply) => {
        await deleteSavedSearch(careers, req.user, req.params.id);
        return reply.code(204).send();
      });
    },
    { prefix: API_PREFIX },
  );
};
