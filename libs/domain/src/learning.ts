/** Words of the learning domain, shared by the API and the portal. */
export const COURSE_LEVELS = ['foundation', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const COURSE_STATUSES = ['draft', 'published'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const QUESTION_KINDS = ['single_choice', 'multiple_choice', 'true_false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const DELIVERY_MODES = ['online', 'in_person', 'blended'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const COHORT_STATUSES = ['planned', 'open', 'running', 'completed', 'cancelled'] as const;

/**
 * Orders of the cohort list: `upcoming` (the default) lists cohorts not yet ended first, soonest start
 * first, then ended ones, latest first; `starts` by start; `-starts` latest start first.
 */
export const COHORT_SORTS = ['upcoming', 'starts', '-starts'] as const;
export type CohortSort = (typeof COHORT_SORTS)[number];
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/** Which status a cohort may move to from each status. */
export const COHORT_TRANSITIONS: Record<CohortStatus, readonly CohortStatus[]> = {
  planned: ['open', 'cancelled'],
  open: ['running', 'cancelled', 'planned'],
  running: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canMoveCohort(from: CohortStatus, to: CohortStatus): boolean {
  return COHORT_TRANSITIONS[from].includes(to);
}

/**
 * Whether officers may still join a cohort (enrol, be nominated, switch into it): it is open and has not
 * started. Enrolment closes at the start whatever the status says; only an admin may override it, explicitly.
 */
export function isEnrolmentOpen(status: CohortStatus, startsAt: Date | string, now: Date): boolean {
  return status === 'open' && now.getTime() < new Date(startsAt).getTime();
}

/**
 * `pending_approval`: asked for a seat in a cohort that needs the coordinator's approval.
 * Active statuses hold (or wait for) a seat; an officer has at most one active enrolment per course.
 */
export const ENROLMENT_STATUSES = [
  'pending_approval',
  'enrolled',
  'waitlisted',
  'withdrawn',
  'completed',
  'failed',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ACTIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['pending_approval', 'enrolled', 'waitlisted'];
/** Statuses of an officer who held a seat in the cohort: the trainer may grade (or re-grade) them. */
export const GRADABLE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'completed', 'failed'];

export function progressPercent(completedLessons: number, totalLessons: number): number {
  if (totalLessons <= 0) return 0;
  return Math.min(100, Math.floor((completedLessons * 100) / totalLessons));
}

/**
 * Scores an assessment attempt: a question counts when the chosen options are exactly the correct
 * ones. Returns the percentage, rounded down.
 */
export function scoreAttempt(
  questions: Array<{ id: string; correct: string[] }>,
  answers: Record<string, string[]>,
): number {
  if (questions.length === 0) return 0;
  let right = 0;
  for (const q of questions) {
    const chosen = new Set(answers[q.id] ?? []);
    if (chosen.size === q.correct.length && q.correct.every((c) => chosen.has(c))) right++;
  }
  return Math.floor((right * 100) / questions.length);
}
