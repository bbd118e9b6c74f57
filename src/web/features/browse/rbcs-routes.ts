// /browse/rbcs: the RBCS tree, one level per page (catalog browseRbcs). Registered before the code systems' own
// /browse/:system route, which would otherwise read "rbcs" as an unknown system.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { browseRbcs, isoDay } from '../../../catalog/index.js';
import { AppError } from '../../../shared/index.js';
import type { FullDeps } from '../../deps.js';
import { rbcsPath } from '../../paths.js';
import { sendPage } from '../../render.js';
import { RBCS_HEADING, RbcsBrowsePage } from './rbcs-pages.js';

/** Longest key a level has ("PM014"); anything longer names nothing. */
const MAX_KEY = 5;

export function registerRbcsBrowse(app: FastifyInstance, deps: FullDeps): void {
  const page = async (key: string, reply: FastifyReply) => {
    // for today, so a release that has ended says so
    const browse = browseRbcs(deps.catalog, key.slice(0, MAX_KEY + 1), isoDay(deps.now()));
    if (!browse) {
      if (browseRbcs(deps.catalog, '') === undefined)
        throw new AppError('NOT_FOUND', { what: "An RBCS release (import CMS's RBCS file with codedesk import)" });
      throw new AppError('NOT_FOUND', { what: `RBCS category ${key.slice(0, MAX_KEY + 1)}` });
    }
    const title = browse.level === 'categories' ? RBCS_HEADING : `${browse.name} (RBCS ${browse.key})`;
    return sendPage(reply, { title, canonical: rbcsPath(browse.key) }, h(RbcsBrowsePage, { browse }));
  };
  app.get('/rbcs', async (_req, reply) => page('', reply));
  app.get<{ Params: { key: string } }>('/rbcs/:key', async (req, reply) => page(req.params.key, reply));
}
