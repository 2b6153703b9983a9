import { ENROLMENT_STATUSES, type EnrolmentStatus, type NotificationKind } from '@icspa/domain';

/** The kinds the API sends, each with its message in the locale files (`notifications.kinds.*`). */
export const NOTIFICATION_MESSAGE_KEYS = {
  'enrolment.promoted': 'notifications.kinds.enrolmentPromoted',
  'enrolment.nominated': 'notifications.kinds.enrolmentNominated',
  'enrolment.approved': 'notifications.kinds.enrolmentApproved',
  'enrolment.withdrawn_by_coordinator': 'notifications.kinds.enrolmentWithdrawnByCoordinator',
  'cohort.cancelled': 'notifications.kinds.cohortCancelled',
  'cohort.changed': 'notifications.kinds.cohortChanged',
  'cohort.message': 'notifications.kinds.cohortMessage',
  'training_session.changed': 'notifications.kinds.trainingSessionChanged',
  'training_session.cancelled': 'notifications.kinds.trainingSessionCancelled',
  'assignment.proposed': 'notifications.kinds.assignmentProposed',
  'assignment.withdrawn': 'notifications.kinds.assignmentWithdrawn',
  'training_request.assigned': 'notifications.kinds.trainingRequestAssigned',
  'training_request.unfilled': 'notifications.kinds.trainingRequestUnfilled',
  'training_request.cancelled': 'notifications.kinds.trainingRequestCancelled',
  'trainer_booking.released': 'notifications.kinds.trainerBookingReleased',
  'local_trainer.lapsed': 'notifications.kinds.localTrainerLapsed',
  'certification.issued': 'notifications.kinds.certificationIssued',
  'certification.expiring': 'notifications.kinds.certificationExpiring',
  'certification.expired': 'notifications.kinds.certificationExpired',
  'certification.revoked': 'notifications.kinds.certificationRevoked',
  'privacy.erasure_requested': 'notifications.kinds.privacyErasureRequested',
  'privacy.retention_applied': 'notifications.kinds.privacyRetentionApplied',
} as const satisfies Record<NotificationKind, string>;

/** Each kind's short name (the bell's groups, the notification settings), in the locale files. */
export const NOTIFICATION_LABEL_KEYS = {
  'enrolment.promoted': 'notificationPreferences.kinds.enrolmentPromoted',
  'enrolment.nominated': 'notificationPreferences.kinds.enrolmentNominated',
  'enrolment.approved': 'notificationPreferences.kinds.enrolmentApproved',
  'enrolment.withdrawn_by_coordinator': 'notificationPreferences.kinds.enrolmentWithdrawnByCoordinator',
  'cohort.cancelled': 'notificationPreferences.kinds.cohortCancelled',
  'cohort.changed': 'notificationPreferences.kinds.cohortChanged',
  'cohort.message': 'notificationPreferences.kinds.cohortMessage',
  'training_session.changed': 'notificationPreferences.kinds.trainingSessionChanged',
  'training_session.cancelled': 'notificationPreferences.kinds.trainingSessionCancelled',
  'assignment.proposed': 'notificationPreferences.kinds.assignmentProposed',
  'assignment.withdrawn': 'notificationPreferences.kinds.assignmentWithdrawn',
  'training_request.assigned': 'notificationPreferences.kinds.trainingRequestAssigned',
  'training_request.unfilled': 'notificationPreferences.kinds.trainingRequestUnfilled',
  'training_request.cancelled': 'notificationPreferences.kinds.trainingRequestCancelled',
  'trainer_booking.released': 'notificationPreferences.kinds.trainerBookingReleased',
  'local_trainer.lapsed': 'notificationPreferences.kinds.localTrainerLapsed',
  'certification.issued': 'notificationPreferences.kinds.certificationIssued',
  'certification.expiring': 'notificationPreferences.kinds.certificationExpiring',
  'certification.expired': 'notificationPreferences.kinds.certificationExpired',
  'certification.revoked': 'notificationPreferences.kinds.certificationRevoked',
  'privacy.erasure_requested': 'notificationPreferences.kinds.privacyErasureRequested',
  'privacy.retention_applied': 'notificationPreferences.kinds.privacyRetentionApplied',
} as const satisfies Record<NotificationKind, string>;

/** The label key of a kind, or null for a kind this portal does not know yet. */
export function notificationLabelKey(kind: string): (typeof NOTIFICATION_LABEL_KEYS)[NotificationKind] | null {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_LABEL_KEYS, kind)
    ? NOTIFICATION_LABEL_KEYS[kind as NotificationKind]
    : null;
}

export type NotificationKey = (typeof NOTIFICATION_MESSAGE_KEYS)[NotificationKind] | 'notifications.kinds.unknown';

export interface NotificationFormatters {
  date: (iso: string) => string;
  status: (status: EnrolmentStatus) => string;
  /** Whole days from now in words ("in 30 days"). */
  relativeDays: (days: number) => string;
}

export interface NotificationMessage {
  key: NotificationKey;
  values: {
    course: string;
    startsAt: string;
    status: string;
    programme: string;
    expiresIn: string;
    expiresAt: string;
    reason: string;
    trainer: string;
    /** A trainer's message relayed to participants: its subject and text, as written. */
    subject: string;
    message: string;
    count: string;
    countries: string;
    /** Officers a retention run could not erase. */
    failed: string;
    /** i18next's context: `failures` picks `…_failures` (a retention run with officers not erased), else none. */
    context: string;
  };
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function isEnrolmentStatus(value: unknown): value is EnrolmentStatus {
  return typeof value === 'string' && (ENROLMENT_STATUSES as readonly string[]).includes(value);
}

/**
 * A notification's message key and values, from its `kind` and `params`. Params come from the server
 * as loose JSON: anything missing or of the wrong type becomes an empty value rather than "undefined",
 * dates are formatted for the reader and statuses named in their language. An unknown kind (a newer
 * API) still reads as a generic message.
 */
export function notificationMessage(
  notification: { kind: string; params: Record<string, unknown> },
  format: NotificationFormatters,
): NotificationMessage {
  const { params } = notification;
  const key: NotificationKey = Object.prototype.hasOwnProperty.call(NOTIFICATION_MESSAGE_KEYS, notification.kind)
    ? NOTIFICATION_MESSAGE_KEYS[notification.kind as NotificationKind]
    : 'notifications.kinds.unknown';
  const startsAt = typeof params.startsAt === 'string' ? params.startsAt : '';
  const expiresAt = typeof params.expiresAt === 'string' ? params.expiresAt : '';
  return {
    key,
    values: {
      course: text(params.courseTitle),
      startsAt: startsAt ? format.date(startsAt) : '',
      status: isEnrolmentStatus(params.status) ? format.status(params.status) : '',
      programme: text(params.programmeName),
      expiresIn:
        typeof params.days === 'number' && Number.isFinite(params.days) ? format.relativeDays(params.days) : '',
      expiresAt: expiresAt ? format.date(expiresAt) : '',
      reason: text(params.reason),
      trainer: text(params.trainerName),
      subject: text(params.subject),
      message: text(params.body),
      count: text(params.count),
      countries: text(params.countries),
      failed: text(params.failed),
      context: typeof params.failed === 'number' && params.failed > 0 ? 'failures' : '',
    },
  };
}
