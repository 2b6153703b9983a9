import { ForbiddenException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorDetail } from '@icspa/domain';
import { coded } from '../errors/coded';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `scheme://host[:port]` without a default port, or undefined for anything else (`null`, garbage). */
function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Why a state-changing request looks like it comes from another site, or undefined when it does not.
 * Browsers send `Sec-Fetch-Site` and `Origin` on such requests; clients outside a browser (scripts,
 * tests) send neither and are not affected.
 */
export function crossSiteProblem(
  request: FastifyRequest,
  allowedOrigins: ReadonlySet<string>,
): ErrorDetail | undefined {
  if (!STATE_CHANGING.has(request.method)) return undefined;
  if (request.headers['sec-fetch-site'] === 'cross-site')
    return coded('http.cross_site', 'sec-fetch-site', 'requests from other sites may not change data');
  const origin = request.headers.origin;
  if (origin === undefined) return undefined;
  const normalised = originOf(origin);
  // The portal served by the API itself is same-origin: the origin the request was addressed to.
  if (
    normalised &&
    (allowedOrigins.has(normalised) || normalised === originOf(`${request.protocol}://${request.host}`))
  )
    return undefined;
  return coded('http.origin_refused', 'origin', `${origin.slice(0, 100)} may not change data here`, {
    origin: origin.slice(0, 100),
  });
}

/**
 * Refuses (403) a POST, PUT, PATCH or DELETE sent from a page of another origin than the API's own, the
 * configured CORS origins and the public URL: a cross-site form or script can then neither sign a user
 * in (login CSRF) nor act with their session.
 */
export function refuseCrossSiteWrites(
  fastify: FastifyInstance,
  origins: readonly string[],
  /** Paths that never read a session cookie (they carry their own bearer or one-time code), open to any site. */
  cookielessPrefixes: readonly string[] = [],
): void {
  const allowed = new Set(origins.map(originOf).filter((o): o is string => o !== undefined));
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (cookielessPrefixes.some((prefix) => request.url.startsWith(prefix))) return done();
    const problem = crossSiteProblem(request, allowed);
    done(problem ? new ForbiddenException(problem) : undefined);
  });
}
