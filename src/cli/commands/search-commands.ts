// search: the search operation on the command line — one query, or a batch file of one query per line, read and
// answered line by line (each line at most 256 KB, the file at most 1 GB: bounded-input.ts). The options are the
// operation's input fields; --batch is the command's own. suggest: type-ahead's word completions for one text.
import type { Command } from 'commander';
import { searchOperation, suggestOperation } from '../../operations/index.js';
import type { SearchResponse, SuggestResponse } from '../../search/index.js';
import { AppError } from '../../shared/index.js';
import { openInput, readBatchLines } from '../bounded-input.js';
import { cliContext, commandInput, commandSpec, defaultAction, operationCommand } from '../operation-command.js';
import { fail, printJson } from '../output.js';

function formatResults(r: SearchResponse): string {
  const lines: string[] = [];
  for (const w of r.warnings ?? []) lines.push(`! ${w}`);
  if (r.results.length === 0) lines.push(`No codes match "${r.query}"`);
  for (const x of r.results) {
    const flag = x.billable ? ' ' : '*';
    const kids = x.children !== undefined ? ` [${x.children} billable codes below]` : '';
    lines.push(`${flag}${x.code.padEnd(9)} ${x.system.padEnd(8)} ${x.title ?? '(no descriptor)'}${kids}`);
    const why = x.matched.path ? x.matched.path.join(' > ') : x.matched.text;
    if (x.matched.kind !== 'title' && x.matched.kind !== 'code') lines.push(`           via ${x.matched.kind}: ${why}`);
  }
  return `${lines.join('\n')}\n`;
}

export const searchCommand = commandSpec({
  operation: searchOperation,
  command: 'search',
  args: [{ field: 'q', shownAs: 'query' }],
  text: formatResults,
});

function formatSuggestions(r: SuggestResponse): string {
  const lines: string[] = [];
  for (const w of r.warnings ?? []) lines.push(`! ${w}`);
  if (r.suggestions.length === 0) lines.push(`No terms complete "${r.query}"`);
  const width = Math.min(48, Math.max(0, ...r.suggestions.map((s) => s.text.length)));
  for (const s of r.suggestions) {
    const code = s.code ?? (s.prefix ? `${s.prefix}…` : '-');
    const title = s.title ? ` ${s.title}` : '';
    lines.push(`${s.text.padEnd(width)}  ${code.padEnd(9)} ${(s.system ?? '').padEnd(8)}${title}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

export const suggestCommand = commandSpec({
  operation: suggestOperation,
  command: 'suggest',
  args: [{ field: 'q', shownAs: 'text' }],
  text: formatSuggestions,
});

export function registerSearchCommands(program: Command): void {
  operationCommand(program, searchCommand)
    .option('--batch <file>', 'one query per line; one JSON object per line in order')
    .action(async (query: string | undefined, opts: Record<string, unknown>) => {
      const json = Boolean(opts.json) || opts.batch !== undefined;
      try {
        const input = commandInput(searchCommand, [query], opts);
        if (opts.batch === undefined && query === undefined)
          throw new AppError('BAD_INPUT', { why: 'Give a query, or --batch FILE' });
        // the batch file is opened before the index is loaded: a missing file is reported at once
        const batch = opts.batch !== undefined ? await openInput(String(opts.batch), 'batch') : undefined;
        const ctx = cliContext();
        if (!batch) {
          const r = searchOperation.run(ctx, input);
          if (json) printJson(r);
          else process.stdout.write(formatResults(r));
          return;
        }
        // one JSON line per query line, in order; a line over the size limit gets its error in its place
        for await (const item of readBatchLines(batch)) {
          if (item.error) printJson({ ...item.error.toJSON(), line: item.line });
          else printJson(searchOperation.run(ctx, { ...input, q: item.text }));
        }
      } catch (e) {
        fail(e, json);
      }
    });
  operationCommand(program, suggestCommand).action(defaultAction(suggestCommand));
}
