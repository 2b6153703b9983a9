import { COHORT_TRANSITIONS, type CohortStatus } from '@icspa/domain';

export interface CohortTransition {
  to: CohortStatus;
  /** Undoes work or tells enrolled officers: ask first, and style it as such. */
  needsConfirmation: boolean;
  danger: boolean;
}

// Forward steps first, going back next, cancelling last.
const ORDER: CohortStatus[] = ['open', 'running', 'completed', 'planned', 'cancelled'];

/** The status changes offered for a cohort in a given status, as `COHORT_TRANSITIONS` allows them. */
export function transitionsFor(status: CohortStatus): CohortTransition[] {
  return [...COHORT_TRANSITIONS[status]]
    .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map((to) => ({
      to,
      needsConfirmation: to === 'cancelled' || to === 'completed' || to === 'planned',
      danger: to === 'cancelled',
    }));
}
