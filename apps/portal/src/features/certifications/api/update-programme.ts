import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { programmeQueryKey } from './get-programme';

export type ProgrammeUpdateInput = Schemas['ProgrammeUpdateDto'];

/** Changes a programme's description, validity (for certifications issued from now on) or recertification window (admins). */
export function updateProgramme({ id, ...changes }: ProgrammeUpdateInput & { id: string }) {
  return unwrap(api.PATCH('/api/certification-programmes/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeQueryKey(programme.id), programme);
      // The window changes when holders may recertify.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['certification-programmes', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['certification-programmes', 'all'] }),
        queryClient.invalidateQueries({ queryKey: ['certifications'] }),
      ]);
    },
  });
}
