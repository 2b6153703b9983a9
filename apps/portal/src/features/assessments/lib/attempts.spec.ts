import { bestScore, hasPassed, openAttempt } from './attempts';

const now = new Date('2025-01-01T10:00:00Z').getTime();
const attempt = (
  over: Partial<{
    id: string;
    submittedAt: string | null;
    deadlineAt: string | null;
    passed: boolean | null;
    score: number | null;
  }>,
) => ({
  id: 'a',
  submittedAt: null,
  deadlineAt: null,
  passed: null,
  score: null,
  ...over,
});

describe('attempts', () => {
  it('finds the attempt still open: not submitted, deadline not passed', () => {
    const submitted = attempt({ id: 'done', submittedAt: '2025-01-01T09:00:00Z', passed: false, score: 40 });
    const late = attempt({ id: 'late', deadlineAt: '2025-01-01T09:59:00Z' });
    const timed = attempt({ id: 'timed', deadlineAt: '2025-01-01T10:30:00Z' });
    expect(openAttempt([submitted, late, timed], now)?.id).toBe('timed');
    expect(openAttempt([submitted, attempt({ id: 'untimed' })], now)?.id).toBe('untimed');
    expect(openAttempt([submitted, late], now)).toBeUndefined();
  });

  it('knows when the assessment is passed', () => {
    expect(hasPassed([attempt({ passed: false }), attempt({ passed: true })])).toBe(true);
    expect(hasPassed([attempt({ passed: false }), attempt({})])).toBe(false);
  });

  it('takes the best score so far', () => {
    expect(bestScore([attempt({ score: 40 }), attempt({ score: 85 }), attempt({})])).toBe(85);
    expect(bestScore([attempt({})])).toBeNull();
  });
});
