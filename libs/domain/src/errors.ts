/**
 * Every refusal the API can answer, by a stable machine-readable code, with the names of the parameters
 * its text needs. The API sends `{ statusCode, error, message, code, field?, params?, errors? }`: `message`
 * is English for people reading logs and scripts; the portal shows `errors.<code>` from its locale files
 * (with `params` and the field's label interpolated), and the English `message` only for a code it does not
 * know. A code never changes meaning once released; add a new one instead.
 *
 * The same code serves every field it can apply to (`police_unit.not_found` for `id` and for
 * `policeUnitId`): the field travels beside it.
 */
export const ERROR_CODES = {
  // The fallback of the error filter: an HTTP error thrown without a code (a bug; tests keep it unused).
  'error.uncoded': [],
  // Anything unexpected (a bare 500).
  'error.internal': [],

  // Framework and transport (core/http, Fastify).
  'http.route_not_found': [],
  'http.unsupported_media_type': ['contentType'],
  'http.body_too_large': [],
  'http.malformed_json': [],
  'http.empty_body': [],
  'http.too_deep': ['max'],
  'http.too_many_elements': ['max'],
  'http.too_many_requests': [],
  'http.cross_site': [],
  'http.origin_refused': ['origin'],

  // PostgreSQL refusals caused by the request (core/errors).
  'db.already_exists': [],
  'db.unknown_reference': [],
  'db.conflicting_data': [],
  'db.invalid_value': [],
  'db.transaction_conflict': [],

  // Access (core/auth, identity).
  'auth.sign_in_first': [],
  'auth.no_access_rule': [],
  'auth.role_forbidden': ['role'],
  'auth.credentials_not_recognised': [],
  'auth.too_many_sign_ins': ['seconds'],
  'auth.too_many_wrong_passwords': ['seconds'],
  'auth.password_unchanged': [],
  'auth.current_password_not_recognised': [],
  'auth.password_changed_meanwhile': [],
  'auth.password_check_busy': [],
  'auth.too_many_reset_requests': ['seconds'],
  'officer_import.too_many_files': ['seconds'],
  'account_link.invalid': [],

  // Validation (core/validation): one code per class-validator constraint, parameters from the constraint.
  'validation.invalid': [],
  'validation.required': [],
  'validation.not_allowed': [],
  'validation.nul_character': [],
  'validation.unknownValue': [],
  'validation.isDefined': [],
  'validation.isEmpty': [],
  'validation.isInt': [],
  'validation.isString': [],
  'validation.isBoolean': [],
  'validation.isArray': [],
  'validation.isObject': [],
  'validation.nestedValidation': [],
  'validation.isUuid': [],
  'validation.isDateString': [],
  'validation.isEmail': [],
  'validation.isUrl': [],
  'validation.isTimeZone': [],
  'validation.isIn': ['values'],
  'validation.min': ['min'],
  'validation.max': ['max'],
  'validation.minLength': ['min'],
  'validation.maxLength': ['max'],
  'validation.arrayMinSize': ['min'],
  'validation.arrayMaxSize': ['max'],
  'validation.arrayUnique': [],
  'validation.isHardToGuess': [],
  'validation.matches': [],
  'validation.each.isString': [],
  'validation.each.isUuid': [],
  'validation.each.isInt': [],
  'validation.each.isIn': ['values'],
  'validation.each.minLength': ['min'],
  'validation.each.maxLength': ['max'],
  'validation.each.min': ['min'],
  'validation.each.max': ['max'],
  'validation.each.matches': [],
  // `@Matches(…, { context: { code } })`: what the pattern stands for.
  'validation.format.language_tag': [],
  'validation.format.country_code': [],
  'validation.format.month': [],
  'validation.format.account_link_token': [],
  'validation.format.topic_tag': [],
  'validation.format.region_code': [],
  'validation.format.course_code': [],
  'validation.format.object_kind': [],
  'validation.format.quarter': [],
  'validation.format.date': [],
  'validation.each.format.language_tag': [],
  'validation.each.format.country_code': [],
  'validation.each.format.topic_tag': [],
  // Rules between fields, checked by services.
  'validation.ends_before_start': [],
  'validation.starts_in_past': [],

  // Things that do not exist (or that the caller may not see).
  'user.not_found': [],
  'police_unit.not_found': [],
  'member_firm.not_found': [],
  'country.not_found': [],
  'region.not_found': [],
  'course.not_found': [],
  'course.not_found_among': [],
  'course.published_not_found': [],
  'module.not_found': [],
  'lesson.not_found': [],
  'question.not_found': [],
  'assessment.not_found': [],
  'cohort.not_found': [],
  'training_session.not_found': [],
  'calendar_feed.not_found': [],
  'enrolment.not_found': [],
  'officer.not_found': ['id'],
  'attempt.not_found': [],
  'certification.not_found': [],
  'training_record.not_found': [],
  'access_log.not_found': [],
  'programme.not_found': [],
  'notification.not_found': [],
  'notification_preference.duplicate_kind': ['kind'],
  'assignment.not_found': [],
  'training_request.not_found': [],
  'trainer.not_found': [],
  'unavailability.not_found': [],
  'verification.not_found': [],
  'status_list.not_found': [],

  // identity
  'user.unit_required_for_role': ['role'],
  'user.unit_not_allowed_for_role': ['role'],
  'user.firm_required_for_role': ['role'],
  'user.firm_not_allowed_for_role': ['role'],
  'user.email_in_use': [],
  'user.cannot_disable_self': [],
  'user.role_not_allowed': ['role'],
  'user.outside_scope': [],
  'user.cannot_change_own_role': [],
  'user.disabled': [],
  'user.password_already_set': [],
  'user.already_erased': [],
  'user.protected_role_change': [],
  'user.protection_not_self': [],
  'user.protection_not_officer': [],
  'capability_grant.not_found': [],
  'capability_grant.unknown_locale': ['scope'],
  'capability_grant.unknown_course': [],
  'capability_grant.already_active': ['capability', 'scope'],
  'capability_grant.already_revoked': [],

  // Local trainers (trainer-assignment).
  'local_trainer.country_fixed': [],
  'local_trainer_application.not_found': [],
  'local_trainer_application.not_certified': [],
  'local_trainer_application.already_pending': [],
  'local_trainer_application.closed': ['status'],
  'local_trainer_application.already_confirmed': [],
  'local_trainer_application.own_application': [],

  // organisations
  'member_firm.name_taken': [],

  // catalogue
  'course.code_taken': [],
  'course.publish_needs_lesson': [],
  'course.publish_needs_assessment': [],
  'course.publish_needs_questions': ['count'],
  'course.published_needs_lesson': [],
  'course.published_needs_assessment': [],
  'course.published_needs_questions': ['count'],
  'course.language_not_taught': ['languages'],
  'assessment.set_up_first': [],
  'catalogue.order_mismatch': [],
  'question.correct_out_of_range': [],
  'question.true_false_shape': [],
  'question.single_choice_one': [],
  'question.multiple_choice_two': [],

  // cohorts, enrolments, attempts
  'cohort.place_required': ['deliveryMode'],
  'cohort.online_no_city': [],
  'cohort.cannot_change': ['status'],
  'cohort.capacity_below_taken': ['taken'],
  'cohort.invalid_transition': ['status', 'to'],
  'cohort.course_unpublished': [],
  'cohort.not_open': ['status'],
  'cohort.grade_forbidden': [],
  'cohort.grade_own_forbidden': [],
  'cohort.trainer_set_by_request': ['requestId'],
  'cohort.late_enrolment_admin_only': [],
  'cohort.enrolment_closed': ['startsAt'],
  'cohort.cancel_request_needs_cancelled': [],
  'enrolment.not_unit_officer': [],
  'enrolment.cohort_other_unit': [],
  'enrolment.teaches_cohort': [],
  'enrolment.already_enrolled': [],
  'enrolment.nominate_own_unit': [],
  'enrolment.cannot_withdraw': ['status'],
  'enrolment.withdraw_forbidden': [],
  'enrolment.approve_pending_only': ['status'],
  'enrolment.approve_forbidden': [],
  'enrolment.study_forbidden': [],
  'enrolment.lessons_need_enrolled': ['status'],
  'enrolment.lesson_not_in_course': [],
  'enrolment.no_longer_active': [],
  'enrolment.client_id_reused': [],
  'enrolment.online_graded_by_lessons': [],
  'enrolment.grade_before_running': ['status'],
  'enrolment.result_certified': [],
  'enrolment.cannot_grade': ['status'],
  'enrolment.switch_forbidden': [],
  'enrolment.switch_not_unit_officer': [],
  'enrolment.switch_other_course': [],
  'enrolment.switch_same_run': [],
  'enrolment.switch_from_pending': [],
  'enrolment.cannot_switch': ['status'],
  'enrolment.already_in_run': [],
  'enrolment.switch_needs_approval': [],
  'attempt.needs_enrolled': ['status'],
  'attempt.already_passed': [],
  'attempt.limit_reached': ['limit'],
  'attempt.no_questions': [],
  'attempt.already_submitted': [],
  'attempt.time_up': [],
  'attempt.question_not_in_attempt': ['questionId'],
  'attempt.option_not_in_question': ['questionId'],
  'attempt.question_answered_twice': ['questionId'],

  // translations
  'translation.forbidden': ['locale'],
  'translation.unknown_entity': [],
  'translation.source_not_found': [],
  'translation.not_found': [],
  'translation.same_as_source': [],
  'translation.field_invalid': [],
  'translation.field_too_long': ['max'],
  'translation.options_mismatch': [],
  'content_locale.not_found': [],
  'content_locale.code_taken': [],
  // translation workflow: files a translator works on offline
  'translation_file.unknown_format': [],
  'translation_import.unreadable': ['format'],
  'translation_import.too_many_units': ['max'],
  'translation_import.locale_mismatch': ['fileLocale', 'locale'],
  'translation_import.unknown_unit': [],
  'translation_import.inline_markup': [],
  'translation_import.placeholder_mismatch': ['missing', 'extra'],
  'translation_import.markdown_mismatch': ['part'],
  'translation_import.entity_incomplete': ['missingField'],
  'translation_import.refused': ['count', 'unit'],

  // bulk onboarding: a unit's officers from a CSV or XLSX file
  'officer_import.not_found': [],
  'officer_import.file_too_large': ['max'],
  'officer_import.too_many_rows': ['max'],
  'officer_import.unreadable': ['format'],
  'officer_import.wrong_encoding': [],
  'officer_import.missing_column': ['column'],
  'officer_import.empty': [],

  // certifications
  'certification.cannot_renew': ['status'],
  'certification.already_renewed': [],
  'certification.renewal_not_open': ['date'],
  'certification.expired': [],
  'certification.already_revoked': [],
  'certification.credential_pending': [],
  'programme.required_exceeds_courses': [],
  'programme.name_taken': [],
  'verification.too_many_lookups': [],
  'wallet.holder_only': [],
  'wallet.not_active': [],
  'wallet.invalid_grant': [],
  'wallet.invalid_token': [],
  'wallet.invalid_proof': [],
  'wallet.unsupported_credential': [],

  // trainer assignment
  'assignment.proposal_closed': ['status'],
  'assignment.proposal_lapsed': [],
  'assignment.withdraw_accepted_only': ['status'],
  'assignment.withdrawal_closed': ['deadline', 'days'],
  'training_request.already_cancelled': [],
  'training_request.cancelled': [],
  'training_request.own_unit_only': [],
  'training_request.co_delivery_pair': [],
  'training_request.not_co_delivered': [],
  'training_request.local_not_qualified': [],
  'trainer.already_booked': [],
  'trainer.booked_over_dates': [],
  'trainer.qualifications_by_admin': [],

  // the queue board (core/queue)
  'queue.read_only': [],
  'queue.job_not_found': [],
  'queue.retry_failed_only': ['state'],

  // reporting
  'uptake.level_required': [],
  'uptake.period_reversed': [],
  'uptake.period_too_long': ['max'],
  'uptake.regional_forbidden': [],
  'uptake.unit_detail_admin_only': [],
  'uptake.firm_forbidden': [],
  'uptake.unit_forbidden': [],

  // training sessions, attendance and calendars (cohorts, calendar)
  'training_session.manage_forbidden': [],
  'training_session.cancelled': [],
  'training_session.last_scheduled': [],
  'cohort.dates_from_sessions': ['sessions'],
  'attendance.before_running': [],
  'attendance.not_in_cohort': [],
  // Officer privacy (cohorts): named rosters and messages relayed to participants.
  'cohort.named_roster_forbidden': [],
  'cohort.message_forbidden': [],
  'cohort.message_not_in_cohort': [],
  'cohort.message_too_many': ['seconds'],
  'calendar.range_invalid': ['maxDays'],
  // Planning: competency framework and needs assessments (modules/planning).
  'competency.not_found': [],
  'competency.key_taken': [],
  'competency_role.not_found': [],
  'needs_assessment.not_found': [],
  'needs_assessment.open_exists': [],
  'needs_assessment.other_unit': [],
  'needs_assessment.not_editable': [],
  'needs_assessment.not_submittable': [],
  'needs_assessment.not_submitted': [],
  'needs_assessment.version_conflict': [],
  'needs_assessment.note_required': [],
  'needs_assessment.unit_required': [],
  'needs_assessment.assessed_in_future': [],
  // Planning: workplans and plan lines.
  'workplan.not_found': [],
  'workplan.approved': [],
  'workplan.period_invalid': ['max'],
  'workplan.demand_forbidden': [],
  'plan_line.not_found': [],
  'plan_line.duplicate': [],
  'plan_line.quarter_outside': ['first', 'last'],
} as const satisfies Record<string, readonly string[]>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The parameters a code's text interpolates, by name. */
export type ErrorParams<C extends ErrorCode = ErrorCode> = {
  [K in (typeof ERROR_CODES)[C][number]]: string | number;
};

/** One problem of a refusal: what the portal needs to say it in the reader's language. */
export interface ErrorDetail {
  /** A key of ERROR_CODES (a client must expect codes it does not know yet). */
  code: string;
  /** The field at fault, as a path (`answers.0.optionIds`), when there is one. */
  field?: string;
  params?: Record<string, string | number>;
  /** The English text, `field: problem` when a field is at fault. */
  message: string;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}
