import type { AccessPurpose } from '@icspa/domain';
import { EntityManager } from 'typeorm';
import { selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

/**
 * Writes one row per officer read whose unit is not the reader's, in one statement: never for the reader
 * themself, never for a person of the reader's own unit (a reader without a unit — an admin, a trainer, a member
 * admin — is outside every unit), never for anyone who is not an officer or coordinator. Answers the rows written.
 */
export async function insertAccesses(
  manager: EntityManager,
  entry: {
    reader: { id: string; policeUnitId: string | null };
    officerIds: readonly string[];
    purpose: AccessPurpose;
    objectType: string | null;
    objectId: string | null;
    at: Date;
  },
): Promise<number> {
  const rows = await manager.query(
    `INSERT INTO personal_data_access (officer_id, reader_id, purpose, object_type, object_id, at)
     SELECT o.id, $2, $4, $5, $6, $7
       FROM app_user o
      WHERE o.id = ANY($1::uuid[]) AND o.id <> $2 AND o.role IN ('officer', 'coordinator')
        AND o.police_unit_id IS DISTINCT FROM $3::uuid
     RETURNING id`,
    [
      [...new Set(entry.officerIds)],
      entry.reader.id,
      entry.reader.policeUnitId,
      entry.purpose,
      entry.objectType,
      entry.objectId,
      entry.at,
    ],
  );
  return (rows as unknown[]).length;
}

/** One entry of the log with its officer, its reader and the reader's organisation (the names are formed by the service). */
export interface AccessLogRow {
  id: string;
  officer_id: string;
  officer_name: string;
  officer_unit_id: string | null;
  officer_protected: boolean;
  reader_id: string | null;
  reader_name: string | null;
  reader_role: string | null;
  reader_unit_id: string | null;
  reader_protected: boolean | null;
  reader_unit_name: string | null;
  reader_firm_name: string | null;
  purpose: AccessPurpose;
  object_type: string | null;
  object_id: string | null;
  /** What the object is called: the course of a cohort, session, enrolment or attempt. */
  object_name: string | null;
  at: Date;
}

/** What the log's conditions are on, for its total. */
export const ACCESS_LOG_FROM = `personal_data_access l JOIN app_user o ON o.id = l.officer_id`;

/** A page of the log under `where` (conditions on `l` and `o`), newest first. */
export function selectAccessLog(
  manager: EntityManager,
  where: Where,
  window: { limit: number; offset: number },
): Promise<AccessLogRow[]> {
  return selectRows<AccessLogRow>(
    manager,
    `SELECT l.id, l.officer_id, o.display_name AS officer_name, o.police_unit_id AS officer_unit_id,
            o.protected_at IS NOT NULL AS officer_protected,
            l.reader_id, r.display_name AS reader_name, r.role AS reader_role, r.police_unit_id AS reader_unit_id,
            r.protected_at IS NOT NULL AS reader_protected, ru.name AS reader_unit_name, rf.name AS reader_firm_name,
            l.purpose, l.object_type, l.object_id,
            CASE l.object_type
              WHEN 'cohort' THEN (SELECT c.title FROM cohort co JOIN course c ON c.id = co.course_id
                                   WHERE co.id = l.object_id::uuid)
              WHEN 'training_session' THEN (SELECT c.title FROM training_session s JOIN cohort co ON co.id = s.cohort_id
                                             JOIN course c ON c.id = co.course_id WHERE s.id = l.object_id::uuid)
              WHEN 'enrolment' THEN (SELECT c.title FROM enrolment e JOIN course c ON c.id = e.course_id
                                      WHERE e.id = l.object_id::uuid)
              WHEN 'assessment_attempt' THEN (SELECT c.title FROM assessment_attempt a JOIN enrolment e ON e.id = a.enrolment_id
                                               JOIN course c ON c.id = e.course_id WHERE a.id = l.object_id::uuid)
            END AS object_name,
            l.at
       FROM ${ACCESS_LOG_FROM}
       LEFT JOIN app_user r ON r.id = l.reader_id
       LEFT JOIN police_unit ru ON ru.id = r.police_unit_id
       LEFT JOIN member_firm rf ON rf.id = r.member_firm_id
       ${where}
      ORDER BY l.at DESC, l.id DESC
      LIMIT ${where.param(window.limit)} OFFSET ${where.param(window.offset)}`,
    where.params,
  );
}
