// CareerCenter (src/careers): employers' organization profiles, job postings, applications and the employer's
// notes on them. Lists of allowed values (credentials, specialties, code sets, remote states, screening questions,
// answers) are JSON text: they are read whole with their posting, and searched through the careers job index (an
// in-process index refreshed by search_seq), not by SQL. search_seq is taken from careers_counters in the
// transaction of every change a search could see, so "rows with a seq above the last one read" is exactly what
// changed: the counter's row lock (PostgreSQL) or the write lock (SQLite) hands out numbers in commit order.
import type { Migration } from 'kysely';

export const careers: Migration = {
  async up(db) {
    await db.schema
      .createTable('careers_organizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // one organization per employer account
      .addColumn('owner_user_id', 'text', (c) => c.notNull().unique().references('users.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      // lower-case ASCII host name without "www.", or null when the profile gives none
      .addColumn('domain', 'text')
      // Markdown
      .addColumn('about', 'text', (c) => c.notNull())
      // an upload id from the file storage; the file itself lives there
      .addColumn('logo_upload_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('careers_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('careers_organizations.id'))
      .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
      // draft | pending | published | closed | expired
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('city', 'text')
      .addColumn('state', 'text')
      .addColumn('work_arrangement', 'text', (c) => c.notNull())
      .addColumn('remote_states', 'text', (c) => c.notNull())
      .addColumn('employment_type', 'text', (c) => c.notNull())
      .addColumn('setting', 'text', (c) => c.notNull())
      .addColumn('specialties', 'text', (c) => c.notNull())
      .addColumn('credentials', 'text', (c) => c.notNull())
      .addColumn('code_sets', 'text', (c) => c.notNull())
      .addColumn('experience_level', 'text', (c) => c.notNull())
      .addColumn('experience_months', 'integer', (c) => c.notNull())
      .addColumn('apprentice_welcome', 'integer', (c) => c.notNull())
      // whole cents, in salary_period
      .addColumn('salary_min_cents', 'integer', (c) => c.notNull())
      .addColumn('salary_max_cents', 'integer', (c) => c.notNull())
      .addColumn('salary_period', 'text', (c) => c.notNull())
      .addColumn('application_method', 'text', (c) => c.notNull())
      .addColumn('application_target', 'text')
      // YYYY-MM-DD; null until published when the employer gave none (then 60 days after publishing)
      .addColumn('closing_date', 'text')
      .addColumn('screening_questions', 'text', (c) => c.notNull())
      // the distinct words of the title and description, for the keyword index
      .addColumn('search_terms', 'text', (c) => c.notNull())
      .addColumn('search_seq', 'integer', (c) => c.notNull())
      // 1 after an admin unpublished it: publishing again waits for an admin
      .addColumn('needs_review', 'integer', (c) => c.notNull())
      .addColumn('moderation_reason', 'text')
      .addColumn('approved_at', 'text')
      // when it first went public (datePosted)
      .addColumn('posted_at', 'text')
      .addColumn('reminder_sent_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // an employer's postings; the job index's refresh (changes since a seq); the moderation queue and first load
    await db.schema
      .createIndex('careers_jobs_owner')
      .on('careers_jobs')
      .columns(['owner_user_id', 'created_at'])
      .execute();
    await db.schema.createIndex('careers_jobs_search_seq').on('careers_jobs').column('search_seq').execute();
    await db.schema.createIndex('careers_jobs_status').on('careers_jobs').columns(['status', 'updated_at']).execute();
    await db.schema
      .createTable('careers_applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('job_id', 'text', (c) => c.notNull().references('careers_jobs.id'))
      .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
      // new | reviewing | interview | offer | hired | rejected | withdrawn
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('cover_note', 'text', (c) => c.notNull())
      // JSON: the answers, in the order of the posting's screening questions when applied
      .addColumn('answers', 'text', (c) => c.notNull())
      // JSON: the questions as they were when applied (a later edit of the posting does not re-word an answer)
      .addColumn('questions', 'text', (c) => c.notNull())
      .addColumn('resume_upload_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      // one application per applicant and job
      .addUniqueConstraint('careers_applications_one_per_job', ['job_id', 'applicant_user_id'])
      .execute();
    await db.schema
      .createIndex('careers_applications_applicant')
      .on('careers_applications')
      .columns(['applicant_user_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('careers_application_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull().references('careers_applications.id').onDelete('cascade'))
      .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('careers_application_notes_application')
      .on('careers_application_notes')
      .columns(['application_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('careers_counters')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('careers_counters').values({ name: 'job_search_seq', value: 0 }).execute();
  },
  async down(db) {
    for (const t of [
      'careers_counters',
      'careers_application_notes',
      'careers_applications',
      'careers_jobs',
      'careers_organizations',
    ])
      await db.schema.dropTable(t).execute();
  },
};
