import { performance } from 'node:perf_hooks';
import { MAX_PENDING_CHECKS, meetsPasswordRule, passwordScore } from './password-strength';

const ACCOUNT = { email: 'oksana.kovalenko@example.test', displayName: 'Oksana Kovalenko' };

describe('password strength', () => {
  it('refuses weak passwords and accepts strong ones (the demo password included)', async () => {
    for (const weak of [
      'aaaaaaaaaaaa',
      '123456789012',
      'passwordpassword',
      'Password1234',
      'oksanakovalenko',
      'short!Q7z',
    ])
      expect({ weak, meets: await meetsPasswordRule(weak, ACCOUNT) }).toEqual({ weak, meets: false });
    for (const strong of ['Academy!2024', 'quiet-lantern-harbour', 'Correct-Horse-42'])
      expect({ strong, meets: await meetsPasswordRule(strong, ACCOUNT) }).toEqual({ strong, meets: true });
  });

  it('judges costly passwords off the event loop: the loop stays idle while they are checked', async () => {
    const costly = ['P4$$w0rd'.repeat(32), 'qwerty123!'.repeat(25), 'aA1!'.repeat(64), 'p@ssw0rd'.repeat(32)];
    await passwordScore('warm-up-the-estimator');
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const scores = await Promise.all(costly.map((p) => passwordScore(p)));
    const elapsed = performance.now() - started;
    const { utilization } = performance.eventLoopUtilization(before);
    expect(scores).toHaveLength(costly.length);
    // Judged in the thread's own time: this loop was busy for a small part of it (synchronously, all of it).
    expect({ utilization: utilization < 0.5, elapsed: elapsed > 0 }).toEqual({ utilization: true, elapsed: true });
  });

  it('refuses checks beyond the queue’s bound with 503 instead of queueing them without end', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: MAX_PENDING_CHECKS + 8 }, (_, i) => passwordScore(`P4$$w0rd-${i}`.repeat(4))),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.length).toBeGreaterThanOrEqual(8);
    for (const r of refused) expect(r.reason.getStatus()).toBe(503);
    // Once the queue drains, checks are served again.
    expect(await passwordScore('quiet-lantern-harbour')).toBeGreaterThanOrEqual(3);
  });
});
