import { PayloadTooLargeException } from '@nestjs/common';
import { errorCodes, type FastifyInstance } from 'fastify';
import { OFFICER_IMPORT_FILE_TYPES, OFFICER_IMPORT_MAX_BYTES } from '@icspa/domain';
import { coded } from '../errors/coded';

/** The routes that take a file of officers as their body (preview and apply). */
export const OFFICER_IMPORT_ROUTES = ['/api/officer-imports', '/api/officer-imports/preview'];

const MEGABYTES = OFFICER_IMPORT_MAX_BYTES / (1024 * 1024);

const tooLarge = () =>
  new PayloadTooLargeException(
    coded('officer_import.file_too_large', 'file', `is larger than ${MEGABYTES} MB`, { max: MEGABYTES }),
  );

/**
 * Like the translation import, bulk onboarding takes the file itself as the body: CSV (`text/csv`) or XLSX
 * (binary, kept as bytes). No multipart and no form: a cross-site HTML form cannot send these types, and any
 * other route refuses them (415) before reading a byte. More than `OFFICER_IMPORT_MAX_BYTES` is refused with
 * 413 `officer_import.file_too_large` naming `file`: at once when Content-Length says so, else as soon as the
 * bytes read pass it. Call after `acceptJsonBodiesOnly`.
 */
export function acceptOfficerImportFiles(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    [...OFFICER_IMPORT_FILE_TYPES.csv, ...OFFICER_IMPORT_FILE_TYPES.xlsx],
    { bodyLimit: OFFICER_IMPORT_MAX_BYTES },
    (request, payload, done) => {
      if (!OFFICER_IMPORT_ROUTES.includes(request.routeOptions.url ?? ''))
        return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(String(request.headers['content-type'])), undefined);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > OFFICER_IMPORT_MAX_BYTES) return done(tooLarge(), undefined);
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (error: Error | null, body?: Buffer) => {
        if (finished) return;
        finished = true;
        done(error, body);
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > OFFICER_IMPORT_MAX_BYTES) {
          finish(tooLarge());
          payload.destroy();
        } else chunks.push(chunk);
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks)));
      payload.on('error', (error) => finish(error));
    },
  );
}
