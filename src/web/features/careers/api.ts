// CareerCenter's JSON API under /api/v1 (contracts.md, "Web / HTTP" and "Jobs"). Being built: issue 17.
import type { FastifyPluginAsync } from 'fastify';
import type { CareersFeatureOptions } from './options.js';

export const careersApi: FastifyPluginAsync<CareersFeatureOptions> = async () => {};
