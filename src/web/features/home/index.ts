// The home page: the search box, the products, the releases in force today.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { codeListsOnDate, isoDay } from '../../../catalog/index.js';
import type { FeatureOptions } from '../../deps.js';
import { sendPage } from '../../render.js';
import { HomePage } from './home-page.js';

export const homeFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  app.get('/', async (_req, reply) => {
    const today = isoDay(deps.now());
    return sendPage(
      reply,
      { title: 'Find the right code', canonical: '/', description: 'Search and read the official medical code sets.' },
      h(HomePage, { lists: codeListsOnDate(deps.catalog, today), today }),
    );
  });
};
