// Code pages under /codes/{system}/{code}: the code as the catalog has it on the date (title, notes, index terms,
// Medicare data, history), the editors' texts, and the meter: a guest or a free account reads a number of code
// pages, then the sections lock (code-meter.ts counts, the view only shows).
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { hasRole } from '../../../accounts/index.js';
import {
  codeHistory,
  describeCode,
  hcpcsGroupsOf,
  isBlockRange,
  isCodeSystem,
  lookupOnDate,
  releaseGaps,
  SYSTEM_HEADINGS,
  unknownSystemError,
} from '../../../catalog/index.js';
import { currentTexts, renderMarkdown } from '../../../editorial/index.js';
import { AppError } from '../../../shared/index.js';
import type { FeatureOptions } from '../../deps.js';
import { checkedCode, checkedDate } from '../../params.js';
import { codePath } from '../../paths.js';
import { sendPage } from '../../render.js';
import { sendBlockPage } from './block-page-route.js';
import { meterCodeRequest, spendsView } from './code-meter.js';
import { CodePage, lockedPolicy, OPEN_POLICY } from './code-page.js';
import { localityParam, localityView } from './code-page-locality.js';

/** Registered under /codes (features/index.ts). */
export const codePagesFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  app.get<{ Params: { num: string } }>('/icd10cm/chapter/:num', async (req, reply) =>
    sendBlockPage(req, reply, deps, { chapter: req.params.num.slice(0, 10) }),
  );
  app.get<{ Params: { system: string; code: string }; Querystring: { date?: unknown } }>(
    '/:system/:code',
    async (req, reply) => {
      const { system, code } = req.params;
      if (!isCodeSystem(system)) throw unknownSystemError(system);
      if (system === 'icd10cm' && isBlockRange(code)) return sendBlockPage(req, reply, deps, { range: code });
      const asked = localityParam(req.query as Record<string, unknown>);
      // ?date= is the date of service; without it, today (the app's clock): a malformed date or one before every
      // loaded release is refused (400), never replaced by another
      const rawDate = req.query.date;
      if (rawDate !== undefined && typeof rawDate !== 'string')
        throw new AppError('BAD_INPUT', { why: 'give one date of service (date=YYYY-MM-DD)' });
      const date = checkedDate(rawDate);
      const lookup = lookupOnDate(
        deps.catalog,
        { system, code: checkedCode(code), ...(date ? { date } : {}) },
        deps.now(),
      );
      // one canonical URL per code: the code as printed (the date of service and the locality asked for kept)
      if (lookup.code !== code) {
        const kept = new URLSearchParams({
          ...(date ? { date } : {}),
          ...(asked ? { locality: asked } : {}),
        }).toString();
        return reply.redirect(`${codePath(system, lookup.code)}${kept ? `?${kept}` : ''}`, 301);
      }
      const locality = localityView(deps.catalog, lookup, asked);
      const description = describeCode(lookup);
      const title = `${lookup.code}${lookup.title ? ` — ${lookup.title}` : ''}`;
      const meter = await meterCodeRequest(req, reply, deps, system, lookup.code, { spend: spendsView(lookup) });
      // a locked section shows only its heading: the texts are rendered but not sent when the meter is used up
      const texts = await currentTexts(deps.database.db, system, lookup.code);
      const editorial = {
        ...(texts.description ? { description: renderMarkdown(texts.description.body) } : {}),
        ...(texts.tip ? { tip: renderMarkdown(texts.tip.body) } : {}),
      };
      const user = req.user;
      return sendPage(
        reply,
        {
          title: title.slice(0, 120),
          canonical: codePath(system, lookup.code),
          description: (
            (meter.allowed ? description : null) ??
            lookup.title ??
            `${SYSTEM_HEADINGS[system]} code ${lookup.code}`
          ).slice(0, 300),
          // the page differs by viewer (meter, lock): never from a shared cache
          noStore: true,
        },
        h(CodePage, {
          lookup,
          description,
          history: codeHistory(deps.catalog, { system, code: lookup.code }),
          hcpcsGroups: system === 'hcpcs' ? hcpcsGroupsOf(deps.catalog, lookup.code, date) : [],
          policy: meter.allowed ? OPEN_POLICY : lockedPolicy(meter),
          meter: {
            ...meter,
            freeCodeViews: deps.config.freeCodeViews,
            next: codePath(system, lookup.code),
            plansUrl: deps.config.plansUrl,
            spent: spendsView(lookup),
          },
          editorial,
          canEdit: !!user && hasRole(user, 'editor'),
          ...(locality ? { locality: locality.view } : {}),
          dates: {
            date: lookup.date,
            chosen: date !== undefined,
            ...(lookup.release.stale
              ? { staleNotice: lookup.warnings.find((w) => w.code === 'release.stale')?.message ?? '' }
              : {}),
            gaps: releaseGaps(deps.catalog, system),
          },
        }),
        locality?.status,
      );
    },
  );
};
