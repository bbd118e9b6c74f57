// CareerCenter's pages: /jobs, /jobs/{id}, the employer's and the admin's pages. Being built: issue 17.
import type { FastifyPluginAsync } from 'fastify';
import type { CareersFeatureOptions } from './options.js';

export const careersPages: FastifyPluginAsync<CareersFeatureOptions> = async () => {};
