// The home page: the search box, the products, the releases loaded.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import type { FeatureOptions } from '../../deps.js';
import { sendPage } from '../../render.js';
import { HomePage } from './home-page.js';

export const homeFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  app.get('/', async (_req, reply) =>
    sendPage(
      reply,
      { title: 'Find the right code', canonical: '/', description: 'Search and read the official medical code sets.' },
      h(HomePage, { releases: deps.catalog.manifest.releases }),
    ),
  );
};
