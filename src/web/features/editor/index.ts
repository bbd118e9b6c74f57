// The editorial desk under /editor (editor-pages.ts): editors (and admins) write the descriptions and tips shown on
// code pages; the role is checked once for the scope.
import type { FastifyPluginAsync } from 'fastify';
import type { FeatureOptions } from '../../deps.js';
import { requireRole } from '../../plugins/require-role.js';
import { registerEditorRoutes } from './editor-pages.js';

/** Registered under /editor (features/index.ts). */
export const editorFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  app.addHook('preHandler', requireRole('editor'));
  registerEditorRoutes(app, deps);
};
