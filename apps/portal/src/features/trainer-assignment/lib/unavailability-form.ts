import { fromDateTimeLocal } from '@/lib/form-values';

/** The "add a period" form's state: `datetime-local` values in the browser's time zone, and a reason. */
export interface UnavailabilityFormValues {
  startsAt: string;
  endsAt: string;
  reason: string;
}

export const emptyUnavailability = (): UnavailabilityFormValues => ({ startsAt: '', endsAt: '', reason: '' });

export interface UnavailabilityCreateBody {
  startsAt: string;
  endsAt: string;
  reason?: string;
}

/** The body of `POST /api/trainers/{id}/unavailability`: a reason only when one is written; unreadable times as they are. */
export function unavailabilityBody(values: UnavailabilityFormValues): UnavailabilityCreateBody {
  const body: UnavailabilityCreateBody = {
    startsAt: fromDateTimeLocal(values.startsAt) ?? values.startsAt,
    endsAt: fromDateTimeLocal(values.endsAt) ?? values.endsAt,
  };
  const reason = values.reason.trim();
  if (reason) body.reason = reason;
  return body;
}
