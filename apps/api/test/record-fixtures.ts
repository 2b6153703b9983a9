import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

/**
 * Training history written straight into the tables (courses, cohorts, enrolments, attendance, programmes,
 * certifications), for tests that read records rather than make them: fast, and dated exactly.
 */
export async function insertCourse(t: TestApp, title = `Course ${randomBytes(2).toString('hex')}`): Promise<string> {
  const code = `R${randomBytes(3).toString('hex').toUpperCase()}`.slice(0, 8);
  const [row] = await t.db.query(
    `INSERT INTO course (code, title, summary, level, hours, status, languages) VALUES ($1, $2, 'Summary', 'foundation', 6, 'published', '{en}') RETURNING id`,
    [code, title],
  );
  return row.id;
}

export async function insertCohort(
  t: TestApp,
  courseId: string,
  startsAt: Date,
  options: { days?: number; capacity?: number; trainerId?: string | null; status?: string; seatsTaken?: number } = {},
): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity, seats_taken, trainer_id, status)
     VALUES ($1, $2, $3, 'online', 'en', $4, $5, $6, $7) RETURNING id`,
    [
      courseId,
      startsAt,
      new Date(startsAt.getTime() + (options.days ?? 5) * 86400_000),
      options.capacity ?? 20,
      options.seatsTaken ?? 0,
      options.trainerId ?? null,
      options.status ?? 'open',
    ],
  );
  return row.id;
}

export async function insertEnrolment(
  t: TestApp,
  officerId: string,
  cohortId: string,
  status: string,
  options: { progress?: number; nominatedById?: string | null; completedAt?: Date | null } = {},
): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, progress_percent, nominated_by_id, completed_at)
     SELECT $1, course_id, $2, $3::text::enrolment_status, $4, $5, $6 FROM cohort WHERE id = $1 RETURNING id`,
    [cohortId, officerId, status, options.progress ?? 0, options.nominatedById ?? null, options.completedAt ?? null],
  );
  return row.id;
}

export async function insertProgramme(t: TestApp, name: string, courseIds: string[]): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days)
     VALUES ($1, 'Description', $2, 1, 24, 90) RETURNING id`,
    [name, courseIds],
  );
  return row.id;
}

/** A certification with a placeholder credential (tests here never verify it). */
export async function insertCertification(
  t: TestApp,
  holderId: string,
  programmeId: string,
  issuedAt: Date,
  expiresAt: Date,
  status = 'active',
): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential, revoked_at, revoked_reason)
     VALUES ($1, $2, $3, $3, $4, $5::text::certification_status, $6, 'eyJhbGciOiJub25lIn0.e30.x', CASE WHEN $5::text = 'revoked' THEN $3::timestamptz END, CASE WHEN $5::text = 'revoked' THEN 'Misconduct' END)
     RETURNING id`,
    [programmeId, holderId, issuedAt, expiresAt, status, randomBytes(8).toString('hex').toUpperCase()],
  );
  return row.id;
}

/** A user of a role straight in the table, with a chosen name (sign-in is not needed to be named). */
export async function insertUser(
  t: TestApp,
  displayName: string,
  role: string,
  scope: { policeUnitId?: string | null; memberFirmId?: string | null } = {},
): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id, member_firm_id)
     VALUES ($1, $2, $3::text::user_role, 'unused', $4, $5) RETURNING id`,
    [
      `${role}-${randomBytes(5).toString('hex')}@example.test`,
      displayName,
      role,
      scope.policeUnitId ?? null,
      scope.memberFirmId ?? null,
    ],
  );
  return row.id;
}
