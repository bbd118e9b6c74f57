// Outbound mail through the configured SMTP relay (the test sink lives in ./test-support, not here).
export { createMailer, type Mailer, type MailMessage } from './mailer.js';
