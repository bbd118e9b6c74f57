// The task types this application runs, by name: what a worker is started with. A new type is added here (or,
// for a folder above tasks/, merged in by the runtime) — see docs/architecture.md.
import type { Mailer } from '../mail/index.js';
import { MAIL_TASK, mailTaskType } from './mail-outbox.js';
import type { TaskType } from './worker.js';

export interface TaskTypeDeps {
  /** outbound mail, for the mail outbox */
  mailer: Mailer;
}

export function taskTypes(deps: TaskTypeDeps): Record<string, TaskType> {
  return { [MAIL_TASK]: mailTaskType(deps.mailer) };
}
