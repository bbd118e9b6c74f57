// Bundles the browser script (src/web/client/app.ts) into dist/web/client/app.js with esbuild.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/web/client/app.ts'],
  outfile: 'dist/web/client/app.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  logLevel: 'warning',
});
