// Copy buttons for codes: every element with data-copy gets a button that puts the code on the clipboard.
// Added by the script, so a page without JavaScript shows no button that cannot work.
export function addCopyButtons(root: ParentNode = document): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-copy]'))) {
    const text = el.dataset.copy ?? '';
    if (!text || el.nextElementSibling?.classList.contains('copy-code')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${text}`);
    button.addEventListener('click', () => {
      const done = (label: string): void => {
        button.textContent = label;
        setTimeout(() => {
          button.textContent = 'Copy';
        }, 1500);
      };
      if (!navigator.clipboard) {
        done('Select and copy');
        return;
      }
      navigator.clipboard.writeText(text).then(
        () => done('Copied'),
        () => done('Select and copy'),
      );
    });
    el.insertAdjacentElement('afterend', button);
  }
}
