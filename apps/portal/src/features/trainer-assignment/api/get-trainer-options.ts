import type { Schemas } from '@icspa/api-client';
import type { DeliveryMode } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type TrainerOption = Schemas['TrainerOptionDto'];

/** What the cohort would be: the picker asks who may teach exactly that. */
export interface CohortFacts {
  courseId: string;
  language: string;
  deliveryMode: DeliveryMode;
  countryCode?: string;
  policeUnitId?: string;
  /** ISO 8601 instants */
  startsAt: string;
  endsAt: string;
  /** The cohort being edited (its own booking does not count). */
  cohortId?: string;
}

/** Whether the facts are complete enough to ask (course, language and a period that ends after it starts). */
export function factsComplete(facts: Partial<CohortFacts>): facts is CohortFacts {
  return Boolean(
    facts.courseId &&
    facts.language &&
    facts.deliveryMode &&
    facts.startsAt &&
    facts.endsAt &&
    Date.parse(facts.endsAt) > Date.parse(facts.startsAt),
  );
}

/** The cohort form's trainer picker (admins): qualified and free trainers first, the others with the reason. */
export function getTrainerOptions(facts: CohortFacts, signal?: AbortSignal) {
  return unwrap(api.GET('/api/trainers/for-cohort', { params: { query: facts }, signal }));
}

export function getTrainerOptionsQueryOptions(facts: Partial<CohortFacts>) {
  return queryOptions({
    queryKey: ['trainers', 'for-cohort', facts],
    queryFn: ({ signal }) => getTrainerOptions(facts as CohortFacts, signal),
    enabled: factsComplete(facts),
    placeholderData: keepPreviousData,
  });
}

export function useTrainerOptions(facts: Partial<CohortFacts>) {
  return useQuery(getTrainerOptionsQueryOptions(facts));
}
