/**
 * Words of "From needs to delivery" (competency framework, needs assessments, workplans), shared by the API and
 * the portal. See DESIGN.md: a competency role is not a user role; a competency is not a trainer's topic skill;
 * a needs assessment is not a course assessment.
 */

/** The three categories of the European cybercrime training competency framework. */
export const COMPETENCY_CATEGORIES = ['management', 'technical', 'investigation'] as const;
export type CompetencyCategory = (typeof COMPETENCY_CATEGORIES)[number];

/**
 * Competency levels: a five-step scale mapped onto the European Qualifications Framework (EQF). Level 0 (not
 * stored in the framework, only in assessments) means "none". A course or programme gives one of these levels;
 * a competency role requires one.
 */
export const COMPETENCY_LEVELS = [1, 2, 3, 4, 5] as const;
export type CompetencyLevel = (typeof COMPETENCY_LEVELS)[number];
/** "No level": an assessed unit's officers have not reached level 1. */
export const NO_COMPETENCY_LEVEL = 0;
/** The EQF level each competency level corresponds to. */
export const COMPETENCY_LEVEL_EQF: Record<CompetencyLevel, number> = { 1: 3, 2: 4, 3: 5, 4: 6, 5: 7 };
/** The word of each level (portal locale key `planning.level.<word>`). */
export const COMPETENCY_LEVEL_WORDS = {
  1: 'awareness',
  2: 'foundation',
  3: 'practitioner',
  4: 'advanced',
  5: 'expert',
} as const satisfies Record<CompetencyLevel, string>;

/** Whether a competency role belongs to law enforcement or the judiciary (the framework has ten and two). */
export const COMPETENCY_ROLE_SECTORS = ['law_enforcement', 'judicial'] as const;
export type CompetencyRoleSector = (typeof COMPETENCY_ROLE_SECTORS)[number];

/**
 * A needs assessment's life: `draft` (being filled in) → `submitted` (by the unit's coordinator or an admin) →
 * `approved` (final) or `returned` (with a review note; editable again, then resubmitted).
 */
export const NEEDS_ASSESSMENT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type NeedsAssessmentStatus = (typeof NEEDS_ASSESSMENT_STATUSES)[number];
/** Statuses in which the assessment can still be edited. */
export const EDITABLE_NEEDS_ASSESSMENT_STATUSES: readonly NeedsAssessmentStatus[] = ['draft', 'returned'];
/** Statuses of a unit's one open assessment (at most one per unit). */
export const OPEN_NEEDS_ASSESSMENT_STATUSES: readonly NeedsAssessmentStatus[] = ['draft', 'submitted', 'returned'];

/** Where an assessed level comes from: inferred by the platform, or corrected by the assessor. */
export const LEVEL_SOURCES = ['inferred', 'corrected'] as const;
export type LevelSource = (typeof LEVEL_SOURCES)[number];

/**
 * Inference rule (documented in README "From needs to delivery"): an officer holds, per competency, the highest
 * level given by a course they completed (`course_competency`) or a programme they hold a live certification in
 * (`programme_competency`; revoked and expired ones do not count). The unit's inferred level for a competency is
 * the highest level L such that at least INFERENCE_SHARE of the unit's officers hold L or more (0 when none); with
 * a share of one half this is the median officer's level.
 */
export const INFERENCE_SHARE = 0.5;

/** A workplan is drafted, then approved (approval raises training requests and open cohorts). */
export const WORKPLAN_STATUSES = ['draft', 'approved'] as const;
export type WorkplanStatus = (typeof WORKPLAN_STATUSES)[number];

/** A plan line's period: a calendar quarter, e.g. `2027-Q1`. */
export const QUARTER_PATTERN = /^[0-9]{4}-Q[1-4]$/;

/** Country priority weight bounds, and the default when an admin has not set one: 4 for hotspots, 2 otherwise. */
export const COUNTRY_WEIGHT_MIN = 1;
export const COUNTRY_WEIGHT_MAX = 5;
export const DEFAULT_HOTSPOT_WEIGHT = 4;
export const DEFAULT_COUNTRY_WEIGHT = 2;
export function defaultCountryWeight(hotspot: boolean): number {
  return hotspot ? DEFAULT_HOTSPOT_WEIGHT : DEFAULT_COUNTRY_WEIGHT;
}

/**
 * The level a unit reaches on a competency, given the levels its officers hold (0 for none): the highest L with at
 * least `share` of the officers at L or above. Pure; the API computes the same in SQL and tests compare both.
 */
export function inferredUnitLevel(officerLevels: readonly number[], share = INFERENCE_SHARE): number {
  if (officerLevels.length === 0) return NO_COMPETENCY_LEVEL;
  const needed = Math.ceil(officerLevels.length * share);
  const sorted = [...officerLevels].sort((a, b) => b - a);
  return needed === 0 ? sorted[0] : sorted[needed - 1];
}
