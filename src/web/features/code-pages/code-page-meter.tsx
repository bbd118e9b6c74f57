// What the meter's banner adds for the ways on: a free account whose views are used up is shown where more come
// from (the operator's plan page or administrator, PLANS_URL), not only that it has none; a header page says it
// spent no view.

/** The way to more views for a free account: PLANS_URL (a page or a mail address), else the administrator. */
export function UpgradeLinks({ plansUrl }: { plansUrl?: string | undefined }) {
  return (
    <p class="upgrade">
      {plansUrl ? (
        <a href={plansUrl} rel="noopener">
          Get a paid plan for unlimited code pages
        </a>
      ) : (
        <>Ask this site's administrator for a paid plan for unlimited code pages.</>
      )}{' '}
      Your views come back on the 1st of next month. Meanwhile <a href="/search">search</a> and{' '}
      <a href="/browse">browsing</a> stay free.
    </p>
  );
}

/** On a header (a category that lists the codes below it): reading it spent nothing. */
export function NotSpentNote() {
  return <> This page lists the codes below it and did not use a view.</>;
}
