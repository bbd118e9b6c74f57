// Claim Check's daily allowance for guests (accounts/claim-allowance.ts): one counter per guest or client
// address and UTC day, raised by a conditional upsert. Kept apart from code_views, which holds one row per
// page read (re-reading is free), while every checked claim counts.
import type { Migration } from 'kysely';

export const guestClaimChecks: Migration = {
  async up(db) {
    await db.schema
      .createTable('guest_claim_checks')
      // "guest:<id>" or "address:<client address>"
      .addColumn('subject', 'text', (c) => c.notNull())
      // YYYY-MM-DD (UTC)
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('checks', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('guest_claim_checks_pk', ['subject', 'day'])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('guest_claim_checks').execute();
  },
};
