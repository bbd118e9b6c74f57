// Background tasks: a table of work with leases, retries and backoff (task-queue.ts, leases.ts, worker.ts), the
// mail outbox on it (mail-outbox.ts), and what operators do with tasks (admin.ts). No HTTP here.
export {
  DONE_TASKS_KEPT_MS,
  describeTask,
  listTasks,
  purgeFinishedTasks,
  retryTask,
  type TaskListing,
} from './admin.js';
export { describeMailTask, enqueueMail, insertWithMail, MAIL_TASK, mailTaskType } from './mail-outbox.js';
export {
  DEFAULT_MAX_ATTEMPTS,
  enqueue,
  insertWithTask,
  isTaskState,
  type NewTask,
  TASK_STATES,
  type Task,
} from './task-queue.js';
export { type TaskTypeDeps, taskTypes } from './task-types.js';
export {
  type Backoff,
  DEFAULT_BACKOFF,
  PermanentTaskFailure,
  retryDelayMs,
  startTaskWorker,
  type TaskContext,
  type TaskType,
  type TaskWorker,
  type TaskWorkerLog,
  type TaskWorkerOptions,
} from './worker.js';
