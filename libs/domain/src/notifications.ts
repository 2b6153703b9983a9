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
  /** To the participants a trainer wrote to: the message, relayed by the platform (params: sender, subject, body). */
  'cohort.message',
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
  /** To admins: a local trainer's train-the-trainer certification lapsed; their accepted cohorts stay theirs until reassigned. */
  'local_trainer.lapsed',
  'certification.issued',
  'certification.expiring',
  'certification.expired',
  'certification.revoked',
  /** To admins: a coordinator asked that one of their unit's officers be erased (params: officerId, reason). */
  'privacy.erasure_requested',
  /** To admins: the daily retention job erased officers past their country's retention (params: count, countries). */
  'privacy.retention_applied',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How a user wants each kind of notification: always in the portal's bell, and besides that by e-mail at
 * once, in one daily digest, or not at all (`in_app`).
 */
export const NOTIFICATION_DELIVERIES = ['in_app', 'email', 'digest'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/** Mail that preferences never suppress (the kinds themselves are sent by identity when it has them). */
export const SECURITY_MAIL_KINDS = ['account.invitation', 'account.password_reset', 'account.sign_in_alert'] as const;
export type SecurityMailKind = (typeof SECURITY_MAIL_KINDS)[number];

/** What a notification links to; acting on that object marks its notifications read. */
export const NOTIFICATION_OBJECT_TYPES = [
  'assignment',
  'cohort',
  'enrolment',
  'certification',
  'training_request',
  'training_session',
] as const;
export type NotificationObjectType = (typeof NOTIFICATION_OBJECT_TYPES)[number];
