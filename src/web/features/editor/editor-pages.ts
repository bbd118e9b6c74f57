// Editorial routes under /editor (editor role, or admin: the editor feature's requireRole hook): the dashboard, a
// code's texts with history, save, revert, and the drafts waiting for review (publish, discard).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { describeCode, isCodeSystem, lookupCode, unknownSystemError } from '../../../catalog/index.js';
import {
  currentTexts,
  discardDraft,
  draftsFor,
  EDITORIAL_FIELDS,
  type EditorialField,
  editedCodes,
  isEditorialField,
  publishDraft,
  revertTo,
  revisionHistory,
  saveRevision,
  waitingDrafts,
} from '../../../editorial/index.js';
import { AppError, displayableText } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import type { FullDeps } from '../../deps.js';
import { formField, formRefusal, formRoute } from '../../form-route.js';
import { checkedCode } from '../../params.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import { EditorCodePage, EditorHome, type FieldState } from './editor-views.js';

export function registerEditorRoutes(app: FastifyInstance, deps: FullDeps): void {
  const db = deps.database.db;

  /** the code as the catalog prints it (unknown codes cannot be edited) */
  const codeOf = (system: string, code: string) => {
    if (!isCodeSystem(system)) throw unknownSystemError(system);
    return lookupCode(deps.catalog, { system, code: checkedCode(code) });
  };

  /** each field's current text and history; undefined when the database cannot give them */
  const loadFields = async (system: string, code: string): Promise<FieldState[]> => {
    const current = await currentTexts(db, system, code);
    const drafts = await draftsFor(db, system, code);
    const fields: FieldState[] = [];
    for (const field of EDITORIAL_FIELDS)
      fields.push({
        field,
        current: current[field],
        waiting: drafts[field],
        history: await revisionHistory(db, system, code, field, { limit: 50 }),
      });
    return fields;
  };

  const editPage = async (
    reply: FastifyReply,
    system: string,
    code: string,
    refused?: { field: EditorialField; draft: string; error: string; status: number },
  ) => {
    const lookup = codeOf(system, code);
    let fields: FieldState[];
    try {
      fields = await loadFields(system, lookup.code);
    } catch (e) {
      // a refused save is shown again even when the database cannot be read: the typed text matters more
      // than the history
      if (!refused) throw e;
      reply.request.log.error({ err: e }, 'editor: texts and history not readable');
      fields = EDITORIAL_FIELDS.map((field) => ({ field, current: undefined, history: [] }));
    }
    for (const state of fields)
      if (refused?.field === state.field) Object.assign(state, { draft: refused.draft, error: refused.error });
    return sendPage(
      reply,
      { title: `Edit ${lookup.code}`, noStore: true },
      h(EditorCodePage, {
        system,
        code: lookup.code,
        title: lookup.title,
        generated: describeCode(lookup),
        fields,
        csrf: reply.generateCsrf(),
      }),
      refused?.status ?? 200,
    );
  };

  // '' is /editor itself, without the /editor/ that '/' would add
  app.get('', async (_req, reply) => {
    const [edited, waiting] = [await editedCodes(db, 50), await waitingDrafts(db, 100)];
    return sendPage(reply, { title: 'Editorial', noStore: true }, h(EditorHome, { edited, waiting }));
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/open', async (req, reply) => {
    const lookup = codeOf(req.query.system ?? '', req.query.code ?? '');
    return reply.redirect(`/editor/codes/${lookup.system}/${encodeURIComponent(lookup.code)}`, 303);
  });

  app.get<{ Params: { system: string; code: string } }>('/codes/:system/:code', async (req, reply) => {
    return editPage(reply, req.params.system, req.params.code);
  });

  type SaveRoute = { Params: { system: string; code: string } };
  app.post<SaveRoute>(
    '/codes/:system/:code',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    formRoute({
      read: (req: FastifyRequest<SaveRoute>) => {
        const lookup = codeOf(req.params.system, req.params.code);
        const field = formField(req.body, 'field');
        if (!isEditorialField(field)) throw new AppError('BAD_INPUT', { why: 'field must be description or tip' });
        // a missing text is an empty one (the text withdrawn); a repeated field is not one text
        const body = (req.body as Record<string, unknown> | undefined)?.body ?? '';
        if (typeof body !== 'string') throw new AppError('BAD_INPUT', { why: 'The text is missing' });
        return { editor: requireUser(req), lookup, field, body };
      },
      async run({ editor, lookup, field, body }, _req, reply) {
        await saveRevision(
          db,
          { system: lookup.system, code: lookup.code, field, body, authorId: editor.id },
          deps.now,
        );
        return reply.redirect(`/editor/codes/${lookup.system}/${encodeURIComponent(lookup.code)}#edit-${field}`, 303);
      },
      // whatever went wrong, the editor comes back with the text as typed, so nothing is lost: a refusal (too
      // long, nothing to withdraw) says why; a failure of ours (database busy or down) is logged and asks to save
      // again
      refusalOf(e, { field }, req) {
        const refusal = formRefusal(e);
        if (refusal) return refusal;
        req.log.error({ err: e }, 'editor: save failed');
        return new AppError('EDITORIAL_SAVE_FAILED', { field });
      },
      refused: ({ lookup, field, body }, refusal, _req, reply) =>
        editPage(reply, lookup.system, lookup.code, {
          field,
          // as typed, with any refused character shown as U+FFFD
          draft: displayableText(body, { multiline: true }),
          error: refusal.message,
          status: refusal.status,
        }),
    }),
  );

  app.post<{ Params: { id: string } }>(
    '/revisions/:id/revert',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    async (req, reply) => {
      const editor = requireUser(req);
      const r = await revertTo(db, req.params.id.slice(0, 100), editor.id, deps.now);
      return reply.redirect(`/editor/codes/${r.system}/${encodeURIComponent(r.code)}#edit-${r.field}`, 303);
    },
  );

  // a drafted text (codedesk describe --draft) published as it stands, in the editor's name, or discarded
  app.post<{ Params: { id: string; action: string } }>(
    '/drafts/:id/:action',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    async (req, reply) => {
      const editor = requireUser(req);
      const id = req.params.id.slice(0, 100);
      if (req.params.action === 'publish') {
        const r = await publishDraft(db, id, editor.id, deps.now);
        return reply.redirect(`/editor/codes/${r.system}/${encodeURIComponent(r.code)}#edit-${r.field}`, 303);
      }
      if (req.params.action === 'discard') {
        const d = await discardDraft(db, id);
        return reply.redirect(`/editor/codes/${d.system}/${encodeURIComponent(d.code)}#edit-${d.field}`, 303);
      }
      throw new AppError('NOT_FOUND', { what: `/editor/drafts/${id}/${req.params.action.slice(0, 20)}` });
    },
  );
}
