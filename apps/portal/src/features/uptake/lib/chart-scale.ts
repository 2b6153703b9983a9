/** Axis ticks for the hand-drawn charts. */

/** Round tick values from 0 up to at least `max`, about `count` of them (1, 2, 2.5, 5 × 10ⁿ apart; whole numbers for counts). */
export function niceTicks(max: number, count = 4, integer = true): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = magnitude * 10;
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const candidate = factor * magnitude;
    if (candidate >= rough && (!integer || Number.isInteger(candidate))) {
      step = candidate;
      break;
    }
  }
  if (integer) step = Math.max(1, step);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= max) break;
  }
  return ticks;
}

/** Which of `n` evenly spaced labels to show so that at most `max` are shown, always the last. */
export function labelEvery(n: number, max: number): (index: number) => boolean {
  const every = Math.max(1, Math.ceil(n / Math.max(1, max)));
  return (index) => (n - 1 - index) % every === 0;
}
