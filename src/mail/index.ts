// Outbound mail through the configured SMTP relay, sent off the request path by the outbox (the test sink lives
// in ./test-support, not here).
export { createMailer, type Mailer, type MailMessage } from './mailer.js';
export { createSendQueue, type MailOutbox, type SendQueueOptions } from './send-queue.js';
