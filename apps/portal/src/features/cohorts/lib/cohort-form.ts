import type { DeliveryMode } from '@icspa/domain';
import { fromDateTimeLocal, parseWholeNumber, toDateTimeLocal } from '@/lib/form-values';

/** The cohort form's state, as its inputs hold it. */
export interface CohortFormValues {
  courseId: string;
  /** `datetime-local` values, in the browser's time zone */
  startsAt: string;
  endsAt: string;
  deliveryMode: DeliveryMode;
  language: string;
  countryCode: string;
  city: string;
  capacity: string;
  /** Empty: no trainer yet */
  trainerId: string;
  /** Empty: open to every unit; else the police unit it is reserved for (chosen when it is scheduled). */
  policeUnitId: string;
  requiresApproval: boolean;
}

interface Cohort {
  courseId: string;
  startsAt: string;
  endsAt: string;
  deliveryMode: DeliveryMode;
  language: string;
  countryCode: string | null;
  city: string | null;
  capacity: number;
  trainerId: string | null;
  policeUnitId: string | null;
  requiresApproval: boolean;
}

export function cohortFormValues(cohort?: Cohort, defaults: { courseId?: string } = {}): CohortFormValues {
  if (!cohort) {
    return {
      courseId: defaults.courseId ?? '',
      startsAt: '',
      endsAt: '',
      deliveryMode: 'online',
      language: '',
      countryCode: '',
      city: '',
      capacity: '20',
      trainerId: '',
      policeUnitId: '',
      requiresApproval: false,
    };
  }
  return {
    courseId: cohort.courseId,
    startsAt: toDateTimeLocal(cohort.startsAt),
    endsAt: toDateTimeLocal(cohort.endsAt),
    deliveryMode: cohort.deliveryMode,
    language: cohort.language,
    countryCode: cohort.countryCode ?? '',
    city: cohort.city ?? '',
    capacity: String(cohort.capacity),
    trainerId: cohort.trainerId ?? '',
    policeUnitId: cohort.policeUnitId ?? '',
    requiresApproval: cohort.requiresApproval,
  };
}

export interface CohortCreateBody {
  courseId: string;
  startsAt: string;
  endsAt: string;
  deliveryMode: DeliveryMode;
  language: string;
  countryCode?: string;
  city?: string;
  capacity: number;
  trainerId?: string;
  policeUnitId?: string;
  requiresApproval: boolean;
}

/**
 * The body of `POST /api/cohorts`: a place only when the cohort is not online, the trainer only when
 * one is chosen. Unreadable dates and numbers go as they are, for the API to name the field.
 */
export function cohortCreateInput(values: CohortFormValues): CohortCreateBody {
  const body: CohortCreateBody = {
    courseId: values.courseId,
    startsAt: fromDateTimeLocal(values.startsAt) ?? values.startsAt,
    endsAt: fromDateTimeLocal(values.endsAt) ?? values.endsAt,
    deliveryMode: values.deliveryMode,
    language: values.language,
    capacity: parseWholeNumber(values.capacity) ?? Number.NaN,
    requiresApproval: values.requiresApproval,
  };
  if (values.deliveryMode !== 'online') {
    if (values.countryCode) body.countryCode = values.countryCode;
    if (values.city.trim()) body.city = values.city.trim();
  }
  if (values.trainerId) body.trainerId = values.trainerId;
  if (values.policeUnitId) body.policeUnitId = values.policeUnitId;
  return body;
}

export interface CohortUpdateBody {
  startsAt?: string;
  endsAt?: string;
  capacity?: number;
  trainerId?: string;
  city?: string;
  requiresApproval?: boolean;
}

/** The body of `PATCH /api/cohorts/{id}`: only what changed (the course, mode, language and country are fixed). */
export function cohortUpdateInput(values: CohortFormValues, original: Cohort): CohortUpdateBody {
  const changes: CohortUpdateBody = {};
  const startsAt = fromDateTimeLocal(values.startsAt) ?? values.startsAt;
  const endsAt = fromDateTimeLocal(values.endsAt) ?? values.endsAt;
  if (values.startsAt !== toDateTimeLocal(original.startsAt)) changes.startsAt = startsAt;
  if (values.endsAt !== toDateTimeLocal(original.endsAt)) changes.endsAt = endsAt;
  const capacity = parseWholeNumber(values.capacity) ?? Number.NaN;
  if (capacity !== original.capacity) changes.capacity = capacity;
  if (values.trainerId && values.trainerId !== (original.trainerId ?? '')) changes.trainerId = values.trainerId;
  if (original.deliveryMode !== 'online' && values.city.trim() !== (original.city ?? ''))
    changes.city = values.city.trim();
  if (values.requiresApproval !== original.requiresApproval) changes.requiresApproval = values.requiresApproval;
  return changes;
}
