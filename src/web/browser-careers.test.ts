// CareerCenter's flow in Chromium (headless) against the real server on a loopback port, its task worker sending mail
// to a real SMTP sink: an employer registers and posts a job; an admin approves it; a coder filters to it (remote +
// CPC-A welcome + salary minimum) and applies with a PDF; the employer moves the application to "interview"; the
// coder sees the new status, and the mail for the change arrives at the sink. axe-core finds no serious or critical
// violation on /jobs, the job page, the apply form and the employer's job form; screenshots of /jobs, the job page
// and the applicants page go to test-results/screens/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createUser } from '../accounts/index.js';
import { type SmtpSink, startSmtpSink } from '../mail/test-support/smtp-sink.js';
import { minimalPdf } from '../storage/test-support/upload-fixtures.js';
import { seriousViolations } from './test-support/axe.js';
import { type BrowserApp, chromiumMissing, RESULTS, startBrowserApp } from './test-support/browser-app.js';
import { daysAhead, PASSWORD } from './test-support/careers-pages.js';

const SCREENS = resolve(RESULTS, 'screens');
const TITLE = 'Remote Pro-Fee Coder, CPC-A welcome';

for (const dialect of ['sqlite', 'postgres'] as const)
  describe(`CareerCenter in the browser, ${dialect}`, { skip: chromiumMissing }, () => {
    let app: BrowserApp;
    let sink: SmtpSink;
    let browser: Browser;
    let base: string;

    before(async () => {
      sink = await startSmtpSink();
      app = await startBrowserApp({
        dialect,
        env: { SMTP_RELAY_URL: sink.url, AUTH_ATTEMPTS_PER_15_MINUTES: '1000', RATE_LIMIT_PER_MINUTE: '100000' },
      });
      browser = app.browser;
      base = app.base;
      mkdirSync(SCREENS, { recursive: true });
      await createUser(
        app.t.database.db,
        { email: 'admin@example.org', password: PASSWORD, role: 'admin' },
        new Date(),
      );
    });
    after(async () => {
      await app?.close();
      await sink?.close();
    });

    const submit = async (page: Page, button: ReturnType<Page['getByRole']>, url: RegExp) => {
      await Promise.all([page.waitForURL(url), button.click()]);
    };

    async function register(page: Page, email: string, role: 'employer' | 'member') {
      await page.goto(`${base}/register`);
      const form = page.locator('main form');
      await form.getByLabel('Email', { exact: true }).fill(email);
      await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await form
        .getByLabel(role === 'employer' ? 'an employer hiring coders' : 'a coder, biller, auditor or student')
        .check();
      await submit(page, form.getByRole('button', { name: 'Register' }), /\/account$/);
    }

    async function logIn(page: Page, email: string, next: string) {
      await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
      const form = page.locator('main form');
      await form.getByLabel('Email', { exact: true }).fill(email);
      await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await submit(page, form.getByRole('button', { name: 'Log in' }), new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`));
    }

    test('posted, approved, found by its filters, applied to with a PDF, moved to interview, mailed', async () => {
      const employer = await (await browser.newContext({ bypassCSP: true })).newPage();
      const admin = await (await browser.newContext({ bypassCSP: true })).newPage();
      const coder = await (await browser.newContext({ bypassCSP: true })).newPage();

      // the employer registers and posts a job
      await register(employer, 'hiring@buckeye-billing.com', 'employer');
      await employer.goto(`${base}/employer/jobs/new`);
      assert.deepEqual(await seriousViolations(employer), [], 'the employer job form');
      const form = employer.locator('main form');
      await form.getByLabel('Organization name').fill('Buckeye Billing');
      await form.getByLabel('Job title').fill(TITLE);
      await form
        .getByLabel('Description (Markdown)')
        .fill('Code **pro-fee** claims from home. We train new CPC-A holders.');
      await form.getByRole('radio', { name: 'Remote' }).check();
      await form.getByLabel('City').fill('Columbus');
      await form.getByLabel('State', { exact: true }).selectOption('OH');
      await form.getByLabel('Any US state').check();
      await form.getByLabel('Setting').selectOption('physician-practice');
      await form.getByRole('checkbox', { name: 'Family medicine' }).check();
      await form.getByRole('checkbox', { name: /^CPT/ }).check();
      await form.getByRole('checkbox', { name: /^CPC-A/ }).check();
      await form.getByLabel('Experience level').selectOption('entry');
      await form.getByLabel('Months of experience required').fill('0');
      await form.getByLabel(/Apprentices and new graduates/).check();
      await form.getByLabel('From ($)').fill('45000');
      await form.getByLabel('To ($)').fill('52000');
      await form.getByLabel('Per', { exact: true }).selectOption('year');
      await form.getByLabel('Closing date').fill(daysAhead(45));
      await form.getByLabel('Question 1', { exact: true }).fill('Which specialties have you coded?');
      await submit(employer, form.getByRole('button', { name: 'Save and publish' }), /\/employer\?done=pending$/);
      await employer.getByText('Waiting for approval').waitFor();
      const jobId = await employer.locator('tr[data-job]').first().getAttribute('data-job');
      assert.ok(jobId);

      // an admin approves it
      await logIn(admin, 'admin@example.org', '/admin/jobs');
      await admin.locator(`li[data-job="${jobId}"]`).getByRole('button', { name: 'Approve' }).click();
      await admin.getByText(/Approved: the posting is public/).waitFor();

      // a coder filters to it and applies with a PDF
      await register(coder, 'coder@example.org', 'member');
      await coder.goto(`${base}/jobs`);
      const filters = coder.locator('form.job-filters');
      await filters.getByRole('checkbox', { name: /Remote only/ }).check();
      await filters.getByLabel('Credential I hold').selectOption('CPC-A');
      await filters.getByRole('checkbox', { name: /Apprentices \/ new graduates welcome/ }).check();
      await filters.getByLabel('Minimum pay').selectOption('40000');
      await submit(coder, filters.getByRole('button', { name: 'Search jobs' }), /\/jobs\?/);
      const url = new URL(coder.url());
      assert.equal(url.searchParams.get('remote'), 'true');
      assert.equal(url.searchParams.get('credential'), 'CPC-A');
      assert.equal(url.searchParams.get('apprenticeWelcome'), 'true');
      assert.equal(url.searchParams.get('salaryMin'), '40000');
      await coder.getByRole('heading', { name: '1 job' }).waitFor();
      assert.deepEqual(await seriousViolations(coder), [], '/jobs');
      await coder.screenshot({ path: resolve(SCREENS, 'careers-jobs.png'), fullPage: true });
      await submit(coder, coder.getByRole('link', { name: TITLE }), new RegExp(`/jobs/${jobId}$`));
      assert.deepEqual(await seriousViolations(coder), [], 'the job page with the apply form');
      await coder.screenshot({ path: resolve(SCREENS, 'careers-job.png'), fullPage: true });
      const apply = coder.locator('form.apply-form');
      await apply.getByLabel('Cover note (optional)').fill('CPC-A since March; two years of front-desk billing.');
      await apply.getByLabel(/Which specialties have you coded\?/).fill('Family medicine, some cardiology.');
      await apply
        .getByLabel(/^Résumé/)
        .setInputFiles({ name: 'résumé.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
      await submit(coder, apply.getByRole('button', { name: 'Send application' }), /\/jobs\/applications\/[^/]+$/);
      await coder.getByRole('heading', { name: 'Application sent' }).waitFor();

      // the apply form on a page of its own, where a guest is sent back to after logging in
      await coder.goto(`${base}/jobs/${jobId}/apply`);
      assert.deepEqual(await seriousViolations(coder), [], 'the apply form');

      // the employer moves the application to "interview"
      await employer.goto(`${base}/employer/jobs/${jobId}/applications`);
      const applicant = employer.locator('li.applicant').filter({ hasText: 'coder@example.org' });
      await applicant.getByLabel('Status').selectOption('interview');
      await submit(employer, applicant.getByRole('button', { name: 'Set status' }), /done=status$/);
      await employer.locator('li.applicant .status', { hasText: 'Interview' }).waitFor();
      assert.deepEqual(await seriousViolations(employer), [], 'the applicants page');
      await employer.screenshot({ path: resolve(SCREENS, 'careers-applicants.png'), fullPage: true });

      // the coder sees the new status; the mail arrives at the SMTP sink
      await coder.goto(`${base}/jobs/applications`);
      assert.equal((await coder.locator('tr[data-application] td.status').first().textContent())?.trim(), 'Interview');
      const mail = await sink.waitFor((m) => m.to.includes('coder@example.org') && /: interview$/.test(m.subject));
      assert.match(mail.subject, new RegExp(TITLE));
    });
  });
