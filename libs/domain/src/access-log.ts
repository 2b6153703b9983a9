/**
 * The access log (issue 20, "Who saw what"): every read of an officer's personal data by someone outside the
 * officer's own unit is one row per officer read (`personal_data_access`). What was read is its purpose; the
 * portal says each in the reader's language (`trainingRecord.accessLog.purposes.<purpose>`).
 */
export const ACCESS_PURPOSES = [
  /** A cohort's roster (trainer, co-trainer, admin). */
  'roster',
  /** An enrolment, or a list of enrolments. */
  'enrolment',
  /** Assessment attempts (grading). */
  'attempt',
  /** A training session's attendance sheet. */
  'attendance',
  /** The attendance sheet's PDF. */
  'attendance_pdf',
  /** The officer's training record (JSON). */
  'training_record',
  /** The training record's PDF or CSV. */
  'training_record_export',
  /** The unit roster of training records (the list). */
  'unit_roster',
  /** A certification's certificate (PDF). */
  'certificate',
  /** A page of the audit log (people named as actors or subjects). */
  'audit_log',
  /** The audit log's CSV export (people named as actors or subjects). */
  'audit_export',
  /** The officer's data-rights summary (retention, when their data is erased). */
  'personal_data',
  /** The subject-access export of everything held about the officer (JSON or PDF). */
  'personal_data_export',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

/** What a protection change must say: why (kept in the audit event). */
export const PROTECTION_REASON_MAX = 500;
