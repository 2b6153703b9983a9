import { EntityManager } from 'typeorm';
import type { LocalTrainerApplicationStatus } from '@icspa/domain';
import { countRows, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import type { LocalTrainerApplicationResponseDto } from './dtos/local-trainer.dto';

const APPLICATION_SELECT = `
  SELECT la.*, o.display_name AS officer_name, o.police_unit_id, u.name AS police_unit_name, u.country_code,
         pr.name AS programme_name, c.expires_at AS certification_expires_at,
         coalesce((SELECT array_agg(co.title ORDER BY co.title) FROM course co WHERE co.id = ANY(la.course_ids)), '{}') AS course_titles
    FROM local_trainer_application la JOIN app_user o ON o.id = la.officer_id JOIN police_unit u ON u.id = o.police_unit_id
    JOIN certification c ON c.id = la.certification_id JOIN certification_programme pr ON pr.id = c.programme_id`;

interface ApplicationRow {
  id: string;
  officer_id: string;
  officer_name: string;
  police_unit_id: string;
  police_unit_name: string;
  country_code: string;
  certification_id: string;
  certification_expires_at: Date;
  programme_name: string;
  course_ids: string[];
  course_titles: string[];
  languages: string[];
  load_limit_per_quarter: number;
  trained_in_cohort_id: string | null;
  status: LocalTrainerApplicationStatus;
  coordinator_confirmed_at: Date | null;
  admin_confirmed_at: Date | null;
  refused_at: Date | null;
  refusal_reason: string | null;
  created_at: Date;
}

function toResponse(r: ApplicationRow): LocalTrainerApplicationResponseDto {
  return {
    id: r.id,
    officerId: r.officer_id,
    officerName: r.officer_name,
    policeUnitId: r.police_unit_id,
    policeUnitName: r.police_unit_name,
    countryCode: r.country_code,
    certificationId: r.certification_id,
    certificationExpiresAt: r.certification_expires_at.toISOString(),
    programmeName: r.programme_name,
    courseIds: r.course_ids,
    courseTitles: r.course_titles,
    languages: r.languages,
    loadLimitPerQuarter: r.load_limit_per_quarter,
    trainedInCohortId: r.trained_in_cohort_id,
    status: r.status,
    coordinatorConfirmedAt: r.coordinator_confirmed_at?.toISOString() ?? null,
    adminConfirmedAt: r.admin_confirmed_at?.toISOString() ?? null,
    refusedAt: r.refused_at?.toISOString() ?? null,
    refusalReason: r.refusal_reason,
    createdAt: r.created_at.toISOString(),
  };
}

/** `where` holds conditions on `local_trainer_application la JOIN app_user o` (o the applicant). */
export function countApplications(manager: EntityManager, where: Where): Promise<number> {
  return countRows(manager, 'local_trainer_application la JOIN app_user o ON o.id = la.officer_id', where);
}

export async function findApplications(
  manager: EntityManager,
  where: Where,
  tail = '',
): Promise<LocalTrainerApplicationResponseDto[]> {
  const rows = await selectRows<ApplicationRow>(manager, `${APPLICATION_SELECT} ${where} ${tail}`, where.params);
  return rows.map(toResponse);
}

/**
 * The applicant's train-the-trainer certification, if it is theirs, active and unexpired at `now`, with the
 * courses its programme lets a holder deliver and the cohort in which they completed the programme's
 * courses (the latest, for the cascade's lineage).
 */
export function findQualifyingCertification(
  manager: EntityManager,
  holderId: string,
  certificationId: string,
  now: Date,
): Promise<{ course_ids: string[]; trained_in_cohort_id: string | null } | null> {
  return selectOne(
    manager,
    `SELECT p.trainer_course_ids AS course_ids,
            (SELECT e.cohort_id FROM enrolment e JOIN cohort co ON co.id = e.cohort_id
              WHERE e.officer_id = c.holder_id AND e.status = 'completed' AND co.course_id = ANY(p.course_ids)
              ORDER BY co.ends_at DESC, co.id LIMIT 1) AS trained_in_cohort_id
       FROM certification c JOIN certification_programme p ON p.id = c.programme_id
      WHERE c.id = $2 AND c.holder_id = $1 AND c.status = 'active' AND c.expires_at > $3 AND cardinality(p.trainer_course_ids) > 0`,
    [holderId, certificationId, now],
  );
}

/** Inserts a pending application; null when the officer already has one pending (the partial unique index). */
export async function insertApplication(
  manager: EntityManager,
  a: {
    officerId: string;
    certificationId: string;
    courseIds: string[];
    languages: string[];
    loadLimitPerQuarter: number;
    trainedInCohortId: string | null;
  },
): Promise<string | null> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO local_trainer_application (officer_id, certification_id, course_ids, languages, load_limit_per_quarter, trained_in_cohort_id)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (officer_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
    [a.officerId, a.certificationId, a.courseIds, a.languages, a.loadLimitPerQuarter, a.trainedInCohortId],
  );
  return row?.id ?? null;
}

export interface LockedApplication {
  id: string;
  officer_id: string;
  certification_id: string;
  police_unit_id: string;
  country_code: string;
  course_ids: string[];
  languages: string[];
  load_limit_per_quarter: number;
  trained_in_cohort_id: string | null;
  status: LocalTrainerApplicationStatus;
  coordinator_confirmed_at: Date | null;
  admin_confirmed_at: Date | null;
}

/** Locks an application the caller may see (`where` their scope on `la JOIN o`, plus its id). */
export function lockApplication(manager: EntityManager, where: Where): Promise<LockedApplication | null> {
  return selectOne<LockedApplication>(
    manager,
    `SELECT la.id, la.officer_id, la.certification_id, o.police_unit_id, u.country_code, la.course_ids, la.languages,
            la.load_limit_per_quarter, la.trained_in_cohort_id, la.status, la.coordinator_confirmed_at, la.admin_confirmed_at
       FROM local_trainer_application la JOIN app_user o ON o.id = la.officer_id JOIN police_unit u ON u.id = o.police_unit_id
       ${where} FOR UPDATE OF la`,
    where.params,
  );
}

/** Records one side's confirmation; answers both sides' times after it. */
export async function recordConfirmation(
  manager: EntityManager,
  id: string,
  side: 'coordinator' | 'admin',
  by: string,
  at: Date,
): Promise<{ coordinator_confirmed_at: Date | null; admin_confirmed_at: Date | null }> {
  const column = side === 'coordinator' ? 'coordinator_confirmed' : 'admin_confirmed';
  const [row] = await updateReturning<{ coordinator_confirmed_at: Date | null; admin_confirmed_at: Date | null }>(
    manager,
    `UPDATE local_trainer_application SET ${column}_by = $2, ${column}_at = $3, updated_at = now() WHERE id = $1
     RETURNING coordinator_confirmed_at, admin_confirmed_at`,
    [id, by, at],
  );
  return row;
}

export async function setApplicationStatus(
  manager: EntityManager,
  id: string,
  status: Exclude<LocalTrainerApplicationStatus, 'pending'>,
  refusal?: { by: string; at: Date; reason: string },
): Promise<void> {
  await manager.query(
    `UPDATE local_trainer_application SET status = $2, refused_by = $3, refused_at = $4, refusal_reason = $5, updated_at = now() WHERE id = $1`,
    [id, status, refusal?.by ?? null, refusal?.at ?? null, refusal?.reason ?? null],
  );
}

/**
 * Writes (or widens) the officer's trainer profile as a local trainer: the courses added to those they had,
 * their languages and load limit, their unit's country as the only country, `local_since` kept from the first
 * confirmation, the lineage cohort kept unless unknown. The profile row is locked by the upsert.
 */
export async function upsertLocalTrainerProfile(
  manager: EntityManager,
  p: {
    userId: string;
    courseIds: string[];
    languages: string[];
    countryCode: string;
    loadLimitPerQuarter: number;
    trainedInCohortId: string | null;
    at: Date;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO trainer_profile (user_id, languages, course_ids, country_codes, load_limit_per_quarter, local_since, trained_in_cohort_id)
     VALUES ($1, $2, $3, ARRAY[$4]::char(2)[], $5, $6, $7)
     ON CONFLICT (user_id) DO UPDATE SET
       languages = EXCLUDED.languages,
       course_ids = ARRAY(SELECT DISTINCT x FROM unnest(trainer_profile.course_ids || EXCLUDED.course_ids) x ORDER BY x),
       country_codes = EXCLUDED.country_codes, online_only = false, excluded_country_codes = '{}',
       load_limit_per_quarter = EXCLUDED.load_limit_per_quarter,
       local_since = coalesce(trainer_profile.local_since, EXCLUDED.local_since),
       trained_in_cohort_id = coalesce(EXCLUDED.trained_in_cohort_id, trainer_profile.trained_in_cohort_id),
       updated_at = now()`,
    [p.userId, p.languages, p.courseIds, p.countryCode, p.loadLimitPerQuarter, p.at, p.trainedInCohortId],
  );
}

/**
 * Local trainers whose qualification lapsed: live `local_trainer` grants for a course that no active,
 * unexpired train-the-trainer certification of theirs covers any more at `now` (expired, revoked). The
 * matcher already ignores them (it checks live); this finds them so the grants are revoked and admins told.
 */
export function findLapsedLocalGrants(
  manager: EntityManager,
  now: Date,
): Promise<{ user_id: string; display_name: string; scopes: string[] }[]> {
  return selectRows(
    manager,
    `SELECT g.user_id, u.display_name, array_agg(g.scope ORDER BY g.scope) AS scopes
       FROM capability_grant g JOIN app_user u ON u.id = g.user_id
      WHERE g.capability = 'local_trainer' AND g.revoked_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM certification c JOIN certification_programme p ON p.id = c.programme_id
                         WHERE c.holder_id = g.user_id AND c.status = 'active' AND c.expires_at > $1
                           AND p.trainer_course_ids @> ARRAY[g.scope::uuid])
      GROUP BY g.user_id, u.display_name ORDER BY g.user_id LIMIT 200`,
    [now],
  );
}

/**
 * A lapsed local trainer's live proposals for these courses (to cancel), with a co-delivery pair's half they
 * accepted while the expert has not answered yet (no cohort yet: cancelled too, both or neither), and the
 * cohorts they teach or co-teach (kept).
 */
export async function commitmentsOfLapsedTrainer(
  manager: EntityManager,
  trainerId: string,
  courseIds: string[],
): Promise<{ proposals: { id: string; training_request_id: string }[]; cohortIds: string[] }> {
  const proposals = await selectRows<{ id: string; training_request_id: string }>(
    manager,
    `SELECT a.id, a.training_request_id FROM assignment a JOIN training_request r ON r.id = a.training_request_id
      WHERE a.trainer_id = $1 AND r.course_id = ANY($2::uuid[])
        AND (a.status = 'proposed' OR (a.status = 'accepted' AND a.co_delivery_partner_id IS NOT NULL AND r.cohort_id IS NULL))
      ORDER BY a.training_request_id`,
    [trainerId, courseIds],
  );
  const cohorts = await selectRows<{ id: string }>(
    manager,
    `SELECT id FROM cohort WHERE (trainer_id = $1 OR co_trainer_id = $1) AND course_id = ANY($2::uuid[])
        AND status IN ('planned', 'open', 'running') ORDER BY starts_at`,
    [trainerId, courseIds],
  );
  return { proposals, cohortIds: cohorts.map((c) => c.id) };
}
