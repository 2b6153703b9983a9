/** Words of the trainer-assignment domain, shared by the API and the portal. */
export const TRAINING_REQUEST_STATUSES = [
  'pending',
  'matching',
  'proposed',
  'assigned',
  'unfilled',
  'cancelled',
] as const;
export type TrainingRequestStatus = (typeof TRAINING_REQUEST_STATUSES)[number];

/**
 * Why an unfilled request went back to the matcher on its own: a trainer who may serve it became free
 * (their proposal for other dates was declined, lapsed, or cancelled / withdrawn; an unavailability
 * period was removed; their profile now covers more: load limit, languages, courses, countries).
 */
export const REQUEST_REOPEN_REASONS = [
  'proposal_declined',
  'proposal_expired',
  'booking_cancelled',
  'unavailability_removed',
  'profile_widened',
] as const;
export type RequestReopenReason = (typeof REQUEST_REOPEN_REASONS)[number];

export const ASSIGNMENT_STATUSES = ['proposed', 'accepted', 'declined', 'expired', 'cancelled', 'completed'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface CandidateFacts {
  /** Assignments (proposed, accepted, completed) in the last 180 days. */
  recentAssignments: number;
  /** Share of the open and accepted assignments of the last 90 days held by the trainer's firm, 0..1. */
  firmShare: number;
  /** Completed assignments in the request's region. */
  regionalExperience: number;
}

export interface ScoredCandidate extends CandidateFacts {
  score: number;
  reasons: string[];
}

/**
 * Soft preferences of the matcher, as one number (higher is better) with its reasons: fewer recent
 * assignments, firms that have had less of the work, experience in the region.
 */
export function scoreCandidate(facts: CandidateFacts): ScoredCandidate {
  const load = Math.min(facts.recentAssignments, 10) * 6;
  const firm = Math.round(facts.firmShare * 30);
  const region = Math.min(facts.regionalExperience, 5) * 4;
  const reasons = [
    `${facts.recentAssignments} assignment(s) in the last 180 days (−${load})`,
    `firm holds ${Math.round(facts.firmShare * 100)}% of recent assignments (−${firm})`,
    `${facts.regionalExperience} completed assignment(s) in the region (+${region})`,
  ];
  return { ...facts, score: 100 - load - firm + region, reasons };
}
