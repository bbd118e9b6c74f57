// CareerCenter's pages: the coder's (/jobs, a posting, applying, my applications: page-jobs.ts), the employer's
// (/employer: page-employer.ts) and the admin's moderation queue (/admin/jobs: page-admin.ts). The multipart forms
// (an application's résumé, an organization's logo) are the only routes of an upload scope (registerUploadRoutes),
// so no other form of the product reads a file.
import type { FastifyPluginAsync } from 'fastify';
import { registerUploadRoutes } from '../../uploads.js';
import type { CareersFeatureOptions } from './options.js';
import { registerAdminJobPages } from './page-admin.js';
import { registerEmployerPages, registerLogoRoute } from './page-employer.js';
import { registerApplyRoute, registerJobPages } from './page-jobs.js';
import { registerDomainVerificationPages } from './page-verify-domain.js';

export const careersPages: FastifyPluginAsync<CareersFeatureOptions> = async (app, options) => {
  registerJobPages(app, options);
  registerEmployerPages(app, options);
  registerDomainVerificationPages(app, options);
  registerAdminJobPages(app, options);
  await registerUploadRoutes(app, (scope) => {
    registerApplyRoute(scope, options);
    registerLogoRoute(scope, options);
  });
};
