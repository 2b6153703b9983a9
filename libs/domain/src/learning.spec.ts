import { canMoveCohort, progressPercent, scoreAttempt } from './learning';

describe('learning rules', () => {
  it('allows only sensible cohort transitions', () => {
    expect(canMoveCohort('planned', 'open')).toBe(true);
    expect(canMoveCohort('open', 'running')).toBe(true);
    expect(canMoveCohort('running', 'completed')).toBe(true);
    expect(canMoveCohort('completed', 'open')).toBe(false);
    expect(canMoveCohort('cancelled', 'open')).toBe(false);
    expect(canMoveCohort('planned', 'completed')).toBe(false);
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
