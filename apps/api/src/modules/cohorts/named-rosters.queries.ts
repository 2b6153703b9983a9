import type { EntityManager } from 'typeorm';
import { exists, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

/** One unit's named-roster choice in a cohort, with the unit's and the chooser's names. */
export interface NamedRosterRow {
  cohort_id: string;
  police_unit_id: string;
  police_unit_name: string;
  reason: string;
  opted_by_name: string | null;
  opted_at: Date;
}

const NAMED_ROSTER_SELECT = `
  SELECT nr.cohort_id, nr.police_unit_id, pu.name AS police_unit_name, nr.reason,
         ob.display_name AS opted_by_name, nr.opted_at
    FROM cohort_named_roster nr JOIN cohort co ON co.id = nr.cohort_id
    JOIN police_unit pu ON pu.id = nr.police_unit_id LEFT JOIN app_user ob ON ob.id = nr.opted_by_id`;

/** The choices `where` (on `cohort_named_roster nr JOIN cohort co`) picks, by unit name. */
export function findNamedRosters(manager: EntityManager, where: Where): Promise<NamedRosterRow[]> {
  return selectRows<NamedRosterRow>(
    manager,
    `${NAMED_ROSTER_SELECT} ${where} ORDER BY pu.name, nr.police_unit_id`,
    where.params,
  );
}

/** Whether officers of the unit hold (or held: completed, failed) or wait for a seat in the cohort. */
export function unitHasOfficersIn(manager: EntityManager, cohortId: string, policeUnitId: string): Promise<boolean> {
  return exists(
    manager,
    `SELECT 1 FROM enrolment e JOIN app_user u ON u.id = e.officer_id
      WHERE e.cohort_id = $1 AND u.police_unit_id = $2 AND e.status <> 'withdrawn' LIMIT 1`,
    [cohortId, policeUnitId],
  );
}

/** The unit's name, or null when there is no such unit. */
export async function policeUnitName(manager: EntityManager, policeUnitId: string): Promise<string | null> {
  return (
    (await selectOne<{ name: string }>(manager, `SELECT name FROM police_unit WHERE id = $1`, [policeUnitId]))?.name ??
    null
  );
}

/**
 * Records the unit's choice (or its new reason): true when something changed, false when the same reason was
 * recorded already (a repeat changes nothing).
 */
export async function upsertNamedRoster(
  manager: EntityManager,
  row: { cohortId: string; policeUnitId: string; reason: string; optedById: string; at: Date },
): Promise<boolean> {
  const written = await selectRows<{ cohort_id: string }>(
    manager,
    `INSERT INTO cohort_named_roster (cohort_id, police_unit_id, reason, opted_by_id, opted_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (cohort_id, police_unit_id) DO UPDATE
        SET reason = EXCLUDED.reason, opted_by_id = EXCLUDED.opted_by_id, opted_at = EXCLUDED.opted_at
      WHERE cohort_named_roster.reason IS DISTINCT FROM EXCLUDED.reason
     RETURNING cohort_id`,
    [row.cohortId, row.policeUnitId, row.reason, row.optedById, row.at],
  );
  return written.length > 0;
}

/** Withdraws the unit's choice: the reason it had, or null when there was none. */
export async function deleteNamedRoster(
  manager: EntityManager,
  cohortId: string,
  policeUnitId: string,
): Promise<string | null> {
  const [row] = await updateReturning<{ reason: string }>(
    manager,
    `DELETE FROM cohort_named_roster WHERE cohort_id = $1 AND police_unit_id = $2 RETURNING reason`,
    [cohortId, policeUnitId],
  );
  return row?.reason ?? null;
}
