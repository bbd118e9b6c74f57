// CasePilot, the coding assistant: questions in plain English answered from the official data, every fact cited.

export type { AskAnswer, AskOptions } from './answer-types.js';
export { askQuestion } from './ask.js';
export { askAndRephrase, askOperation, MAX_QUESTION_INPUT } from './ask-operation.js';
export type { AssistantContext } from './asked.js';
export { codeFacts } from './code-facts.js';
export {
  type ConversationMessage,
  type ConversationSummary,
  deleteConversation,
  listConversations,
  MAX_MESSAGES,
  openConversation,
  recordExchange,
} from './conversations.js';
export {
  type DraftContext,
  type DraftOptions,
  type DraftReport,
  draftDescriptions,
  MAX_DRAFT_LIMIT,
} from './describe-drafts.js';
export type { AnswerCitation, AnswerCode, CodeStatus, Confidence } from './draft.js';
export { INTENTS, type Intent } from './intent.js';
export { checkModelText, type ModelTextFacts } from './model-check.js';
export { checkRephrasing, type ModelProvider, type Rephrased, rephraseWithModel } from './model-rephrase.js';
export { MAX_QUESTION_CHARS } from './question.js';
