/**
 * What a notification reports. The API stores the kind with its parameters; the portal turns both into
 * text in the reader's language (`notifications.kinds.<kind>`).
 */
export const NOTIFICATION_KINDS = [
  'enrolment.promoted',
  'enrolment.nominated',
  'enrolment.approved',
  'enrolment.withdrawn_by_coordinator',
  'cohort.cancelled',
  'cohort.changed',
  /** To everyone enrolled: a training session's time or place changed (params: ids, new start). */
  'training_session.changed',
  /** To everyone enrolled: a training session was cancelled. */
  'training_session.cancelled',
  'assignment.proposed',
  'assignment.withdrawn',
  'training_request.assigned',
  'training_request.unfilled',
  'training_request.cancelled',
  /** To admins: a trainer was booked twice (data from before the booking table); the later commitment was released. */
  'trainer_booking.released',
  'certification.issued',
  'certification.expiring',
  'certification.expired',
  'certification.revoked',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
