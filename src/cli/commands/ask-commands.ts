// ask: CasePilot on the command line — one question, or a batch file of one question per line (one JSON object
// per line out, in order). The options are the ask operation's input fields; --batch is the command's own.
import type { Command } from 'commander';
import { type AskAnswer, askOperation } from '../../assistant/index.js';
import { AppError } from '../../shared/index.js';
import { openInput, readBatchLines } from '../bounded-input.js';
import { cliContext, commandInput, commandSpec, operationCommand } from '../operation-command.js';
import { fail, printJson } from '../output.js';

function formatAnswer(r: AskAnswer): string {
  const codes = r.codes.length > 0 ? `\nCodes: ${r.codes.map((c) => `${c.code} (${c.status})`).join(', ')}` : '';
  return `${r.answer}\n${codes}\n[${r.intent}, confidence ${r.confidence}]\n`;
}

export const askCommand = commandSpec({
  operation: askOperation,
  command: 'ask',
  args: [{ field: 'question', shownAs: 'question', orBatch: true }],
  text: formatAnswer,
});

export function registerAskCommands(program: Command): void {
  operationCommand(program, askCommand)
    .option('--batch <file>', 'one question per line; one JSON object per line in order')
    .action(async (question: string | undefined, opts: Record<string, unknown>) => {
      const json = Boolean(opts.json) || opts.batch !== undefined;
      try {
        if (opts.batch === undefined && question === undefined)
          throw new AppError('BAD_INPUT', { why: 'Give a question, or --batch FILE' });
        const input = commandInput(askCommand, [question ?? 'batch'], opts);
        const batch = opts.batch !== undefined ? await openInput(String(opts.batch), 'batch') : undefined;
        const ctx = cliContext();
        if (!batch) {
          const r = await askOperation.run(ctx, input);
          if (json) printJson(r);
          else process.stdout.write(formatAnswer(r));
          return;
        }
        for await (const item of readBatchLines(batch)) {
          if (item.error) printJson({ ...item.error.toJSON(), line: item.line });
          else if (item.text.trim() === '') printJson(await askOperation.run(ctx, { ...input, question: ' ' }));
          else printJson(await askOperation.run(ctx, { ...input, question: item.text.slice(0, 20_000) }));
        }
      } catch (e) {
        fail(e, json);
      }
    });
}
