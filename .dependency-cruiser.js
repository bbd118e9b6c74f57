// The import rules of src/ (docs/architecture.md, "Dependency rules"), checked by `npm run lint:deps` in `npm test`.
// Three rules: no import cycles; another folder is imported only through its public surface (index.ts); imports
// follow the layer order, downwards (or within one layer), never upwards.
// An ES module like the rest of the project (package.json "type": "module"); dependency-cruiser finds it by name.

/**
 * The layer order, top to bottom: a folder may import folders of its own layer and of the layers below it.
 * Folders not written yet (fhir, mcp, case2code, consultant, careers) are placed where the design puts them, so
 * they are checked from their first file. storage (uploaded files) sits in the domain layer: the products above
 * (careers) and the web store and serve files through it; it uses only db and shared.
 */
const LAYERS = [
  { name: 'cli', folders: ['cli'] },
  // runtime starts the services a process runs (web per worker, task worker, SMTP listener): it sits beside the
  // web adapters and composes them, so it may import them; they never import it
  { name: 'runtime', folders: ['runtime'] },
  { name: 'adapters', folders: ['web', 'fhir', 'mcp'] },
  { name: 'products', folders: ['assistant', 'case2code', 'consultant', 'careers'] },
  { name: 'operations', folders: ['operations'] },
  { name: 'domain', folders: ['accounts', 'editorial', 'guidance', 'mail', 'search', 'rules', 'tasks', 'storage'] },
  { name: 'data', folders: ['db', 'catalog'] },
  { name: 'codesets', folders: ['codesets'] },
  { name: 'shared', folders: ['shared'] },
];

/** Test files and test-support folders may import anything (fixtures, builders, real servers). */
const TEST_CODE = ['\\.test\\.tsx?$', '/test-support/'];

/**
 * A folder's public surface. codesets/ is a family of independent readers: each of its folders
 * (codesets/ncci, codesets/pfs, ...) is a unit with its own index.ts.
 */
const UNIT = '^src/((?:codesets/)?[^/]+)/';
const SURFACES = [
  '^src/(?:codesets/)?[^/]+/index\\.tsx?$',
  // the importer: every parser and the xlsx reader (~300 ms to load), kept out of the catalog's index so that
  // anything that only looks codes up starts without them
  '^src/catalog/import/index\\.ts$',
  // when an NCCI edit applies and which modifiers NCCI associates with PTP edits, without the NCCI parsers (and
  // the xlsx reader they load): Claim Check and lookups need the rules, not the file readers
  '^src/codesets/ncci/edit-rules\\.ts$',
];

const folders = (list) => `^src/(${list.join('|')})/`;

const layerRules = LAYERS.slice(1).map((layer, i) => {
  const above = LAYERS.slice(0, i + 1).flatMap((l) => l.folders);
  return {
    name: `layer-order-${layer.name}`,
    comment: `${layer.folders.join(', ')} must not import a layer above it (${above.join(', ')}): imports go downwards only`,
    severity: 'error',
    from: { path: folders(layer.folders), pathNot: TEST_CODE },
    to: { path: folders(above) },
  };
});

/** Every folder below the adapters (web, fhir, mcp, runtime, cli): the domain, which never imports an adapter's framework. */
const DOMAIN = LAYERS.slice(3).flatMap((l) => l.folders);

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: modules that need each other are one module, or one of them holds a second job',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'through-index',
      comment:
        "Another folder is imported through its index.ts (its public surface), never a file inside it; the catalog's importer and the NCCI edit rules are the two documented second surfaces",
      severity: 'error',
      from: { path: UNIT, pathNot: TEST_CODE },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', ...SURFACES] },
    },
    ...layerRules,
    {
      name: 'domain-without-adapters',
      comment: 'Domain folders never import Fastify, Preact or the CLI framework: web and cli are the adapters',
      severity: 'error',
      from: {
        path: folders(DOMAIN),
        pathNot: TEST_CODE,
      },
      to: { path: '(^|/)node_modules/(fastify|@fastify/|fastify-|preact|commander|cli-progress)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|node_modules)/|/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
