// describe: the plain-words description of codes.
//   codedesk describe CODE [--system S] [--json]               the generated description, as the code page shows it
//   codedesk describe --draft [CODE] [--system S] [--limit N] [--json]
//       fuller descriptions drafted by the optional model provider (ASSISTANT_MODEL_URL), checked against each
//       code's facts and stored as drafts in the editorial tool for an editor to publish (/editor)
import type { Command } from 'commander';
import { type DraftReport, draftDescriptions, MAX_DRAFT_LIMIT } from '../../assistant/index.js';
import {
  Catalog,
  type CodeSystem,
  describeCode,
  isCodeSystem,
  lookupCode,
  unknownSystemError,
} from '../../catalog/index.js';
import { loadConfig } from '../../config.js';
import { AppError } from '../../shared/index.js';
import { withDatabase } from '../database.js';
import { fail, printJson } from '../output.js';

interface DescribeOptions {
  system?: string;
  draft?: boolean;
  limit: string;
  json?: boolean;
}

function checkedSystem(system: string | undefined): CodeSystem | undefined {
  if (system === undefined) return undefined;
  const s = system.toLowerCase();
  if (!isCodeSystem(s)) throw unknownSystemError(system);
  return s;
}

function checkedLimit(limit: string): number {
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DRAFT_LIMIT)
    throw new AppError('BAD_INPUT', {
      why: `--limit must be a whole number from 1 to ${MAX_DRAFT_LIMIT}, not "${limit}"`,
    });
  return n;
}

function reportText(r: DraftReport): string {
  const lines = [
    `${r.drafted.length} drafted, ${r.rejected.length} rejected by the checks, ${r.failed.length} not answered`,
    ...r.drafted.map((d) => `drafted   ${d.system} ${d.code}`),
    ...r.rejected.map((d) => `rejected  ${d.system} ${d.code}: ${d.why}`),
    ...r.failed.map((d) => `failed    ${d.system} ${d.code}: ${d.why}`),
  ];
  if (r.passedOverCpt > 0)
    lines.push(
      `${r.passedOverCpt} CPT codes passed over: no licensed descriptor is loaded, and AMA text is never drafted`,
    );
  if (r.stopped) lines.push(`stopped: ${r.stopped}`);
  if (r.drafted.length > 0)
    lines.push('Drafts wait for an editor at /editor; readers see none until one is published.');
  return `${lines.join('\n')}\n`;
}

export function registerDescribeCommands(program: Command): void {
  program
    .command('describe')
    .description('the plain-words description of a code; --draft: fuller ones drafted by the model for editors')
    .argument('[code]', 'the code (required without --draft)')
    .option('--system <system>', 'icd10cm, icd10pcs, hcpcs or cpt')
    .option('--draft', 'draft descriptions with the configured model (ASSISTANT_MODEL_URL) into the editorial tool')
    .option('--limit <n>', `--draft: at most this many codes sent to the model (1 to ${MAX_DRAFT_LIMIT})`, '10')
    .option('--json', 'JSON output')
    .action(async (code: string | undefined, opts: DescribeOptions) => {
      const json = Boolean(opts.json);
      try {
        const system = checkedSystem(opts.system);
        const config = loadConfig();
        if (!opts.draft) {
          if (!code) throw new AppError('BAD_INPUT', { why: 'Name a code, or use --draft' });
          const lookup = lookupCode(Catalog.open(config.dataDir), { ...(system ? { system } : {}), code });
          const description = describeCode(lookup);
          if (json) printJson({ system: lookup.system, code: lookup.code, description, generated: true });
          else process.stdout.write(`${description ?? `No generated description for ${lookup.code}`}\n`);
          return;
        }
        const limit = checkedLimit(opts.limit);
        if (code && !system) throw new AppError('BAD_INPUT', { why: 'With a code, --draft needs --system' });
        // refused before the database or catalog is opened: nothing to do without a model
        if (!config.assistantModel) throw new AppError('MODEL_NOT_CONFIGURED', { what: 'codedesk describe --draft' });
        const report = await withDatabase((d) =>
          draftDescriptions(
            { catalog: Catalog.open(config.dataDir), db: d.db, model: config.assistantModel, now: () => new Date() },
            { ...(system ? { system } : {}), ...(code ? { code } : {}), limit },
          ),
        );
        if (json) printJson(report);
        else process.stdout.write(reportText(report));
      } catch (e) {
        fail(e, json);
      }
    });
}
