/**
 * What the subject-access export covers: every place the schema can hold an officer's id or personal data. The
 * completeness test (`data-rights.integration-spec.ts`) reads the live catalog and fails when a column appears that
 * these lists do not name: a foreign key to `app_user(id)`, a foreign key to a table whose rows are the officer's
 * (`OWNED_TABLES`), or a column whose name says it holds a secret.
 *
 * Identifiers here are SQL names written in this file only (never input), so the export may splice them into SQL.
 */

/** Every column with a foreign key to `app_user(id)`: table → columns (the export reads rows where any matches). */
export const USER_FOREIGN_KEYS: Readonly<Record<string, readonly string[]>> = {
  account_link: ['user_id', 'issued_by'],
  app_user: ['id', 'protected_by_id'],
  assignment: ['trainer_id'],
  attendance: ['marked_by_id'],
  audit_event: ['actor_id'],
  calendar_feed: ['user_id'],
  capability_grant: ['user_id', 'granted_by', 'revoked_by'],
  certification: ['holder_id'],
  cohort: ['trainer_id', 'co_trainer_id'],
  cohort_named_roster: ['opted_by_id'],
  competency_revision: ['changed_by'],
  country_priority: ['updated_by'],
  email_message: ['user_id'],
  enrolment: ['officer_id', 'nominated_by_id'],
  local_trainer_application: ['officer_id', 'admin_confirmed_by', 'coordinator_confirmed_by', 'refused_by'],
  needs_assessment: ['created_by', 'reviewed_by', 'submitted_by'],
  notification: ['user_id'],
  notification_preference: ['user_id'],
  officer_import: ['created_by'],
  officer_import_row: ['user_id'],
  personal_data_access: ['officer_id', 'reader_id'],
  session: ['user_id'],
  trainer_booking: ['trainer_id'],
  trainer_profile: ['user_id'],
  trainer_unavailability: ['trainer_id'],
  training_request: ['requested_by_id'],
  translation: ['updated_by'],
  workplan: ['approved_by', 'created_by'],
};

/**
 * Tables whose rows are the officer's (reached through the column that names the officer): a row of another table
 * with a foreign key to one of them is the officer's too (an attempt of their enrolment, a wallet offer of their
 * certification).
 */
export const OWNED_TABLES: Readonly<Record<string, string>> = {
  enrolment: 'officer_id',
  certification: 'holder_id',
};

/** Every foreign key to an owned table: table → column → the owned table it points at. */
export const OWNED_CHILDREN: Readonly<Record<string, Readonly<Record<string, keyof typeof OWNED_TABLES>>>> = {
  assessment_attempt: { enrolment_id: 'enrolment' },
  attendance: { enrolment_id: 'enrolment' },
  lesson_completion: { enrolment_id: 'enrolment' },
  enrolment: { switch_from_id: 'enrolment' },
  certification: { previous_id: 'certification' },
  local_trainer_application: { certification_id: 'certification' },
  wallet_offer: { certification_id: 'certification' },
};

/**
 * Columns that hold an officer's id or personal data without a foreign key, and how the export finds the
 * officer's rows through them: `id` compares the column with the officer's id (as text), `email` with their
 * e-mail, `json` finds the id anywhere inside a jsonb value (audit details, notification parameters, payloads).
 */
export type UnlinkedMatch = 'id' | 'email' | 'json';
export const UNLINKED_REFERENCES: ReadonlyArray<{ table: string; column: string; match: UnlinkedMatch }> = [
  // The object of an event about the account; the details name people by id (and, before erasure, by name).
  { table: 'audit_event', column: 'entity_id', match: 'id' },
  { table: 'audit_event', column: 'details', match: 'json' },
  // Notifications to others about the officer (a nomination to the coordinator carries the officer's id).
  { table: 'notification', column: 'params', match: 'json' },
  { table: 'notification', column: 'object_id', match: 'id' },
  // E-mails: addressed by user_id (a foreign key) and by address (mail to an account whose address changed).
  { table: 'email_message', column: 'to_address', match: 'email' },
  // A bulk import's line that created or matched the officer, by address.
  { table: 'officer_import_row', column: 'email', match: 'email' },
  { table: 'officer_import_row', column: 'problems', match: 'json' },
  // The access log names the object read through (possibly the officer's record).
  { table: 'personal_data_access', column: 'object_id', match: 'id' },
  // Jobs waiting in the outbox (a certification's holder, an import).
  { table: 'outbox_message', column: 'payload', match: 'json' },
  // The regional-uptake rollups keep the officer's id (figures, never names).
  { table: 'uptake_officer', column: 'officer_id', match: 'id' },
  { table: 'uptake_officer_course', column: 'officer_id', match: 'id' },
  { table: 'uptake_cohort', column: 'trainer_id', match: 'id' },
  { table: 'uptake_cohort', column: 'co_trainer_id', match: 'id' },
  // A local trainer application's and a training request's rounds name trainers inside jsonb.
  { table: 'training_request', column: 'match_rounds', match: 'json' },
];

/**
 * jsonb columns that never hold a person's id, name or e-mail (answers, course content, translations, plan
 * explanations, e-mail attachments — those of the officer's own mail come with the mail's row). Every other jsonb
 * column must be a `json` entry of UNLINKED_REFERENCES: the completeness test checks both lists against the schema.
 */
export const JSONB_WITHOUT_PEOPLE: ReadonlyArray<string> = [
  'assessment_attempt.answers',
  'email_message.attachments',
  'plan_line.priority_explanation',
  'question.correct',
  'question.options',
  'translation.fields',
  'translation.source_fields',
];

/**
 * Column names that say "this is a person's id" (`officer_id`, `trainer_id`, `created_by`…): each such column in the
 * schema must be covered, by a foreign key entry or an unlinked one — a new column holding a person without a
 * foreign key cannot slip through.
 */
export const PERSON_LOOKING_COLUMN =
  /(^|_)(officer|user|holder|trainer|actor|reader|person|member|participant)_id$|(^|_)by(_id)?$|^(created|updated|changed|approved|reviewed|submitted|granted|revoked|issued|refused|confirmed|opted|marked)_by/;

/**
 * Secrets never exported, even to the officer: credentials that would let whoever holds the file sign in, follow a
 * calendar feed, redeem a wallet offer, or link the salted identifiers of their certifications.
 */
export const SECRET_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  app_user: ['password_hash'],
  session: ['token_hash'],
  account_link: ['token_hash'],
  calendar_feed: ['token_hash'],
  wallet_offer: ['code_hash', 'token_hash'],
  certification: ['identity_salt'],
};

/** A column name that says it holds a secret: the completeness test wants each such column in SECRET_COLUMNS. */
export const SECRET_LOOKING_COLUMN = /(hash|token|salt|secret|password)/;

/** Every table the export reads (a key of the JSON, a section of the PDF), in name order. */
export function exportedTables(): string[] {
  const tables = new Set<string>([
    ...Object.keys(USER_FOREIGN_KEYS),
    ...Object.keys(OWNED_CHILDREN),
    ...UNLINKED_REFERENCES.map((r) => r.table),
  ]);
  return [...tables].sort();
}

/** The SQL condition (on the table's own columns, `$1` the officer's id, `$2` their e-mail) selecting the officer's rows. */
export function officerRowsCondition(table: string): string {
  const parts: string[] = [];
  for (const column of USER_FOREIGN_KEYS[table] ?? []) parts.push(`"${column}" = $1::uuid`);
  for (const [column, owned] of Object.entries(OWNED_CHILDREN[table] ?? {}))
    parts.push(`"${column}" IN (SELECT id FROM "${owned}" WHERE "${OWNED_TABLES[owned]}" = $1::uuid)`);
  for (const r of UNLINKED_REFERENCES.filter((u) => u.table === table)) {
    if (r.match === 'id') parts.push(`"${r.column}"::text = $1::text`);
    else if (r.match === 'email') parts.push(`lower("${r.column}") = lower($2::text)`);
    else parts.push(`strpos("${r.column}"::text, $1::text) > 0`);
  }
  return parts.length ? parts.map((p) => `(${p})`).join(' OR ') : 'false';
}
