import { resolve } from 'node:path';
import { projectRoot } from '../../config.js';

/** The hand-made miniature code-set folder the catalog and CLI tests import from. */
export const miniCodesets = resolve(projectRoot, 'src/catalog/fixtures/mini');
