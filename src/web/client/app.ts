// Search-as-you-type for the header's search box, as an ARIA combobox with a listbox of two groups: the words
// that complete what is typed (/api/v1/suggest: index terms and lay phrases, each with its default code; choosing
// one searches that phrase), then the codes (/api/v1/search with prefix=1; choosing one opens its page). Keyboard
// navigable across both (arrows, Enter, Escape). Every text is set as text, never as HTML. Bundled by esbuild
// (scripts/build-client.mjs); no framework.
import { addCopyButtons } from './copy-code.js';

addCopyButtons();
const input = document.querySelector<HTMLInputElement>('input[data-suggest]');
const list = document.getElementById('suggestions');

interface WordItem {
  kind: 'word';
  text: string;
  code: string | null;
  prefix?: string;
}
interface CodeItem {
  kind: 'code';
  code: string;
  system: string;
  title: string | null;
}
type Item = WordItem | CodeItem;

if (input && list) {
  let active = -1;
  let items: Item[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const option = (item: Item, i: number): HTMLElement => {
    const el = document.createElement('div');
    el.id = `suggestion-${i}`;
    el.setAttribute('role', 'option');
    el.setAttribute('aria-selected', String(i === active));
    if (item.kind === 'word') {
      el.className = 'word';
      const text = document.createElement('span');
      text.className = 'term';
      text.textContent = item.text;
      el.append(text);
      const code = item.code ?? (item.prefix ? `${item.prefix}…` : null);
      if (code) {
        const badge = document.createElement('span');
        badge.className = 'word-code';
        badge.textContent = code;
        el.append(' ', badge);
      }
    } else el.textContent = `${item.code} ${item.title ?? ''}`;
    el.addEventListener('mousedown', (e) => {
      e.preventDefault();
      go(i);
    });
    return el;
  };

  const group = (label: string, members: HTMLElement[]): HTMLElement => {
    const el = document.createElement('div');
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', label);
    el.append(...members);
    return el;
  };

  const render = (): void => {
    const options = items.map(option);
    const words = options.filter((_, i) => items[i]?.kind === 'word');
    const codes = options.filter((_, i) => items[i]?.kind === 'code');
    list.replaceChildren(
      ...(words.length > 0 ? [group('Words', words)] : []),
      ...(codes.length > 0 ? [group('Codes', codes)] : []),
    );
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const go = (i: number): void => {
    const r = items[i];
    if (!r) return;
    if (r.kind === 'word') window.location.href = `/search?q=${encodeURIComponent(r.text)}`;
    else window.location.href = `/codes/${encodeURIComponent(r.system)}/${encodeURIComponent(r.code)}`;
  };

  /** one API's answer, or nothing when it fails: suggestions are a convenience, the form still submits */
  const ask = async <T>(url: string): Promise<T | null> => {
    try {
      const res = await fetch(url);
      return res.ok ? ((await res.json()) as T) : null;
    } catch {
      return null;
    }
  };

  const fetchSuggestions = async (): Promise<void> => {
    const q = input.value;
    const mine = ++seq;
    if (q.trim().length < 2) {
      items = [];
      active = -1;
      render();
      return;
    }
    const words = input.dataset.words;
    const [completions, codes] = await Promise.all([
      words ? ask<{ suggestions: Omit<WordItem, 'kind'>[] }>(`${words}?limit=5&q=${encodeURIComponent(q)}`) : null,
      ask<{ results: Omit<CodeItem, 'kind'>[] }>(
        `${input.dataset.suggest}?limit=8&prefix=1&q=${encodeURIComponent(q)}`,
      ),
    ]);
    // a newer keystroke has sent its own requests meanwhile: these answers are stale
    if (mine !== seq) return;
    items = [
      ...(completions?.suggestions ?? []).map((s): Item => ({ ...s, kind: 'word' })),
      ...(codes?.results ?? []).map((r): Item => ({ ...r, kind: 'code' })),
    ];
    active = -1;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length > 0) {
      active = (active + 1) % items.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && items.length > 0) {
      active = active <= 0 ? items.length - 1 : active - 1;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      go(active);
    } else if (e.key === 'Escape') {
      items = [];
      active = -1;
      render();
    }
  });
  input.addEventListener('blur', () => {
    setTimeout(() => {
      items = [];
      render();
    }, 150);
  });
}

// Claim Check: "Add line" adds an empty line in place, from the page's <template>, without a round trip. Without
// this script the same button posts the form and the server renders it with one more line.
const claimForm = document.querySelector<HTMLFormElement>('form[data-claim-form]');
const lineTemplate = document.getElementById('claim-line-template');
if (claimForm && lineTemplate instanceof HTMLTemplateElement) {
  const lines = claimForm.querySelector<HTMLElement>('[data-claim-lines]');
  const addButton = claimForm.querySelector<HTMLButtonElement>('button[data-add-line]');
  const rows = claimForm.querySelector<HTMLInputElement>('input[name="rows"]');
  if (lines && addButton && rows) {
    const max = Number(lines.dataset.max) || 50;
    addButton.addEventListener('click', (e) => {
      const n = lines.querySelectorAll('fieldset.claim-line').length + 1;
      if (n > max) return;
      e.preventDefault();
      const holder = document.createElement('template');
      holder.innerHTML = lineTemplate.innerHTML.split('__N__').join(String(n));
      lines.append(holder.content);
      rows.value = String(n);
      if (n >= max) addButton.disabled = true;
      document.getElementById(`line${n}-code`)?.focus();
    });
  }
}

// CasePilot: the copy buttons beside each code of an answer (the page works without them).
document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
  button.addEventListener('click', () => {
    const code = button.dataset.copy ?? '';
    void navigator.clipboard?.writeText(code).then(
      () => {
        button.textContent = 'Copied';
        setTimeout(() => {
          button.textContent = 'Copy';
        }, 1500);
      },
      () => undefined,
    );
  });
});

// CasePilot: with a script, the question is asked over the streaming API (/api/v1/casepilot/ask/stream) and the
// answer shown part by part as it arrives, without reloading the page; without one, the form posts as usual.
const askForm = document.querySelector<HTMLFormElement>('form.ask-form');
const conversationBox = document.querySelector<HTMLElement>('.casepilot .conversation');

interface StreamedAnswer {
  answer: string;
  codes: { system: string; code: string; status: string }[];
  confidence: string;
  conversation?: string;
}

/** One Markdown block of an answer as elements (text only: nothing the answer holds is read as HTML). */
function answerBlock(markdown: string, codes: StreamedAnswer['codes']): HTMLElement {
  const lines = markdown.split('\n');
  const withLinks = (text: string): Node[] => {
    if (codes.length === 0) return [document.createTextNode(text)];
    const escaped = codes.map((c) => c.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    const out: Node[] = [];
    let at = 0;
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9.])(${escaped.join('|')})(?![A-Za-z0-9])`, 'g'))) {
      const code = codes.find((c) => c.code === m[1]);
      if (!code || m.index === undefined) continue;
      out.push(document.createTextNode(text.slice(at, m.index)));
      const a = document.createElement('a');
      a.href = `/codes/${code.system}/${encodeURIComponent(code.code)}`;
      a.textContent = code.code;
      out.push(a);
      at = m.index + code.code.length;
    }
    out.push(document.createTextNode(text.slice(at)));
    return out;
  };
  const list = (items: string[], cls?: string): HTMLElement => {
    const ul = document.createElement('ul');
    if (cls) ul.className = cls;
    for (const item of items) {
      const li = document.createElement('li');
      li.append(...withLinks(item));
      ul.append(li);
    }
    return ul;
  };
  if (lines[0] === 'Sources:') {
    const section = document.createElement('section');
    section.className = 'sources';
    const h = document.createElement('h4');
    h.textContent = 'Sources';
    section.append(h, list(lines.slice(1).map((l) => l.replace(/^- /, ''))));
    return section;
  }
  if (lines.every((l) => l.startsWith('- '))) return list(lines.map((l) => l.slice(2)));
  if (lines.every((l) => l.startsWith('> '))) {
    const div = document.createElement('div');
    div.className = 'notes';
    div.setAttribute('role', 'note');
    for (const l of lines) {
      const p = document.createElement('p');
      p.textContent = l.slice(2);
      div.append(p);
    }
    return div;
  }
  const p = document.createElement('p');
  p.append(...withLinks(markdown));
  return p;
}

if (askForm && conversationBox && typeof TextDecoder !== 'undefined' && 'body' in Response.prototype) {
  askForm.addEventListener('submit', async (e) => {
    const box = askForm.querySelector<HTMLTextAreaElement>('textarea[name="q"]');
    const question = box?.value.trim() ?? '';
    if (!box || question === '') return;
    e.preventDefault();
    const button = askForm.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    const exchange = document.createElement('section');
    exchange.className = 'exchange';
    const heading = document.createElement('h3');
    heading.className = 'question';
    heading.textContent = question;
    const answer = document.createElement('div');
    answer.className = 'answer';
    answer.setAttribute('aria-busy', 'true');
    exchange.append(heading, answer);
    conversationBox.append(exchange);
    const hidden = askForm.querySelector<HTMLInputElement>('input[name="c"]');
    try {
      const res = await fetch('/api/v1/casepilot/ask/stream', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ question, ...(hidden?.value ? { conversation: hidden.value } : {}) }),
      });
      if (!res.ok || !res.body) {
        const error = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        exchange.remove();
        const alert = document.createElement('div');
        alert.className = 'meter locked-banner';
        alert.setAttribute('role', 'alert');
        alert.textContent = `This question was not answered. ${error?.error?.message ?? `The server answered ${res.status}.`}`;
        askForm.before(alert);
        return;
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const name = /^event: (\w+)/m.exec(event)?.[1];
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (!name || data === undefined) continue;
          if (name === 'block') answer.append(answerBlock((JSON.parse(data) as { markdown: string }).markdown, []));
          if (name === 'done') {
            const full = JSON.parse(data) as StreamedAnswer;
            // the whole answer again, its codes now linked to their pages
            answer.replaceChildren(...full.answer.split('\n\n').map((b) => answerBlock(b, full.codes)));
            if (full.conversation) {
              if (hidden) hidden.value = full.conversation;
              else {
                const input = document.createElement('input');
                input.type = 'hidden';
                input.name = 'c';
                input.value = full.conversation;
                askForm.append(input);
              }
            }
          }
        }
      }
      answer.removeAttribute('aria-busy');
      const left = res.headers.get('x-codedesk-questions-remaining');
      const limit = res.headers.get('x-codedesk-questions-limit');
      if (left !== null && limit !== null) {
        let meter = document.querySelector<HTMLElement>('.casepilot .meter[role="status"]');
        if (!meter) {
          meter = document.createElement('p');
          meter.className = 'meter';
          meter.setAttribute('role', 'status');
          conversationBox.before(meter);
        }
        meter.textContent = `${left} of ${limit} CasePilot questions left today.`;
      }
      box.value = '';
    } finally {
      if (button) button.disabled = false;
    }
  });
}
