import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../core/clock/clock';
import { AuditService } from '../../../audit/audit.service';
import { NotificationsService } from '../../../notifications/notifications.service';
import { CertificateIssuer } from '../../certificate-issuer';
import { lockHolder, programmesDueFor, unsignedCertificationsOf } from '../../certifications.queries';
import { IssueCertificationsCommand } from './issue-certifications.command';

/**
 * Issues every programme whose requirements the holder now meets and who holds none of it yet, and signs
 * any of the holder's certifications still without a credential.
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

  /** Returns the ids of the certifications issued. */
  async execute({ holderId }: IssueCertificationsCommand): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const holder = await lockHolder(manager, holderId);
      if (!holder) return [];
      const due = await programmesDueFor(manager, holderId);
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
      // A certification written without its credential (the demo seed's train-the-trainer one) is signed by the
      // same issuer, so it verifies as every other.
      for (const c of await unsignedCertificationsOf(manager, holderId))
        await this.issuer.sign(manager, c.programme, holder, {
          id: c.id,
          statusList: c.status_list,
          statusListIndex: c.status_list_index,
          identitySalt: c.identity_salt,
          validFrom: new Date(c.valid_from),
          expiresAt: new Date(c.expires_at),
        });
      return issued;
    });
  }
}
