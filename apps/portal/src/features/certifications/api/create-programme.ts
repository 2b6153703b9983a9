import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { programmeQueryKey } from './get-programme';

export type ProgrammeCreateInput = Schemas['ProgrammeCreateDto'];

/** Creates a certification programme over a set of courses (admins). */
export function createProgramme(input: ProgrammeCreateInput) {
  return unwrap(api.POST('/api/certification-programmes', { body: input }));
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeQueryKey(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: ['certification-programmes'] });
    },
  });
}
