import type { EnrolmentStatus } from '@icspa/domain';

/** What the course page needs to know of one of the learner's own enrolments in the course. */
export interface OwnEnrolment {
  id: string;
  cohortId: string;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
  /** Set on a pending switch: a waitlisted place that will replace the seat held in another run. */
  switchFromEnrolmentId: string | null;
}

/** The learner's standing in one run of the course. */
export type RunState =
  | { kind: 'none' }
  | { kind: 'enrolled' }
  | { kind: 'waitlisted'; position: number | null }
  | { kind: 'pendingApproval' }
  | { kind: 'pendingSwitch'; enrolmentId: string; position: number | null }
  | { kind: 'completed' }
  | { kind: 'failed' };

/**
 * What the course page offers on a run: Enrol where the learner holds nothing in the course, Switch where
 * they hold a place in another run of it, "closed" on runs no longer open for enrolment, nothing where
 * they already stand in this run.
 */
export type RunAction = { kind: 'enrol' } | { kind: 'switch'; fromEnrolmentId: string } | { kind: 'closed' } | null;

const ACTIVE: readonly EnrolmentStatus[] = ['pending_approval', 'enrolled', 'waitlisted'];

export function runState(cohortId: string, own: readonly OwnEnrolment[]): RunState {
  const here = own.find((e) => e.cohortId === cohortId && e.status !== 'withdrawn');
  if (!here) return { kind: 'none' };
  switch (here.status) {
    case 'enrolled':
      return { kind: 'enrolled' };
    case 'pending_approval':
      return { kind: 'pendingApproval' };
    case 'completed':
      return { kind: 'completed' };
    case 'failed':
      return { kind: 'failed' };
    default:
      return here.switchFromEnrolmentId
        ? { kind: 'pendingSwitch', enrolmentId: here.id, position: here.waitlistPosition }
        : { kind: 'waitlisted', position: here.waitlistPosition };
  }
}

/** The enrolment that holds the learner's place in the course (a pending switch never does). */
export function heldEnrolment(own: readonly OwnEnrolment[]): OwnEnrolment | null {
  return own.find((e) => ACTIVE.includes(e.status) && e.switchFromEnrolmentId === null) ?? null;
}

export function runAction(cohort: { id: string; enrolmentOpen: boolean }, own: readonly OwnEnrolment[]): RunAction {
  if (runState(cohort.id, own).kind !== 'none') return null;
  if (!cohort.enrolmentOpen) return { kind: 'closed' };
  const held = heldEnrolment(own);
  return held ? { kind: 'switch', fromEnrolmentId: held.id } : { kind: 'enrol' };
}
