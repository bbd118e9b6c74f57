// The page frame: head (title, description, canonical link, our own stylesheet and script — no CDN), header
// with the search box, main, footer. Preact escapes every text it renders.
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PRODUCTS } from './products.js';

export interface PageMeta {
  title: string;
  description?: string;
  /** path of the canonical URL of this page */
  canonical?: string;
  /** the query to show in the header's search box */
  query?: string;
  /** the signed-in user, for the header (with the CSRF token of its log-out form) */
  account?: { email: string; role: string; csrf: string };
  /** the page carries a form token or private data: Cache-Control no-store */
  noStore?: boolean;
}

function AccountLinks({ account }: { account: PageMeta['account'] }) {
  if (!account)
    return (
      <>
        <a href="/login">Log in</a> <a href="/register">Register</a>
      </>
    );
  return (
    <>
      {account.role === 'admin' ? <a href="/admin/users">Admin</a> : null}{' '}
      {account.role === 'editor' || account.role === 'admin' ? <a href="/editor">Editor</a> : null}{' '}
      <a href="/account">{account.email}</a>{' '}
      <form class="inline" action="/logout" method="post">
        <input type="hidden" name="_csrf" value={account.csrf} />
        <button type="submit" class="link">
          Log out
        </button>
      </form>
    </>
  );
}

/** the brand mark (also the favicon, src/web/assets/favicon.svg): a page with a code line */
function BrandMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="4" y="2" width="24" height="28" rx="4" fill="currentColor" opacity="0.15" />
      <rect x="4" y="2" width="24" height="28" rx="4" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M10 11h12M10 16h8M10 21h10" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
    </svg>
  );
}

export function Layout({ meta, children }: { meta: PageMeta; children: ComponentChildren }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${meta.title} · CodeDesk`}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        <script src="/assets/app.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            <BrandMark />
            CodeDesk
          </a>
          <nav class="products" aria-label="Products">
            {PRODUCTS.filter((p) => p.inHeader).map((p) =>
              p.href ? (
                <a key={p.name} href={p.href}>
                  {p.name}
                </a>
              ) : (
                <span key={p.name} class="soon" title="Not available yet">
                  {p.name} (soon)
                </span>
              ),
            )}
          </nav>
          <form class="search" aria-label="Search codes" action="/search" method="get">
            <label for="q" class="visually-hidden">
              Search codes
            </label>
            <input
              id="q"
              name="q"
              type="search"
              value={meta.query ?? ''}
              placeholder="Code, term, abbreviation…"
              autocomplete="off"
              maxLength={1000}
              data-suggest="/api/v1/search"
              data-words="/api/v1/suggest"
              role="combobox"
              aria-autocomplete="list"
              aria-controls="suggestions"
              aria-expanded="false"
            />
            <div id="suggestions" role="listbox" aria-label="Suggestions" class="suggestions" hidden />
            <button type="submit">Search</button>
          </form>
          <nav class="main-links" aria-label="Main">
            <a href="/browse">Browse</a> <a href="/docs">API</a> <AccountLinks account={meta.account} />
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          Built on the official public code sets (CMS, CDC). CPT® is a registered trademark of the American Medical
          Association; CPT descriptors are shown only from a licensed file.
        </footer>
      </body>
    </html>
  );
}

export function renderPage(meta: PageMeta, body: ComponentChildren): string {
  return `<!doctype html>${renderToString(<Layout meta={meta}>{body}</Layout>)}`;
}
