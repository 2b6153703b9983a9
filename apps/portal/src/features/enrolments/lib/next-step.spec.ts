import { readyForAssessment } from './next-step';

describe('readyForAssessment', () => {
  it('is true once every lesson of a running enrolment is done', () => {
    expect(readyForAssessment({ status: 'enrolled', nextLessonId: null, progressPercent: 100 })).toBe(true);
  });

  it('is false while lessons remain', () => {
    expect(readyForAssessment({ status: 'enrolled', nextLessonId: 'l2', progressPercent: 50 })).toBe(false);
  });

  it('is false for a course without lessons yet (nothing done, nothing next)', () => {
    expect(readyForAssessment({ status: 'enrolled', nextLessonId: null, progressPercent: 0 })).toBe(false);
  });

  it.each(['pending_approval', 'waitlisted', 'withdrawn', 'completed', 'failed'] as const)(
    'is false for a %s enrolment',
    (status) => {
      expect(readyForAssessment({ status, nextLessonId: null, progressPercent: 100 })).toBe(false);
    },
  );
});
