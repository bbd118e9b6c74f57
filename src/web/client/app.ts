// Search-as-you-type for the header's search box: suggestions from /api/v1/search, keyboard navigable
// (arrows, Enter, Escape), as an ARIA listbox. Bundled by esbuild (scripts/build-client.mjs); no framework.
const input = document.querySelector<HTMLInputElement>('input[data-suggest]');
const list = document.getElementById('suggestions');

if (input && list) {
  let active = -1;
  let items: { code: string; system: string; title: string | null }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const render = (): void => {
    list.replaceChildren(
      ...items.map((r, i) => {
        const li = document.createElement('div');
        li.id = `suggestion-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.textContent = `${r.code} ${r.title ?? ''}`;
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          go(i);
        });
        return li;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const go = (i: number): void => {
    const r = items[i];
    if (r) window.location.href = `/codes/${encodeURIComponent(r.system)}/${encodeURIComponent(r.code)}`;
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
    try {
      const res = await fetch(`${input.dataset.suggest}?limit=8&prefix=1&q=${encodeURIComponent(q)}`);
      if (!res.ok || mine !== seq) return;
      const body = (await res.json()) as { results: typeof items };
      // a newer keystroke has sent its own request meanwhile: this answer is stale
      if (mine !== seq) return;
      items = body.results;
      active = -1;
      render();
    } catch {
      // suggestions are a convenience: the form still submits
    }
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
