import type { FastifyInstance } from 'fastify';

/**
 * Every API response says `Cache-Control: no-store` unless its handler set a cache policy of its own.
 * API answers carry personal data (the signed-in user, lists, certificates as PDF, credentials) and
 * must not be kept by browsers or shared caches; public verification (`/api/verify/:code`) names a
 * person, so it is `no-store` too. Only the issuer's public key (JWKS) and the revocation status
 * list, which name nobody, declare themselves cacheable in their controller.
 */
export function noStoreOnApi(fastify: FastifyInstance, prefix: string): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith(`${prefix}/`) && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
