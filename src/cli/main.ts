#!/usr/bin/env node
// codedesk: the command-line entry. Each command is a thin adapter over a domain folder.
import { Command } from 'commander';
import { registerAccountCommands } from './commands/account-commands.js';
import { registerCatalogCommands } from './commands/catalog-commands.js';
import { registerClaimCommands } from './commands/claim-commands.js';
import { registerDataCommands } from './commands/data-commands.js';
import { registerMedicareCommands } from './commands/medicare-commands.js';
import { registerSearchCommands } from './commands/search-commands.js';
import { registerServeCommands } from './commands/serve-commands.js';

const program = new Command();
program
  .name('codedesk')
  .description(
    'CodeDesk: official medical code sets (ICD-10-CM, ICD-10-PCS, HCPCS Level II, CPT numbers) from the command line',
  )
  .version('0.1.0');
registerCatalogCommands(program);
registerMedicareCommands(program);
registerDataCommands(program);
registerSearchCommands(program);
registerClaimCommands(program);
registerServeCommands(program);
registerAccountCommands(program);
await program.parseAsync(process.argv);
