// The job-alert digest mail: one per user and day, the new jobs of each of their saved searches (a job under the
// first search that found it), each with its link, and the unsubscribe links — one per search in the text, and the
// "stop all" link as the List-Unsubscribe header (RFC 8058 one-click: the mailer adds List-Unsubscribe-Post). Plain
// text: titles and names go in as typed.
import type { MailMessage } from '../mail/index.js';
import { CAREERS_PATHS } from './careers-mail.js';
import { fromCents } from './salary.js';

/** The pages the digest links to (served by the web layer at these paths). */
export const ALERT_PATHS = {
  alerts: '/jobs/alerts',
  unsubscribe: (token: string) => `/jobs/alerts/unsubscribe?token=${encodeURIComponent(token)}`,
} as const;

export interface DigestJob {
  id: string;
  title: string;
  organization: string;
  city: string | null;
  state: string | null;
  workArrangement: string;
  salaryMinCents: number;
  salaryMaxCents: number;
  salaryPeriod: string;
}

export interface DigestSection {
  name: string;
  /** the search's /jobs page */
  path: string;
  /** this search's own unsubscribe token */
  unsubscribeToken: string;
  jobs: DigestJob[];
}

const money = (cents: number) => `$${fromCents(cents).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

function jobLine(job: DigestJob, publicUrl: string): string {
  const place = [job.city, job.state].filter(Boolean).join(', ');
  const where = job.workArrangement === 'remote' ? 'Remote' : `${place || 'On site'} (${job.workArrangement})`;
  const pay = `${money(job.salaryMinCents)}–${money(job.salaryMaxCents)} a${job.salaryPeriod === 'hour' ? 'n hour' : ' year'}`;
  return `- ${job.title} — ${job.organization}\n  ${where}; ${pay}\n  ${publicUrl}${CAREERS_PATHS.job(job.id)}`;
}

export function digestMail(
  to: string,
  sections: readonly DigestSection[],
  allToken: string,
  publicUrl: string,
): MailMessage {
  const count = sections.reduce((n, s) => n + s.jobs.length, 0);
  const blocks = sections.map((s) =>
    [
      `${s.name}: ${s.jobs.length} new job${s.jobs.length === 1 ? '' : 's'}`,
      ...s.jobs.map((j) => jobLine(j, publicUrl)),
      `All jobs of this search: ${publicUrl}${s.path}`,
      `Stop this alert: ${publicUrl}${ALERT_PATHS.unsubscribe(s.unsubscribeToken)}`,
    ].join('\n'),
  );
  const unsubscribeAll = `${publicUrl}${ALERT_PATHS.unsubscribe(allToken)}`;
  return {
    to,
    subject: `${count} new job${count === 1 ? '' : 's'} for your saved search${sections.length === 1 ? '' : 'es'} on CodeDesk`,
    text: `New jobs on CodeDesk's CareerCenter that match your saved searches.\n\n${blocks.join('\n\n')}\n\nManage your saved searches: ${publicUrl}${ALERT_PATHS.alerts}\nStop all job alert mails: ${unsubscribeAll}\n`,
    unsubscribeUrl: unsubscribeAll,
  };
}
