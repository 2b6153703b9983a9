import { canMoveCohort, isEnrolmentOpen, progressPercent, scoreAttempt } from './learning';

describe('learning rules', () => {
  it('allows only sensible cohort transitions', () => {
    expect(canMoveCohort('planned', 'open')).toBe(true);
    expect(canMoveCohort('open', 'running')).toBe(true);
    expect(canMoveCohort('running', 'completed')).toBe(true);
    expect(canMoveCohort('completed', 'open')).toBe(false);
    expect(canMoveCohort('cancelled', 'open')).toBe(false);
    expect(canMoveCohort('planned', 'completed')).toBe(false);
  });

  it('closes enrolment at the cohort’s start, whatever its status says', () => {
    const start = '2030-03-05T08:00:00.000Z';
    expect(isEnrolmentOpen('open', start, new Date('2030-03-05T07:59:59.999Z'))).toBe(true);
    expect(isEnrolmentOpen('open', start, new Date(start))).toBe(false);
    expect(isEnrolmentOpen('open', start, new Date('2030-03-20T00:00:00.000Z'))).toBe(false);
    expect(isEnrolmentOpen('planned', start, new Date('2030-01-01T00:00:00.000Z'))).toBe(false);
    expect(isEnrolmentOpen('running', start, new Date('2030-01-01T00:00:00.000Z'))).toBe(false);
  });

  it('computes progress as a whole percentage', () => {
    expect(progressPercent(0, 7)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(7, 7)).toBe(100);
    expect(progressPercent(1, 0)).toBe(0);
  });

  it('scores a question only when exactly the correct options are chosen', () => {
    const questions = [
      { id: 'q1', correct: ['a'] },
      { id: 'q2', correct: ['b', 'c'] },
      { id: 'q3', correct: ['t'] },
    ];
    expect(scoreAttempt(questions, { q1: ['a'], q2: ['b', 'c'], q3: ['t'] })).toBe(100);
    expect(scoreAttempt(questions, { q1: ['a'], q2: ['b'], q3: ['t'] })).toBe(66);
    expect(scoreAttempt(questions, { q1: ['a', 'x'], q2: ['c', 'b'] })).toBe(33);
    expect(scoreAttempt(questions, {})).toBe(0);
  });
});
