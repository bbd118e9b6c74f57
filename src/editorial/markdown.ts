// Editorial Markdown to safe HTML. Two layers: markdown-it never passes raw HTML through (html: false) and
// refuses javascript:/vbscript:/file:/data: links itself; sanitize-html then keeps only a small allowlist of
// tags and attributes, so a bug or option change in either layer alone cannot let script into a code page.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** The longest description or tip an editor may save, in UTF-16 code units (what a textarea's maxlength counts). */
export const MAX_EDITORIAL_LENGTH = 20_000;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'h3',
    'h4',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'] },
  // links: http, https and mailto, or a path on this site; never protocol-relative (//host) addresses
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // anything else is dropped; the text of a dropped tag stays, the content of these never does
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    // the page already has h1/h2; an editor's headings sit below them
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' }),
  },
};

/** Cleans HTML down to the editorial allowlist. renderMarkdown already applies it; exported for tests and reuse. */
export function sanitizeEditorialHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Editor-written Markdown as HTML that is safe to insert into a page as is. */
export function renderMarkdown(md: string): string {
  return sanitizeEditorialHtml(markdown.render(md));
}
