// The importer's public surface, kept apart from src/catalog/index.ts so that loading the catalog for
// lookups never loads the parsers (the xlsx reader alone costs hundreds of milliseconds at start-up).
export { type ImportOptions, type ImportProgress, type ImportResult, importCatalog } from './import-catalog.js';
