import { toDateTimeLocal } from '@/lib/form-values';
import { emptyUnavailability, unavailabilityBody } from './unavailability-form';

describe('unavailability form', () => {
  it('sends instants, and the reason only when one is written', () => {
    const startsAt = '2026-07-01T06:00:00.000Z';
    const endsAt = '2026-07-15T06:00:00.000Z';
    expect(
      unavailabilityBody({ startsAt: toDateTimeLocal(startsAt), endsAt: toDateTimeLocal(endsAt), reason: '  ' }),
    ).toEqual({ startsAt, endsAt });
    expect(
      unavailabilityBody({ startsAt: toDateTimeLocal(startsAt), endsAt: toDateTimeLocal(endsAt), reason: ' Leave ' })
        .reason,
    ).toBe('Leave');
  });

  it('sends unreadable times as they are, for the API to name the field', () => {
    expect(unavailabilityBody(emptyUnavailability())).toEqual({ startsAt: '', endsAt: '' });
  });
});
