// Mail off the request path. Routes hand a message to the outbox and answer at once, so a slow or dead relay
// never slows a page down — and the time an answer takes cannot tell whether a mail was sent (the password
// reset form must not reveal which addresses have accounts). A small in-process queue sends in the background
// through the mailer, a few at a time, logs what fails, and is drained on shutdown. It keeps mail in memory
// only: a crash loses what is still queued. The durable outbox (a task table with retries) replaces it behind
// the same MailOutbox interface.
import { AppError } from '../shared/index.js';
import type { Mailer, MailMessage } from './mailer.js';

export interface MailOutbox {
  /** Queues a message and returns at once; a failure to send is reported to onError, never to the caller. */
  enqueue(message: MailMessage): void;
  /** Resolves once every message queued so far has been tried. */
  drain(): Promise<void>;
}

export interface SendQueueOptions {
  /** told of every message that could not be sent (the relay refused it, or the queue was full) */
  onError(error: unknown, message: MailMessage): void;
  /** messages in flight at once (default 2) */
  concurrency?: number;
  /** messages waiting at most; beyond, new ones are refused through onError (default 1,000) */
  maxQueued?: number;
}

export function createSendQueue(mailer: Mailer, options: SendQueueOptions): MailOutbox {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const maxQueued = Math.max(1, options.maxQueued ?? 1000);
  const waiting: MailMessage[] = [];
  let inFlight = 0;
  let idle: (() => void)[] = [];

  const settleIfIdle = () => {
    if (inFlight > 0 || waiting.length > 0) return;
    const done = idle;
    idle = [];
    for (const resolve of done) resolve();
  };

  const pump = () => {
    while (inFlight < concurrency && waiting.length > 0) {
      const message = waiting.shift() as MailMessage;
      inFlight++;
      mailer
        .send(message)
        .catch((e: unknown) => options.onError(e, message))
        .finally(() => {
          inFlight--;
          pump();
          settleIfIdle();
        });
    }
  };

  return {
    enqueue(message) {
      if (waiting.length >= maxQueued) {
        options.onError(new AppError('MAIL_QUEUE_FULL', { waiting: waiting.length }), message);
        return;
      }
      waiting.push(message);
      pump();
    },
    drain() {
      return new Promise<void>((resolve) => {
        idle.push(resolve);
        settleIfIdle();
      });
    },
  };
}
