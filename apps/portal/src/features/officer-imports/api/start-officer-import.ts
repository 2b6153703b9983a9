import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type OfficerImport = Schemas['OfficerImportResponseDto'];

/** Sends the file again to be applied: the API keeps its rows and queues the job that applies them. */
export function startOfficerImport({
  policeUnitId,
  file,
  fileName,
  contentType,
}: {
  policeUnitId: string;
  file: Blob;
  fileName: string;
  contentType: string;
}) {
  return unwrap(
    api.POST('/api/officer-imports', {
      params: { query: { policeUnitId, fileName: fileName.slice(0, 255) } },
      body: file as never,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'content-type': contentType },
    }),
  );
}

export function useStartOfficerImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startOfficerImport,
    onSuccess: (started) => queryClient.setQueryData(['officer-imports', started.id], started),
  });
}
