import type { EnrolmentStatus } from '@icspa/domain';

export type EnrolOutcome =
  | { kind: 'enrolled' }
  | { kind: 'waitlisted'; position: number | null }
  | { kind: 'pending' }
  | { kind: 'already'; status: EnrolmentStatus; position: number | null };

/** What to tell an officer after asking for a seat: 201 made a new enrolment, 200 found theirs. */
export function enrolOutcome(
  enrolment: { status: EnrolmentStatus; waitlistPosition: number | null },
  created: boolean,
): EnrolOutcome {
  if (!created) return { kind: 'already', status: enrolment.status, position: enrolment.waitlistPosition };
  switch (enrolment.status) {
    case 'waitlisted':
      return { kind: 'waitlisted', position: enrolment.waitlistPosition };
    case 'pending_approval':
      return { kind: 'pending' };
    default:
      return { kind: 'enrolled' };
  }
}
