// Accounts: register, log in, log out, password reset by mail, the account page with its API keys
// (account-pages.ts). No prefix: the pages answer at /register, /login, /logout, /password-reset and /account.
import type { FastifyPluginAsync } from 'fastify';
import type { FeatureOptions } from '../../deps.js';
import { registerAccountRoutes } from './account-pages.js';

export const accountsFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  registerAccountRoutes(app, deps);
};
