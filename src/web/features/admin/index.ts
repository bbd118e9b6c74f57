// Administration under /admin (admin-pages.ts): only the admin role reaches any of it, checked once for the scope.
import type { FastifyPluginAsync } from 'fastify';
import type { FeatureOptions } from '../../deps.js';
import { requireRole } from '../../plugins/require-role.js';
import { registerAdminRoutes } from './admin-pages.js';

/** Registered under /admin (features/index.ts). */
export const adminFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  app.addHook('preHandler', requireRole('admin'));
  registerAdminRoutes(app, deps);
};
