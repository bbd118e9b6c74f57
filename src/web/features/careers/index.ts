// CareerCenter on the web: the JSON API under /api/v1 (api.ts) and the pages under /jobs, /employer and /admin/jobs
// (pages.ts), over the careers domain (src/careers). Registered at the root (features/index.ts); each part is a
// plugin of its own, with its own body limits and role checks.
import type { FastifyPluginAsync } from 'fastify';
import { createCareersDeps } from '../../../careers/index.js';
import type { FeatureOptions } from '../../deps.js';
import type { RouteDoc } from '../api/route-docs.js';
import { careersAlerts } from './alerts.js';
import { ALERTS_API_DOCS } from './alerts-docs.js';
import { CAREERS_API_DOCS, careersApi } from './api.js';
import { careersPages } from './pages.js';

/** Every CareerCenter /api/v1 route's OpenAPI entry: the API's and the job alerts' */
export const CAREERS_ROUTE_DOCS: readonly RouteDoc[] = [...CAREERS_API_DOCS, ...ALERTS_API_DOCS];

export const careersFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  const careers = createCareersDeps({ db: deps.database.db, now: deps.now, publicUrl: deps.config.publicUrl });
  await app.register(careersApi, { deps, careers });
  await app.register(careersPages, { deps, careers });
  await app.register(careersAlerts, { deps, careers }); // saved searches and their digest's unsubscribe links
};
