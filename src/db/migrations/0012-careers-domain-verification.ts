// CareerCenter's verified organization domains (src/careers/domain-verification.ts). `domain_verified` is the domain
// whose mailbox the employer proved to control; the profile counts as verified only while it equals `domain`, so
// changing the domain un-verifies it with no further write. The two counter columns cap the verification mails an
// organization may have sent per UTC day (a mail to any address is a way to spam it).
import type { Migration } from 'kysely';

export const careersDomainVerification: Migration = {
  async up(db) {
    await db.schema.alterTable('careers_organizations').addColumn('domain_verified', 'text').execute();
    // the UTC day (YYYY-MM-DD) the count below is for
    await db.schema.alterTable('careers_organizations').addColumn('verification_mail_day', 'text').execute();
    await db.schema
      .alterTable('careers_organizations')
      .addColumn('verification_mails', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
  async down(db) {
    for (const c of ['verification_mails', 'verification_mail_day', 'domain_verified'])
      await db.schema.alterTable('careers_organizations').dropColumn(c).execute();
  },
};
