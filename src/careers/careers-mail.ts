// The mail CareerCenter sends, always through the task outbox in the transaction of the change it tells about: an
// unpublished posting and the admin's reason, an approved posting, the reminder before a posting closes, and an
// application's new status. Texts are plain (no HTML): what users typed goes into them as typed.
import type { MailMessage } from '../mail/index.js';
import type { EmployerApplicationStatus } from './values.js';

/** The pages the mails link to (the web layer serves them at these paths). */
export const CAREERS_PATHS = {
  job: (id: string) => `/jobs/${encodeURIComponent(id)}`,
  employerJob: (id: string) => `/employer/jobs/${encodeURIComponent(id)}`,
  myApplications: '/jobs/applications',
  verifyDomain: (token: string) => `/employer/verify-domain?token=${encodeURIComponent(token)}`,
} as const;

const STATUS_WORDS: Record<EmployerApplicationStatus, string> = {
  new: 'received and not yet reviewed',
  reviewing: 'being reviewed',
  interview: 'moved to the interview stage',
  offer: 'at the offer stage',
  hired: 'marked as hired — congratulations',
  rejected: 'not moving forward',
};

export function unpublishedMail(
  to: string,
  title: string,
  jobId: string,
  reason: string,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: `Your job posting "${title}" was unpublished`,
    text: `An administrator of CodeDesk's CareerCenter unpublished your job posting "${title}". The reason given:\n\n${reason}\n\nThe posting is a draft again. Edit it at ${publicUrl}${CAREERS_PATHS.employerJob(jobId)} and publish it; an administrator will review it before it is shown again.\n`,
  };
}

export function approvedMail(
  to: string,
  title: string,
  jobId: string,
  closingDate: string,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: `Your job posting "${title}" is published`,
    text: `An administrator approved your job posting "${title}". It is shown at ${publicUrl}${CAREERS_PATHS.job(jobId)} and takes applications until ${closingDate}.\n`,
  };
}

export function closingReminderMail(
  to: string,
  title: string,
  jobId: string,
  closingDate: string,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: `Your job posting "${title}" closes on ${closingDate}`,
    text: `Your job posting "${title}" takes applications until ${closingDate} and then expires. To keep it open longer, renew it at ${publicUrl}${CAREERS_PATHS.employerJob(jobId)}.\n`,
  };
}

export function applicationStatusMail(
  to: string,
  title: string,
  organization: string,
  status: EmployerApplicationStatus,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: `Your application for "${title}" at ${organization}: ${status}`,
    text: `Your application for "${title}" at ${organization} is ${STATUS_WORDS[status]}.\n\nSee all your applications at ${publicUrl}${CAREERS_PATHS.myApplications}.\n`,
  };
}

export function domainVerificationMail(
  to: string,
  organization: string,
  domain: string,
  token: string,
  hours: number,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: `Confirm that ${organization} receives mail at ${domain}`,
    text: `Someone managing the organization "${organization}" on CodeDesk's CareerCenter asked to verify its website domain ${domain} by sending this link to ${to}. Open it to confirm (valid for ${hours} hours):\n\n${publicUrl}${CAREERS_PATHS.verifyDomain(token)}\n\nJob seekers will then see ${domain} marked as verified beside its postings. If you did not expect this, ignore this mail: nothing changes.\n`,
  };
}
