// The editorial tool: the recently edited codes, and per code the two texts editors write — the
// common-language description (overrides the generated one) and the "How to use" tip — in Markdown, with
// a preview of what readers see, and each text's revision history (who, when, what changed, revert).
import type { Draft, EditedCode, EditorialField, HistoryEntry, Revision } from '../../../editorial/index.js';
import { MAX_EDITORIAL_LENGTH, renderMarkdown } from '../../../editorial/index.js';
import { codePath } from '../../paths.js';
import { Csrf } from '../../views/csrf.js';

export const FIELD_TITLES: Record<EditorialField, string> = {
  description: 'Common-language description',
  tip: 'How to use (coding tip)',
};

export function EditorHome({ edited, waiting }: { edited: EditedCode[]; waiting: Draft[] }) {
  return (
    <section>
      <h1>Editorial</h1>
      <form action="/editor/open" method="get" class="filters">
        <label for="ecode">Edit the texts of a code</label>{' '}
        <select name="system" aria-label="Code system">
          <option value="icd10cm">ICD-10-CM</option>
          <option value="icd10pcs">ICD-10-PCS</option>
          <option value="hcpcs">HCPCS</option>
          <option value="cpt">CPT</option>
        </select>{' '}
        <input id="ecode" name="code" maxLength={12} required /> <button type="submit">Open</button>
      </form>
      {waiting.length > 0 ? (
        <>
          <h2>Drafts waiting for review</h2>
          <ul>
            {waiting.map((d) => (
              <li key={d.id}>
                <a href={`/editor/codes/${d.system}/${encodeURIComponent(d.code)}#edit-${d.field}`}>
                  {d.system} {d.code}
                </a>{' '}
                — {FIELD_TITLES[d.field]}, drafted {d.createdAt.slice(0, 16).replace('T', ' ')} by {d.source}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Recently edited</h2>
      {edited.length === 0 ? <p>Nothing yet.</p> : null}
      <ul>
        {edited.map((e) => (
          <li key={`${e.system}:${e.code}:${e.field}`}>
            <a href={`/editor/codes/${e.system}/${encodeURIComponent(e.code)}`}>
              {e.system} {e.code}
            </a>{' '}
            — {FIELD_TITLES[e.field]}, revision {e.seq}
            {e.withdrawn ? ' (withdrawn)' : ''}, {e.editedAt.slice(0, 16).replace('T', ' ')} by {e.authorEmail}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface FieldState {
  field: EditorialField;
  current: Revision | undefined;
  /** a drafted text waiting for review (codedesk describe --draft) */
  waiting?: Draft | undefined;
  history: HistoryEntry[];
  /** a refused save: the text as typed, and why */
  draft?: string;
  error?: string;
}

export function EditorCodePage({
  system,
  code,
  title,
  generated,
  fields,
  csrf,
}: {
  system: string;
  code: string;
  title: string | null;
  generated: string | null;
  fields: FieldState[];
  csrf: string;
}) {
  return (
    <section>
      <h1>
        Edit {system} <span class="code">{code}</span> {title ?? ''}
      </h1>
      <p>
        <a href={codePath(system, code)}>Open the code page</a>
      </p>
      {fields.map((f) => (
        <FieldEditor key={f.field} system={system} code={code} state={f} csrf={csrf} generated={generated} />
      ))}
    </section>
  );
}

function FieldEditor({
  system,
  code,
  state,
  csrf,
  generated,
}: {
  system: string;
  code: string;
  state: FieldState;
  csrf: string;
  generated: string | null;
}) {
  const { field, current, history } = state;
  const id = `body-${field}`;
  return (
    <section class="editor-field" id={`edit-${field}`}>
      <h2>{FIELD_TITLES[field]}</h2>
      {field === 'description' && !current ? (
        <p class="label">Readers now see the generated text: {generated ?? '(none for this code)'}</p>
      ) : null}
      {current ? (
        <div class="preview">
          <p class="label">
            Readers see (revision {current.seq}, {current.createdAt.slice(0, 16).replace('T', ' ')}):
          </p>
          {/* sanitised by renderMarkdown: markdown-it without HTML, then an allowlist */}
          <div class="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(current.body) }} />
        </div>
      ) : null}
      {state.waiting ? <WaitingDraft draft={state.waiting} csrf={csrf} /> : null}
      {state.error ? (
        <p class="error" role="alert">
          {state.error}
        </p>
      ) : null}
      <form action={`/editor/codes/${system}/${encodeURIComponent(code)}`} method="post">
        <Csrf token={csrf} />
        <input type="hidden" name="field" value={field} />
        <label for={id}>Markdown (leave empty to withdraw the text)</label>
        <textarea id={id} name="body" rows={8} maxLength={MAX_EDITORIAL_LENGTH}>
          {state.draft ?? current?.body ?? ''}
        </textarea>
        <button type="submit">Save {field === 'tip' ? 'the tip' : 'the description'}</button>
      </form>
      {history.length > 0 ? (
        <>
          <h3>History</h3>
          <ol class="history" reversed>
            {history.map((r) => (
              <li key={r.id}>
                Revision {r.seq}, {r.createdAt.slice(0, 16).replace('T', ' ')} by {r.authorEmail}: {r.change.text}
                {r.change.lines.length > 0 ? (
                  <pre class="diff">{r.change.lines.map((l) => `${l.op} ${l.text}`).join('\n')}</pre>
                ) : null}
                {current && r.id !== current.id ? (
                  <form class="inline" action={`/editor/revisions/${r.id}/revert`} method="post">
                    <Csrf token={csrf} />
                    <button type="submit">Revert to revision {r.seq}</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** A drafted text: what it says (rendered as readers would see it), what it was drafted from, publish or discard. */
function WaitingDraft({ draft, csrf }: { draft: Draft; csrf: string }) {
  return (
    <div class="preview draft">
      <p class="label">
        Draft waiting for review ({draft.source}, {draft.createdAt.slice(0, 16).replace('T', ' ')}); readers do not see
        it until it is published:
      </p>
      {/* sanitised by renderMarkdown: markdown-it without HTML, then an allowlist */}
      <div class="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(draft.body) }} />
      <details>
        <summary>The official facts it was drafted from</summary>
        <pre>{draft.facts}</pre>
      </details>
      <form class="inline" action={`/editor/drafts/${draft.id}/publish`} method="post">
        <Csrf token={csrf} />
        <button type="submit">Publish the draft</button>
      </form>{' '}
      <form class="inline" action={`/editor/drafts/${draft.id}/discard`} method="post">
        <Csrf token={csrf} />
        <button type="submit">Discard the draft</button>
      </form>
    </div>
  );
}
