import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { QUEUE_AUDIT } from '../../core/queue/queue-audit';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { QueueAuditRecorder } from './queue-audit.recorder';

@Module({
  imports: [PrivacyModule],
  controllers: [AuditController],
  providers: [AuditService, QueueAuditRecorder, { provide: QUEUE_AUDIT, useExisting: QueueAuditRecorder }],
  exports: [AuditService, QUEUE_AUDIT],
})
export class AuditModule {}
