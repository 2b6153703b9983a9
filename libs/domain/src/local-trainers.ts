import type { CourseLevel } from './learning';

/**
 * Local trainers (DESIGN.md "local trainer"): an officer who holds a train-the-trainer certification, and
 * whose coordinator and an admin confirm, delivers the courses it covers in their own country.
 */

/** An officer's application to become a local trainer. */
export const LOCAL_TRAINER_APPLICATION_STATUSES = ['pending', 'confirmed', 'refused'] as const;
export type LocalTrainerApplicationStatus = (typeof LOCAL_TRAINER_APPLICATION_STATUSES)[number];

/**
 * Who delivers a course: `local_first` (local trainers of the unit's country first, member-firm experts after
 * them), `experts` (member-firm experts only), `co_delivery` (a pair: one local trainer and one expert, both
 * booked or neither).
 */
export const DELIVERY_POLICIES = ['local_first', 'experts', 'co_delivery'] as const;
export type DeliveryPolicy = (typeof DELIVERY_POLICIES)[number];

/** A course without its own policy: foundation courses local first, the others by experts. */
export function defaultDeliveryPolicy(level: CourseLevel): DeliveryPolicy {
  return level === 'foundation' ? 'local_first' : 'experts';
}

/** Where a candidate trainer comes from: a member firm's experts, or the country's local trainers. */
export const TRAINER_POOLS = ['expert', 'local'] as const;
export type TrainerPool = (typeof TRAINER_POOLS)[number];

/**
 * Why the cohort form's trainer picker leaves a trainer out: the first of the matcher's hard rules they fail,
 * in this order (disabled account; course not among their qualifications; a local trainer who may not deliver
 * here now; language; does not deliver in the country, or online only; excluded from the country; booked or
 * unavailable over the dates; quarterly load limit reached).
 */
export const TRAINER_EXCLUSIONS = [
  'disabled',
  'not_qualified',
  'local_not_eligible',
  'language',
  'country',
  'excluded_country',
  'busy',
  'load_limit',
] as const;
export type TrainerExclusion = (typeof TRAINER_EXCLUSIONS)[number];
