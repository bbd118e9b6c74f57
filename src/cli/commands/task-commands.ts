// tasks: the background task queue for operators, on the database of CODEDESK_DATA_DIR / DATABASE_URL.
//   codedesk tasks list [--state S] [--limit N] [--json]   newest first; a mail shows whom and what, never its text
//   codedesk tasks retry ID [--json]                       a failed or dead task back in the queue, due now
import type { Command } from 'commander';
import { AppError } from '../../shared/index.js';
import { isTaskState, listTasks, retryTask, TASK_STATES, type TaskListing } from '../../tasks/index.js';
import { withDatabase } from '../database.js';
import { fail, printJson } from '../output.js';

const LIST_LIMIT_MAX = 10_000;

function summaryText(task: TaskListing): string {
  const s = task.summary as { to?: unknown; subject?: unknown } | null;
  if (s && typeof s === 'object' && typeof s.to === 'string') return `to ${s.to}: ${String(s.subject ?? '')}`;
  return JSON.stringify(task.summary) ?? '';
}

function line(task: TaskListing): string {
  const error = task.lastError ? `  last error: ${task.lastError.replace(/\s+/g, ' ').slice(0, 200)}` : '';
  return `${task.id}  ${task.type}  ${task.state}  attempts ${task.attempts}/${task.maxAttempts}  next ${task.runAt}  ${summaryText(task)}${error}\n`;
}

export function registerTaskCommands(program: Command): void {
  const tasks = program.command('tasks').description('the background task queue (mail and other work after a request)');
  tasks
    .command('list')
    .description('list tasks, newest first')
    .option('--state <state>', `only tasks in this state: ${TASK_STATES.join(', ')}`)
    .option('--limit <n>', `at most this many (1 to ${LIST_LIMIT_MAX})`, '100')
    .option('--json', 'JSON output')
    .action(async (opts: { state?: string; limit: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const state = opts.state?.toLowerCase();
        if (state !== undefined && !isTaskState(state))
          throw new AppError('BAD_INPUT', {
            why: `--state must be one of ${TASK_STATES.join(', ')}, not "${opts.state}"`,
          });
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > LIST_LIMIT_MAX)
          throw new AppError('BAD_INPUT', {
            why: `--limit must be a whole number from 1 to ${LIST_LIMIT_MAX}, not "${opts.limit}"`,
          });
        const found = await withDatabase((d) => listTasks(d.db, { ...(state ? { state } : {}), limit }));
        if (json) printJson(found);
        else if (found.length === 0) process.stdout.write(`no tasks${state ? ` ${state}` : ''}\n`);
        else for (const task of found) process.stdout.write(line(task));
      } catch (e) {
        fail(e, json);
      }
    });
  tasks
    .command('retry')
    .description('put a failed or dead task back in the queue, due now, with its attempts counted afresh')
    .argument('<id>', 'the task id (from codedesk tasks list)')
    .option('--json', 'JSON output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const task = await withDatabase((d) => retryTask(d.db, id.trim(), new Date()));
        if (json) printJson(task);
        else process.stdout.write(`queued ${task.id} (${task.type}) again\n`);
      } catch (e) {
        fail(e, json);
      }
    });
}
