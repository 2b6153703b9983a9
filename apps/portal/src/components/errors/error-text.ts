import i18n, { type TFunction } from 'i18next';
import { isErrorCode, type ErrorDetail } from '@icspa/domain';
import { ApiError } from '@/lib/api-client';
import { isFieldAt } from '@/lib/field-error';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';

/** Labels of a form's fields by the API's field name (`{ capacity: t('cohortForm.capacity') }`). */
export type FieldLabels = Readonly<Record<string, string>>;

/** Parameters that hold a status, and the locale section naming it, by code. */
export const STATUS_SECTIONS: Record<string, string> = {
  'enrolment.cannot_withdraw': 'enrolmentStatus',
  'enrolment.approve_pending_only': 'enrolmentStatus',
  'enrolment.lessons_need_enrolled': 'enrolmentStatus',
  'enrolment.cannot_grade': 'enrolmentStatus',
  'enrolment.cannot_switch': 'enrolmentStatus',
  'attempt.needs_enrolled': 'enrolmentStatus',
  'enrolment.grade_before_running': 'cohortStatus',
  'cohort.cannot_change': 'cohortStatus',
  'cohort.invalid_transition': 'cohortStatus',
  'cohort.not_open': 'cohortStatus',
  'assignment.proposal_closed': 'assignment.assignmentStatus',
  'assignment.withdraw_accepted_only': 'assignment.assignmentStatus',
  'certification.cannot_renew': 'certification.status',
  'local_trainer_application.closed': 'localTrainers.status',
};

/** A form's label for a field path (`topics.0` is in `topics`), else the path as the API names it. */
function labelOf(field: string | undefined, labels: FieldLabels = {}): string {
  if (!field) return '';
  const name = Object.keys(labels)
    .filter((key) => isFieldAt(field, key))
    .sort((a, b) => b.length - a.length)[0];
  return name ? labels[name] : field;
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** A parameter in the reader's language: statuses, roles and delivery modes named, dates and numbers formatted. */
function paramText(code: string, name: string, value: string | number, loose: LooseT): string {
  const language = i18n.language || 'en';
  if (typeof value === 'number') return formatNumber(value, language);
  const section =
    name === 'status' || name === 'to'
      ? STATUS_SECTIONS[code]
      : name === 'role'
        ? 'roles'
        : name === 'deliveryMode'
          ? 'deliveryMode'
          : undefined;
  if (section) return loose(`${section}.${value}`, { defaultValue: value });
  if (name === 'date') return formatDate(`${value}T12:00:00Z`, language) || value;
  if (name === 'deadline' || name === 'startsAt') return formatDateTime(value, language) || value;
  return value;
}

/**
 * One problem the API reported, in the reader's language: `errors.<code>` with the problem's parameters
 * and its field (the form's label when it knows one); the API's English text for a code the portal does
 * not know (a newer API).
 */
export function problemText(problem: ErrorDetail, t: TFunction, labels?: FieldLabels): string {
  const loose = t as unknown as LooseT;
  if (!isErrorCode(problem.code)) return problem.message || t('errors.generic');
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [name, paramText(problem.code, name, value, loose)]),
  );
  return loose(`errors.${problem.code}`, {
    ...params,
    field: labelOf(problem.field, labels),
    defaultValue: problem.message || t('errors.generic'),
  });
}

/**
 * What to tell the user about a failure: each problem the API reported, translated by its code (see
 * `problemText`); else the API's own message when it gave one.
 */
export function errorText(error: unknown, t: TFunction, labels?: FieldLabels): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.problems.length) return error.problems.map((p) => problemText(p, t, labels)).join(' ');
    if (error.message) return error.message;
    if (error.status === 429) return t('errors.tooManyRequests');
    if (error.status >= 500) return t('errors.server', { status: error.status });
  }
  return t('errors.generic');
}

/** A lazily loaded chunk that failed to load: usually a new deployment replaced it, so reload. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)
  );
}
