// Case2Code search pages: /search (and /case2code, the product's own address for the same search; contracts.md
// lists both), pages of 20 results with the system, billable and date filters. The search-as-you-type script asks
// the JSON API (/api/v1/search) instead.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { type SearchOptions, type SearchSystem, searchCodes } from '../../../search/index.js';
import type { FeatureOptions } from '../../deps.js';
import { parseSearchParams } from '../../params.js';
import { sendPage } from '../../render.js';
import { SearchPage } from './search-page.js';

const PAGE_SIZE = 20;

export const searchFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
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
    return sendPage(
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
};
