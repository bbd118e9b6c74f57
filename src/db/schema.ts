// The user-data schema as Kysely sees it. One set of tables for SQLite and PostgreSQL (see migrations.ts).
import type { Generated } from 'kysely';

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface DatabaseSchema {
  app_meta: AppMetaTable;
  kysely_migration: { name: string; timestamp: string };
}

export type { Generated };
