// The OpenAPI entries of the job-alert routes (alerts.ts): GET/POST /api/v1/me/saved-searches and
// DELETE /api/v1/me/saved-searches/{id}, described once here and merged into the document like the rest of
// CareerCenter's routes (CAREERS_API_DOCS).
import { Type } from 'typebox';
import type { RouteDoc } from '../api/route-docs.js';

const savedSearch = Type.Object({
  id: Type.String(),
  name: Type.String({ description: 'the name given, or one made from the filters' }),
  filters: Type.Record(Type.String(), Type.String(), {
    description: 'the /api/v1/jobs filters that narrow the search, normalized (no page, sort or postedWithinDays)',
  }),
  url: Type.String({ description: 'the /jobs page of the search' }),
  createdAt: Type.String({ description: 'ISO 8601' }),
});

export const ALERTS_API_DOCS: readonly RouteDoc[] = [
  {
    method: 'GET',
    url: '/me/saved-searches',
    operationId: 'listSavedSearches',
    summary: "The signed-in user's saved job searches (each mailed as a daily digest of new matching jobs)",
    access: 'signed-in',
    answer: { description: 'the saved searches', schema: Type.Object({ savedSearches: Type.Array(savedSearch) }) },
    errors: [],
  },
  {
    method: 'POST',
    url: '/me/saved-searches',
    operationId: 'saveSearch',
    summary: 'Save a job search; new matching jobs are mailed once a day, with a one-click unsubscribe link',
    access: 'signed-in',
    body: {
      type: 'json',
      schema: Type.Object({
        name: Type.Optional(Type.String({ maxLength: 100 })),
        filters: Type.Record(Type.String(), Type.String(), {
          description: 'the /api/v1/jobs filters, e.g. {"credential": "CPC-A", "remote": "true"}',
        }),
      }),
    },
    answer: { status: 201, description: 'the saved search', schema: savedSearch },
    errors: ['BAD_INPUT', 'CAREERS_BAD_FILTER', 'CAREERS_SAVED_SEARCH_LIMIT', 'CAREERS_INVALID'],
  },
  {
    method: 'DELETE',
    url: '/me/saved-searches/:id',
    operationId: 'deleteSavedSearch',
    summary: 'Delete one of your saved searches (another user’s is 404)',
    access: 'signed-in',
    params: Type.Object({ id: Type.String() }),
    answer: { status: 204, description: 'deleted' },
    errors: ['CAREERS_NOT_FOUND'],
  },
];
