import { scoreCandidate } from './assignment';

describe('scoreCandidate', () => {
  it('prefers fewer recent assignments', () => {
    expect(scoreCandidate({ recentAssignments: 0, firmShare: 0, regionalExperience: 0 }).score).toBeGreaterThan(
      scoreCandidate({ recentAssignments: 3, firmShare: 0, regionalExperience: 0 }).score,
    );
  });

  it('spreads work across firms', () => {
    expect(scoreCandidate({ recentAssignments: 1, firmShare: 0.1, regionalExperience: 0 }).score).toBeGreaterThan(
      scoreCandidate({ recentAssignments: 1, firmShare: 0.8, regionalExperience: 0 }).score,
    );
  });

  it('rewards regional experience, with diminishing returns, and explains itself', () => {
    const scored = scoreCandidate({ recentAssignments: 0, firmShare: 0, regionalExperience: 9 });
    expect(scored.score).toBe(120);
    expect(scored.reasons).toHaveLength(3);
    expect(scored.reasons[2]).toContain('region');
  });
});
