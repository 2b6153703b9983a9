import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { affectedRows, selectOne, selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

/** A training session as a calendar shows it. */
export interface CalendarSessionRow {
  id: string;
  cohort_id: string;
  course_id: string;
  course_title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue_name: string | null;
  venue_address: string | null;
  online_url: string | null;
  status: 'scheduled' | 'cancelled';
  sequence: number;
  position: number;
}

/** Sessions overlapping [from, to) under a `Where` on `training_session ts JOIN cohort co JOIN course c`. */
export function calendarSessions(manager: EntityManager, where: Where, limit = 2000): Promise<CalendarSessionRow[]> {
  return selectRows<CalendarSessionRow>(
    manager,
    `SELECT ts.id, ts.cohort_id, co.course_id, c.title AS course_title, ts.starts_at, ts.ends_at, ts.time_zone,
            ts.venue_name, ts.venue_address, ts.online_url, ts.status, ts.sequence, ts.position
       FROM training_session ts JOIN cohort co ON co.id = ts.cohort_id JOIN course c ON c.id = co.course_id
       ${where}
      ORDER BY ts.starts_at, ts.id LIMIT ${Number(limit)}`,
    where.params,
  );
}

/** The user's own certifications expiring in [from, to) (active or expiring ones; revoked are left out). */
export function expiringCertifications(
  manager: EntityManager,
  userId: string,
  from: Date,
  to: Date,
): Promise<Array<{ id: string; programme_name: string; expires_at: Date }>> {
  return selectRows(
    manager,
    `SELECT ce.id, p.name AS programme_name, ce.expires_at FROM certification ce
       JOIN certification_programme p ON p.id = ce.programme_id
      WHERE ce.holder_id = $1 AND ce.status <> 'revoked' AND ce.expires_at >= $2 AND ce.expires_at < $3
      ORDER BY ce.expires_at, ce.id`,
    [userId, from, to],
  );
}

/** Proposals the trainer has to answer, by their answer-by instant in [from, to). */
export function proposalsToAnswer(
  manager: EntityManager,
  trainerId: string,
  from: Date,
  to: Date,
): Promise<Array<{ id: string; title: string; expires_at: Date }>> {
  return selectRows(
    manager,
    `SELECT a.id, c.title, a.expires_at FROM assignment a JOIN training_request r ON r.id = a.training_request_id
       JOIN course c ON c.id = r.course_id
      WHERE a.trainer_id = $1 AND a.status = 'proposed' AND a.expires_at >= $2 AND a.expires_at < $3
      ORDER BY a.expires_at, a.id`,
    [trainerId, from, to],
  );
}

/** The trainer's declared unavailability overlapping [from, to). */
export function unavailability(
  manager: EntityManager,
  trainerId: string,
  from: Date,
  to: Date,
): Promise<Array<{ id: string; reason: string | null; starts_at: Date; ends_at: Date }>> {
  return selectRows(
    manager,
    `SELECT u.id, u.reason, lower(u.period) AS starts_at, upper(u.period) AS ends_at FROM trainer_unavailability u
      WHERE u.trainer_id = $1 AND u.period && tstzrange($2, $3, '[)')
      ORDER BY lower(u.period), u.id`,
    [trainerId, from, to],
  );
}

/** The owner of a live feed, by the SHA-256 of its token (an indexed equality on the hash). */
export function feedOwner(
  manager: EntityManager,
  tokenHash: Buffer,
): Promise<Pick<AuthUser, 'id' | 'role' | 'policeUnitId' | 'memberFirmId' | 'timeZone' | 'displayName'> | null> {
  return selectOne(
    manager,
    `SELECT u.id, u.role, u.police_unit_id AS "policeUnitId", u.member_firm_id AS "memberFirmId",
            u.time_zone AS "timeZone", u.display_name AS "displayName"
       FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
      WHERE f.token_hash = $1 AND u.disabled_at IS NULL`,
    [tokenHash],
  );
}

/** Makes (or replaces) the user's feed token hash. */
export async function replaceFeed(manager: EntityManager, userId: string, tokenHash: Buffer, at: Date): Promise<void> {
  await manager.query(
    `INSERT INTO calendar_feed (user_id, token_hash, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
    [userId, tokenHash, at],
  );
}

export function deleteFeed(manager: EntityManager, userId: string): Promise<number> {
  return affectedRows(manager, `DELETE FROM calendar_feed WHERE user_id = $1`, [userId]);
}

export function feedOf(manager: EntityManager, userId: string): Promise<{ created_at: Date } | null> {
  return selectOne(manager, `SELECT created_at FROM calendar_feed WHERE user_id = $1`, [userId]);
}
