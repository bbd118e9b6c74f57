#!/usr/bin/env node
// `npm start`: imports the catalog from the official files when none is built yet, then answers a sample
// lookup. (When the web application lands, this starts the server instead.)
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
process.stdout.write('\nSample lookup: codedesk lookup E11.9\n');
run(['lookup', 'E11.9']);
