import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';

/** Answers smaller than this go as they are: compressing them costs more than it saves. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** Text formats worth compressing (JSON, HTML, CSV, JavaScript, CSS, SVG…); images and PDFs already are. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|javascript|xml)\b|image\/svg\+xml)/i;

type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer in, from the request's `Accept-Encoding`: Brotli when the client takes it,
 * else gzip, else none. A `q=0` refuses an encoding; `*` stands for any encoding not named.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | undefined {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  const weights = new Map<string, number>();
  for (const part of raw.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: Encoding) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

/** Adds `Accept-Encoding` to the answer's `Vary` (keeping what is there, e.g. CORS's `Origin`). */
export function addVary(reply: FastifyReply) {
  const vary = reply.getHeader('vary');
  const current = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  if (current === '*' || /(^|,)\s*accept-encoding\s*(,|$)/i.test(current)) return;
  reply.header('vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
}

function compressible(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method === 'HEAD' || reply.statusCode === 204 || reply.statusCode === 304) return false;
  if (reply.hasHeader('content-encoding')) return false;
  if (/\bno-transform\b/i.test(String(reply.getHeader('cache-control') ?? ''))) return false;
  return COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''));
}

/**
 * Compresses answers on the fly, by content negotiation: JSON of the API, the portal's `index.html`,
 * streamed CSV exports, over `COMPRESS_THRESHOLD_BYTES`. Files that already have a Brotli or gzip twin
 * on disk are sent pre-compressed by `@fastify/static` (they carry `content-encoding` and are left
 * alone here). Dynamic answers use fast settings (Brotli quality 4, gzip level 6): the build spends
 * the time on the maximum for static files instead. Headers such as `Cache-Control` are untouched.
 */
export function compressResponses(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (payload === null || payload === undefined || !compressible(request, reply)) return payload;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      if (body.length < COMPRESS_THRESHOLD_BYTES) return payload;
      addVary(reply);
      const encoding = negotiateEncoding(request.headers['accept-encoding']);
      if (!encoding) return payload;
      const compressed =
        encoding === 'br'
          ? brotliCompressSync(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 4,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : gzipSync(body, { level: 6 });
      reply.header('content-encoding', encoding);
      reply.header('content-length', compressed.length);
      return compressed;
    }
    if (payload instanceof Readable) {
      // A stream's length is unknown until it ends (a CSV export): compress it unless it says it is small.
      const length = Number(reply.getHeader('content-length'));
      if (Number.isFinite(length) && length < COMPRESS_THRESHOLD_BYTES) return payload;
      addVary(reply);
      const encoding = negotiateEncoding(request.headers['accept-encoding']);
      if (!encoding) return payload;
      const compressor =
        encoding === 'br'
          ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
          : createGzip({ level: 6 });
      payload.on('error', (error) => compressor.destroy(error));
      reply.removeHeader('content-length');
      reply.header('content-encoding', encoding);
      return payload.pipe(compressor);
    }
    return payload;
  });
}
