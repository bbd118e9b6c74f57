// Our own stylesheet and the client script (search-as-you-type), served by the app itself: no CDN.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../../config.js';

const ASSETS = resolve(projectRoot, 'src/web/assets');
const CLIENT_BUNDLE = resolve(projectRoot, 'dist/web/client/app.js');

function read(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function registerAssetRoutes(app: FastifyInstance): void {
  const css = read(resolve(ASSETS, 'site.css')) ?? '';
  const favicon = read(resolve(ASSETS, 'favicon.svg')) ?? '';
  // the bundle is built by `npm run build` (esbuild); without it the pages still work, without suggestions
  const js = read(CLIENT_BUNDLE) ?? '/* client bundle not built: run npm run build */';
  app.get('/assets/site.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );
  app.get('/assets/favicon.svg', async (_req, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(favicon),
  );
  // browsers that ask for the classic path get the same mark
  app.get('/favicon.ico', async (_req, reply) => reply.redirect('/assets/favicon.svg', 301));
  app.get('/assets/app.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(js),
  );
}
