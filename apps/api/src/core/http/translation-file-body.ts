import type { FastifyInstance } from 'fastify';

/** Content types of the translation files a translator uploads (XLIFF 2.0, gettext PO). */
export const TRANSLATION_FILE_TYPES = {
  xlf: ['application/xliff+xml', 'application/x-xliff+xml'],
  po: ['text/x-gettext-translation', 'text/x-po'],
} as const;

/** A course's strings are a few hundred kilobytes; a file larger than this is refused (413) before it is read. */
export const TRANSLATION_FILE_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * The one exception to JSON-only bodies: the translation import takes the file itself as the body (no
 * multipart, no form: a cross-site HTML form cannot send these types). The body arrives as text; only the
 * import route reads it (other routes refuse a body that is not a JSON object). Call after
 * `acceptJsonBodiesOnly`.
 */
export function acceptTranslationFiles(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    [...TRANSLATION_FILE_TYPES.xlf, ...TRANSLATION_FILE_TYPES.po],
    { parseAs: 'string', bodyLimit: TRANSLATION_FILE_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
}
