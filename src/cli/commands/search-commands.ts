// search: a thin adapter over src/search (one query, or a batch file of one query per line).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Catalog, isValidIsoDate } from '../../catalog/index.js';
import { loadConfig } from '../../config.js';
import {
  SearchIndex,
  type SearchOptions,
  type SearchResponse,
  type SearchSystem,
  searchCodes,
} from '../../search/index.js';
import { AppError } from '../../shared/index.js';
import { fail, printJson } from '../output.js';

const SYSTEMS: readonly string[] = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'];

interface SearchCliOptions {
  system?: string;
  limit?: string;
  billable?: boolean;
  date?: string;
  batch?: string;
  json?: boolean;
}

function searchOptions(opts: SearchCliOptions): SearchOptions {
  const out: SearchOptions = {};
  if (opts.system !== undefined) {
    const s = opts.system.toLowerCase();
    if (!SYSTEMS.includes(s)) {
      throw new AppError('BAD_INPUT', {
        why: `Unknown code system "${opts.system}". Use one of: ${SYSTEMS.join(', ')}.`,
      });
    }
    out.system = s as SearchSystem;
  }
  if (opts.limit !== undefined) {
    const n = Number(opts.limit);
    if (!/^\d+$/.test(opts.limit) || n < 1 || n > 500) {
      throw new AppError('BAD_INPUT', { why: `--limit must be a whole number from 1 to 500, not "${opts.limit}"` });
    }
    out.limit = n;
  }
  if (opts.billable) out.billable = true;
  if (opts.date !== undefined) {
    if (!isValidIsoDate(opts.date))
      throw new AppError('BAD_INPUT', { why: `"${opts.date}" is not a date: use YYYY-MM-DD` });
    out.date = opts.date;
  }
  return out;
}

function printText(r: SearchResponse): void {
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
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerSearchCommands(program: Command): void {
  program
    .command('search')
    .description('find codes by code, range, clinical or lay term, abbreviation or misspelling')
    .argument('[query]', 'the search text (omit with --batch)')
    .option('--system <system>', 'icd10cm, icd10pcs, hcpcs or cpt (all when absent)')
    .option('--limit <n>', 'number of results (default 10)')
    .option('--billable', 'billable codes only')
    .option('--date <date>', 'date of service YYYY-MM-DD (newest releases when absent)')
    .option('--batch <file>', 'one query per line; one JSON object per line in order')
    .option('--json', 'JSON output')
    .action((query: string | undefined, opts: SearchCliOptions) => {
      const json = Boolean(opts.json) || opts.batch !== undefined;
      try {
        const options = searchOptions(opts);
        let queries: string[];
        if (opts.batch !== undefined) {
          let text: string;
          try {
            text = readFileSync(opts.batch, 'utf8');
          } catch (e) {
            throw new AppError('BAD_INPUT', {
              why: `Cannot read the batch file ${opts.batch}: ${e instanceof Error ? e.message : String(e)}`,
            });
          }
          queries = text.split(/\r?\n/);
          if (queries.length > 0 && queries[queries.length - 1] === '') queries.pop();
        } else {
          if (query === undefined) throw new AppError('BAD_INPUT', { why: 'Give a query, or --batch FILE' });
          queries = [query];
        }
        const index = SearchIndex.open(Catalog.open(loadConfig().dataDir));
        for (const q of queries) {
          const r = searchCodes(index, q, options);
          if (json) printJson(r);
          else printText(r);
        }
      } catch (e) {
        fail(e, json);
      }
    });
}
