// One section of a code page: its heading always, its content only when the page's policy does not lock it (the
// meter). Apart from code-page.tsx so that the files of the page's other sections can use it without importing
// the page that imports them.

/** What decides whether a section is locked: a reason to show instead of the content, or null. */
export interface SectionLock<Id extends string = string> {
  locked(section: Id): string | null;
}

export function Section<Id extends string>({
  id,
  title,
  policy,
  children,
}: {
  id: Id;
  title: string;
  policy: SectionLock<Id>;
  children: preact.ComponentChildren;
}) {
  const why = policy.locked(id);
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {why ? <p class="locked">{why}</p> : children}
    </section>
  );
}
