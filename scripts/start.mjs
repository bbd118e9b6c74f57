#!/usr/bin/env node
// `npm start`: imports the catalog from the official files when none is built yet, then starts the web
// application (http://127.0.0.1:3000 unless HOST/PORT say otherwise) on the embedded SQLite database.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'bin', 'codedesk.js');
const dataDir = resolve(process.env.CODEDESK_DATA_DIR || join(process.cwd(), 'data'));

function run(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(join(dataDir, 'catalog', 'CURRENT'))) {
  process.stdout.write('No catalog yet: importing the official code-set files…\n');
  run(['import']);
}
run(['releases']);
process.stdout.write(
  `\nStarting the web application on http://${process.env.HOST || '127.0.0.1'}:${process.env.PORT || 3000}\n`,
);
run(['serve']);
