// For CareerCenter's API tests: the cast (two employers, an admin, two coders, a user whose key was revoked), each with
// an API key, requests made as one of them, and what the upload storage holds (rows and files), to show that a
// refused application stored nothing.
import { existsSync, readdirSync } from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import { createApiKey, revokeApiKey } from '../../accounts/index.js';
import { makeUser } from '../../careers/test-support/careers-fixtures.js';
import { uploadsDir } from '../../storage/index.js';
import { type FormPart, multipartBody } from './multipart.js';
import type { TestApp } from './test-app.js';

export type Who = 'owner' | 'other' | 'member' | 'member2' | 'admin' | 'revoked' | 'guest';

export interface Cast {
  keys: Record<Exclude<Who, 'guest'>, string>;
  ids: Record<Exclude<Who, 'guest'>, string>;
  emails: Record<Exclude<Who, 'guest'>, string>;
}

/** the password of every user of the cast (careers' makeUser) */
export const CAST_PASSWORD = 'correct horse battery staple';

export async function makeCast(t: TestApp, now: Date): Promise<Cast> {
  const db = t.database;
  const roles = {
    owner: 'employer',
    other: 'employer',
    member: 'member',
    member2: 'member',
    admin: 'admin',
    revoked: 'employer',
  } as const;
  const keys = {} as Cast['keys'];
  const ids = {} as Cast['ids'];
  const emails = {} as Cast['emails'];
  for (const [who, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
    const user = await makeUser(db, role, who);
    const key = await createApiKey(db.db, user.id, now);
    keys[who] = key.key;
    ids[who] = user.id;
    emails[who] = user.email;
    if (who === 'revoked') await revokeApiKey(db.db, user.id, key.id, now);
  }
  return { keys, ids, emails };
}

export class ApiCaller {
  constructor(
    private readonly t: TestApp,
    private readonly cast: Cast,
  ) {}

  private auth(who: Who): Record<string, string> {
    return who === 'guest' ? {} : { authorization: `Bearer ${this.cast.keys[who]}` };
  }

  request(who: Who, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse> {
    return this.t.app.inject({
      method: method as 'GET',
      url,
      headers: {
        accept: 'application/json',
        ...this.auth(who),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  }

  multipart(who: Who, url: string, parts: readonly FormPart[], headers: Record<string, string> = {}) {
    const { body, contentType } = multipartBody(parts);
    return this.t.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { accept: 'application/json', 'content-type': contentType, ...this.auth(who), ...headers },
    });
  }
}

/** uploads rows and files on disk (the dot-folders of partial writes not counted) */
export async function storedUploads(t: TestApp, dataDir: string): Promise<{ rows: number; files: number }> {
  const rows = await t.database.db.selectFrom('uploads').select('id').execute();
  const dir = uploadsDir(dataDir);
  const files = existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
        (d) => d.isFile() && !d.name.startsWith('.') && !d.parentPath.includes('.partial'),
      ).length
    : 0;
  return { rows: rows.length, files };
}
