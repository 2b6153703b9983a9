import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../core/clock/clock';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { CertificateIssuer, ProgrammeRow } from '../certificate-issuer';

/**
 * Issues every programme whose requirements the holder now meets and who holds none of it yet.
 * The holder's row lock serialises concurrent runs (a replayed completion, a retried job, two
 * completions at once), and a unique index backs it up: each programme is issued exactly once.
 */
@Injectable()
export class IssueCertificationsUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issuer: CertificateIssuer,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async execute(holderId: string): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const [holder] = await manager.query(`SELECT id, display_name FROM app_user WHERE id = $1 FOR UPDATE`, [
        holderId,
      ]);
      if (!holder) return [];
      const due: ProgrammeRow[] = await manager.query(
        `SELECT p.* FROM certification_programme p
          WHERE NOT EXISTS (SELECT 1 FROM certification c WHERE c.holder_id = $1 AND c.programme_id = p.id)
            AND (SELECT count(DISTINCT e.course_id) FROM enrolment e WHERE e.officer_id = $1 AND e.status = 'completed' AND e.course_id = ANY(p.course_ids)) >= p.required_count`,
        [holderId],
      );
      const issued: string[] = [];
      const now = this.clock.now();
      for (const programme of due) {
        const id = await this.issuer.issue(manager, programme, holder, now, now, null);
        issued.push(id);
        await this.notifications.notify(manager, [holderId], 'certification.issued', {
          programmeName: programme.name,
          certificationId: id,
        });
        await this.audit.record(manager, null, {
          action: 'certification.issue',
          entityType: 'certification',
          entityId: id,
          details: { programmeId: programme.id, holderId },
        });
      }
      return issued;
    });
  }
}
