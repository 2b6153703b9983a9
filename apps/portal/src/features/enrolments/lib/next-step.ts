import type { EnrolmentStatus } from '@icspa/domain';

/** Every lesson is done and the enrolment still runs: the assessment is what is left. */
export function readyForAssessment(enrolment: {
  status: EnrolmentStatus;
  nextLessonId: string | null;
  progressPercent: number;
}): boolean {
  return enrolment.status === 'enrolled' && enrolment.nextLessonId === null && enrolment.progressPercent >= 100;
}
