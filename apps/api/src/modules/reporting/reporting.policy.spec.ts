import { suppress } from './reporting.policy';

describe('suppress: counts as a non-admin sees them', () => {
  it('shows admins every count exactly', () => {
    expect([0, 1, 4, 5, 7, 1234].map((n) => suppress(n, false))).toEqual([0, 1, 4, 5, 7, 1234]);
  });

  it('hides 1 to 4, keeps 0, and rounds the rest to the nearest 5', () => {
    expect([0, 1, 2, 3, 4].map((n) => suppress(n, true))).toEqual([0, '<5', '<5', '<5', '<5']);
    expect([5, 6, 7, 8, 9, 10, 12, 13, 1234, 1238].map((n) => suppress(n, true))).toEqual([
      5, 5, 5, 10, 10, 10, 10, 15, 1235, 1240,
    ]);
  });

  it('leaves a total less its rows unable to pin a hidden count', () => {
    // Rows 3 (hidden) and 41, total 44: shown as "<5", 40 and 45, so the hidden row could be anything from 1 to 4.
    const shown = [suppress(3, true), suppress(41, true), suppress(44, true)];
    expect(shown).toEqual(['<5', 40, 45]);
    expect((shown[2] as number) - (shown[1] as number)).not.toBe(3);
  });
});
