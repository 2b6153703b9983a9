import fastifyCors, { type FastifyCorsOptionsDelegateCallback } from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';

/**
 * CORS by `@fastify/cors` with a per-request options delegate, run only for requests that carry an `Origin`
 * header. The delegate makes the plugin rebuild its options for every request (about a twentieth of a small
 * answer's time, issue 21), yet a request without `Origin` is same-origin or not from a browser, for which the
 * portal's credentialed CORS headers mean nothing: it gets `Vary: Origin`, so that a cache that honours it never
 * hands the answer to a cross-origin request (which carries `Origin`). Documents public to any origin (`isPublic`)
 * keep `Access-Control-Allow-Origin: *` without `Origin` too, as the plugin would send it: a shared cache that
 * ignores `Vary` may hand a verifier's server-side fetch to a browser. A preflight always carries `Origin`.
 */
export async function allowCrossOrigin(
  fastify: FastifyInstance,
  delegator: FastifyCorsOptionsDelegateCallback,
  isPublic: (request: FastifyRequest) => boolean,
): Promise<void> {
  let cors: onRequestHookHandler | undefined;
  // The plugin's request hook is kept rather than added, so that the hook below decides when it runs; its other
  // additions (the preflight route, the request's decoration) go to the instance itself.
  const keepingHook = new Proxy(fastify, {
    get(target, property) {
      if (property === 'addHook')
        return (name: string, hook: onRequestHookHandler) => {
          if (name === 'onRequest' && !cors) cors = hook;
          else target.addHook(name as 'onRequest', hook);
          return keepingHook;
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  await new Promise<void>((resolve, reject) =>
    fastifyCors(keepingHook, { hook: 'onRequest', delegator }, (error?: Error) => (error ? reject(error) : resolve())),
  );
  const handle = cors;
  if (!handle) throw new Error('@fastify/cors added no request hook');
  fastify.addHook('onRequest', function (request, reply, done) {
    if (request.headers.origin === undefined) {
      varyOnOrigin(reply);
      if (isPublic(request)) reply.header('access-control-allow-origin', '*');
      return done();
    }
    return handle.call(this, request, reply, done);
  });
}

/** Adds `Origin` to the reply's `Vary`, keeping what an earlier hook put there. */
function varyOnOrigin(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  if (vary === undefined || vary === '') reply.header('vary', 'Origin');
  else if (!/(^|,)\s*(origin|\*)\s*(,|$)/i.test(String(vary))) reply.header('vary', `${String(vary)}, Origin`);
}
