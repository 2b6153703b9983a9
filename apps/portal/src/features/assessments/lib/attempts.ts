interface AttemptLike {
  id: string;
  submittedAt: string | null;
  deadlineAt: string | null;
  passed: boolean | null;
}

/** The attempt still open to answer, if any: not submitted and not past its deadline. */
export function openAttempt<T extends AttemptLike>(attempts: readonly T[], now: number): T | undefined {
  return attempts.find(
    (a) => a.submittedAt === null && (a.deadlineAt === null || new Date(a.deadlineAt).getTime() > now),
  );
}

/** Whether any attempt passed: then there is nothing left to sit. */
export function hasPassed(attempts: readonly AttemptLike[]): boolean {
  return attempts.some((a) => a.passed === true);
}

/** The highest score so far, or null before any attempt is scored. */
export function bestScore(attempts: ReadonlyArray<{ score: number | null }>): number | null {
  const scores = attempts.map((a) => a.score).filter((s): s is number => s !== null);
  return scores.length ? Math.max(...scores) : null;
}
