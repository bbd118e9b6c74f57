// askQuestion: a plain-English coding question in, a grounded answer out — the direct answer first, then the facts,
// then the sources; every code checked against the catalog on the date in question (draft.ts), every fact cited.
// No language model is needed: understanding is rules over the entities the catalog confirms (entities.ts,
// intent.ts), and each intent is answered by calling the operations (answers/).
import { isValidIsoDate } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
import type { AskAnswer, AskOptions } from './answer-types.js';
import { answerBillable, answerHistory, answerLookup, answerUnknown, codeLine } from './answers/code-facts.js';
import { answerCoverage } from './answers/coverage.js';
import { answerAddOn, answerMue, answerPayment, answerPtp, procedureMentions } from './answers/medicare.js';
import { answerNotes } from './answers/notes.js';
import { answerCrosswalk, answerGuidance, answerModifier, documentAnswering } from './answers/reference.js';
import { answerOutOfScope, answerSafety } from './answers/safety.js';
import { answerScenario } from './answers/scenario.js';
import type { Asked, AssistantContext } from './asked.js';
import { DIAGNOSIS_SYSTEMS, mentionsOf } from './asked.js';
import { Draft } from './draft.js';
import { findEntities } from './entities.js';
import { asksReportingRule, classify, type Intent, plainlyElse } from './intent.js';
import { MAX_QUESTION_CHARS, readQuestion } from './question.js';

function today(ctx: AssistantContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

/** The first code of the question the intent is about (procedure codes for Medicare intents). */
function subjectCode(a: Asked, procedures: boolean) {
  const list = procedures ? procedureMentions(a) : a.entities.codes;
  return list[0] ?? a.entities.codes[0];
}

function answerIntent(a: Asked, intent: Intent, safety: Parameters<typeof answerSafety>[1] | undefined): void {
  const { entities: e } = a;
  const procedural = intent === 'mue' || intent === 'add-on' || intent === 'payment';
  const subject = subjectCode(a, procedural);
  switch (intent) {
    case 'safety':
      answerSafety(a, safety ?? 'injection');
      return;
    case 'out-of-scope': {
      // no coding word, yet the guidelines or the NCCI manual may answer it ("what does an excludes1 note mean");
      // requests that are plainly something else (a poem, the weather) are never searched
      const document = safety === undefined && !plainlyElse(a.question.lower) ? documentAnswering(a) : undefined;
      if (document) answerGuidance(a, document);
      else answerOutOfScope(a);
      return;
    }
    case 'ptp': {
      const procs = procedureMentions(a);
      answerPtp(a, procs.slice(0, 2));
      // what NCCI policy says about such pairs, beside the edit that cannot be checked
      answerGuidance(a, 'ncci-policy-manual', 1, false);
      return;
    }
    case 'coverage':
      answerCoverage(a);
      return;
    case 'notes':
      answerNotes(a);
      return;
    case 'crosswalk':
      answerCrosswalk(a);
      return;
    case 'modifier':
      answerModifier(a);
      return;
    case 'ncci-policy':
      answerGuidance(a, 'ncci-policy-manual');
      return;
    case 'guideline':
      answerGuidance(a, 'icd10cm-guidelines');
      // the codes the question names, with their status on the date
      for (const c of e.codes.slice(0, 3)) codeLine(a, c);
      return;
    case 'scenario':
    case 'claim-check':
      answerScenario(a);
      // the guideline that governs the case, when one clearly does (hypertension with CKD: I.C.9.a.2)
      answerGuidance(a, 'icd10cm-guidelines', 1, false);
      return;
    default:
      break;
  }
  if (!subject) {
    const unknown = e.unknown[0];
    if (unknown) answerUnknown(a, unknown);
    else answerScenario(a);
    return;
  }
  if (intent === 'mue') {
    answerMue(a, subject);
    return;
  }
  if (intent === 'add-on') {
    answerAddOn(a, subject);
    return;
  }
  if (intent === 'payment') {
    answerPayment(a, subject);
    return;
  }
  if (intent === 'code-history') {
    answerHistory(a, subject);
    return;
  }
  if (intent === 'billable') {
    answerBillable(a, subject);
    return;
  }
  answerLookup(a, subject);
  // "can Z00.00 be reported as a secondary diagnosis?": the code's facts, then the rule that answers it
  if (asksReportingRule(a.question.lower)) answerGuidance(a, 'icd10cm-guidelines', 2, false);
  // a second code named ("E11.9 or E11.65?") gets its own line
  for (const other of e.codes.slice(1, 3)) answerLookup(a, other);
}

export function askQuestion(ctx: AssistantContext, raw: string, options: AskOptions = {}): AskAnswer {
  if (options.date !== undefined && !isValidIsoDate(options.date))
    throw new AppError('BAD_DATE', { value: options.date });
  const question = readQuestion(raw);
  const now = today(ctx);
  const draft0 = new Draft(ctx.catalog, options.date ?? now);
  if (question.text.length === 0) {
    draft0.say('Ask a coding question, e.g. "Is J45.909 billable?" or "MUE for 20610".');
    draft0.lowerConfidence('low');
    return finish(draft0, 'out-of-scope');
  }
  const entities = findEntities(ctx.catalog, question.lower, options.date ?? now);
  const date = options.date ?? entities.date ?? now;
  const draft = new Draft(ctx.catalog, date);
  const a: Asked = { ctx, question, entities, date, draft };
  const { intent, safety } = classify(question.lower, entities);
  answerIntent(a, intent, safety);
  // a code-shaped token the catalog does not have, not answered yet: say so
  if (intent !== 'safety' && intent !== 'out-of-scope')
    for (const u of entities.unknown)
      if (
        !draft.lead.some((s) => s.includes(u.printed)) &&
        mentionsOf(entities, DIAGNOSIS_SYSTEMS).length + entities.codes.length === 0
      )
        answerUnknown(a, u);
  if (question.truncated > 0)
    draft.warn(
      `Only the first ${MAX_QUESTION_CHARS} characters of the question were read (${question.truncated} more were left out).`,
    );
  if (entities.dateLabel && entities.date) draft.fact(`Date of service used: ${entities.dateLabel}.`);
  if (draft.lead.length === 0) {
    draft.say("I couldn't work out the answer to that from the loaded data. Could you name the code or the condition?");
    draft.lowerConfidence('low');
  }
  return finish(draft, intent);
}

function finish(draft: Draft, intent: Intent): AskAnswer {
  return {
    answer: draft.markdown(),
    intent,
    codes: draft.codes,
    citations: draft.citations,
    confidence: draft.confidence,
  };
}
