// /casepilot: the question form (works without JavaScript: a plain form post), example questions, the answers of
// the conversation so far (signed-in users; a guest sees the last answer), the daily allowance, and for signed-in
// users their earlier conversations.
import type { AskAnswer, ConversationSummary } from '../../../assistant/index.js';
import { MAX_QUESTION_CHARS } from '../../../assistant/index.js';
import { Csrf } from '../../views/csrf.js';
import { AnswerView } from './answer-view.js';

export const EXAMPLE_QUESTIONS = [
  'Is J45.909 billable?',
  'MUE for 20610?',
  'Global period for 27447?',
  'What does Medicare pay for 99214 in Manhattan?',
  'Type 2 diabetes with CKD stage 3a — which codes?',
  'Is N18.30 covered for 82607?',
  'Convert ICD-9 250.00',
  'What does modifier XS mean?',
];

export type AllowanceView = { left: number; limit: number } | { refused: string } | undefined;

export interface CasePilotPageProps {
  csrf: string;
  /** the question as typed, kept in the box */
  question: string;
  exchanges: { question: string; answer: AskAnswer }[];
  conversationId?: string;
  allowance?: AllowanceView;
  signedIn: boolean;
  conversations?: ConversationSummary[];
  error?: string;
}

function Allowance({ allowance }: { allowance: AllowanceView }) {
  if (!allowance) return null;
  if ('refused' in allowance)
    return (
      <div class="meter locked-banner" role="alert">
        <p>
          <strong>This question was not answered.</strong> {allowance.refused}
        </p>
        <p>
          <a href="/register">Register free account</a> / <a href="/login?next=%2Fcasepilot">Log in</a>. Your question
          is kept below.
        </p>
      </div>
    );
  return (
    <p class="meter" role="status">
      {allowance.left} of {allowance.limit} CasePilot questions left today.
    </p>
  );
}

export function CasePilotPage(p: CasePilotPageProps) {
  return (
    <article class="casepilot">
      <h1>CasePilot</h1>
      <p>
        Ask a coding question in plain English. Every answer comes from the official code sets and documents loaded
        here, names the release it used and lists its sources; codes link to their pages.
      </p>
      <Allowance allowance={p.allowance} />
      <div class="conversation" aria-live="polite">
        {p.exchanges.map((x) => (
          <section class="exchange">
            <h3 class="question">{x.question}</h3>
            <AnswerView answer={x.answer} />
          </section>
        ))}
      </div>
      {p.error ? (
        <p class="form-error" role="alert">
          {p.error}
        </p>
      ) : null}
      <form method="post" action="/casepilot" class="ask-form">
        <Csrf token={p.csrf} />
        {p.conversationId ? <input type="hidden" name="c" value={p.conversationId} /> : null}
        <label for="question">Your question</label>
        <textarea id="question" name="q" rows={3} maxLength={20000} required>
          {p.question}
        </textarea>
        <p class="hint">Up to {MAX_QUESTION_CHARS.toLocaleString('en-US')} characters are read.</p>
        <button type="submit">Ask</button>
      </form>
      <section class="examples">
        <h2>Try</h2>
        <ul>
          {EXAMPLE_QUESTIONS.map((q) => (
            <li>
              <a href={`/casepilot?q=${encodeURIComponent(q)}`}>{q}</a>
            </li>
          ))}
        </ul>
      </section>
      {p.signedIn ? (
        <section class="history">
          <h2>Your conversations</h2>
          {p.conversations && p.conversations.length > 0 ? (
            <ul>
              {p.conversations.map((c) => (
                <li>
                  <a href={`/casepilot/c/${c.id}`}>{c.title}</a>{' '}
                  <small>{c.updatedAt.slice(0, 16).replace('T', ' ')}</small>{' '}
                  <form method="post" action={`/casepilot/c/${c.id}/delete`} class="inline">
                    <Csrf token={p.csrf} />
                    <button type="submit">Delete</button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p>No conversations yet.</p>
          )}
          {p.conversationId ? <a href="/casepilot">New conversation</a> : null}
        </section>
      ) : null}
    </article>
  );
}
