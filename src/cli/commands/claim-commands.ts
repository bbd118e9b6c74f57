// check-claim: the checkClaim operation on the command line. One claim document (a file, or "-" for stdin), or a
// batch of one claim per line (JSON Lines), read and answered line by line, in order. Inputs are bounded
// (bounded-input.ts): a claim document or a batch line of at most 256 KB, a batch of at most 1 GB.
//   codedesk check-claim claim.json --json
//   codedesk check-claim - --json < claim.json
//   codedesk check-claim --batch claims.jsonl --json
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { checkClaimOperation, checkInput, type OperationContext } from '../../operations/index.js';
import type { ClaimCheckResult, Finding } from '../../rules/index.js';
import { AppError, isAppError } from '../../shared/index.js';
import { type InputSource, openInput, readBatchLines, readDocument } from '../bounded-input.js';
import { cliContext, commandSpec } from '../operation-command.js';
import { fail, printJson } from '../output.js';

interface ClaimCliOptions {
  batch?: string;
  json?: boolean;
  quiet?: boolean;
}

/** A batch shorter than this finishes before a bar is worth drawing. */
const PROGRESS_MIN_LINES = 200;

/** The claim document parsed; text that is not JSON is an invalid claim, said the way normalizeClaim says it. */
function parseClaim(text: string): unknown {
  if (text.trim() === '')
    throw new AppError('CLAIM_INVALID', { field: 'claim', why: 'is empty; expected a JSON object' });
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new AppError('CLAIM_INVALID', { field: 'claim', why: `is not valid JSON (${why})` });
  }
}

/** Whether a progress bar may be drawn: stderr is a terminal and the results go elsewhere (a file, a pipe). */
function progressWanted(quiet: boolean): boolean {
  return !quiet && Boolean(process.stderr.isTTY) && !process.stdout.isTTY;
}

/** Lines in a batch file, counted in a first streaming pass (only when a progress bar is drawn). */
async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const l of readBatchLines(await openInput(file, 'batch'))) n = l.line;
  return n;
}

/**
 * A progress bar on stderr for a long batch, when progressWanted: drawn between result lines on the same
 * terminal, it would garble them. With a total (a file, counted first), a bar from the start for 200 lines or
 * more; without (stdin), a running count once 200 claims are done.
 */
function batchProgress(total: number | undefined, enabled: boolean): { tick: () => void; stop: () => void } {
  if (!enabled || (total !== undefined && total < PROGRESS_MIN_LINES)) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format:
        total === undefined
          ? 'check-claim {value} claims'
          : 'check-claim [{bar}] {value}/{total} claims, {eta_formatted} left',
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  if (total !== undefined) {
    bar.start(total, 0);
    started = true;
  }
  let done = 0;
  return {
    tick: () => {
      done++;
      if (!started && done >= PROGRESS_MIN_LINES) {
        bar.start(Number.MAX_SAFE_INTEGER, done);
        started = true;
      }
      // cli-progress redraws on its own timer; updating every claim costs more than checking it
      if (started && (done % 50 === 0 || done === total)) bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * Where a finding is shown in the readable report: with the claim (no lines, or the releases used for a whole
 * date), with the diagnoses (diagnosis rules, and code validity of a diagnosis), or under each line it names.
 * The web page (web/features/claims/claim-page.tsx) places findings the same way.
 */
function isLineFinding(f: Finding, result: ClaimCheckResult): boolean {
  if (f.lines.length === 0 || f.rule === 'release.stale') return false;
  if (f.rule.startsWith('dx.') || f.rule.startsWith('mce.')) return false;
  if (f.rule.startsWith('code.')) {
    // code.* on a diagnosis carries the lines that point at it; on a line code, that line and its code
    const line = result.claim.lines[(f.lines[0] ?? 0) - 1];
    return f.lines.length === 1 && line !== undefined && f.codes[0] === line.code;
  }
  return true;
}

function formatFinding(f: Finding): string[] {
  const c = f.citation;
  return [
    `  ${f.severity.toUpperCase().padEnd(8)} ${f.rule}: ${f.message}`,
    `           source: ${c.source} | release ${c.release} | file ${c.file} | record ${c.record}`,
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatReport(result: ClaimCheckResult): string {
  const { claim, findings, summary } = result;
  const info = findings.filter((f) => f.severity === 'info').length;
  const patient = [
    claim.patient.age !== undefined ? `age ${claim.patient.age}` : undefined,
    claim.patient.sex ? `sex ${claim.patient.sex}` : undefined,
  ].filter(Boolean);
  const out = [
    `Claim of ${claim.dateOfService}, ${claim.setting}${claim.placeOfService ? `, place of service ${claim.placeOfService}` : ''}${patient.length > 0 ? `, patient ${patient.join(', ')}` : ''}`,
    `Diagnoses: ${claim.diagnoses.length > 0 ? claim.diagnoses.map((d, i) => `${i + 1} ${d}`).join(', ') : 'none'}`,
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.reviews, 'review')}, ${info} info`,
    '',
  ];
  const above = findings.filter((f) => !isLineFinding(f, result));
  if (above.length > 0) {
    out.push('Claim and diagnoses');
    for (const f of above) out.push(...formatFinding(f));
    out.push('');
  }
  for (const line of claim.lines) {
    const parts = [
      line.code,
      line.modifiers.length > 0 ? `modifiers ${line.modifiers.join(' ')}` : undefined,
      `units ${line.units}`,
      line.diagnosisPointers.length > 0 ? `pointers ${line.diagnosisPointers.join(',')}` : 'no pointers',
      line.dateOfService !== claim.dateOfService ? `date ${line.dateOfService}` : undefined,
    ].filter(Boolean);
    out.push(`Line ${line.line}: ${parts.join(', ')}`);
    const mine = findings.filter((f) => f.lines.includes(line.line) && isLineFinding(f, result));
    if (mine.length === 0) out.push('  no findings');
    for (const f of mine) out.push(...formatFinding(f));
  }
  return `${out.join('\n')}\n`;
}

/**
 * One JSON line per input line, in order, as each is read; an invalid line (a line over the size limit too) gives
 * its error with "line" and the batch goes on. A batch over its size limit ends with INPUT_TOO_LARGE.
 */
async function runBatch(
  ctx: OperationContext,
  source: InputSource,
  progress: ReturnType<typeof batchProgress>,
): Promise<number> {
  // one read of every layer up front, instead of on first use by some claim in the middle of the batch
  ctx.catalog.warm();
  let status = 0;
  try {
    for await (const item of readBatchLines(source)) {
      const { line } = item;
      try {
        if (item.error) throw item.error;
        printJson(checkClaimOperation.run(ctx, checkInput(checkClaimOperation, parseClaim(item.text))));
      } catch (e) {
        if (isAppError(e)) printJson({ ...e.toJSON(), line });
        else {
          // a failure of ours on one claim is reported in its place; the exit status says it happened
          status = 1;
          printJson({ error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }, line });
        }
      }
      progress.tick();
    }
  } finally {
    progress.stop();
  }
  return status;
}

/** The claim is a document (a file, or "-" for stdin), not options: the operation checks it field by field. */
export const checkClaimCommand = commandSpec({
  operation: checkClaimOperation,
  command: 'check-claim',
  document: true,
  text: formatReport,
});

export function registerClaimCommands(program: Command): void {
  program
    .command(checkClaimCommand.command)
    .description(`${checkClaimOperation.description} (the claim: JSON, see docs/claims.md)`)
    .argument('[file]', 'the claim document (JSON); "-" reads stdin (omit with --batch)')
    .option('--batch <file>', 'one claim per line (JSON Lines, "-" for stdin); one JSON result per line, in order')
    .option('--json', 'JSON output')
    .option('--quiet', 'no progress bar for --batch')
    .action(async (file: string | undefined, opts: ClaimCliOptions) => {
      const json = Boolean(opts.json) || opts.batch !== undefined;
      try {
        if (opts.batch !== undefined) {
          if (file !== undefined)
            throw new AppError('BAD_INPUT', { why: 'Give a claim file or --batch FILE, not both' });
          const wanted = progressWanted(Boolean(opts.quiet));
          const total = wanted && opts.batch !== '-' ? await countLines(opts.batch) : undefined;
          const source = await openInput(opts.batch, 'batch');
          const status = await runBatch(cliContext(), source, batchProgress(total, wanted));
          if (status !== 0) process.exitCode = status;
          return;
        }
        if (file === undefined)
          throw new AppError('BAD_INPUT', { why: 'Give a claim file (or - for stdin), or --batch FILE' });
        const input = parseClaim(await readDocument(await openInput(file, 'claim')));
        const result = checkClaimOperation.run(cliContext(), checkInput(checkClaimOperation, input));
        if (json) printJson(result);
        else process.stdout.write(formatReport(result));
      } catch (e) {
        fail(e, json);
      }
    });
}
