// The mail the account flows send, queued in the transaction of the change they tell about (tasks' mail
// outbox): a reset link exists only with the mail that carries it, and a password change only with its notice.
import type { MailMessage } from '../mail/index.js';

/** What the mail needs from the configuration: the address users reach the site at, for links. */
export interface AccountMail {
  publicUrl: string;
}

export function resetMail(email: string, token: string, mail: AccountMail): MailMessage {
  const link = `${mail.publicUrl}/password-reset/${token}`;
  return {
    to: email,
    subject: 'Reset your CodeDesk password',
    text: `Someone (we hope you) asked to reset the password of the CodeDesk account for ${email}.\n\nOpen this link within one hour to choose a new password (it works once):\n${link}\n\nIf it was not you, ignore this mail; your password stays as it is.\n`,
  };
}

/** tells the owner their password changed, so a change they did not make does not go unnoticed */
export function passwordChangedMail(email: string, mail: AccountMail): MailMessage {
  return {
    to: email,
    subject: 'Your CodeDesk password was changed',
    text: `The password of the CodeDesk account for ${email} was just changed, and every other session was logged out.\n\nIf this was not you, reset it now at ${mail.publicUrl}/password-reset and tell the site's administrator.\n`,
  };
}
