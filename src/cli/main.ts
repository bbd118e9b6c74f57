#!/usr/bin/env node
// codedesk: the command-line entry. Each command is a thin adapter over an operation or a domain folder.
import { Command, CommanderError } from 'commander';
import { AppError } from '../shared/index.js';
import { registerAccountCommands } from './commands/account-commands.js';
import { registerAskCommands } from './commands/ask-commands.js';
import { registerCatalogCommands } from './commands/catalog-commands.js';
import { registerClaimCommands } from './commands/claim-commands.js';
import { registerDataCommands } from './commands/data-commands.js';
import { registerDescribeCommands } from './commands/describe-commands.js';
import { registerMedicareCommands } from './commands/medicare-commands.js';
import { registerSearchCommands } from './commands/search-commands.js';
import { registerServeCommands } from './commands/serve-commands.js';
import { registerTaskCommands } from './commands/task-commands.js';
import { fail } from './output.js';

/** What commander ends with on its own terms: help and the version asked for, or help for no command at all. */
const COMMANDER_EXITS = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

const program = new Command();
program
  .name('codedesk')
  .description(
    'CodeDesk: official medical code sets (ICD-10-CM, ICD-10-PCS, HCPCS Level II, CPT numbers) from the command line',
  )
  .version('0.1.0')
  // before the commands are added, which inherit both: commander's own errors (an unknown option, a missing
  // argument or option value) are thrown here and reported like every bad input, not printed by commander
  .exitOverride()
  .configureOutput({ outputError: () => {} });
registerCatalogCommands(program);
registerMedicareCommands(program);
registerDataCommands(program);
registerSearchCommands(program);
registerClaimCommands(program);
registerAskCommands(program);
registerDescribeCommands(program);
registerServeCommands(program);
registerAccountCommands(program);
registerTaskCommands(program);
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  if (COMMANDER_EXITS.has(e.code)) process.exit(e.exitCode);
  // the command line did not parse, so its options are unknown: JSON when it asked for JSON (a batch always does)
  const json = process.argv.includes('--json') || process.argv.includes('--batch');
  const command = program.commands.find((c) => c.name() === process.argv[2]);
  const hint = command ? `codedesk ${command.name()} --help lists its options` : 'codedesk --help lists the commands';
  fail(new AppError('BAD_INPUT', { why: `${e.message.replace(/^error: /, '')} (${hint})` }), json);
}
