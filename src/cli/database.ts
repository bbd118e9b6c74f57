// The database of CODEDESK_DATA_DIR / DATABASE_URL for one command: opened (migrations run), used, closed.
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/index.js';

export async function withDatabase<T>(f: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    return await f(database);
  } finally {
    await database.close();
  }
}
