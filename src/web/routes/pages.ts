// Server-rendered pages: home, search results, code pages, browse, API docs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { hasRole } from '../../accounts/index.js';
import {
  browseCodes,
  cmCategoriesInRange,
  cmTree,
  codeHistory,
  describeCode,
  isCodeSystem,
  lookupCode,
  SYSTEM_HEADINGS,
  unknownSystemError,
} from '../../catalog/index.js';
import { currentTexts, renderMarkdown } from '../../editorial/index.js';
import { type SearchOptions, type SearchSystem, searchCodes } from '../../search/index.js';
import { AppError } from '../../shared/index.js';
import type { FullDeps } from '../deps.js';
import { codePath } from '../paths.js';
import { ApiDocs } from '../views/api-docs.js';
import { BrowseIndex, BrowsePage, CmCategoriesPage, CmChaptersPage, CmSectionsPage } from '../views/browse-page.js';
import { CodePage, lockedPolicy, OPEN_POLICY } from '../views/code-page.js';
import { HomePage } from '../views/home.js';
import { SearchPage } from '../views/search-page.js';
import { meterCodeRequest } from './code-meter.js';
import { checkedCode, parseSearchParams } from './params.js';
import { sendPage } from './render.js';

const PAGE_SIZE = 20;

const html = sendPage;

export function registerPageRoutes(app: FastifyInstance, deps: FullDeps): void {
  app.get('/', async (_req, reply) =>
    html(
      reply,
      { title: 'Find the right code', canonical: '/', description: 'Search and read the official medical code sets.' },
      h(HomePage, { releases: deps.catalog.manifest.releases }),
    ),
  );

  // /case2code is the product's own address for the same search (contracts.md lists both pages)
  const searchPage = async (
    req: FastifyRequest<{ Querystring: Record<string, string | undefined> }>,
    reply: FastifyReply,
  ) => {
    const p = parseSearchParams(req.query);
    const options: SearchOptions = { limit: PAGE_SIZE * p.page + 1 };
    if (p.system) options.system = p.system as SearchSystem;
    if (p.billable) options.billable = true;
    if (p.date) options.date = p.date;
    const response = searchCodes(deps.search, p.q, options);
    const hasMore = response.results.length > PAGE_SIZE * p.page;
    return html(
      reply,
      {
        title: p.q ? `Search: ${p.q.slice(0, 80)}` : 'Case2Code search',
        query: p.q,
        ...(p.q ? {} : { canonical: '/search' }),
      },
      h(SearchPage, {
        response,
        ...(p.system ? { system: p.system } : {}),
        billable: p.billable,
        page: p.page,
        pageSize: PAGE_SIZE,
        hasMore,
      }),
    );
  };
  app.get('/search', searchPage);
  app.get('/case2code', searchPage);

  app.get<{ Params: { system: string; code: string } }>('/codes/:system/:code', async (req, reply) => {
    const { system, code } = req.params;
    if (!isCodeSystem(system)) throw unknownSystemError(system);
    const lookup = lookupCode(deps.catalog, { system, code: checkedCode(code) });
    // one canonical URL per code: the code as printed
    if (lookup.code !== code) return reply.redirect(codePath(system, lookup.code), 301);
    const description = describeCode(lookup);
    const title = `${lookup.code}${lookup.title ? ` — ${lookup.title}` : ''}`;
    const meter = await meterCodeRequest(req, reply, deps, system, lookup.code);
    // a locked section shows only its heading: the texts are rendered but not sent when the meter is used up
    const texts = await currentTexts(deps.database.db, system, lookup.code);
    const editorial = {
      ...(texts.description ? { description: renderMarkdown(texts.description.body) } : {}),
      ...(texts.tip ? { tip: renderMarkdown(texts.tip.body) } : {}),
    };
    const user = req.user;
    return html(
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
        policy: meter.allowed ? OPEN_POLICY : lockedPolicy(meter),
        meter: { ...meter, freeCodeViews: deps.config.freeCodeViews, next: codePath(system, lookup.code) },
        editorial,
        canEdit: !!user && hasRole(user, 'editor'),
      }),
    );
  });

  app.get('/browse', async (_req, reply) => html(reply, { title: 'Browse', canonical: '/browse' }, h(BrowseIndex, {})));
  // ICD-10-CM: chapters → sections → categories, from the tabular (prefix browsing when none is loaded)
  app.get('/browse/icd10cm', async (_req, reply) => {
    const tree = cmTree(deps.catalog);
    if (tree)
      return html(reply, { title: 'Browse ICD-10-CM', canonical: '/browse/icd10cm' }, h(CmChaptersPage, { tree }));
    const result = browseCodes(deps.catalog, 'icd10cm', '');
    if (!result) throw new AppError('NOT_FOUND', { what: 'An icd10cm code list' });
    return html(reply, { title: 'Browse ICD-10-CM' }, h(BrowsePage, { result }));
  });
  app.get<{ Params: { num: string } }>('/browse/icd10cm/chapter/:num', async (req, reply) => {
    const tree = cmTree(deps.catalog);
    const chapter = tree?.chapters.find((c) => c.num === req.params.num);
    if (!tree || !chapter)
      throw new AppError('NOT_FOUND', { what: `ICD-10-CM chapter ${req.params.num.slice(0, 10)}` });
    return html(reply, { title: `ICD-10-CM chapter ${chapter.num}` }, h(CmSectionsPage, { tree, chapter }));
  });
  app.get<{ Params: { id: string } }>('/browse/icd10cm/section/:id', async (req, reply) => {
    const tree = cmTree(deps.catalog);
    const section = tree?.sections.find((s) => s.id === req.params.id);
    if (!tree || !section) throw new AppError('NOT_FOUND', { what: `ICD-10-CM section ${req.params.id.slice(0, 20)}` });
    const chapter = tree.chapters.find((c) => c.num === section.chapter);
    const entries = cmCategoriesInRange(deps.catalog, section.id);
    return html(reply, { title: `ICD-10-CM ${section.id}` }, h(CmCategoriesPage, { section, chapter, entries }));
  });
  app.get<{ Params: { system: string; prefix?: string } }>('/browse/:system/:prefix?', async (req, reply) => {
    const { system } = req.params;
    if (!isCodeSystem(system)) throw unknownSystemError(system);
    const result = browseCodes(deps.catalog, system, (req.params.prefix ?? '').slice(0, 10));
    if (!result) throw new AppError('NOT_FOUND', { what: `A ${system} code list` });
    if (result.entries.length === 0) throw new AppError('NOT_FOUND', { what: `Codes under ${result.prefix}` });
    return html(
      reply,
      { title: `Browse ${SYSTEM_HEADINGS[system]} ${result.prefix}`.trim() },
      h(BrowsePage, { result }),
    );
  });

  app.get('/docs', async (_req, reply) => html(reply, { title: 'API' }, h(ApiDocs, {})));
}
