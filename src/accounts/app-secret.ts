// The application's secret: SESSION_SECRET when configured, else one generated once and kept in the database
// (app_meta), so every process on the database — web servers and task workers alike — has the same one. It signs
// the web's cookies and, through keys derived from it for one purpose each, other tokens (CareerCenter's
// unsubscribe links).
import { randomBytes } from 'node:crypto';
import type { Db } from './users.js';

const SECRET_KEY = 'cookie-secret';

export async function appSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const found = await db.selectFrom('app_meta').select('value').where('key', '=', SECRET_KEY).executeTakeFirst();
  if (found) return found.value;
  await db
    .insertInto('app_meta')
    .values({ key: SECRET_KEY, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.doNothing())
    .execute();
  // another instance may have written first: read back the one that won
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', SECRET_KEY).executeTakeFirstOrThrow();
  return row.value;
}
