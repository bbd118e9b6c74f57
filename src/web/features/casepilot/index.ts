// CasePilot on the web: /casepilot (the question form; answers as a plain form post, so it works without
// JavaScript), /casepilot/c/:id (a signed-in user's conversation, reopened) and its delete, and
// POST /api/v1/casepilot/ask/stream (the answer as server-sent events, part by part). POST /api/v1/casepilot/ask
// is an operation route of the API feature (api-operations.ts, ASK_API). Every answered question counts against the
// daily allowance (ask-allowance.ts); reading the page counts nothing.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  type AskAnswer,
  type AssistantContext,
  askAndRephrase,
  askOperation,
  deleteConversation,
  listConversations,
  openConversation,
  recordExchange,
} from '../../../assistant/index.js';
import { checkInput } from '../../../operations/index.js';
import { AppError } from '../../../shared/index.js';
import { ASK_JSON_BODY_LIMIT, PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import type { FeatureOptions, FullDeps } from '../../deps.js';
import { formField, formRoute } from '../../form-route.js';
import { sendPage } from '../../render.js';
import { API_PREFIX, ASK_API } from '../api/api-operations.js';
import { registerOperationRoute } from '../api/operation-route.js';
import { countAskRequest, questionsExhausted } from './ask-allowance.js';
import { type AllowanceView, CasePilotPage, type CasePilotPageProps } from './casepilot-page.js';

export function assistantContext(deps: FullDeps): AssistantContext {
  return {
    catalog: deps.catalog,
    search: deps.search,
    suggestions: deps.suggestions,
    now: deps.now,
    guidance: deps.guidance,
    ...(deps.config.assistantModel ? { model: deps.config.assistantModel } : {}),
  };
}

interface AskForm {
  question: string;
  conversationId?: string;
}

export const casepilotFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  const ctx = assistantContext(deps);

  const page = async (
    req: FastifyRequest,
    reply: FastifyReply,
    props: Omit<CasePilotPageProps, 'csrf' | 'signedIn' | 'conversations'>,
    status = 200,
  ) => {
    const user = req.user;
    const conversations = user ? await listConversations(deps.database.db, user.id) : undefined;
    const last = props.exchanges[props.exchanges.length - 1];
    return sendPage(
      reply,
      {
        title: last ? `CasePilot: ${last.question.slice(0, 70)}` : 'CasePilot',
        canonical: '/casepilot',
        description: 'Ask a coding question; get an answer from the official data with its sources.',
        noStore: true,
      },
      h(CasePilotPage, {
        ...props,
        csrf: reply.generateCsrf(),
        signedIn: Boolean(user),
        ...(conversations ? { conversations } : {}),
      }),
      status,
    );
  };

  app.get<{ Querystring: { q?: string } }>('/casepilot', async (req, reply) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 20_000) : '';
    return page(req, reply, { question: q, exchanges: [] });
  });

  app.post(
    '/casepilot',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    formRoute<AskForm>({
      read(req) {
        const question = formField(req.body, 'q') ?? '';
        const c = formField(req.body, 'c');
        return c ? { question, conversationId: c } : { question };
      },
      async run(input, req, reply) {
        const checked = checkInput(askOperation, { question: input.question });
        const allowance = await countAskRequest(req, reply, deps);
        if (!allowance.allowed) throw questionsExhausted(allowance);
        const answer = await askAndRephrase(ctx, checked.question);
        const user = req.user;
        const left: AllowanceView =
          allowance.remaining !== undefined ? { left: allowance.remaining, limit: allowance.limit ?? 0 } : undefined;
        if (!user)
          return page(req, reply, {
            question: '',
            exchanges: [{ question: checked.question, answer }],
            allowance: left,
          });
        const id = await recordExchange(
          deps.database.db,
          user.id,
          input.conversationId,
          checked.question,
          answer,
          deps.now(),
        );
        const conversation = await openConversation(deps.database.db, user.id, id);
        return page(req, reply, {
          question: '',
          exchanges: conversation.messages,
          conversationId: id,
          allowance: left,
        });
      },
      async refused(input, refusal, req, reply) {
        const exhausted = refusal.code === 'ASSISTANT_QUESTIONS_EXHAUSTED';
        return page(
          req,
          reply,
          {
            question: input.question,
            exchanges: [],
            ...(input.conversationId ? { conversationId: input.conversationId } : {}),
            ...(exhausted ? { allowance: { refused: refusal.message } } : { error: refusal.message }),
          },
          refusal.status,
        );
      },
    }),
  );

  app.get<{ Params: { id: string } }>('/casepilot/c/:id', async (req, reply) => {
    if (!req.user) throw new AppError('AUTH_REQUIRED', {});
    const c = await openConversation(deps.database.db, req.user.id, req.params.id);
    return page(req, reply, { question: '', exchanges: c.messages, conversationId: c.id });
  });

  app.post<{ Params: { id: string } }>(
    '/casepilot/c/:id/delete',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    async (req, reply) => {
      if (!req.user) throw new AppError('AUTH_REQUIRED', {});
      await deleteConversation(deps.database.db, req.user.id, req.params.id);
      return reply.redirect('/casepilot', 303);
    },
  );

  await app.register(
    async (api) => {
      // JSON bodies only: a cross-site form cannot send application/json, so these routes need no CSRF token
      api.removeAllContentTypeParsers();
      api.addContentTypeParser('application/json', { parseAs: 'string' }, api.getDefaultJsonParser('error', 'error'));
      api.addContentTypeParser('*', (_req, _payload, done) =>
        done(
          new AppError('BAD_INPUT', {
            why: 'Send the question as JSON with the header Content-Type: application/json',
          }),
          undefined,
        ),
      );
      registerOperationRoute(api, ASK_API, deps);
      // The answer as server-sent events: one "block" event per part (the answer, the facts, the notes, the sources),
      // then "done" with the whole answer object (and, for a signed-in user, the conversation it was recorded in:
      // the body's "conversation" names one to continue). The /casepilot page's script reads it; a model rephrasing
      // step, when configured, answers through the same events.
      api.post('/casepilot/ask/stream', { bodyLimit: ASK_JSON_BODY_LIMIT }, async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const { conversation, ...fields } = body;
        if (conversation !== undefined && (typeof conversation !== 'string' || conversation.length > 100))
          throw new AppError('BAD_INPUT', { why: '"conversation" must be the id of one of your conversations' });
        const input = checkInput(askOperation, fields);
        const allowance = await countAskRequest(req, reply, deps);
        if (!allowance.allowed) throw questionsExhausted(allowance);
        const answer: AskAnswer = await askAndRephrase(ctx, input.question, input.date ? { date: input.date } : {});
        const recorded = req.user
          ? await recordExchange(deps.database.db, req.user.id, conversation, input.question, answer, deps.now())
          : undefined;
        const events = answer.answer
          .split('\n\n')
          .map((block) => `event: block\ndata: ${JSON.stringify({ markdown: block })}\n\n`)
          .concat(
            `event: done\ndata: ${JSON.stringify(recorded ? { ...answer, conversation: recorded } : answer)}\n\n`,
          );
        return reply.header('cache-control', 'no-store').type('text/event-stream; charset=utf-8').send(events.join(''));
      });
    },
    { prefix: API_PREFIX },
  );
};
