// How a request reached the app: which proxies' X-Forwarded-* headers to believe (TRUST_PROXY), and the
// security headers, two of which only a request that arrived over TLS may get. Sent over plain HTTP,
// upgrade-insecure-requests makes browsers fetch the page's own stylesheet and script over https, which an
// intranet install at http://host:3000 does not serve, and Strict-Transport-Security would pin the host to a
// TLS it does not have.
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { TrustProxy } from '../../config.js';

/** one year, as helmet's default; sent only over TLS */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Fastify's trustProxy for TRUST_PROXY. A hop count is a trust function: Fastify refuses bare numbers, and
 * `true` would trust every X-Forwarded-For entry, so the left-most — which the client writes itself — would
 * be taken as its address. Trusting the nearest N hops makes the address the one the outermost trusted proxy
 * saw. Addresses and CIDR ranges go to Fastify (proxy-addr) as they are.
 */
export function fastifyTrustProxy(trust: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (trust === false) return false;
  if ('hops' in trust) {
    const { hops } = trust;
    return (_address: string, hop: number) => hop < hops;
  }
  return [...trust.addresses];
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  // after helmet's own hook, which has set the policy on the response already
  app.addHook('onRequest', async (request, reply) => {
    // https directly, or X-Forwarded-Proto from a trusted proxy (Fastify ignores it from anyone else)
    if (request.protocol !== 'https') return;
    const policy = reply.raw.getHeader('content-security-policy');
    if (typeof policy === 'string')
      reply.raw.setHeader('content-security-policy', `${policy};upgrade-insecure-requests`);
    reply.raw.setHeader('strict-transport-security', HSTS);
  });
}
