/** Time left of a timed attempt, never below zero. */
export function remainingMs(deadlineAt: string, now: number): number {
  const deadline = new Date(deadlineAt).getTime();
  if (Number.isNaN(deadline)) return 0;
  return Math.max(0, deadline - now);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A countdown as a clock: "4:05" under an hour, "1:02:03" from an hour. Seconds round up, so the clock
 * shows 0:00 only when the time is really over.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

export type CountdownLevel = 'plenty' | 'fiveMinutes' | 'oneMinute' | 'over';

/** How urgent the time left is: the portal announces each change of level once, and styles the clock by it. */
export function countdownLevel(ms: number): CountdownLevel {
  if (ms <= 0) return 'over';
  if (ms <= 60_000) return 'oneMinute';
  if (ms <= 5 * 60_000) return 'fiveMinutes';
  return 'plenty';
}

/** Minutes and seconds left, for a spoken "4 minutes 5 seconds left". */
export function countdownParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
