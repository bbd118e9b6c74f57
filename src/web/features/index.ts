// The site's products, one encapsulated Fastify plugin each (a folder with an index.ts): its routes, views, body
// limits and hooks stay in its scope, and it is registered here under the URL prefix it lives at (none for products
// whose pages sit at the root, such as /login or /search). app.ts registers them inside the authenticated scope.
import type { FastifyInstance } from 'fastify';
import type { FullDeps } from '../deps.js';
import { accountsFeature } from './accounts/index.js';
import { adminFeature } from './admin/index.js';
import { apiFeature } from './api/index.js';
import { browseFeature } from './browse/index.js';
import { CAREERS_ROUTE_DOCS, careersFeature } from './careers/index.js';
import { casepilotFeature } from './casepilot/index.js';
import { claimsFeature } from './claims/index.js';
import { codePagesFeature } from './code-pages/index.js';
import { editorFeature } from './editor/index.js';
import { homeFeature } from './home/index.js';
import { searchFeature } from './search/index.js';

export async function registerFeatures(site: FastifyInstance, deps: FullDeps): Promise<void> {
  // /api/v1 and /docs; the document also lists the features' routes that are not operations
  await site.register(apiFeature, { deps, routeDocs: CAREERS_ROUTE_DOCS });
  await site.register(homeFeature, { deps });
  await site.register(searchFeature, { deps }); // /search and /case2code
  await site.register(codePagesFeature, { deps, prefix: '/codes' });
  await site.register(browseFeature, { deps, prefix: '/browse' });
  await site.register(claimsFeature, { deps }); // /claims and POST /api/v1/claims/check
  await site.register(casepilotFeature, { deps }); // /casepilot and POST /api/v1/casepilot/ask/stream
  await site.register(accountsFeature, { deps });
  await site.register(adminFeature, { deps, prefix: '/admin' });
  await site.register(editorFeature, { deps, prefix: '/editor' });
  await site.register(careersFeature, { deps }); // /jobs, /employer, /admin/jobs and their /api/v1 routes
}
