// Whether an error goes out as JSON or as the HTML error page. The API (/api/…) always answers JSON. Any other URL
// is a page: it answers HTML unless the client asks for JSON over HTML in its Accept header (RFC 9110 §12.5.1:
// each type's quality from the most specific range naming it), so `curl` (Accept: */*) and browsers get the page,
// `Accept: application/json` gets JSON. A request with no Accept header at all keeps JSON, as it always had: that is
// a script or a test harness, not a browser or curl, and its callers read the JSON error.

interface Preference {
  q: number;
  /** 2 for the exact type, 1 for its type with any subtype, 0 for the any-type range, -1 when no range names it */
  specificity: number;
}

/** How much the Accept header wants `type/subtype`. */
function preference(ranges: readonly string[], type: string, subtype: string): Preference {
  let best: Preference = { q: 0, specificity: -1 };
  for (const range of ranges) {
    const [mediaRange = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    const [t, s] = mediaRange.split('/');
    const specificity = t === type && s === subtype ? 2 : t === type && s === '*' ? 1 : t === '*' && s === '*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    best = { q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0, specificity };
  }
  return best;
}

/**
 * JSON when the Accept header prefers application/json to text/html: a higher quality, or the same quality named
 * more specifically (application/json beside the any-type range asks for JSON; the any-type range alone does not).
 */
export function acceptPrefersJson(accept: string): boolean {
  const ranges = accept.split(',');
  const json = preference(ranges, 'application', 'json');
  const html = preference(ranges, 'text', 'html');
  if (json.q === 0) return false;
  return json.q > html.q || (json.q === html.q && json.specificity > html.specificity);
}

export function wantsJson(request: { url: string; headers: { accept?: string | undefined } }): boolean {
  if (request.url.startsWith('/api/')) return true;
  const accept = request.headers.accept?.trim();
  if (!accept) return true;
  return acceptPrefersJson(accept);
}
