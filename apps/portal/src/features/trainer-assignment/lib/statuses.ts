import type { AssignmentStatus, TrainingRequestStatus } from '@icspa/domain';
import type { TagTone } from '@/components/ui/tag';

const REQUEST_TONES: Record<TrainingRequestStatus, TagTone> = {
  pending: 'info',
  matching: 'info',
  proposed: 'warn',
  assigned: 'ok',
  unfilled: 'error',
  cancelled: 'muted',
};

const ASSIGNMENT_TONES: Record<AssignmentStatus, TagTone> = {
  proposed: 'warn',
  accepted: 'ok',
  declined: 'muted',
  expired: 'muted',
  cancelled: 'muted',
  completed: 'info',
};

/** The badge tone of a request's status: waiting for the matcher, for a trainer's answer, done or not. */
export function requestStatusTone(status: TrainingRequestStatus): TagTone {
  return REQUEST_TONES[status];
}

export function assignmentStatusTone(status: AssignmentStatus): TagTone {
  return ASSIGNMENT_TONES[status];
}

/** Statuses the queue will still change on its own: the matcher runs, or a trainer is yet to answer. */
const MOVING: readonly TrainingRequestStatus[] = ['pending', 'matching', 'proposed'];

export function isRequestMoving(status: TrainingRequestStatus): boolean {
  return MOVING.includes(status);
}

/** How often to ask again while the queue works on a request. */
export const REQUEST_REFRESH_MS = 10_000;

/** Poll while any of the shown requests may change without the user doing anything; otherwise not at all. */
export function requestRefreshInterval(statuses: readonly TrainingRequestStatus[]): number | false {
  return statuses.some(isRequestMoving) ? REQUEST_REFRESH_MS : false;
}
