// /api/v1: codes, search, releases, browse, and the OpenAPI document. Errors are {error: {code, message}}.
import type { FastifyInstance } from 'fastify';
import { browseCodes, isCodeSystem, lookupCode, releaseRef } from '../../catalog/index.js';
import { type SearchOptions, type SearchSystem, searchCodes } from '../../search/index.js';
import { AppError } from '../../shared/index.js';
import type { FullDeps } from '../deps.js';
import { OPENAPI } from '../openapi.js';
import { meterCodeRequest } from './code-meter.js';
import { checkedCode, checkedDate, parseSearchParams } from './params.js';

export function registerApiRoutes(app: FastifyInstance, deps: FullDeps): void {
  app.get('/api/v1/openapi.json', async () => OPENAPI);

  app.get<{ Params: { system: string; code: string }; Querystring: { date?: string } }>(
    '/api/v1/codes/:system/:code',
    async (req, reply) => {
      const { system, code } = req.params;
      if (!isCodeSystem(system)) throw new AppError('CATALOG_UNKNOWN_SYSTEM', { system: system.slice(0, 40) });
      const date = checkedDate(req.query.date);
      const lookup = lookupCode(deps.catalog, { system, code: checkedCode(code), ...(date ? { date } : {}) });
      // the same meter as the code page: the full record is what it protects
      const meter = await meterCodeRequest(req, reply, deps, system, lookup.code);
      if (!meter.allowed)
        throw new AppError('METER_EXHAUSTED', {
          limit: meter.limit ?? 0,
          who: meter.who === 'guest' ? 'guest' : 'free',
        });
      return lookup;
    },
  );

  app.get<{ Querystring: Record<string, string | undefined> }>('/api/v1/search', async (req) => {
    const p = parseSearchParams(req.query);
    const options: SearchOptions = { limit: p.limit };
    if (p.system) options.system = p.system as SearchSystem;
    if (p.billable) options.billable = true;
    if (p.prefix) options.prefix = true;
    if (p.date) options.date = p.date;
    return searchCodes(deps.search, p.q, options);
  });

  app.get('/api/v1/releases', async () =>
    deps.catalog.manifest.releases.map((r) => ({
      source: r.system,
      ...releaseRef(r),
      layers: r.layers,
      counts: r.counts,
    })),
  );

  app.get<{ Params: { system: string; prefix?: string } }>('/api/v1/browse/:system/:prefix?', async (req) => {
    const { system } = req.params;
    if (!isCodeSystem(system)) throw new AppError('CATALOG_UNKNOWN_SYSTEM', { system: system.slice(0, 40) });
    const result = browseCodes(deps.catalog, system, (req.params.prefix ?? '').slice(0, 10));
    if (!result) throw new AppError('NOT_FOUND', { what: `A ${system} code list` });
    return result;
  });
}
