// Outbound mail through the configured SMTP relay. Nothing here queues: the application's mail goes through the
// task outbox (tasks/mail-outbox.ts), whose worker calls the mailer. The test sink lives in ./test-support.
export { createMailer, type Mailer, type MailMessage } from './mailer.js';
