import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { saveTextFile } from '@/lib/save-file';

/**
 * Issues the new officers' invitation links anew (earlier ones stop working) and hands them over as a CSV
 * download. A POST, not a link: it writes (the links), and a page of another site must not trigger it.
 */
export async function downloadImportInvitations(importId: string): Promise<void> {
  const text = await unwrap(
    api.POST('/api/officer-imports/{id}/invitations', {
      params: { path: { id: importId } },
      body: {},
      parseAs: 'text',
    }),
  );
  saveTextFile(`officer-import-${importId}-invitations.csv`, String(text), 'text/csv;charset=utf-8');
}

export function useDownloadImportInvitations() {
  return useMutation({ mutationFn: downloadImportInvitations });
}
