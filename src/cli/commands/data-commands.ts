// `codedesk data fetch`: download the official releases into a code-set folder (src/codesets/fetch).
import type { Command } from 'commander';
import { fetchReleases, OFFICIAL_RELEASES, selectReleases } from '../../codesets/fetch/index.js';
import { loadConfig } from '../../config.js';
import { AppError } from '../../shared/index.js';
import { fail, printJson } from '../output.js';

export function registerDataCommands(program: Command): void {
  const data = program.command('data').description('manage the official code-set files');
  data
    .command('fetch')
    .description('download the official CMS/CDC release archives, verify them and unpack them for import')
    .option('--to <dir>', 'target folder (default: CODESETS_DIR, else ../shared/data)')
    .option('--only <ids...>', 'release ids, sources ("ncci") or targets ("ncci/2026Q2")')
    .option('--mirror <url>', 'fetch from a mirror: each official URL path is appended to this base')
    .option('--timeout <ms>', 'idle timeout per request in milliseconds', '60000')
    .option('--retries <n>', 'network retries per archive (each resumes)', '3')
    .option('--keep-archives', 'keep the downloaded zips in <to>/.codedesk-fetch/archives')
    .option('--list', 'only list the releases that would be fetched')
    .option('--json', 'JSON output')
    .action(
      async (opts: {
        to?: string;
        only?: string[];
        mirror?: string;
        timeout: string;
        retries: string;
        keepArchives?: boolean;
        list?: boolean;
        json?: boolean;
      }) => {
        const json = Boolean(opts.json);
        try {
          const to = opts.to ?? loadConfig().codesetsDir;
          if (!to) throw new AppError('BAD_INPUT', { why: 'no target folder: pass --to DIR or set CODESETS_DIR' });
          const timeout = Number(opts.timeout);
          const retries = Number(opts.retries);
          if (!Number.isInteger(timeout) || timeout < 1000)
            throw new AppError('BAD_INPUT', { why: '--timeout must be at least 1000 ms' });
          if (!Number.isInteger(retries) || retries < 0 || retries > 20)
            throw new AppError('BAD_INPUT', { why: '--retries must be a whole number from 0 to 20' });
          const selected = selectReleases(OFFICIAL_RELEASES, opts.only);
          if (opts.list) {
            const rows = selected.map((r) => ({ id: r.id, title: r.title, url: r.url, target: r.target }));
            if (json) printJson(rows);
            else for (const r of rows) process.stdout.write(`${r.id.padEnd(28)} ${r.url}\n`);
            return;
          }
          if (!json && selected.some((r) => r.licence === 'ama-cpt')) {
            process.stderr.write(
              'Note: NCCI and fee schedule files contain CPT® codes; CMS distributes them under the AMA licence shown on its download pages. CodeDesk never displays their CPT descriptors.\n',
            );
          }
          const report = await fetchReleases({
            to,
            only: opts.only,
            ...(opts.mirror ? { baseUrlOverride: opts.mirror } : {}),
            fetchTimeoutMs: timeout,
            retries,
            keepArchives: Boolean(opts.keepArchives),
            onProgress: (e) => {
              if (json) return;
              if (e.type === 'release-start') process.stderr.write(`fetch ${e.id}…\n`);
              if (e.type === 'release-done') process.stderr.write(`  ${e.id}: ${e.status}\n`);
            },
          });
          if (json) printJson(report);
          else {
            for (const r of report.releases) {
              process.stdout.write(
                `${r.status.padEnd(16)} ${r.id}  (${r.verification})${r.error ? `  ${r.error.message}` : ''}\n`,
              );
              for (const w of r.warnings) process.stdout.write(`  ! ${w}\n`);
            }
          }
          if (!report.ok) process.exitCode = 1;
        } catch (e) {
          fail(e, json);
        }
      },
    );
}
