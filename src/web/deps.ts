// What the web application is given (AppDeps: catalog, search index, type-ahead's phrases, database, rate-limit store, clock) and what
// its routes get (FullDeps: the same with the clock and config filled in; FeatureOptions: a feature plugin's
// options). Apart from app.ts, which registers the features, so that they can name their dependencies without
// importing the app that imports them.
import type { Catalog } from '../catalog/index.js';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import type { GuidanceCorpus } from '../guidance/index.js';
import type { SearchIndex, TermSuggestions } from '../search/index.js';
import type { RateLimitCounter } from './rate-limit/database-counter.js';

export interface AppDeps {
  catalog: Catalog;
  search: SearchIndex;
  /** type-ahead's phrases (GET /api/v1/suggest); built from the catalog when not given */
  suggestions?: TermSuggestions;
  database: Database;
  /** the shared count behind RATE_LIMIT_PER_MINUTE; made from the configuration (Redis or the database) when not given */
  rateLimit?: RateLimitCounter;
  /** the guideline and policy documents stored with the catalog build; opened from it when not given */
  guidance?: GuidanceCorpus;
  /** the clock; tests move it to expire sessions and change months */
  now?: () => Date;
  /** pino options or false; tests pass false */
  logger?: boolean | object;
}

/** What the routes get: the app's dependencies with the clock and config filled in. */
export interface FullDeps extends AppDeps {
  now: () => Date;
  guidance: GuidanceCorpus;
  suggestions: TermSuggestions;
  config: Readonly<Config>;
}

/** A feature plugin's options (features/index.ts): its dependencies; Fastify adds the URL prefix it is registered under. */
export interface FeatureOptions {
  deps: FullDeps;
}
