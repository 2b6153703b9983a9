import { errorCodes, type FastifyInstance } from 'fastify';

/** Content types of the translation files a translator uploads (XLIFF 2.0, gettext PO). */
export const TRANSLATION_FILE_TYPES = {
  xlf: ['application/xliff+xml', 'application/x-xliff+xml'],
  po: ['text/x-gettext-translation', 'text/x-po'],
} as const;

/** A course's strings are a few hundred kilobytes; a file larger than this is refused (413) before it is read. */
export const TRANSLATION_FILE_BODY_LIMIT = 16 * 1024 * 1024;

/** The one route that takes a translation file as its body. */
export const TRANSLATION_IMPORT_ROUTE = '/api/courses/:id/translations/:locale/import';

/** Fastify's own refusals, which the exception filter turns into coded answers (415, 413). */
const unsupported = (contentType: string) => new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(contentType);
const tooLarge = () => new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();

/**
 * The one exception to JSON-only bodies: the translation import takes the file itself as the body (no
 * multipart, no form: a cross-site HTML form cannot send these types). Any other route refuses these types
 * (415) before reading a byte, so the larger limit never applies elsewhere; the import reads at most
 * `TRANSLATION_FILE_BODY_LIMIT` bytes (413 beyond, or at once when Content-Length says so). Call after
 * `acceptJsonBodiesOnly`.
 */
export function acceptTranslationFiles(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    [...TRANSLATION_FILE_TYPES.xlf, ...TRANSLATION_FILE_TYPES.po],
    { bodyLimit: TRANSLATION_FILE_BODY_LIMIT },
    (request, payload, done) => {
      if (request.routeOptions.url !== TRANSLATION_IMPORT_ROUTE)
        return done(unsupported(String(request.headers['content-type'])), undefined);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > TRANSLATION_FILE_BODY_LIMIT) return done(tooLarge(), undefined);
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (error: Error | null, body?: string) => {
        if (finished) return;
        finished = true;
        done(error, body);
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > TRANSLATION_FILE_BODY_LIMIT) {
          finish(tooLarge());
          payload.destroy();
        } else chunks.push(chunk);
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks).toString('utf8')));
      payload.on('error', (error) => finish(error));
    },
  );
}
