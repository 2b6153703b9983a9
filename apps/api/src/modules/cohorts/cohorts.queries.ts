import { EntityManager } from 'typeorm';
import type { CohortStatus, DeliveryMode } from '@icspa/domain';
import { selectOne } from '../../core/database/sql';

/** The columns of a new cohort; the database fills in seats and timestamps. */
export interface NewCohort {
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  deliveryMode: DeliveryMode;
  language: string;
  countryCode: string | null;
  city: string | null;
  capacity: number;
  trainerId: string | null;
  policeUnitId: string | null;
  requiresApproval: boolean;
  status: CohortStatus;
}

/** Inserts a cohort and answers its id. */
export async function insertCohort(manager: EntityManager, c: NewCohort): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, trainer_id, police_unit_id, requires_approval, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      c.courseId,
      c.startsAt,
      c.endsAt,
      c.deliveryMode,
      c.language,
      c.countryCode,
      c.city,
      c.capacity,
      c.trainerId,
      c.policeUnitId,
      c.requiresApproval,
      c.status,
    ],
  );
  return row!.id;
}
