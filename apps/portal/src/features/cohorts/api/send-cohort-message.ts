import type { Schemas } from '@icspa/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CohortMessageInput = Schemas['CohortMessageDto'];

/**
 * The platform relays a trainer's message to the cohort's participants (all, or the enrolments given), in the bell
 * and by e-mail as each chose; the answer says only how many it reached (addresses are never shown).
 */
export function sendCohortMessage({ cohortId, ...body }: CohortMessageInput & { cohortId: string }) {
  return unwrap(api.POST('/api/cohorts/{id}/messages', { params: { path: { id: cohortId } }, body }));
}

export function useSendCohortMessage() {
  return useMutation({ mutationFn: sendCohortMessage });
}
