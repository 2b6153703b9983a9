/** Words of bulk onboarding (a unit's officers from a CSV or XLSX file), shared by the API and the portal. */

/** A file holds at most this many officers (rows under the header). */
export const OFFICER_IMPORT_MAX_ROWS = 20_000;

/** A file is at most this many bytes (10 MiB). */
export const OFFICER_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** Content types of the files a coordinator uploads: CSV and Excel workbooks. */
export const OFFICER_IMPORT_FILE_TYPES = {
  csv: ['text/csv'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
} as const;

/** The columns a file has (found by their header, in any order; `language` may be left out). */
export const OFFICER_IMPORT_COLUMNS = ['email', 'name', 'language'] as const;
export type OfficerImportColumn = (typeof OFFICER_IMPORT_COLUMNS)[number];

/** Languages an officer's portal may be set to from a file (the portal's six). */
export const OFFICER_IMPORT_LANGUAGES = ['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN'] as const;

/**
 * What a row does: a `new` officer, an `update` of an officer of the unit (name or language differ), an
 * `unchanged` officer, or an `error` (with its column and reason; nothing is written for it).
 */
export const OFFICER_IMPORT_ROW_STATUSES = ['new', 'update', 'unchanged', 'error'] as const;
export type OfficerImportRowStatus = (typeof OFFICER_IMPORT_ROW_STATUSES)[number];

/**
 * Why a row is refused. `exists_elsewhere`: the e-mail belongs to an account that is not an officer of this
 * unit (another unit's, or another role); nothing more is said about it, an admin can look.
 */
export const OFFICER_IMPORT_PROBLEMS = [
  'email_missing',
  'email_invalid',
  'email_too_long',
  'name_missing',
  'name_too_long',
  'invalid_character',
  'language_unknown',
  'duplicate_in_file',
  'exists_elsewhere',
] as const;
export type OfficerImportProblem = (typeof OFFICER_IMPORT_PROBLEMS)[number];

/** An import's life: waiting for (or in) its job, applied, or failed (nothing written). */
export const OFFICER_IMPORT_STATUSES = ['queued', 'applied', 'failed'] as const;
export type OfficerImportStatus = (typeof OFFICER_IMPORT_STATUSES)[number];
