// A browser-like client over inject(): keeps cookies between requests (as a browser would, by name), posts
// forms urlencoded, and reads the CSRF token from the last page. Each client is one visitor.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type FormPart, multipartBody } from './multipart.js';

export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
    /** the client address the app sees (inject's default is 127.0.0.1) */
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(r: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of r.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return r;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.app.inject({
        method: 'GET',
        url,
        remoteAddress: this.remoteAddress,
        headers: { accept: 'text/html', cookie: this.cookieHeader(), ...this.headers, ...headers },
      }),
    );
  }

  async post(
    url: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        payload: new URLSearchParams(form).toString(),
        headers: {
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
          cookie: this.cookieHeader(),
          ...this.headers,
          ...headers,
        },
      }),
    );
  }

  /** posts a multipart form (an upload), its parts in the order given */
  async postMultipart(
    url: string,
    parts: readonly FormPart[],
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const { body, contentType } = multipartBody(parts);
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        payload: body,
        headers: {
          accept: 'text/html',
          'content-type': contentType,
          cookie: this.cookieHeader(),
          ...this.headers,
          ...headers,
        },
      }),
    );
  }

  /** GETs the page and posts its form with the page's CSRF token added */
  async submit(pageUrl: string, action: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    return this.post(action, { ...form, _csrf: csrfOf(page.body) });
  }
}

export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no CSRF token on the page');
  return m[1];
}
