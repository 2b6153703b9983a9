import type { Schemas } from '@icspa/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type OfficerImportPreview = Schemas['OfficerImportPreviewDto'];
export type OfficerImportRow = Schemas['OfficerImportRowDto'];

/** What a file would do to the unit, row by row; the API writes nothing. */
export function previewOfficerImport({
  policeUnitId,
  file,
  contentType,
}: {
  policeUnitId: string;
  file: Blob;
  contentType: string;
}) {
  return unwrap(
    api.POST('/api/officer-imports/preview', {
      params: { query: { policeUnitId } },
      body: file as never,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'content-type': contentType },
    }),
  );
}

export function usePreviewOfficerImport() {
  return useMutation({ mutationFn: previewOfficerImport });
}
