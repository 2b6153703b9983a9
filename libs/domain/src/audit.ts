/**
 * Every action an audit event can record (`audit_event.action`). `AuditService.record` takes only these, so
 * a new action is added here first; the portal's audit log says each one in words (`auditLog.sentences.<code>`
 * in every locale, checked by a test), with the actor, the object and, where the object belongs to a person,
 * that person's name, and names it in a few words in its action filter and column (`auditLog.actions.<code>`).
 */
export const AUDIT_ACTIONS = [
  'app_user.create',
  'app_user.disable',
  'app_user.enable',
  'app_user.erasure',
  'app_user.erasure_request',
  'app_user.invitation_accept',
  'app_user.invitation_issue',
  'app_user.password_change',
  'app_user.password_reset',
  'app_user.password_reset_issue',
  'app_user.personal_data_export',
  'app_user.protect',
  'app_user.unprotect',
  'app_user.update',
  'assessment.update',
  'assignment.accept',
  'assignment.decline',
  'assignment.withdraw',
  'attendance.mark',
  'calendar_feed.regenerate',
  'calendar_feed.revoke',
  'capability_grant.grant',
  'capability_grant.revoke',
  'certification.issue',
  'certification.recertify',
  'certification.revoke',
  'certification.wallet_issue',
  'certification.wallet_offer',
  'certification_programme.create',
  'certification_programme.update',
  'cohort.create',
  'cohort.message',
  'cohort.named_roster_opt_in',
  'cohort.named_roster_withdraw',
  'cohort.nominate',
  'cohort.transition',
  'cohort.update',
  'competency.create',
  'competency.update',
  'competency_role.update',
  'content_locale.create',
  'country.update',
  'country_priority.set',
  'course.create',
  'course.reorder_modules',
  'course.update',
  'course_module.create',
  'course_module.delete',
  'course_module.reorder_lessons',
  'course_module.update',
  'enrolment.approve',
  'enrolment.grade',
  'enrolment.switch',
  'enrolment.withdraw',
  'lesson.create',
  'lesson.delete',
  'lesson.update',
  'local_trainer.lapse',
  'local_trainer_application.apply',
  'local_trainer_application.confirm',
  'local_trainer_application.refuse',
  'member_firm.create',
  'member_firm.update',
  'needs_assessment.approve',
  'needs_assessment.create',
  'needs_assessment.return',
  'needs_assessment.submit',
  'needs_assessment.update',
  'officer_import.apply',
  'plan_line.create',
  'plan_line.delete',
  'plan_line.update',
  'police_unit.create',
  'police_unit.update',
  'privacy.retention_run',
  'question.create',
  'question.delete',
  'queue.retry_job',
  'trainer_profile.update',
  'training_request.cancel',
  'training_request.create',
  'training_request.reassign',
  'training_session.cancel',
  'training_session.create',
  'training_session.update',
  'translation.import',
  'translation.publish',
  'translation.save',
  'workplan.approve',
  'workplan.create',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The locale key of an action's sentence and label (`certification.revoke` → `certification_revoke`; i18next reads dots as nesting). */
export function auditSentenceKey(action: string): string {
  return action.replace(/\./g, '_');
}

/** What a sentence of the audit log is made from (the API's event, named). */
export interface AuditSentenceEvent {
  action: string;
  actor: { name: string } | null;
  object: { type: string; id: string; name: string | null };
  subject: { name: string } | null;
  details: Record<string, unknown>;
}

export type AuditTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The action's short name in the language of `t` ("Certification revoked"): `auditLog.actions.<action>`; an action
 * the catalogue lacks (a newer API) is shown as its code.
 */
export function auditActionLabel(action: string, t: AuditTranslate): string {
  return isAuditAction(action) ? t(`auditLog.actions.${auditSentenceKey(action)}`) : action;
}

/** The values a sentence may name besides actor, object and subject, taken from the event's details. */
const DETAIL_PARAMS = [
  'locale',
  'capability',
  'scope',
  'from',
  'to',
  'reason',
  'queue',
  'status',
  'code',
  'name',
] as const;

/**
 * The event in words, in the language of `t`: `auditLog.sentences.<action>` with `{{actor}}` (or "The system"),
 * `{{object}}` (its name, or its kind when it no longer exists), `{{subject}}`, `{{count}}` (officers of a
 * nomination, marks of an attendance sheet) and a few scalar details. An action the catalogue lacks (a newer API)
 * falls back to a neutral sentence naming the code. Shared by the portal and the API's CSV export.
 */
export function auditSentence(event: AuditSentenceEvent, t: AuditTranslate): string {
  const details = event.details ?? {};
  const values: Record<string, string | number> = {
    actor: event.actor?.name ?? t('auditLog.systemActor'),
    object: event.object.name ?? t('auditLog.unnamed', { id: event.object.id }),
    subject: event.subject?.name ?? t('auditLog.nobody'),
    count: Array.isArray(details['officerIds'])
      ? details['officerIds'].length
      : typeof details['marks'] === 'number'
        ? details['marks']
        : typeof details['count'] === 'number'
          ? details['count']
          : 0,
  };
  for (const key of DETAIL_PARAMS) {
    const value = details[key];
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else values[key] ??= '';
  }
  if (event.action === 'cohort.transition') {
    // Statuses in the reader's words, not codes.
    if (typeof details['from'] === 'string') values['from'] = t(`cohortStatus.${details['from']}`);
    if (typeof details['to'] === 'string') values['to'] = t(`cohortStatus.${details['to']}`);
  }
  if (!isAuditAction(event.action)) return t('auditLog.unknownAction', { ...values, action: event.action });
  return t(`auditLog.sentences.${auditSentenceKey(event.action)}`, values);
}
