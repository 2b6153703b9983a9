import type { AssignmentStatus, CohortStatus, TrainingRequestStatus } from '@icspa/domain';

/** Constants and the planned rows of the uptake data set, shared by its planners and its writer. */

export const BATCH = 10_000;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const FUTURE_MONTHS = 3;
/** Share of the enrolments that go to cohorts starting after `endMonth`. */
export const FUTURE_SHARE = 0.03;
/**
 * Hotspots whose police the alliance does not train (no cooperation, sanctions): no units there,
 * as in the demo seed.
 */
export const NO_UNITS = new Set(['KP', 'IR', 'AQ']);
export const MODES = ['online', 'in_person', 'blended'] as const;
export const ONLINE = 0;
export const IN_PERSON = 1;
export const EXTRA_LANGUAGES = ['uk', 'ru', 'pt-BR', 'es', 'zh-CN', 'vi', 'id', 'tr', 'ro', 'fr'];
export const DECLINE_REASONS = [
  'Already committed to a client engagement in that period',
  'Cannot travel to that country at the moment',
  'Not confident delivering in that language',
  'Load limit reached this quarter',
  'Family commitments',
];
export const REVOKE_REASONS = ['Left the police service', 'Issued in error', 'Assessment integrity breach'];
export const SEASON = [0.85, 1, 1.05, 1, 1.05, 1, 0.85, 0.7, 1.05, 1.1, 1.05, 0.65];

// Enrolment statuses as stored in the plan (Uint8Array).
export const E_STATUS = ['enrolled', 'waitlisted', 'withdrawn', 'completed', 'failed'] as const;
export const E_ENROLLED = 0;
export const E_WAITLISTED = 1;
export const E_WITHDRAWN = 2;
export const E_COMPLETED = 3;
export const E_FAILED = 4;

export interface Country {
  code: string;
  name: string;
  region: string;
  hotspot: boolean;
}

export interface Course {
  id: string;
  code: string;
  title: string;
  topics: string[];
  languages: string[];
  weight: number;
}

export interface CohortPlan {
  id: string;
  course: number;
  start: number;
  end: number;
  mode: number;
  language: string;
  country: string | null;
  city: string | null;
  capacity: number;
  trainer: number;
  unit: number;
  status: CohortStatus;
  created: number;
  /** Seat-holding enrolments wanted, and others (withdrawn or waitlisted). */
  seatTarget: number;
  extraTarget: number;
  seats: number;
}

export interface RequestPlan {
  id: string;
  unit: number;
  course: number;
  language: string;
  start: number;
  end: number;
  mode: number;
  seats: number;
  status: TrainingRequestStatus;
  round: number;
  requestedBy: string | null;
  cohort: number;
  assignedAt: number | null;
  created: number;
  updated: number;
}

export interface AssignmentPlan {
  id: string;
  request: number;
  trainer: number;
  start: number;
  end: number;
  status: AssignmentStatus;
  rank: number;
  round: number;
  proposedAt: number;
  expiresAt: number;
  answeredAt: number | null;
  reason: string | null;
}
