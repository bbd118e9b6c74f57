// `codedesk data fetch`: download the official releases into a code-set folder (wired to src/codesets/fetch).
import type { Command } from 'commander';

export function registerDataCommands(program: Command): void {
  program.command('data').description('manage the official code-set files');
}
