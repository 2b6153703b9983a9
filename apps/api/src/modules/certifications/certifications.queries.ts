import { EntityManager } from 'typeorm';
import { exists } from '../../core/database/sql';

/** Whether the holder has a certification (not revoked) whose programme includes the course. */
export function holderIsCertifiedForCourse(
  manager: EntityManager,
  holderId: string,
  courseId: string,
): Promise<boolean> {
  return exists(
    manager,
    `SELECT 1 FROM certification c JOIN certification_programme p ON p.id = c.programme_id
      WHERE c.holder_id = $1 AND c.status <> 'revoked' AND $2 = ANY(p.course_ids) LIMIT 1`,
    [holderId, courseId],
  );
}
