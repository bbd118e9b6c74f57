// For the import-lock tests: a separate process that takes the import lock of a data folder, as a running
// import does, says "locked" on stdout, and holds it until it is killed.
//   node --import tsx src/catalog/test-support/hold-import-lock.ts DATA_DIR
import { acquireImportLock } from '../import/import-lock.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-import-lock.ts DATA_DIR');
acquireImportLock(dataDir);
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
