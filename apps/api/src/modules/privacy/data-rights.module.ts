import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CertificationsModule } from '../certifications/certifications.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DataRightsController } from './data-rights.controller';
import { DataRightsService } from './data-rights.service';
import { ApplyRetentionJob } from './jobs/apply-retention.job';
import { PrivacyModule } from './privacy.module';
import { RetentionService } from './retention.service';
import { EraseOfficerUseCase } from './usecases/erase-officer/erase-officer.usecase';

/**
 * Officers' data rights and retention (issue 20): the subject-access export, erasure and the daily retention job.
 * A module of its own inside `modules/privacy/` beside the access log's (`privacy.module.ts`).
 */
@Module({
  imports: [AuditModule, NotificationsModule, CertificationsModule, PrivacyModule],
  controllers: [DataRightsController],
  providers: [DataRightsService, EraseOfficerUseCase, RetentionService, ApplyRetentionJob],
  exports: [EraseOfficerUseCase, RetentionService],
})
export class DataRightsModule {}
