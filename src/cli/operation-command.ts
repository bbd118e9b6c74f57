// A command per operation: its arguments and options are the operation's input fields — an option per field
// (--name, its help the field's description, a boolean field a flag), an argument for each field the command
// takes by position. What is typed is converted by the field's type (a whole number, a lower-case system name)
// and checked against the operation's schema, so a bad or missing option is refused with the API's error
// (BAD_INPUT naming the option, exit 2) — one limit, one list of systems, one date rule on both.
import type { Command } from 'commander';
import type { Static, TObject, TSchema } from 'typebox';
import { Catalog } from '../catalog/index.js';
import { loadConfig } from '../config.js';
import { GuidanceCorpus } from '../guidance/index.js';
import { checkInput, type FieldLabel, type Operation, type OperationContext } from '../operations/index.js';
import { SearchIndex, TermSuggestions } from '../search/index.js';
import { fail, printJson } from './output.js';

/**
 * An input field the command takes by position; `shownAs` names it in the help when its field name would not.
 * `orBatch`: the argument may be left out for the command's --batch file (the schema still requires it per run).
 */
export type PositionalField = string | { field: string; shownAs: string; orBatch?: true };

export interface CommandSpec<In extends TObject = TObject, Out = unknown> {
  operation: Operation<In, Out>;
  command: string;
  /** input fields taken by position, in order */
  args?: readonly PositionalField[];
  /** the input is one JSON document read from a file argument, or "-" for stdin (check-claim), not options */
  document?: true;
  /** the readable answer, without --json (method syntax: a list of specs holds each with its own answer type) */
  text(result: Out): string;
}

/** A spec with the answer's type taken from its operation (so that `text` is checked against it). */
export function commandSpec<In extends TObject, Out>(spec: CommandSpec<In, Out>): CommandSpec<In, Out> {
  return spec;
}

interface FieldSchema {
  type?: string;
  enum?: unknown[];
  description?: string;
}

const fieldOf = (p: PositionalField): string => (typeof p === 'string' ? p : p.field);
const kebab = (field: string): string => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** "codes" → "--codes": how a message names an option */
export const optionName = (field: string): string => `--${kebab(field)}`;

function fieldsOf(spec: CommandSpec<TObject, unknown>): { name: string; schema: FieldSchema; required: boolean }[] {
  const input = spec.operation.input;
  const required = new Set(input.required ?? []);
  return Object.entries(input.properties as Record<string, TSchema>).map(([name, schema]) => ({
    name,
    schema: schema as FieldSchema,
    required: required.has(name),
  }));
}

/**
 * The command, its arguments and its options from the operation's input (and --json); the caller adds its own
 * options and the action (defaultAction, or its own for batches and documents).
 */
export function operationCommand<In extends TObject, Out>(program: Command, spec: CommandSpec<In, Out>): Command {
  const cmd = program.command(spec.command).description(spec.operation.description);
  const positional = new Set((spec.args ?? []).map(fieldOf));
  const fields = fieldsOf(spec);
  for (const p of spec.args ?? []) {
    const f = fields.find((x) => x.name === fieldOf(p));
    const shown = typeof p === 'string' ? p : p.shownAs;
    const optional = typeof p !== 'string' && p.orBatch;
    cmd.argument(f?.required && !optional ? `<${shown}>` : `[${shown}]`, f?.schema.description ?? '');
  }
  for (const f of fields) {
    if (positional.has(f.name)) continue;
    const value = f.schema.type === 'integer' ? ' <n>' : f.schema.type === 'boolean' ? '' : ` <${f.name}>`;
    cmd.option(`${optionName(f.name)}${value}`, `${f.schema.description ?? ''}${f.required ? ' (required)' : ''}`);
  }
  return cmd.option('--json', 'JSON output');
}

/** A typed value as the field's type reads it; anything else is left as typed, for the schema to refuse by name. */
function converted(schema: FieldSchema, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if ((schema.type === 'integer' || schema.type === 'number') && /^[+-]?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  // names of systems and kinds are lower case; typed in any case on the command line, as they always were
  if (schema.enum?.every((v) => typeof v === 'string' && v === v.toLowerCase())) return raw.toLowerCase();
  return raw;
}

/** How the messages name a field: an option as typed (--limit), an argument by its name. */
function labels(spec: CommandSpec<TObject, unknown>): FieldLabel {
  const positional = new Map((spec.args ?? []).map((p) => [fieldOf(p), typeof p === 'string' ? p : p.shownAs]));
  return (field) => positional.get(field) ?? optionName(field);
}

/**
 * The operation's input from what was typed: the positional values in the order of `args`, then the options
 * (commander's values, by field name); converted, then checked against the schema (throws the error to print).
 */
export function commandInput<In extends TObject, Out>(
  spec: CommandSpec<In, Out>,
  positional: unknown[],
  options: Record<string, unknown>,
): Static<In> {
  const input: Record<string, unknown> = {};
  const byPosition = (spec.args ?? []).map(fieldOf);
  for (const f of fieldsOf(spec)) {
    const at = byPosition.indexOf(f.name);
    const raw = at >= 0 ? positional[at] : options[f.name];
    if (raw !== undefined) input[f.name] = converted(f.schema, raw);
  }
  return checkInput(spec.operation, input, labels(spec));
}

/**
 * The words that ask for this input (after `codedesk`): the command, the positional values, the options; for a
 * document command, "-": the document then goes to stdin.
 */
export function commandLine(spec: CommandSpec, input: Record<string, unknown>): string[] {
  if (spec.document) return [spec.command, '-'];
  const byPosition = (spec.args ?? []).map(fieldOf);
  const words = [spec.command, ...byPosition.filter((f) => input[f] !== undefined).map((f) => String(input[f]))];
  for (const [field, value] of Object.entries(input)) {
    if (byPosition.includes(field) || value === undefined || value === false) continue;
    words.push(optionName(field), ...(value === true ? [] : [String(value)]));
  }
  return words;
}

/**
 * What operations use, each part opened on first use: a lookup does not load the search index (0.5 s), and bad
 * options are refused before the catalog is opened. The search index's notice (rebuilt, not the file) goes to stderr.
 */
export function cliContext(): OperationContext {
  let catalog: Catalog | undefined;
  let search: SearchIndex | undefined;
  let suggestions: TermSuggestions | undefined;
  let guidance: GuidanceCorpus | undefined;
  // the ask operation's optional model (ASSISTANT_MODEL_URL): read with the configuration, used only by ask
  const model = loadConfig().assistantModel;
  const context: OperationContext & { readonly guidance: GuidanceCorpus } = {
    get catalog() {
      catalog ??= Catalog.open(loadConfig().dataDir);
      return catalog;
    },
    get search() {
      if (!search) {
        search = SearchIndex.open(context.catalog);
        if (search.notice) process.stderr.write(`codedesk: warning: ${search.notice}\n`);
      }
      return search;
    },
    // type-ahead's phrases (suggest), built from the catalog's indexes on first use; suggest needs no search index
    get suggestions() {
      suggestions ??= TermSuggestions.open(context.catalog);
      return suggestions;
    },
    // the ask operation's guideline and policy passages (AssistantContext.guidance), opened on first use
    get guidance() {
      if (!guidance) {
        guidance = GuidanceCorpus.open(context.catalog);
        if (guidance.notice) process.stderr.write(`codedesk: warning: ${guidance.notice}\n`);
      }
      return guidance;
    },
    now: () => new Date(),
    ...(model ? { model } : {}),
  };
  return context;
}

/** The action of a command that runs its operation once: the answer as JSON with --json, else as text. */
export function defaultAction<In extends TObject, Out>(spec: CommandSpec<In, Out>) {
  return (...received: unknown[]): void => {
    // commander passes the positional values, then the options, then the command
    const options = received[received.length - 2] as Record<string, unknown>;
    const json = Boolean(options.json);
    try {
      const input = commandInput(spec, received.slice(0, -2), options);
      const result = spec.operation.run(cliContext(), input);
      if (json) printJson(result);
      else process.stdout.write(spec.text(result));
    } catch (e) {
      fail(e, json);
    }
  };
}
