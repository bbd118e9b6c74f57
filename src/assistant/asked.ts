// What every answer composer gets: the question, what it names, the date in question, the draft answer, and the
// operations as tools. The composers call the same operations the API and CLI answer with (lookup, search, fee,
// crosswalk, checkClaim, ...), checked against their input schemas, so the assistant cannot ask anything the
// public surfaces would refuse.
import { type CodeLookup, type CodeSystem, lookupCode, SYSTEM_NAMES } from '../catalog/index.js';
import type { GuidanceCorpus } from '../guidance/index.js';
import { type OperationContext, type OperationTool, operationTools } from '../operations/index.js';
import { isAppError } from '../shared/index.js';
import type { Draft } from './draft.js';
import type { CodeMention, Entities } from './entities.js';
import type { ModelProvider } from './model-rephrase.js';
import type { Question } from './question.js';

export interface AssistantContext extends OperationContext {
  /** the official guideline and policy documents, when loaded */
  readonly guidance?: GuidanceCorpus;
  /** an OpenAI-compatible model that may rephrase answers (off unless the operator configures one) */
  readonly model?: ModelProvider;
}

export interface Asked {
  ctx: AssistantContext;
  question: Question;
  entities: Entities;
  /** the date of service in question: the one the question names, else today */
  date: string;
  draft: Draft;
}

const TOOLS: ReadonlyMap<string, OperationTool> = new Map(operationTools().map((t) => [t.name, t]));

/** Runs an operation by name; its AppError comes back as a value (the composers word the refusal). */
export function callTool<T>(
  ctx: AssistantContext,
  name: string,
  input: Record<string, unknown>,
): T | { error: string } {
  const tool = TOOLS.get(name);
  if (!tool) throw new Error(`no operation named ${name}`);
  try {
    return tool.run(ctx, input) as T;
  } catch (e) {
    if (isAppError(e)) return { error: e.message };
    throw e;
  }
}

export function failed(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v && Object.keys(v).length === 1;
}

/**
 * lookupCode for a code the entities already found in the catalog. Not through the lookup operation: that one
 * refuses a date before every loaded release of the system (a person chose the date), while a question's date is
 * the context of an answer that still has facts to give (an MUE in force while the loaded CPT list starts later);
 * the answer says which release it used instead (the release.stale warning, passed on by the composers).
 */
export function lookup(a: Asked, system: CodeSystem, code: string): CodeLookup | undefined {
  try {
    return lookupCode(a.ctx.catalog, { system, code, date: a.date });
  } catch (e) {
    if (isAppError(e)) return undefined;
    throw e;
  }
}

/** The citation of a code's line in its code list. */
export function citeCodeList(a: Asked, l: Pick<CodeLookup, 'source' | 'system'>): void {
  a.draft.cite({
    source: `${SYSTEM_NAMES[l.system]} code list`,
    release: l.source.release,
    locator: `${l.source.file}${l.source.line ? ` line ${l.source.line}` : ''}`,
  });
}

/** "E11.9 Type 2 diabetes mellitus without complications" — a CPT code without a licensed file shows no title. */
export function named(code: string, title: string | null | undefined): string {
  return title ? `${code} ${title}` : code;
}

export const mentionsOf = (e: Entities, systems: readonly CodeSystem[]): CodeMention[] =>
  e.codes.filter((c) => systems.includes(c.system));

export const PROCEDURE_SYSTEMS: readonly CodeSystem[] = ['cpt', 'hcpcs'];
export const DIAGNOSIS_SYSTEMS: readonly CodeSystem[] = ['icd10cm'];

/** "A, B and C" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
