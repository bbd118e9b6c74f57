// The page frame: head (title, description, canonical link, our own stylesheet and script — no CDN), header
// with the search box, main, footer. Preact escapes every text it renders.
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';

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

export function Layout({ meta, children }: { meta: PageMeta; children: ComponentChildren }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${meta.title} · CodeDesk`}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
        <link rel="stylesheet" href="/assets/site.css" />
        <script src="/assets/app.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            CodeDesk
          </a>
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
          <nav aria-label="Main">
            <a href="/browse">Browse</a> <a href="/claims">Claim Check</a> <a href="/casepilot">CasePilot</a>{' '}
            <a href="/docs">API</a> <AccountLinks account={meta.account} />
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
