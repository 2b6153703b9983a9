import { COHORT_STATUSES, COHORT_TRANSITIONS } from '@icspa/domain';
import { transitionsFor } from './transitions';

const targets = (status: Parameters<typeof transitionsFor>[0]) => transitionsFor(status).map((t) => t.to);

describe('cohort transitions offered', () => {
  it('offers exactly what the domain allows, for every status', () => {
    for (const status of COHORT_STATUSES) {
      expect([...targets(status)].sort()).toEqual([...COHORT_TRANSITIONS[status]].sort());
    }
  });

  it('puts the next step first and cancelling last', () => {
    expect(targets('planned')).toEqual(['open', 'cancelled']);
    expect(targets('open')).toEqual(['running', 'planned', 'cancelled']);
    expect(targets('running')).toEqual(['completed', 'cancelled']);
  });

  it('offers nothing once a cohort is over', () => {
    expect(targets('completed')).toEqual([]);
    expect(targets('cancelled')).toEqual([]);
  });

  it('asks before cancelling, completing or closing enrolment, and marks cancelling as destructive', () => {
    const open = transitionsFor('open');
    expect(open.find((t) => t.to === 'cancelled')).toEqual({ to: 'cancelled', needsConfirmation: true, danger: true });
    expect(open.find((t) => t.to === 'planned')?.needsConfirmation).toBe(true);
    expect(open.find((t) => t.to === 'running')).toEqual({ to: 'running', needsConfirmation: false, danger: false });
    expect(transitionsFor('running').find((t) => t.to === 'completed')?.needsConfirmation).toBe(true);
  });
});
