import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../core/clock/clock';
import { AuditService } from '../../../audit/audit.service';
import { CertificateIssuer } from '../../certificate-issuer';
import { recertificationOpensAt } from '../../certification.presenter';
import { isRenewed, lockHolder } from '../../certifications.queries';
import { CertificationsService } from '../../certifications.service';
import { CertificationResponseDto } from '../../dtos/certification.dto';
import { findProgramme } from '../../programmes.queries';
import { RecertifyCommand } from './recertify.command';
import { coded } from '../../../../core/errors/coded';

/**
 * Inside the window before expiry, the holder renews: a new certification of the same programme
 * starting at the old expiry, so no day is lost. The holder's row lock (as when issuing) and the unique
 * `previous_id` make a renewal happen once.
 */
@Injectable()
export class RecertifyUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certifications: CertificationsService,
    private readonly issuer: CertificateIssuer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async execute({ user, certificationId: id }: RecertifyCommand): Promise<CertificationResponseDto> {
    const newId = await this.db.transaction(async (manager) => {
      const holder = await lockHolder(manager, user.id);
      const current = await this.certifications.row(user, id, manager);
      // Only the holder renews: an admin sees the certification but may not renew it for them.
      if (!holder || current.holder_id !== user.id)
        throw new NotFoundException(coded('certification.not_found', 'id', 'no such certification'));
      if (current.status !== 'active')
        throw new ConflictException(
          coded('certification.cannot_renew', 'status', `a ${current.status} certification cannot be renewed`, {
            status: current.status,
          }),
        );
      if (await isRenewed(manager, id))
        throw new ConflictException(
          coded('certification.already_renewed', 'status', 'this certification is already renewed'),
        );
      const now = this.clock.now();
      const opens = recertificationOpensAt(current);
      if (now < opens)
        throw new ConflictException(
          coded(
            'certification.renewal_not_open',
            'status',
            `recertification opens on ${opens.toISOString().slice(0, 10)}`,
            {
              date: opens.toISOString().slice(0, 10),
            },
          ),
        );
      if (now >= current.expires_at)
        throw new ConflictException(
          coded('certification.expired', 'status', 'this certification has expired; complete the programme again'),
        );
      const programme = await findProgramme(manager, current.programme_id);
      const created = await this.issuer.issue(manager, programme!, holder, now, current.expires_at, id);
      await this.audit.record(manager, user, {
        action: 'certification.recertify',
        entityType: 'certification',
        entityId: created,
        details: { previousId: id },
      });
      return created;
    });
    return this.certifications.get(user, newId);
  }
}
