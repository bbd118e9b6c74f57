// The import rules of .dependency-cruiser.js bite: dependency-cruiser, run as `npm run lint:deps` runs it, on a
// tiny throw-away project with one breach of each rule beside imports the rules allow, reports exactly the breaches
// and exits non-zero. (The real src/ passing the same rules is `npm run lint:deps`, part of `npm test`.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { projectRoot } from './config.js';
import { tempDir } from './shared/test-support/codesets.js';

/** file -> content: one folder per layer, each with its index.ts surface */
const FILES: Record<string, string> = {
  'src/config.ts': 'export const config = { port: 3000 };\n',
  'src/shared/index.ts': 'export const shared = 1;\n',
  'src/codesets/ncci/index.ts': "export { applies } from './edit-rules.js';\nexport const parse = 1;\n",
  'src/codesets/ncci/edit-rules.ts': 'export const applies = true;\n',
  'src/codesets/ncci/types.ts': 'export interface Row {\n  code: string;\n}\n',
  'src/catalog/index.ts': "export { find } from './find.js';\n",
  // allowed: the NCCI second surface, config.ts and shared; not allowed: a file behind the ncci index
  'src/catalog/find.ts': [
    "import { applies } from '../codesets/ncci/edit-rules.js';",
    "import type { Row } from '../codesets/ncci/types.js';",
    "import { config } from '../config.js';",
    "import { shared } from '../shared/index.js';",
    'export const find = (r: Row) => applies && config.port + shared > 0 && r.code;',
    '',
  ].join('\n'),
  // a cycle
  'src/catalog/loop-a.ts': "import { b } from './loop-b.js';\nexport const a = () => b;\n",
  'src/catalog/loop-b.ts': "import { a } from './loop-a.js';\nexport const b = () => a;\n",
  // upwards: the catalog importing Claim Check
  'src/catalog/upwards.ts': "import { checkClaim } from '../rules/index.js';\nexport const up = checkClaim;\n",
  // the domain importing the web framework
  'src/catalog/framework.ts': "import Fastify from 'fastify';\nexport const app = Fastify;\n",
  'src/rules/index.ts': "export { checkClaim } from './check.js';\n",
  // around the catalog's index
  'src/rules/check.ts': "import { find } from '../catalog/find.js';\nexport const checkClaim = find;\n",
  // tests and test support may import anything
  'src/rules/check.test.ts':
    "import { find } from '../catalog/find.js';\nimport { web } from '../web/index.js';\nexport const t = [find, web];\n",
  'src/rules/test-support/claims.ts': "import { find } from '../../catalog/find.js';\nexport const support = find;\n",
  // downwards through the surface: allowed
  'src/web/index.ts': "import { checkClaim } from '../rules/index.js';\nexport const web = checkClaim;\n",
  // runtime composes the web; the web never imports runtime
  'src/runtime/index.ts': "import { web } from '../web/index.js';\nexport const start = web;\n",
  'src/web/start.ts': "import { start } from '../runtime/index.js';\nexport const again = start;\n",
  // folders not written yet are checked in their place: tasks sits below operations
  'src/operations/index.ts': 'export const operations = [];\n',
  'src/tasks/index.ts': "import { operations } from '../operations/index.js';\nexport const tasks = operations;\n",
  // storage is in the domain layer: the data layer below it is allowed, a product above it is not
  'src/storage/index.ts': "import { find } from '../catalog/index.js';\nexport const storage = find;\n",
  'src/storage/upwards.ts': "import { careers } from '../careers/index.js';\nexport const up = careers;\n",
  'src/careers/index.ts': "import { storage } from '../storage/index.js';\nexport const careers = storage;\n",
};

/** [rule, from, to] of every breach the fixture holds (a cycle is reported once, from its first module) */
const EXPECTED = [
  ['domain-without-adapters', 'src/catalog/framework.ts', 'fastify'],
  ['layer-order-adapters', 'src/web/start.ts', 'src/runtime/index.ts'],
  ['layer-order-data', 'src/catalog/upwards.ts', 'src/rules/index.ts'],
  ['layer-order-domain', 'src/storage/upwards.ts', 'src/careers/index.ts'],
  ['layer-order-domain', 'src/tasks/index.ts', 'src/operations/index.ts'],
  ['no-circular', 'src/catalog/loop-a.ts', 'src/catalog/loop-b.ts'],
  ['through-index', 'src/catalog/find.ts', 'src/codesets/ncci/types.ts'],
  ['through-index', 'src/rules/check.ts', 'src/catalog/find.ts'],
];

interface CruiseViolation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('dependency rules (.dependency-cruiser.js)', () => {
  const dir = tempDir('codedesk-deps-');
  after(() => dir.remove());

  test('a cycle, an upward import, an import around an index.ts and a framework in the domain are each reported; allowed imports are not', () => {
    for (const [file, content] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir.path, file)), { recursive: true });
      writeFileSync(path.join(dir.path, file), content);
    }
    writeFileSync(
      path.join(dir.path, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
    );
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir.path, 'node_modules'));

    const depcruise = path.join(projectRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
    const config = path.join(projectRoot, '.dependency-cruiser.js');
    const cruise = (outputType: string) =>
      spawnSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', outputType], {
        cwd: dir.path,
        encoding: 'utf8',
      });
    // as `npm run lint:deps` reports (the JSON report exits 0 whatever it finds)
    const lint = cruise('err');
    assert.notEqual(lint.status, 0, `depcruise fails on the breaches: ${lint.stdout}${lint.stderr}`);
    const result = JSON.parse(cruise('json').stdout) as { summary: { violations: CruiseViolation[] } };
    const found = result.summary.violations
      .map((v) => [v.rule.name, v.from, v.to.replace(/^.*node_modules\/([^/]+)\/.*$/, '$1')])
      .sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
    assert.deepEqual(found, EXPECTED);
  });
});
