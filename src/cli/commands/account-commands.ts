// user and apikey: accounts for operators and scripts, on the database of CODEDESK_DATA_DIR / DATABASE_URL.
//   codedesk user create --email E --password P --role R [--plan free|paid]
//   codedesk user set --email E [--role R] [--plan P] [--disable|--enable]
//   codedesk apikey create --email E        prints the key (shown once)
//   codedesk apikey revoke --email E --id ID
import type { Command } from 'commander';
import {
  createApiKey,
  createUser,
  findUserByEmail,
  isPlan,
  isRole,
  listApiKeys,
  type Plan,
  type Role,
  revokeApiKey,
  type User,
  updateUser,
} from '../../accounts/index.js';
import type { Database } from '../../db/index.js';
import { AppError } from '../../shared/index.js';
import { withDatabase } from '../database.js';
import { fail, printJson } from '../output.js';

async function userByEmail(database: Database, email: string): Promise<User> {
  const user = await findUserByEmail(database.db, email);
  if (!user) throw new AppError('NOT_FOUND', { what: `An account for ${email}` });
  return user;
}

const publicUser = (u: User) => ({ id: u.id, email: u.email, role: u.role, plan: u.plan, disabled: u.disabled });

export function registerAccountCommands(program: Command): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description('create an account (any role)')
    .requiredOption('--email <email>')
    .requiredOption('--password <password>', 'at least 12 characters')
    .requiredOption('--role <role>', 'member, employer, consultant, editor or admin')
    .option('--plan <plan>', 'free or paid', 'free')
    .option('--json', 'JSON output')
    .action(async (opts: { email: string; password: string; role: string; plan: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        if (!isRole(opts.role))
          throw new AppError('ACCOUNT_INVALID', {
            field: 'role',
            why: `"${opts.role}" is not a role (member, employer, consultant, editor, admin)`,
          });
        if (!isPlan(opts.plan))
          throw new AppError('ACCOUNT_INVALID', { field: 'plan', why: `"${opts.plan}" is not free or paid` });
        const role: Role = opts.role;
        const plan: Plan = opts.plan;
        const created = await withDatabase((d) =>
          createUser(d.db, { email: opts.email, password: opts.password, role, plan }, new Date()),
        );
        if (json) printJson(publicUser(created));
        else process.stdout.write(`created ${created.email} (${created.role}, ${created.plan})\n`);
      } catch (e) {
        fail(e, json);
      }
    });
  user
    .command('set')
    .description("change an account's role or plan, or disable it")
    .requiredOption('--email <email>')
    .option('--role <role>')
    .option('--plan <plan>')
    .option('--disable', 'disable the account (ends its sessions)')
    .option('--enable', 'enable a disabled account')
    .option('--json', 'JSON output')
    .action(
      async (opts: {
        email: string;
        role?: string;
        plan?: string;
        disable?: boolean;
        enable?: boolean;
        json?: boolean;
      }) => {
        const json = Boolean(opts.json);
        try {
          if (opts.role !== undefined && !isRole(opts.role))
            throw new AppError('ACCOUNT_INVALID', { field: 'role', why: `"${opts.role}" is not a role` });
          if (opts.plan !== undefined && !isPlan(opts.plan))
            throw new AppError('ACCOUNT_INVALID', { field: 'plan', why: `"${opts.plan}" is not free or paid` });
          const change = {
            ...(opts.role ? { role: opts.role as Role } : {}),
            ...(opts.plan ? { plan: opts.plan as Plan } : {}),
            ...(opts.disable ? { disabled: true } : opts.enable ? { disabled: false } : {}),
          };
          const updated = await withDatabase(async (d) =>
            updateUser(d.db, (await userByEmail(d, opts.email)).id, change, new Date()),
          );
          if (json) printJson(publicUser(updated));
          else
            process.stdout.write(
              `${updated.email}: ${updated.role}, ${updated.plan}${updated.disabled ? ', disabled' : ''}\n`,
            );
        } catch (e) {
          fail(e, json);
        }
      },
    );

  const apikey = program.command('apikey').description('API keys (Authorization: Bearer KEY)');
  apikey
    .command('create')
    .description('create a key for an account and print it (it is not shown again)')
    .requiredOption('--email <email>')
    .option('--json', 'JSON output')
    .action(async (opts: { email: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const created = await withDatabase(async (d) =>
          createApiKey(d.db, (await userByEmail(d, opts.email)).id, new Date()),
        );
        if (json) printJson({ id: created.id, key: created.key, email: opts.email.trim().toLowerCase() });
        else process.stdout.write(`${created.key}\n`);
      } catch (e) {
        fail(e, json);
      }
    });
  apikey
    .command('list')
    .description("list an account's keys (prefixes only)")
    .requiredOption('--email <email>')
    .option('--json', 'JSON output')
    .action(async (opts: { email: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        const keys = await withDatabase(async (d) => listApiKeys(d.db, (await userByEmail(d, opts.email)).id));
        if (json) printJson(keys);
        else
          for (const k of keys)
            process.stdout.write(
              `${k.id}  ${k.prefix}…  created ${k.createdAt}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}\n`,
            );
      } catch (e) {
        fail(e, json);
      }
    });
  apikey
    .command('revoke')
    .description('revoke a key')
    .requiredOption('--email <email>')
    .requiredOption('--id <id>')
    .option('--json', 'JSON output')
    .action(async (opts: { email: string; id: string; json?: boolean }) => {
      const json = Boolean(opts.json);
      try {
        await withDatabase(async (d) => revokeApiKey(d.db, (await userByEmail(d, opts.email)).id, opts.id, new Date()));
        if (json) printJson({ revoked: opts.id });
        else process.stdout.write(`revoked ${opts.id}\n`);
      } catch (e) {
        fail(e, json);
      }
    });
}
