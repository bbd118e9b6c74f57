// A CasePilot answer on a page: its Markdown (paragraphs, "- " lists, "> Note:" lines, "Sources:") as elements —
// never as raw HTML, so whatever the question held is shown as text — with each code the answer lists linked to
// its page, and the codes again below with their status and a copy button.

import type { ComponentChildren } from 'preact';
import type { AskAnswer } from '../../../assistant/index.js';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text with the answer's codes as links to their pages. */
function Linked({ text, answer }: { text: string; answer: AskAnswer }) {
  if (answer.codes.length === 0) return <>{text}</>;
  const byCode = new Map(answer.codes.map((c) => [c.code, c]));
  const pattern = new RegExp(
    `(?<![A-Za-z0-9.])(${[...byCode.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|')})(?![A-Za-z0-9])`,
    'g',
  );
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const code = byCode.get(m[1] as string);
    if (!code || m.index === undefined) continue;
    parts.push(text.slice(at, m.index));
    parts.push(<a href={`/codes/${code.system}/${encodeURIComponent(code.code)}`}>{code.code}</a>);
    at = m.index + (m[1] as string).length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function Block({ block, answer }: { block: string; answer: AskAnswer }) {
  const lines = block.split('\n');
  if (lines[0] === 'Sources:')
    return (
      <section class="sources">
        <h4>Sources</h4>
        <ul>
          {lines.slice(1).map((l) => (
            <li>{l.replace(/^- /, '')}</li>
          ))}
        </ul>
      </section>
    );
  if (lines.every((l) => l.startsWith('- ')))
    return (
      <ul>
        {lines.map((l) => (
          <li>
            <Linked text={l.slice(2)} answer={answer} />
          </li>
        ))}
      </ul>
    );
  if (lines.every((l) => l.startsWith('> ')))
    return (
      <div class="notes" role="note">
        {lines.map((l) => (
          <p>{l.slice(2)}</p>
        ))}
      </div>
    );
  return (
    <p>
      <Linked text={block} answer={answer} />
    </p>
  );
}

const STATUS: Record<string, string> = {
  billable: 'billable',
  header: 'header, not billable',
  deleted: 'deleted',
  'not yet valid': 'not valid yet',
};

export function AnswerView({ answer }: { answer: AskAnswer }) {
  return (
    <div class="answer" data-intent={answer.intent}>
      {answer.answer.split('\n\n').map((b) => (
        <Block block={b} answer={answer} />
      ))}
      {answer.codes.length > 0 ? (
        <ul class="answer-codes">
          {answer.codes.map((c) => (
            <li>
              <a href={`/codes/${c.system}/${encodeURIComponent(c.code)}`}>{c.code}</a> ({STATUS[c.status] ?? c.status}){' '}
              <button type="button" class="copy" data-copy={c.code}>
                Copy
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p class="confidence">Confidence: {answer.confidence}</p>
    </div>
  );
}
