import { errorCodes, type FastifyInstance } from 'fastify';

/**
 * OAuth 2.0 token requests are `application/x-www-form-urlencoded` (RFC 6749 §4.1.3; OpenID for VC Issuance's
 * token endpoint is one). Only the routes named here take such a body; every other route refuses it (415)
 * before reading a byte, as it refuses every non-JSON type. A cross-site HTML form could post one here, but
 * these routes read no cookie: they act on the pre-authorized code in the body alone.
 */
export function acceptOAuthTokenForms(fastify: FastifyInstance, routes: readonly string[]): void {
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (request, body, done) => {
      if (!routes.includes(request.routeOptions.url ?? ''))
        return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(String(request.headers['content-type'])), undefined);
      const text = body as string;
      done(null, Object.fromEntries(new URLSearchParams(text)));
    },
  );
}
