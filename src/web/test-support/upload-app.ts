// For the upload tests: the product app on the mini catalog and SQLite, with a tiny upload route registered beside
// its site scope (the same authentication and CSRF plugin, the app's error handling and guards) — never part of the
// product app. POST /test-upload reads FORM (a résumé, a cover note, screening answers) and stores the résumé;
// GET /test-upload/:id serves it back; GET /test-upload gives a CSRF token; POST /test-upload/note is a route of
// the same scope that did not opt in to uploads.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { createApiKey, createUser, type User } from '../../accounts/index.js';
import { loadConfig } from '../../config.js';
import { tempDir } from '../../shared/test-support/codesets.js';
import { openUpload, saveUpload, type UploadStore, uploadsDir } from '../../storage/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../body-limits.js';
import { registerAuth, requireUser } from '../plugins/auth.js';
import { sendUpload } from '../upload-reply.js';
import { readUploadForm, registerUploadRoutes, type UploadFormSpec, uploadRouteOptions } from '../uploads.js';
import { csrfOf, TestClient } from './client.js';
import type { FormPart } from './multipart.js';
import { startMiniApp, type TestApp } from './test-app.js';

const PASSWORD = 'a long enough password';

/** the test route's form: a résumé and a cover note, and answers to screening questions */
export const FORM: UploadFormSpec = {
  file: { field: 'resume', kind: 'resume' },
  fields: { coverNote: 4000, 'answer.*': 500 },
  maxFields: 5,
};

export interface UploadApp {
  t: TestApp;
  store: UploadStore;
  /** the member the forms are posted as, and an API key of hers */
  ann: User;
  annKey: string;
  /** a visitor logged in as Ann, holding the upload page's CSRF token */
  signedIn(): Promise<{ c: TestClient; csrf: string }>;
  /** files in the uploads folder now (.partial files not counted) */
  countStored(): number;
  close(): Promise<void>;
}

export async function startUploadApp(): Promise<UploadApp> {
  const t = await startMiniApp({ env: { AUTH_ATTEMPTS_PER_15_MINUTES: '1000', RATE_LIMIT_PER_MINUTE: '100000' } });
  const data = tempDir('codedesk-uploads-http-');
  const store: UploadStore = { db: t.database.db, dir: uploadsDir(data.path) };
  const ann = await createUser(
    t.database.db,
    { email: 'ann@example.org', password: PASSWORD, role: 'member' },
    new Date(),
  );
  const annKey = (await createApiKey(t.database.db, ann.id, new Date())).key;
  const config = loadConfig({ CODEDESK_DATA_DIR: data.path });
  await t.app.register(async (site: FastifyInstance) => {
    await registerAuth(site, config, t.database, () => new Date());
    site.get('/test-upload', async (_req, reply) =>
      reply.type('text/html').send(`<input type="hidden" name="_csrf" value="${reply.generateCsrf()}">`),
    );
    site.post('/test-upload/note', { bodyLimit: PAGE_FORM_BODY_LIMIT }, async () => ({ ok: true }));
    await registerUploadRoutes(site, (scope) => {
      scope.post('/test-upload', uploadRouteOptions(FORM), async (req, reply) => {
        const user = requireUser(req);
        const form = await readUploadForm(req, reply, FORM);
        if (!form.file) return { fields: { ...form.fields }, file: null };
        const record = await saveUpload(store, {
          kind: 'resume',
          bytes: form.file.bytes,
          fileName: form.file.fileName,
          ownerId: user.id,
        });
        return { fields: { ...form.fields }, record };
      });
      scope.get<{ Params: { id: string } }>('/test-upload/:id', async (req, reply) =>
        sendUpload(reply, await openUpload(store, req.params.id)),
      );
    });
  });
  return {
    t,
    store,
    ann,
    annKey,
    async signedIn() {
      const c = new TestClient(t.app, { accept: 'application/json' });
      const r = await c.submit('/login', '/login', { email: 'ann@example.org', password: PASSWORD });
      assert.equal(r.statusCode, 303);
      const page = await c.get('/test-upload');
      return { c, csrf: csrfOf(page.body) };
    },
    countStored: () =>
      existsSync(store.dir)
        ? readdirSync(store.dir, { recursive: true, withFileTypes: true }).filter(
            (d) => d.isFile() && !d.name.startsWith('.'),
          ).length
        : 0,
    async close() {
      await t.close();
      data.remove();
    },
  };
}

/** the résumé part of a form */
export function resumePart(data: Buffer, fileName = 'Ann Smith résumé.pdf'): FormPart {
  return { name: 'resume', fileName, data, contentType: 'application/pdf' };
}

/** the cookie header of a test client, for requests made without it */
export function cookieHeader(c: TestClient): string {
  return [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
